"""Passages for BM25: how long clauses are cut, and a clause scoring as its best passage."""
import pytest

from corpus import Clause, Corpus, Document
from indexing import HybridRetriever, IndexSettings, build_index, load_index
from indexing.bm25 import BM25Index
from indexing.passages import split_passages
from indexing.tokenize import Tokenizer

ARTICLE = ("Quyền, nghĩa vụ của đương sự\n"
           "1. Đương sự có quyền cung cấp tài liệu, chứng cứ cho Tòa án.\n"
           "2. Đương sự có nghĩa vụ nộp tiền tạm ứng án phí, án phí theo quy định của pháp luật. "
           "Trường hợp được miễn thì không phải nộp.\n"
           "3. Đương sự có quyền đề nghị thay đổi người tiến hành tố tụng.")


def test_split_packs_lines_and_cuts_long_ones_at_sentences_then_spaces():
    assert split_passages(ARTICLE, 1000) == [ARTICLE]
    parts = split_passages(ARTICLE, 100)
    assert all(len(p) <= 100 for p in parts)
    assert parts[0].startswith("Quyền, nghĩa vụ của đương sự\n1. Đương sự")
    assert any(p.startswith("Trường hợp được miễn") for p in parts)       # cut at the sentence end
    assert " ".join(" ".join(parts).split()) == " ".join(ARTICLE.split())   # nothing lost
    assert split_passages("một " * 40, 30) and all(len(p) <= 30 for p in split_passages("một " * 40, 30))
    assert split_passages("", 50) == [""]
    with pytest.raises(ValueError):
        split_passages("x", 0)


def test_bm25_scores_a_clause_by_its_best_passage():
    tok = Tokenizer("none")
    idx = BM25Index(tok)
    idx.build(["tạm ứng án phí", "thay đổi thẩm phán", "giấy phép lái xe"], owners=[0, 0, 1])
    s = idx.scores("thay đổi thẩm phán")
    assert s.shape == (2,) and s[0] > 0 and s[1] == 0
    with pytest.raises(ValueError, match="owners"):
        idx.build(["a", "b"], owners=[0, 2], size=2)
    with pytest.raises(ValueError, match="owners"):
        idx.build(["a", "b"], owners=[0])
    idx.build(["thay đổi thẩm phán", "giấy phép lái xe"], owners=[0, 2], size=3)     # clause 1 has no text
    s = idx.scores("thay đổi thẩm phán")
    assert s.shape == (3,) and s[0] > 0 and s[1] == 0 and s[2] == 0


def _law() -> Corpus:
    doc = Document(id="L", filename="law.json", title="Luật Tố tụng hành chính", type="Luật",
                   cite_as="Luật Tố tụng hành chính")
    filler = " ".join(["Tòa án xem xét hồ sơ vụ án hành chính theo thủ tục chung."] * 12)
    texts = {"55": ARTICLE + "\n4. " + filler, "56": "Quyền của người khởi kiện\nNgười khởi kiện có quyền nộp đơn."}
    corpus = Corpus()
    corpus.documents.append(doc)
    for n, text in texts.items():
        corpus.clauses.append(Clause(id=f"L:Điều{n}", doc_id="L", path=(f"Điều {n}",), label=f"Điều {n}",
                                     heading=text.split("\n")[0], text=text, context=(doc.title,), kind="item"))
    return corpus


def test_passage_index_round_trip(tmp_path):
    settings = IndexSettings(embedder="fake", bm25_passage_chars=120, heading_repeat=2)
    build_index(_law(), tmp_path / "idx", settings, show_progress=False)
    index = load_index(tmp_path / "idx", settings)
    assert index.bm25.owners is not None and len(index.bm25.owners) > 2 and index.bm25.size == 2
    hits = HybridRetriever(index, mode="bm25").search("đương sự nộp tiền tạm ứng án phí", k=2)
    assert hits[0].clause.id == "L:Điều55"
    with pytest.raises(ValueError, match="bm25_passage_chars"):
        IndexSettings(bm25_passage_chars=50)
