import pytest

from assistant.courtesy import plain
from assistant.intent import classify


@pytest.mark.parametrize("typed, asked", [
    ("Em đang làm báo cáo tổng kết quý, cho em hỏi Luật Nhà giáo do bộ nào chủ trì ạ?",
     "Luật Nhà giáo do bộ nào chủ trì?"),
    ("cho mình hỏi nhanh, danh mục nhiệm vụ có bao nhiêu việc vậy", "Danh mục nhiệm vụ có bao nhiêu việc"),
    ("Xin hỏi: Quỹ Đổi mới công nghệ quốc gia do ai quản lý?", "Quỹ Đổi mới công nghệ quốc gia do ai quản lý?"),
    ("Sếp giao em rà soát, nhờ xem giúp hạn nộp báo cáo là khi nào giúp em với",
     "Hạn nộp báo cáo là khi nào"),
    ("cho em hoi nq 57 ban hanh ngay nao", "Nq 57 ban hanh ngay nao"),
])
def test_a_preamble_and_polite_ending_are_left_out(typed, asked):
    assert plain(typed) == asked


@pytest.mark.parametrize("typed", [
    "Phiên họp thứ hai do Thủ tướng chủ trì à?",       # "à?" asks yes or no
    "Cho em hỏi với ạ?",                               # nothing would be left
    "Bộ nào chủ trì?",
])
def test_a_question_itself_is_kept(typed):
    assert plain(typed) == typed


def test_the_polite_ending_does_not_read_as_a_yes_no_question():
    assert not classify(plain("Ủy ban Dữ liệu quốc gia do ai làm Chủ tịch vậy ạ?")).yes_no


def test_a_closing_a_typed_without_marks_is_polite_after_a_question_word():
    assert plain("bo cong thuong duoc giao nhung viec gi, han tung viec the nao a?") == \
        "bo cong thuong duoc giao nhung viec gi, han tung viec the nao?"
    assert plain("phien hop thu hai do thu tuong chu tri a?") == "phien hop thu hai do thu tuong chu tri a?"


def test_the_count_of_mấy_before_a_noun():
    from assistant.courtesy import counts
    assert counts("Phụ lục 2 chia thành mấy nhóm nhiệm vụ?") == "Phụ lục 2 chia thành bao nhiêu nhóm nhiệm vụ?"
    for q in ("Hạn là quý mấy năm 2025?", "Kỳ họp thứ mấy?", "Mấy việc nào có hạn 9/2026?"):
        assert counts(q) == q
