"""LangChain at the edge: a BaseRetriever over the hybrid retriever and an Embeddings over an embedder.

LangChain types stay in this module; the rest of hoidap never sees them.
"""
from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from indexing.embedders import Embedder
from indexing.retrieval import HybridRetriever


class ClauseRetriever(BaseRetriever):
    """Ranked clauses as LangChain documents, with the citation label and ids in metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: HybridRetriever
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun
                                ) -> list[LCDocument]:
        return [LCDocument(page_content=h.clause.text,
                           metadata={"clause_id": h.clause.id, "doc_id": h.clause.doc_id, "label": h.clause.label,
                                     "score": h.score, "found_by": h.found_by})
                for h in self.retriever.search(query, k=self.k)]


class EmbedderEmbeddings(Embeddings):
    """An hoidap Embedder (query and passage modes) as LangChain Embeddings."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(list(texts), query=False).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text], query=True)[0].tolist()
