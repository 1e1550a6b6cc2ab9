"""The LangChain edge works in a small LCEL chain."""
from langchain_core.runnables import RunnableLambda

from indexing import FakeEmbedder, HybridRetriever, IndexSettings, load_index
from indexing.langchain_adapters import ClauseRetriever, EmbedderEmbeddings


def test_lcel_chain_with_clause_retriever(fake_index_dir):
    idx = load_index(fake_index_dir, IndexSettings(embedder="fake"))
    retriever = ClauseRetriever(retriever=HybridRetriever(idx), k=3)
    cite = RunnableLambda(lambda docs: "; ".join(d.metadata["label"] for d in docs))
    chain = retriever | cite
    out = chain.invoke("Bộ Tài chính chủ trì bảo đảm nguồn kinh phí thực hiện")
    assert "03/NQ-CP, mục III.5" in out
    docs = retriever.invoke("Danh mục công nghệ chiến lược")
    assert len(docs) == 3 and all(d.metadata["clause_id"] for d in docs)


def test_embeddings_adapter():
    emb = EmbedderEmbeddings(FakeEmbedder())
    vecs = emb.embed_documents(["chuyển đổi số", "khoa học"])
    assert len(vecs) == 2 and len(vecs[0]) == 64
    assert len(emb.embed_query("chuyển đổi số")) == 64
