"""The ALQAC runner's pure parts: the query it searches, the held-out split, the scores."""
from eval.alqac import held_out_ids, query_text, score


def test_query_carries_multiple_choice_options():
    assert query_text({"text": "Ai có quyền?"}) == "Ai có quyền?"
    q = {"text": "Ai có quyền?", "choices": {"A": "Chánh án", "B": "Thẩm phán", "C": ""}}
    assert query_text(q) == "Ai có quyền? Chánh án Thẩm phán"
    assert query_text({"text": "Đúng hay sai?", "choices": None}) == "Đúng hay sai?"


def test_held_out_split(tmp_path):
    (tmp_path / "provenance.tsv").write_text(
        "question_id\tquestion_type\torigin\n"
        "a\tĐúng/Sai\talqac2024_public_test:1\n"
        "b\tĐúng/Sai\talqac2024_public_test:2;alqac2024_train_verified:9\n"
        "c\tTự luận\talqac2023_private_test:3\n", encoding="utf-8")
    assert held_out_ids(tmp_path) == {"a", "c"}


def test_score_hand_computed():
    s = score([["x", "g"], ["g"]], [{"g"}, {"g"}])
    assert s["R@1"] == 0.5 and s["MRR@10"] == 0.75 and s["R@10"] == 1.0
