"""End-to-end on a sixth document no rule was written against (eval/data/synthetic6: a fictional province's plan as
`pdftotext -layout` writes it: hard wraps, page footers and running headers, a task table whose cells wrap onto the
lines below and run over a page break), with the real default model."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "742-QD-ke-hoach-nq57-tan-lanh.txt"


@pytest.fixture(scope="module")
def plan_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic6", DOC)


@pytest.mark.parametrize("question, must_say, label", [
    # a lead whose name wraps over three lines of a table cell
    ("Cơ quan nào chủ trì đào tạo mới 5.000 nhân lực số ở tỉnh Tân Lãnh?",
     "Trường Cao đẳng Kỹ thuật Công nghệ Tân Lãnh", "742/QĐ-UBND, Phụ lục, nhiệm vụ 6"),
    # a row after the page break inside the table
    ("Nhiệm vụ phủ sóng 5G tại các khu công nghiệp của tỉnh Tân Lãnh phải xong khi nào?", "năm 2026",
     "742/QĐ-UBND, Phụ lục, nhiệm vụ 8"),
    # a body's duties under its heading in "Tổ chức thực hiện"
    ("Theo Kế hoạch 742 của tỉnh Tân Lãnh, Sở Tài chính có trách nhiệm gì trong tổ chức thực hiện?", "bố trí kinh phí",
     "742/QĐ-UBND, mục V.2"),
    ("ai ky quyet dinh 742/QD-UBND cua tinh Tan Lanh", "Đàm Quốc Trung", "742/QĐ-UBND"),
])
def test_plan_answers(plan_assistant, question, must_say, label):
    assert_answers(plan_assistant, question, must_say, label)


def test_the_table_survives_the_page_break(plan_assistant):
    rows = [c for c in plan_assistant.index.clauses if c.kind == "row"]
    assert len(rows) == 19 and all(dict(r.columns).get("Cơ quan chủ trì") for r in rows)
