"""BM25 over Vietnamese tokens (bm25s), with full score vectors for fusion and filters.

A clause may be indexed as several passages (`owners[j]` is the clause of passage j); it then scores
as its best passage."""
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
        self.owners: np.ndarray | None = None      # passage -> clause; None: one text per clause

    def build(self, texts: list[str], show_progress: bool = False, owners: list[int] | None = None,
              size: int | None = None) -> None:
        """Index `texts`; with `owners`, texts are passages and owners[j] the clause of passage j, of `size`
        clauses (a clause with no passage never matches)."""
        import bm25s
        from tqdm.auto import tqdm
        _quiet(bm25s)
        size = size if size is not None else len(texts) if owners is None else max(owners, default=-1) + 1
        if owners is not None and (len(owners) != len(texts) or any(not 0 <= o < size for o in owners)):
            raise ValueError(f"owners must give each passage its clause number, within 0..{size - 1}")
        tokens = [self.tokenizer.document_tokens(t) for t in
                  tqdm(texts, desc="Tách từ (BM25)", disable=not show_progress, unit="đk")]
        tokens = [t or ["∅"] for t in tokens]
        self._bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        self._bm25.index(tokens, show_progress=False)
        self.vocab = set(self._bm25.vocab_dict)
        self.owners = None if owners is None else np.asarray(owners, dtype=np.int64)
        self.size = size

    def scores(self, query: str) -> np.ndarray:
        """A BM25 score for every clause (its best passage's; zeros where nothing matches)."""
        q = [t for t in self.tokenizer.query_tokens(query, self.vocab) if t in self.vocab]
        if not q or self._bm25 is None:
            return np.zeros(self.size, dtype=np.float32)
        raw = np.asarray(self._bm25.get_scores(q), dtype=np.float32)
        if self.owners is None:
            return raw
        best = np.zeros(self.size, dtype=np.float32)
        np.maximum.at(best, self.owners, raw)
        return best

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(folder), allow_pickle=False)
        meta = {"k1": self.k1, "b": self.b, "size": self.size, "tokenizer": self.tokenizer.settings()}
        if self.owners is not None:
            meta["owners"] = self.owners.tolist()
        (folder / "hoidap_bm25.json").write_text(json.dumps(meta))

    @classmethod
    def load(cls, folder: Path, tokenizer: Tokenizer) -> "BM25Index":
        import bm25s
        meta = json.loads((folder / "hoidap_bm25.json").read_text())
        idx = cls(tokenizer, k1=meta["k1"], b=meta["b"])
        idx._bm25 = bm25s.BM25.load(str(folder), allow_pickle=False)
        idx.vocab = set(idx._bm25.vocab_dict)
        idx.size = meta["size"]
        if meta.get("owners") is not None:
            idx.owners = np.asarray(meta["owners"], dtype=np.int64)
        return idx


def _quiet(module) -> None:
    """bm25s sets its own logger to DEBUG, so its "Building index from tokens" reached the user's terminal
    whatever the CLI's log level: it logs at the level the CLI sets, as every other library does."""
    import logging
    logging.getLogger(module.__name__).setLevel(logging.NOTSET)
