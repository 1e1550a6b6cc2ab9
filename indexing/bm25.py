"""BM25 over Vietnamese tokens (bm25s), with full score vectors for fusion and filters."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from indexing.tokenize import Tokenizer

log = logging.getLogger(__name__)


class BM25Index:
    def __init__(self, tokenizer: Tokenizer, k1: float = 1.2, b: float = 0.75):
        if k1 <= 0 or not 0 <= b <= 1:
            raise ValueError(f"BM25 needs k1 > 0 and 0 <= b <= 1, got k1={k1}, b={b}")
        self.tokenizer = tokenizer
        self.k1, self.b = k1, b
        self._bm25 = None
        self.vocab: set[str] = set()
        self.size = 0

    def build(self, texts: list[str], show_progress: bool = False) -> None:
        import bm25s
        from tqdm.auto import tqdm
        tokens = [self.tokenizer.document_tokens(t) for t in
                  tqdm(texts, desc="Tách từ (BM25)", disable=not show_progress, unit="đk")]
        tokens = [t or ["∅"] for t in tokens]
        self._bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        self._bm25.index(tokens, show_progress=False)
        self.vocab = set(self._bm25.vocab_dict)
        self.size = len(texts)

    def scores(self, query: str) -> np.ndarray:
        """A BM25 score for every document (zeros where nothing matches)."""
        q = [t for t in self.tokenizer.query_tokens(query, self.vocab) if t in self.vocab]
        if not q or self._bm25 is None:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(q), dtype=np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(folder), allow_pickle=False)
        (folder / "hoidap_bm25.json").write_text(json.dumps(
            {"k1": self.k1, "b": self.b, "size": self.size, "tokenizer": self.tokenizer.settings()}))

    @classmethod
    def load(cls, folder: Path, tokenizer: Tokenizer) -> "BM25Index":
        import bm25s
        meta = json.loads((folder / "hoidap_bm25.json").read_text())
        idx = cls(tokenizer, k1=meta["k1"], b=meta["b"])
        idx._bm25 = bm25s.BM25.load(str(folder), allow_pickle=False)
        idx.vocab = set(idx._bm25.vocab_dict)
        idx.size = meta["size"]
        return idx
