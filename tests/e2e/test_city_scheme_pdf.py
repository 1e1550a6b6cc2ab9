"""End-to-end: a fictional city's directive as hard-wrapped text and its project scheme as a real PDF with two
bordered tables under captions (eval/data/synthetic12), indexed together with the real default model: table rows
cited under their caption, a group of rows by its name, a decision named by the scheme it approves."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e
PACK = "eval/data/synthetic12"


@pytest.fixture(scope="module")
def city_assistant(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, PACK, "09-CT-TU-chi-thi-nq57-thanh-pho-ha-trung.txt",
                                  "2718-QD-UBND-de-an-ha-tang-so-do-thi-thong-minh-ha-trung.pdf")


@pytest.mark.parametrize("question, must_say, label", [
    # a row of the first table, cited under its caption; a sum given its unit in the header
    ("Trong Đề án phát triển hạ tầng số, dự án Hệ thống giao thông thông minh và camera giám sát do cơ quan nào chủ trì?",
     "Công an thành phố", "2718/QĐ-UBND, Phụ lục, Bảng 1, dòng 6"),
    ("Dự án Bệnh án điện tử và nền tảng y tế số có tổng mức đầu tư bao nhiêu tỷ đồng?", "118", "2718/QĐ-UBND, Phụ lục, Bảng 1"),
    # a row of the second table, apart from the first's rows of the same number
    ("Theo Bảng 2 của Đề án, năm 2028 ngân sách thành phố bố trí bao nhiêu?", "300", "2718/QĐ-UBND, Phụ lục, Bảng 2"),
    # a body's duties as the items under its name
    ("Theo Đề án, Sở Xây dựng có những nhiệm vụ gì?", "5G", "2718/QĐ-UBND, mục V.3"),
    # which decision approved the scheme, and when it takes effect
    ("Đề án “Phát triển hạ tầng số và đô thị thông minh thành phố Hà Trung” được phê duyệt bằng quyết định số mấy?",
     "2718/QĐ-UBND", "2718/QĐ-UBND"),
])
def test_city_scheme_answers(city_assistant, question, must_say, label):
    assert_answers(city_assistant, question, must_say, label)


def test_a_group_of_rows_by_its_name(city_assistant):
    ans = city_assistant.ask("Nhóm Kinh tế số và đổi mới sáng tạo trong danh mục dự án gồm những dự án nào?")
    assert "Đồng Lạc" in ans.answer and "Trung tâm Đổi mới sáng tạo" in ans.answer
    assert "Bảng 1" in ans.citations[0].label


def test_the_signer_of_a_submission_not_loaded_is_not_given(city_assistant):
    ans = city_assistant.ask("Ai là người ký Tờ trình đề nghị phê duyệt Đề án?")
    assert ans.abstained and "tờ trình" in ans.answer
