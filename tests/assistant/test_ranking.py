"""Ranking rules that read one clause: a heading that states a figure, a year asked only as a period's end."""
import pytest

from assistant import ranking
from corpus.model import Clause


def _clause(text: str, kind: str = "item") -> Clause:
    return Clause(id="d:IV.2", doc_id="d", path=("IV", "2"), label="d, mục IV.2", heading="", text=text,
                  context=(), span=(0, len(text)), kind=kind, columns=())


def test_a_heading_stating_a_figure_is_an_answer_not_only_a_title():
    total = _clause("Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025-2030 khoảng 4.850 tỷ đồng, trong đó:",
                    "heading")
    assert ranking.states_figure(total) and not ranking.aside(total)
    title = _clause("Mục tiêu đến năm 2030", "heading")
    assert not ranking.states_figure(title) and ranking.aside(title)


@pytest.mark.parametrize("question, text, only", [
    ("Kinh phí năm 2025 dự kiến bao nhiêu?", "Tổng kinh phí giai đoạn 2025-2030 khoảng 4.850 tỷ đồng", True),
    ("Kinh phí năm 2025 dự kiến bao nhiêu?", "Kinh phí năm 2025 dự kiến khoảng 615 tỷ đồng", False),
    ("Kinh phí giai đoạn 2025-2030 là bao nhiêu?", "Tổng kinh phí giai đoạn 2025-2030 khoảng 4.850 tỷ đồng", False),
    ("Năm 2025 đạt bao nhiêu?", "Năm 2025 đạt 10%; giai đoạn 2025-2030 đạt 20%", False),
])
def test_a_year_asked_only_as_a_period_s_end(question, text, only):
    years = set(ranking.YEARS.findall(question))
    assert ranking.in_period_only(years, question, _clause(text)) is only


@pytest.mark.parametrize("question, asks", [
    ("Ban Chỉ đạo của Bộ được thành lập theo quyết định nào?", True),
    ("Ban Chi dao duoc thanh lap theo quyet dinh so may?", True),
    ("Ban Chỉ đạo được thành lập khi nào?", False),
    ("Quyết định nào giao Bộ Công an chủ trì?", False),
])
def test_a_question_for_the_text_that_set_a_body_up(question, asks):
    assert ranking.asks_founding_text(question) is asks


def test_a_value_the_question_gives_and_the_row_holding_it():
    assert ranking.values_given("Chỉ tiêu 90% trong Phụ lục I là chỉ tiêu về việc gì?") == {"90"}
    assert ranking.values_given("Tỷ lệ 2,5% là gì?") == {"2.5"}
    row = Clause(id="pl:I.11.2", doc_id="pl", path=("I", "11.2"), label="pl, chỉ tiêu 11.2", heading="",
                 text="Chỉ tiêu: Tỉ lệ …; Đơn vị: %; Kết quả: 90", context=(), span=(0, 1), kind="row",
                 columns=(("Chỉ tiêu", "Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình"), ("Đơn vị", "%"),
                          ("Kết quả", "90")))
    assert ranking.holds_value(row, {"90"}) and not ranking.holds_value(row, {"80"})
    at_least = Clause(id="pl:I.12", doc_id="pl", path=("I", "12"), label="pl, chỉ tiêu 12", heading="",
                      text="…", context=(), span=(0, 1), kind="row",
                      columns=(("Chỉ tiêu", "Tỉ lệ giao dịch không dùng tiền mặt"), ("Kết quả", "≥ 80")))
    assert ranking.holds_value(at_least, {"80"})


def test_a_year_named_only_to_compare_with_is_another_year():
    c = Clause(id="d:I.1", doc_id="d", path=("I", "1"), label="d, mục I.1", heading="",
               text="Tỷ lệ hồ sơ trực tuyến đạt 61,4%, tăng 23,2 điểm phần trăm so với cùng kỳ năm 2024.",
               context=("Kết quả 6 tháng đầu năm 2025",), span=(0, 1), kind="item", columns=())
    assert ranking.other_horizon({"2024"}, c) and not ranking.other_horizon({"2025"}, c)


@pytest.mark.parametrize("question", ["Mấy tháng thì Ban Chỉ đạo của Bộ họp với nhau một lần?",
                                      "Bao nhiêu tháng Ban Chỉ đạo chuyển đổi số của Bộ họp một lần?"])
def test_how_often_is_asked_by_how_many_months_and_a_date_is_no_answer(question):
    q = ranking.fold(question).lower()
    assert ranking.ASKS_HOW_OFTEN.search(q)
    assert ranking.SAYS_HOW_OFTEN.search(ranking.fold("BCĐ họp định kỳ 06 tháng một lần để đánh giá").lower())
    assert not ranking.SAYS_HOW_OFTEN.search(ranking.fold("thay thế Quyết định số 2037 ngày 14 tháng 9 năm 2023").lower())


def _report_clause(cid: str, text: str, context: tuple[str, ...] = (), columns=()) -> Clause:
    return Clause(id=cid, doc_id="bc", path=(cid,), label=f"bc, {cid}", heading="", text=text, context=context,
                  kind="row" if columns else "item", columns=columns)


def test_a_cause_asked_leads_with_the_clause_giving_one(fake_assistant):
    from indexing import Hit
    row = _report_clause("8", "Nhiệm vụ: Trung tâm giám sát, điều hành thông minh giai đoạn 1; Tiến độ: Chậm tiến độ")
    cause = _report_clause("IV.2.a.3", "Trung tâm giám sát giai đoạn 1 phải điều chỉnh chủ trương đầu tư, dẫn đến gói "
                                "thầu phải tổ chức lại.", ("Nguyên nhân khách quan:",))
    hits = [Hit(row, 0.9), Hit(cause, 0.3)]
    asked = "Vì sao Trung tâm giám sát, điều hành thông minh giai đoạn 1 bị chậm tiến độ?"
    assert [h.clause.id for h in ranking.saying_asked_first(fake_assistant, asked, hits)] == ["IV.2.a.3", "8"]
    told = "Trung tâm giám sát, điều hành thông minh giai đoạn 1 có tiến độ thế nào?"
    assert ranking.saying_asked_first(fake_assistant, told, hits) == hits


def test_what_a_figure_reached_is_asked_and_stated_apart_from_a_target():
    assert ranking.asks_reached("Tỷ trọng kinh tế số 9 tháng đầu năm ước đạt bao nhiêu?")
    assert not ranking.asks_reached("Tỷ trọng kinh tế số năm 2025 phải đạt bao nhiêu?")
    assert ranking.states_reached(_report_clause("1", "Tỷ trọng kinh tế số 9 tháng ước đạt 9,1%."))
    assert not ranking.states_reached(_report_clause("2", "Phấn đấu tỷ trọng kinh tế số đạt 10% năm 2025."))
    assert ranking.asks_reached("Đến 30/9/2025, việc xóa vùng lõm sóng đạt kết quả thế nào?")
    assert ranking.states_reached(_report_clause("3", "Ghi chú: Đã xóa 38/52 thôn, bản lõm sóng (đạt 73%)"))


def test_a_sum_asked_as_raised_so_far_needs_a_text_saying_what_was_raised():
    from assistant.core import _asks_done
    assert _asks_done("Đến hết quý III/2025, tỉnh đã huy động được bao nhiêu vốn xã hội hóa?")
    assert not _asks_done("Kế hoạch dự kiến huy động bao nhiêu vốn xã hội hóa?")
