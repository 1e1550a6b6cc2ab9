"""Which body or which part of a document has the most (or fewest) tasks: counted over the task table."""
import pytest

from assistant import most


def test_the_ministry_leading_the_most_tasks_of_an_appendix(fake_assistant):
    ans = fake_assistant.ask("Bộ nào chủ trì nhiều nhiệm vụ nhất trong Phụ lục II?")
    assert ans.answer.startswith("Bộ Thông tin và Truyền thông: 35 nhiệm vụ, nhiều nhất (trong 140 nhiệm vụ")
    assert "Tiếp theo: Bộ Khoa học và Công nghệ" in ans.answer
    assert ans.citations and all(c.doc_id == "03-NQ-CP-PL" for c in ans.citations)


def test_the_part_of_an_appendix_with_the_most_tasks(fake_assistant):
    ans = fake_assistant.ask("Mục nào trong Phụ lục II có nhiều nhiệm vụ nhầt?")
    assert ans.answer.startswith("III. Tăng cường đầu tư, hoàn thiện hạ tầng")
    assert ": 34 nhiệm vụ, nhiều nhất" in ans.answer
    assert [c.label for c in ans.citations] == ["03/NQ-CP, Phụ lục II, mục III"]


def test_the_fewest_names_every_body_tied_and_only_ministries_when_asked_which_ministry(fake_assistant):
    ans = most.answer(fake_assistant, "Bộ nào được giao ít nhiệm vụ nhất trong Nghị quyết 03?")
    winners = ans.answer.split(":")[0].split("; ")
    assert len(winners) >= 2 and all(w.startswith("Bộ ") for w in winners)
    assert ": 1 nhiệm vụ, ít nhất" in ans.answer


@pytest.mark.parametrize("question", ["Bộ nào chủ trì nhiệm vụ chuyển đổi số?", "Nhiệm vụ nào quan trọng nhất?",
                                      "Cơ quan nào được nhắc nhiều?"])
def test_other_questions_are_not_counted(fake_assistant, question):
    assert most.answer(fake_assistant, question) is None
