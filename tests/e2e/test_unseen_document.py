"""End-to-end on a document none of the rules were written against (eval/data/unseen: a Công văn with a
draft report and a progress table), with the real default model and no catalog entry."""
import pytest

from tests.e2e.one_document import one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "bao-cao-dang-uy-chinh-phu-NQ57-thang5-2025.md"


@pytest.fixture(scope="module")
def unseen_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/unseen", DOC)


@pytest.mark.parametrize("question, must_say", [
    # metadata read from the header and the signature block, with no catalog
    ("Công văn số 402-CV/VPĐU do cơ quan nào ban hành?", "Văn phòng Đảng ủy Chính phủ"),
    ("Ai ký Công văn số 402-CV/VPĐU?", "Trần Văn Sơn"),
    # the lead named by the clause introducing a list of items
    ("Cơ quan nào chủ trì nghiên cứu phương án kết nối, chia sẻ dữ liệu giữa hai hệ thống giám sát?",
     "Văn phòng Trung ương Đảng"),
    # a date in a report's prose, and the cell of a long table row the question asks about
    ("Khi nào Trung tâm dữ liệu quốc gia có mặt bằng để bàn giao cho các bộ, ngành, địa phương?", "15/9/2025"),
    ("Đến nay đã thu hút được bao nhiêu chuyên gia giỏi về AI?", "277"),
    # what is expected or done, from the progress cell rather than the deadline the task was given
    ("Bộ Khoa học và Công nghệ đã gửi văn bản xin ý kiến về dự thảo Chiến lược trí tuệ nhân tạo ngày nào?",
     "08/5/2025"),
])
def test_unseen_document_answers(unseen_assistant, question, must_say):
    ans = unseen_assistant.ask(question)
    assert not ans.abstained and must_say in ans.answer, ans.answer
    assert ans.citations


def test_a_place_the_document_never_names_abstains(unseen_assistant):
    ans = unseen_assistant.ask("Báo cáo giao cho Sở Khoa học và Công nghệ tỉnh Đồng Tháp những nhiệm vụ gì?")
    assert ans.abstained and "Đồng Tháp" in ans.answer
