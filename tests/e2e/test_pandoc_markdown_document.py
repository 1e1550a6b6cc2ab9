"""End-to-end: a Word file converted to markdown by pandoc (grid tables, escapes, footnotes, a signature beside
"Nơi nhận" in a borderless grid table), indexed with the real default model and asked through the UI's path."""
import pytest

from tests.corpus.test_pandoc_markdown import TEXT
from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def pandoc_assistant(tmp_path_factory):
    source = tmp_path_factory.mktemp("pandoc-source")
    (source / "77-KH-DHQGLS.md").write_text(TEXT, encoding="utf-8")
    return one_document_assistant(tmp_path_factory, str(source), "77-KH-DHQGLS.md")


@pytest.mark.parametrize("question, must_say, label", [
    ("Đơn vị nào chủ trì sửa đổi Quy chế quản lý hoạt động KH&CN?", "Ban Thanh tra - Pháp chế",
     "77/KH-ĐHQGLS, Phụ lục, nhiệm vụ 1"),
    ("Việc mở ngành Trí tuệ nhân tạo phải xong khi nào?", "Quý II/2026", "77/KH-ĐHQGLS, Phụ lục, nhiệm vụ 2"),
    ("Ai ký Kế hoạch 77/KH-ĐHQGLS?", "Lê Văn Tâm", ""),
])
def test_pandoc_markdown_answers(pandoc_assistant, question, must_say, label):
    assert_answers(pandoc_assistant, question, must_say, label)
