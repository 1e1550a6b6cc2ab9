"""Metric functions on hand-computed cases, ties included."""
import math

from eval import metrics as M


def test_keywords_all_groups_any_alternative():
    groups = [["Bộ Khoa học và Công nghệ", "Bộ KH&CN"], ["quý II/2025"]]
    assert M.keywords_ok("Bộ KH&CN chủ trì, hạn Quý II/2025", groups)
    assert not M.keywords_ok("Bộ KH&CN chủ trì", groups)
    assert M.keywords_ok("bất kỳ", [])
    assert M.keywords_ok("số hoá", [["số hóa"]])          # tone placement


def test_evidence_containment():
    clause = "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm nguồn kinh phí thực hiện."
    assert M.contains_evidence(clause, "phối hợp với các bộ, ngành, địa phương")
    assert M.contains_evidence(clause, "**bảo đảm** nguồn  kinh phí")
    assert not M.contains_evidence(clause, "Bộ Y tế chủ trì")
    # an item's marker copied from the line is its label, not its text
    assert M.contains_evidence("Tỷ lệ người dân có chữ ký số đạt 40%.", "- Tỷ lệ người dân có chữ ký số")


def test_ranks_recall_mrr():
    assert M.first_relevant_rank([False, True, True]) == 2
    assert M.first_relevant_rank([False, False]) is None
    assert M.recall_at(2, 1) == 0 and M.recall_at(2, 5) == 1
    assert M.reciprocal_rank(4) == 0.25 and M.reciprocal_rank(11, 10) == 0


def test_ndcg_hand_computed():
    # relevant at ranks 1 and 3, two relevant in all: DCG = 1 + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3)
    assert math.isclose(M.ndcg_at([True, False, True], 10), 1.5 / (1 + 1 / math.log2(3)))
    assert M.ndcg_at([False, False], 10) == 0
    # ties: two relevant items tied at the top score the same in either order
    assert M.ndcg_at([True, True, False]) == M.ndcg_at([True, True, False], n_relevant=2) == 1


def test_f2():
    # P = 1/2, R = 1: F2 = 5 * 0.5 * 1 / (4 * 0.5 + 1) = 2.5 / 3
    assert math.isclose(M.f_beta({"a", "b"}, {"a"}), 2.5 / 3)
    assert M.f_beta(set(), {"a"}) == 0


def test_abstention_and_percentiles():
    r = M.abstention([True, True, False, False], [True, False, True, False])
    assert r == {"precision": 0.5, "recall": 0.5, "false_abstentions": 1, "missed_abstentions": 1}
    assert M.percentile([1, 2, 3, 4], 50) == 2.5
    assert M.percentile([5], 95) == 5 and M.percentile([], 50) == 0


def test_evidence_quoting_an_article_s_number_with_its_title():
    """"Điều 12. Tổ giúp việc của Ban Chỉ đạo": the number is the clause's label; its text is the rest."""
    assert M.contains_evidence("Tổ giúp việc của Ban Chỉ đạo\nTổ giúp việc gồm …", "Điều 12. Tổ giúp việc của Ban Chỉ đạo")
    assert not M.contains_evidence("Nguyên tắc làm việc", "Điều 12. Tổ giúp việc của Ban Chỉ đạo")


def test_evidence_quoting_a_table_row_as_written_with_its_pipes():
    row = "Chỉ tiêu: Tỷ trọng nguồn thu từ KH&CN (%); 2025: 9; 2027: 13; 2030: 20"
    assert M.contains_evidence(row, "Tỷ trọng nguồn thu từ KH&CN (%) | 9 | 13 | 20")
    assert not M.contains_evidence(row, "Tỷ trọng nguồn thu từ KH&CN (%) | 13 | 9")        # cells out of order
    assert not M.contains_evidence(row, "Tỷ lệ giảng viên (%) | 9 | 13")
