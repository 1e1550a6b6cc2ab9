"""FAISS dense index over unit vectors (inner product = cosine): exact, or HNSW for large corpora."""
from __future__ import annotations

from pathlib import Path

import numpy as np

DENSE_KINDS = ("flat", "hnsw")


class DenseIndex:
    def __init__(self, kind: str = "flat", hnsw_m: int = 32, ef_search: int = 128):
        if kind not in DENSE_KINDS:
            raise ValueError(f"dense index kind must be one of {DENSE_KINDS}, got {kind!r}")
        self.kind = kind
        self.hnsw_m = hnsw_m
        self.ef_search = ef_search
        self._index = None
        self.size = 0

    def build(self, vectors: np.ndarray) -> None:
        import faiss
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if self.kind == "flat":
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, self.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = self.ef_search
        index.add(vectors)
        self._index = index
        self.size = vectors.shape[0]

    def search(self, query_vec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(ids, cosine scores) of the k nearest; ids are -1 past the end."""
        k = max(1, min(k, self.size))
        q = np.ascontiguousarray(query_vec.reshape(1, -1), dtype=np.float32)
        scores, ids = self._index.search(q, k)
        return ids[0], scores[0]

    def save(self, folder: Path) -> None:
        if self.kind == "hnsw":
            import faiss
            faiss.write_index(self._index, str(folder / "dense.hnsw.faiss"))

    @classmethod
    def load(cls, folder: Path, vectors: np.ndarray, kind: str) -> "DenseIndex":
        idx = cls(kind)
        path = folder / "dense.hnsw.faiss"
        if kind == "hnsw" and path.is_file():
            import faiss
            idx._index = faiss.read_index(str(path))
            idx._index.hnsw.efSearch = idx.ef_search
            idx.size = idx._index.ntotal
        else:
            idx.build(vectors)
        return idx
