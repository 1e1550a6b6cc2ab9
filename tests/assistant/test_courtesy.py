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


@pytest.mark.parametrize("typed, asked", [
    ("Có người nói Phụ lục I muốn sóng 5G tới 100% người dân vào 2030. Nói vậy có chính xác không?",
     "Phụ lục I muốn sóng 5G tới 100% người dân vào 2030, đúng không?"),
    ("Nghe nói NQ57 yêu cầu chi 3% GDP cho nghiên cứu, điều đó có đúng không?",
     "NQ57 yêu cầu chi 3% GDP cho nghiên cứu, đúng không?"),
    ("Tôi đọc thấy Bộ Công an chủ trì đề án 06. Thông tin đó có chính xác không?",
     "Bộ Công an chủ trì đề án 06, đúng không?"),
    ("co nguoi noi nq 03 co hieu luc sau 45 ngay. vay co dung khong?", "Nq 03 co hieu luc sau 45 ngay, dung khong?"),
])
def test_a_reported_claim_asked_about_in_a_sentence_of_its_own_is_one_yes_no_question(typed, asked):
    assert plain(typed) == asked


def test_a_question_that_asks_whether_after_a_comma_is_kept():
    q = "Bộ nào chủ trì việc này, như vậy có đúng không?"
    assert plain(q) == q


@pytest.mark.parametrize("typed, read", [
    ("Phiên hai yêu cầu lập những quỹ nào?", "Phiên họp thứ hai yêu cầu lập những quỹ nào?"),
    ("Theo kết luận phiên hai, ai chủ trì?", "Theo kết luận phiên họp thứ hai, ai chủ trì?"),
    ("Luật được trình Kỳ họp 9 phải không?", "Luật được trình Kỳ họp thứ 9 phải không?"),
    ("phien hai yeu cau gi", "phien hop thu hai yeu cau gi"),
    ("Phiên họp thứ hai họp ngày nào?", "Phiên họp thứ hai họp ngày nào?"),
    ("Có năm phiên họp trong năm 2025 không?", "Có năm phiên họp trong năm 2025 không?"),
    ("Tại phiên họp 2/2025 …", "Tại phiên họp 2/2025 …"),
])
def test_a_sitting_numbered_without_thứ_is_written_as_the_documents_write_it(typed, read):
    from assistant.courtesy import sittings
    assert sittings(typed) == read


def test_chat_shorthand_is_written_out():
    from assistant.courtesy import shorthand
    assert shorthand("PL II giao làm gì, đầu ra tối thiểu bn cái?") == "Phụ lục II giao làm gì, đầu ra tối thiểu bao nhiêu cái?"
    assert shorthand("cq nào lo nv này, có đc giao ko") == "cơ quan nào lo nhiệm vụ này, có được giao không"
    assert shorthand("cai nay la j vay") == "cai nay la gi vay"
    assert shorthand("Bộ KH&CN giao Viettel") == "Bộ KH&CN giao Viettel"      # no shorthand: unchanged
