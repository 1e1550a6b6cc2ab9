"""End-to-end on a fifth pack no rule was written against (eval/data/synthetic5: a fictional city department's report
saved from a web page, and the city's letter acting on it), with the real default model."""
import pytest

from tests.e2e.one_document import one_document_assistant

pytestmark = pytest.mark.e2e

REPORT = "BC-412-SKHCN-ket-qua-9-thang-2025-nq57-binh-giang.md"
LETTER = "CV-2785-UBND-KGVX-nhiem-vu-quy-iv-2025-nq57.txt"


@pytest.fixture(scope="module")
def pack_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic5", REPORT, LETTER)


def test_the_report_and_the_letter_keep_their_headers(pack_assistant):
    docs = {d.number: d for d in pack_assistant.index.documents}
    assert docs["412/BC-SKHCN"].type == "Báo cáo" and docs["412/BC-SKHCN"].date == "2025-10-03"
    assert docs["2785/UBND-KGVX"].type == "Công văn"
    assert docs["2785/UBND-KGVX"].signer == "Lương Thị Thanh Vân (KT. Chủ tịch, Phó chủ tịch)"


@pytest.mark.parametrize("question, must_say", [
    # the signature above "Nơi nhận", typed without marks
    ("Ai ky cong van so 2785/UBND-KGVX?", "Lương Thị Thanh Vân"),
    # the lead of a task written on the line under it ("Chủ trì: …; thời hạn: …")
    ("Đơn vị nào chủ trì đưa Sàn giao dịch công nghệ thành phố vào vận hành thử nghiệm?",
     "Trung tâm Thông tin và Ứng dụng"),
    # the tasks of a section named by its period, of one unit
    ("Phòng Chuyển đổi số được giao những việc gì trong các nhiệm vụ trọng tâm quý IV/2025?", "5G"),
    # proposals asked by whom they are addressed to
    ("Sở KH&CN kiến nghị UBND thành phố những nội dung gì?", "35 tỷ đồng"),
    # whom the letter is addressed to
    ("Công văn 2785/UBND-KGVX được gửi tới những cơ quan nào?", "Sở Nội vụ"),
])
def test_pack_answers(pack_assistant, question, must_say):
    ans = pack_assistant.ask(question)
    assert not ans.abstained and must_say in ans.answer, ans.answer
