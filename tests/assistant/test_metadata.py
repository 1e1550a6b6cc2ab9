"""Document metadata as answers: a date written both ways."""
import pytest

from assistant.metadata import vn_date, written_date


@pytest.mark.parametrize("iso, short, written", [
    ("2025-01-09", "9/1/2025", "ngày 09 tháng 01 năm 2025"),     # a day under 10 and January padded
    ("2025-05-20", "20/5/2025", "ngày 20 tháng 5 năm 2025"),
    ("2024-12-22", "22/12/2024", "ngày 22 tháng 12 năm 2024"),
    ("không rõ", "không rõ", "không rõ"),
])
def test_a_date_short_and_as_a_header_writes_it(iso, short, written):
    assert (vn_date(iso), written_date(iso)) == (short, written)


def test_a_date_question_is_answered_with_the_date_both_ways(fake_assistant):
    ans = fake_assistant.ask("Nghị quyết 03/NQ-CP ban hành ngày nào?")
    assert ans.intent == "date" and "9/1/2025" in ans.answer and "ngày 09 tháng 01 năm 2025" in ans.answer


def _marked(citation) -> str:
    return " ".join(citation.text[citation.highlight[0]:citation.highlight[1]].split())


@pytest.mark.parametrize("question, label, marked", [
    ("Nghị quyết 03/NQ-CP ban hành ngày nào?", "03/NQ-CP, phần đầu văn bản", "ngày 09 tháng 01 năm 2025"),
    ("Ai ký Kế hoạch 3260-KH/ĐĐQH15?", "3260-KH/ĐĐQH15, phần cuối văn bản", "Trần Thanh Mẫn"),
    ("Kế hoạch 3260 được lưu ở đâu?", "3260-KH/ĐĐQH15, phần cuối văn bản", "Lưu: VPĐĐQH, Vụ KHCNMT."),
])
def test_metadata_is_cited_to_the_line_of_the_header_or_signature_that_states_it(fake_assistant, question, label,
                                                                                  marked):
    ans = fake_assistant.ask(question)
    assert not ans.abstained and ans.citations[0].label == label and _marked(ans.citations[0]) == marked
    assert ans.citations[0].clause_id in {c.id for c in fake_assistant.index.furniture}


def test_the_header_leads_the_search_for_a_date_and_is_never_searched_otherwise(fake_assistant):
    assert fake_assistant.retrieve("Thông báo 23-TB/TGV ký ngày nào?")[0].clause.id == "23-TB-TGV:ĐẦU"
    assert fake_assistant.retrieve("Thông báo 23-TB/TGV do cơ quan nào thông báo?")[0].clause.kind != "header"
    assert all(c.kind not in ("header", "signature") for c in fake_assistant.index.clauses)
