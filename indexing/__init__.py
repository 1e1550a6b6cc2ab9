"""Clause index on disk and hybrid retrieval (FAISS dense + BM25 over Vietnamese words)."""
from indexing.embedders import E5Embedder, Embedder, FakeEmbedder, SentenceTransformerEmbedder, make_embedder
from indexing.errors import IndexMismatchError, IndexMissingError, IndexingError, ModelLoadError
from indexing.retrieval import Filters, Hit, HybridRetriever
from indexing.store import Index, IndexSettings, build_index, load_index

__all__ = ["E5Embedder", "Embedder", "FakeEmbedder", "Filters", "Hit", "HybridRetriever", "Index",
           "IndexMismatchError", "IndexMissingError", "IndexSettings", "IndexingError", "ModelLoadError",
           "SentenceTransformerEmbedder", "build_index", "load_index", "make_embedder"]
