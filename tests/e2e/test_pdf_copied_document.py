"""End-to-end on a third document no rule was written against (eval/data/synthetic3: a fictional provincial
conclusion notice copied from a PDF: hard-wrapped lines, page numbers and a running header between them, a
table laid out with spaces, a two-column header and signature), with the real default model and no catalog."""
import pytest

from tests.e2e.one_document import one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "318-TB-TU-tinh-uy-hoa-lam-so-ket-nq57.txt"


@pytest.fixture(scope="module")
def notice_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic3", DOC)


@pytest.mark.parametrize("question, must_say", [
    ("Thông báo kết luận 318 do ai ký?", "Đinh Quang Vĩnh"),
    # the chair written as the subject of "chủ trì Hội nghị"
    ("Ai chủ trì Hội nghị sơ kết?", "Phạm Thanh Tùng"),
    # a sentence broken by a page number and a running header runs on
    ("Phiên họp thứ tư của Ban Chỉ đạo tỉnh dự kiến tổ chức khi nào?", "10/2025"),
    # a row of a table laid out with spaces
    ("Tỷ lệ dân số trưởng thành có chữ ký số đạt bao nhiêu?", "34,8"),
])
def test_pdf_copied_document_answers(notice_assistant, question, must_say):
    ans = notice_assistant.ask(question)
    assert not ans.abstained and must_say in ans.answer, ans.answer
    assert ans.citations


def test_a_year_named_only_to_compare_with_is_not_answered(notice_assistant):
    assert notice_assistant.ask("Năm 2024, kinh tế số chiếm bao nhiêu phần trăm GRDP của tỉnh Hòa Lâm?").abstained
