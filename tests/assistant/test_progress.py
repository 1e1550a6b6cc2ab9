"""Tasks by the state a progress report's table gives them, and the signature block that ends the report's body
but not its appendix."""
import pytest

from assistant.progress import state
from corpus import Clause

REPORT = """UBND TỈNH BẮC LÃM
SỞ NỘI VỤ
Số: 77/BC-SNV
Bắc Lãm, ngày 05 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện chuyển đổi số quý III năm 2025
I. KẾT QUẢ
1. Các nhiệm vụ được triển khai theo kế hoạch.
2. Thời hạn cấp chữ ký số cho công chức xã được điều chỉnh từ quý III/2025 sang quý I/2026 theo Văn bản số 5/UBND.
II. KIẾN NGHỊ
1. Đề nghị Ủy ban nhân dân tỉnh bổ sung kinh phí.
Nơi nhận:        KT. GIÁM ĐỐC
- UBND tỉnh;        PHÓ GIÁM ĐỐC
- Lưu: VT.        Lò Văn Thắm

Phụ lục: Tình hình thực hiện các nhiệm vụ
| STT | Nhiệm vụ | Cơ quan chủ trì | Tình hình thực hiện |
|---|---|---|---|
| 1 | Số hóa hồ sơ cán bộ | Sở Nội vụ | Đã hoàn thành |
| 2 | Cấp chữ ký số cho công chức xã | Sở Nội vụ | Chậm tiến độ (đạt 40%) |
| 3 | Đào tạo kỹ năng số | Sở Giáo dục và Đào tạo | Đã hoàn thành |
| 4 | Xây dựng kho dữ liệu công chức | Sở Tài chính | Chưa triển khai |
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from tests.conftest import assistant_over
    return assistant_over(tmp_path_factory.mktemp("progress"), {"bc-77.txt": REPORT})


def test_an_appendix_after_the_signature_is_read_though_not_in_capitals(report):
    rows = [c for c in report.index.clauses if c.kind == "row"]
    assert [state(r) for r in rows] == ["Đã hoàn thành", "Chậm tiến độ", "Đã hoàn thành", "Chưa triển khai"]


@pytest.mark.parametrize("question, said, rows", [
    ("Những nhiệm vụ nào đã hoàn thành?", "Có 2 nhiệm vụ “Đã hoàn thành”", ["1", "3"]),
    ("Có bao nhiêu nhiệm vụ đang chậm tiến độ theo Báo cáo 77?", "Có 1 nhiệm vụ “Chậm tiến độ”", ["2"]),
    ("liet ke cac nhiem vu chua trien khai", "Có 1 nhiệm vụ “Chưa triển khai”", ["4"]),
])
def test_the_tasks_in_a_state_are_the_rows_the_table_gives_it(report, question, said, rows):
    ans = report.ask(question)
    assert not ans.abstained and ans.answer.startswith(said), ans.answer
    assert [c.label.rsplit(" ", 1)[1] for c in ans.citations] == rows


def test_no_state_asked_or_the_cause_asked_is_not_a_list_of_states(report):
    from assistant import progress
    assert progress.answer(report, "Những nhiệm vụ nào do Sở Nội vụ chủ trì?") is None
    assert progress.answer(report, "Vì sao những nhiệm vụ cấp chữ ký số bị chậm tiến độ?") is None


def test_a_row_without_a_progress_column_has_no_state():
    row = Clause(id="x:1", doc_id="x", path=("1",), label="x, nhiệm vụ 1", heading="", text="",
                 kind="row", columns=(("Nhiệm vụ", "Số hóa"), ("Thời hạn", "Quý IV/2025")))
    assert state(row) == ""


def test_the_titled_appendix_is_cited_as_the_appendix(report):
    rows = [c for c in report.index.clauses if c.kind == "row"]
    assert rows[0].label == "77/BC-SNV, Phụ lục, nhiệm vụ 1"


def test_a_deadline_asked_as_it_now_stands_is_the_one_it_was_moved_to(report):
    ans = report.ask("Thời hạn cấp chữ ký số cho công chức xã hiện nay là khi nào?")
    assert ans.answer.startswith("Thời hạn đã được điều chỉnh sang quý I/2026 (trước đó: quý III/2025).")
    assert ans.citations[0].label == "77/BC-SNV, mục I.2"


def test_a_deadline_asked_as_adjusted_after_its_task_is_not_the_one_first_given(report):
    ans = report.ask("Cơ quan nào chủ trì cấp chữ ký số cho công chức xã, và thời hạn đã được điều chỉnh thế nào?")
    assert "Sở Nội vụ" in ans.answer and "điều chỉnh sang quý I/2026" in ans.answer, ans.answer
