"""End-to-end on a seventh document no rule was written against (eval/data/synthetic7: a fictional province's plan
printed to PDF by a report writer: a two-column header, justified paragraphs hard-wrapped by the page, page
numbers, a bordered task table whose cells are centred in tall rows and which runs over a page break with its
header repeated), read from the PDF itself with the real default model."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "215-KH-UBND-ke-hoach-nq57-tinh-lam-chau.pdf"


@pytest.fixture(scope="module")
def plan_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic7", DOC)


def test_the_bordered_table_gives_one_row_per_task_across_the_page_break(plan_assistant):
    rows = [c for c in plan_assistant.index.clauses if c.kind == "row"]
    assert [r.label.rsplit(" ", 1)[-1] for r in rows] == [str(n) for n in range(1, 20)]
    assert all(dict(r.columns).get("Cơ quan chủ trì") and dict(r.columns).get("Thời hạn") for r in rows)
    doc = plan_assistant.index.documents[0]
    assert (doc.number, doc.date, doc.signer.split(" (")[0]) == ("215/KH-UBND", "2025-07-14", "Vũ Đình Khang")
    assert "trên địa bàn tỉnh Lam Châu đến năm 2030" in doc.title


@pytest.mark.parametrize("question, must_say, label", [
    # a row on the page after the break, its cells centred around the row's number
    ("Ngày hội Khởi nghiệp sáng tạo Lam Châu phải có tối thiểu bao nhiêu dự án tham gia?", "30 dự án",
     "215/KH-UBND, Phụ lục, nhiệm vụ 17"),
    ("Bồi dưỡng kiến thức trí tuệ nhân tạo cho lãnh đạo cấp sở, cấp xã do cơ quan nào chủ trì?", "Sở Nội vụ",
     "215/KH-UBND, Phụ lục, nhiệm vụ 18"),
    # the name an abbreviation stands for, given in "(sau đây gọi tắt là …)"
    ("Ban Quản lý KCN là viết tắt của cơ quan nào?", "Ban Quản lý các khu công nghiệp tỉnh", "215/KH-UBND, mục III.4.b"),
    # a sum of money the third clause states while the best one states a share
    ("Năm 2025 tỉnh Lam Châu chi bao nhiêu tiền từ ngân sách tỉnh cho kế hoạch này?", "185 tỷ đồng", "215/KH-UBND, mục IV.3"),
    # item c) after a line the wrap began with a quarter's numeral ("III/2025.")
    ("Quỹ Phát triển khoa học và công nghệ tỉnh Lam Châu làm gì theo mục III.5.c?", "cho vay ưu đãi", "215/KH-UBND, mục III.5.c"),
])
def test_plan_answers(plan_assistant, question, must_say, label):
    assert_answers(plan_assistant, question, must_say, label)


@pytest.mark.parametrize("question", [
    "Sở Y tế được giao chủ trì những nhiệm vụ chuyển đổi số nào trong kế hoạch của tỉnh Lam Châu?",
    "Trung tâm dữ liệu tỉnh Lam Châu sẽ được đặt ở đâu?",
])
def test_plan_silences(plan_assistant, question):
    assert plan_assistant.ask(question).abstained
