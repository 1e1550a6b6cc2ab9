"""End-to-end on a second document no rule was written against (eval/data/synthetic2: a fictional ministry
decision and action plan converted from a word processor, its header and signature laid out as table rows, its
tasks led by the ministry's own units), with the real default model and no catalog entry."""
import pytest

from tests.e2e.one_document import one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "1587-QD-BNNMT-ke-hoach-hanh-dong-nq57.md"


@pytest.fixture(scope="module")
def plan_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic2", DOC)


@pytest.mark.parametrize("question, must_say", [
    # metadata from a header and a signature laid out as table rows
    ("Quyết định này do ai ký?", "Tạ Minh Khôi"),
    ("Giấy này do cơ quan nào ban hành?", "1587/QĐ-BNNMT"),
    # a unit the agency list does not hold leads the task (the answer names it, not "chưa rõ")
    ("Những nhiệm vụ nào có thời hạn hoàn thành trong quý I/2026?", "chủ trì: Vụ Tổ chức cán bộ"),
    # a heading that states the total before the items breaking it down; a year's figure over the period's
    ("Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025-2030 là bao nhiêu?", "4.850 tỷ"),
    ("Kinh phí thực hiện Kế hoạch năm 2025 dự kiến khoảng bao nhiêu tỷ đồng?", "615 tỷ"),
    # the recital citing the decision that set the body up
    ("Ban Chỉ đạo của Bộ được thành lập theo quyết định nào?", "842/QĐ-BNNMT"),
])
def test_word_processor_document_answers(plan_assistant, question, must_say):
    ans = plan_assistant.ask(question)
    assert not ans.abstained and must_say in ans.answer, ans.answer
    assert ans.citations
