"""End-to-end on a fourth document no rule was written against (eval/data/synthetic4: a fictional ministry
regulation in Chương/Điều/khoản/điểm, its Ban Chỉ đạo abbreviated "BCĐ"), with the real default model."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "1746-QD-BHTDT-quy-che-bcd-khcn-cds-de-an-06.md"


@pytest.fixture(scope="module")
def regulation_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic4", DOC)


@pytest.mark.parametrize("question, must_say", [
    # the Ban Chỉ đạo named by its ministry is no unknown body; the post's holder found by the post
    ("Ai là Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 "
     "của Bộ Hạ tầng và Đô thị?", "Trần Quốc Khải"),
    # a point of a clause of an article
    ("Điểm c khoản 1 Điều 4 Quy chế hoạt động của Ban Chỉ đạo Bộ Hạ tầng và Đô thị nêu ai?", "Hoàng Thị Bích Ngọc"),
    # how often, asked by "mấy tháng … một lần": the meeting rhythm, not the date of the decision it replaces
    ("Ban Chỉ đạo chuyển đổi số của Bộ Hạ tầng và Đô thị cứ mấy tháng lại họp một lần?", "06 tháng một lần"),
])
def test_regulation_answers(regulation_assistant, question, must_say):
    assert_answers(regulation_assistant, question, must_say)


def test_a_clause_an_article_does_not_have(regulation_assistant):
    ans = regulation_assistant.ask("Khoản 7 Điều 13 Quy chế hoạt động của Ban Chỉ đạo Bộ Hạ tầng và Đô thị quy định gì?")
    assert ans.abstained and "khoản 7" in ans.answer
