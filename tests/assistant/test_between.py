"""How far apart two documents' dates are, and which came first, read from their dates."""
import pytest

from assistant import between


def test_the_days_between_two_documents_named_by_number(fake_assistant):
    ans = fake_assistant.ask("NQ 03 ra sau NQ57 bao nhiêu ngày?")
    assert ans.answer.startswith("03/NQ-CP (9/1/2025, Chính phủ) sau 57-NQ/TW (22/12/2024, Bộ Chính trị) 18 ngày.")
    assert [c.doc_id for c in ans.citations] == ["57-NQ-TW", "03-NQ-CP"]


def test_which_came_first_of_two_documents_named_by_their_issuers(fake_assistant):
    ans = fake_assistant.ask("chinh phu va dang doan quoc hoi ban hanh van ban trien khai nq57 cach nhau may ngay, "
                             "ben nao truoc")
    assert ans.answer.startswith("03/NQ-CP (9/1/2025, Chính phủ) có trước; 3260-KH/ĐĐQH15 (10/1/2025, Đảng đoàn "
                                 "Quốc hội) sau đó 1 ngày.")


def test_a_span_of_weeks_is_also_said_in_months(fake_assistant):
    ans = between.answer(fake_assistant, "Phiên họp thứ hai diễn ra sau khi Chính phủ ban hành 03/NQ-CP khoảng bao lâu?")
    assert "54 ngày (khoảng 2 tháng)" in ans.answer


@pytest.mark.parametrize("question", ["Nghị quyết 03/NQ-CP ban hành ngày nào?",
                                      "Nhiệm vụ này phải hoàn thành trong bao lâu?",
                                      "Bao lâu thì Bộ Tài chính phải báo cáo một lần?"])
def test_other_questions_are_left_to_the_rest(fake_assistant, question):
    assert between.answer(fake_assistant, question) is None


def test_the_days_from_the_meeting_a_notice_reports_to_the_notice(fake_assistant):
    ans = fake_assistant.ask("Thông báo 23-TB/TGV được ban hành sau cuộc họp bao nhiêu ngày?")
    assert "4 ngày sau cuộc họp ngày 16/5/2025" in ans.answer and "20/5/2025" in ans.answer
    assert [c.label for c in ans.citations] == ["23-TB/TGV, phần đầu văn bản", "23-TB/TGV, phần mở đầu, đoạn 1"]
