"""End-to-end: a Word file converted to markdown by pandoc (grid tables, escapes, footnotes, a signature beside
"Nơi nhận" in a borderless grid table), indexed with the real default model and asked through the UI's path."""
import pytest

from tests.corpus.test_pandoc_markdown import TEXT
from tests.e2e.one_document import assert_answers

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def pandoc_assistant(tmp_path_factory):
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    home = tmp_path_factory.mktemp("pandoc")
    (home / "77-KH-DHQGLS.md").write_text(TEXT, encoding="utf-8")
    build_index(load_corpus(home), home / "index", IndexSettings(), show_progress=False)
    return Assistant(Settings(corpus_dir=str(home), index_dir=str(home / "index")))


@pytest.mark.parametrize("question, must_say, label", [
    ("Đơn vị nào chủ trì sửa đổi Quy chế quản lý hoạt động KH&CN?", "Ban Thanh tra - Pháp chế",
     "77/KH-ĐHQGLS, Phụ lục, nhiệm vụ 1"),
    ("Việc mở ngành Trí tuệ nhân tạo phải xong khi nào?", "Quý II/2026", "77/KH-ĐHQGLS, Phụ lục, nhiệm vụ 2"),
    ("Ai ký Kế hoạch 77/KH-ĐHQGLS?", "Lê Văn Tâm", ""),
])
def test_pandoc_markdown_answers(pandoc_assistant, question, must_say, label):
    assert_answers(pandoc_assistant, question, must_say, label)
