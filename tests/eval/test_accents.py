"""The diacritics benchmark measures restoration and retrieval with the restorer on and off."""
from eval.accents import retrieval, restoration
from eval.qa import Question
from indexing.accents import Restorer


def test_restoration_scores_words_against_the_question_as_written():
    r = Restorer(["Bộ Khoa học và Công nghệ chủ trì."])
    q = Question(id="1", question="Bộ Khoa học và Công nghệ chủ trì?", answer_keywords=[["x"]], evidence=[])
    assert restoration(r, [q]) == {"questions": 1, "words": 8, "word_accuracy": 1.0}


def test_retrieval_reports_each_retriever_with_the_restorer_on_and_off(fake_index_dir):
    from indexing import IndexSettings, load_index
    index = load_index(fake_index_dir, IndexSettings(embedder="fake"))
    q = Question(id="1", question="bo nao chu tri xay dung luat du lieu", answer_keywords=[["x"]],
                 evidence=[{"doc": "03-NQ-CP-PL", "text": "Luật Dữ liệu"}])
    out = retrieval(index, [q])
    assert set(out) == {f"{m}_{a}" for m in ("dense", "bm25", "hybrid") for a in ("as_typed", "restored")}
    assert all(0.0 <= v["evidence_recall@1"] <= v["evidence_recall@5"] <= 1.0 for v in out.values())
