"""End-to-end: a provincial plan as a scanned PDF's text layer copies it (decomposed marks, CRLF, a task table laid
out in columns) and the Word decision amending it (eval/data/synthetic11, fictional), indexed together with the real
default model: answers from an amended place say what now stands."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e
PACK = "eval/data/synthetic11"


@pytest.fixture(scope="module")
def amended_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, PACK, "86-KH-UBND-ke-hoach-nq57-tinh-van-khe.txt",
                                  "1432-QD-UBND-sua-doi-ke-hoach-86-nq57-tinh-van-khe.docx")


@pytest.mark.parametrize("question, must_say, label", [
    # the task table, read by its columns although the file's marks are decomposed
    ("Cơ quan nào phối hợp xây dựng Trung tâm Giám sát, điều hành thông minh (IOC)?", "Sở Xây dựng", "86/KH-UBND"),
    # an amended lead and an amended deadline: the answer says what now stands
    ("Khu ươm tạo công nghệ Suối Mây do cơ quan nào chủ trì xây dựng?", "Ban Quản lý Khu kinh tế tỉnh", "86/KH-UBND"),
    ("Nền tảng VK-Data phải hoàn thành khi nào?", "quý II/2026", "86/KH-UBND"),
    ("Quyết định 1432/QĐ-UBND có hiệu lực từ khi nào?", "kể từ ngày ký", "1432/QĐ-UBND, Điều 2"),
])
def test_amended_plan_answers(amended_assistant, question, must_say, label):
    assert_answers(amended_assistant, question, must_say, label)
