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
