"""End-to-end: a folder holding a Word plan (automatic numbering, a header table, a task table), indexed with the
real default model and asked through the same path as the UI."""
import pytest

from tests.corpus.word_files import word_plan
from tests.e2e.one_document import assert_answers

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def word_assistant(tmp_path_factory):
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    home = tmp_path_factory.mktemp("word")
    word_plan(home / "ke-hoach-45-ha-dong.docx")
    build_index(load_corpus(home), home / "index", IndexSettings(), show_progress=False)
    return Assistant(Settings(corpus_dir=str(home), index_dir=str(home / "index")))


@pytest.mark.parametrize("question, must_say, label", [
    ("Sở nào chủ trì rà soát các quyết định của tỉnh Hà Đông về khoa học, công nghệ?", "Sở Tư pháp",
     "45/KH-UBND, mục II.1.a"),
    ("ai ky ke hoach 45/KH-UBND", "Lê Văn Thành", ""),
    ("Đến năm 2030 kinh tế số của tỉnh Hà Đông chiếm bao nhiêu phần trăm GRDP?", "30%", "45/KH-UBND, mục I.2"),
    ("Việc số hóa hồ sơ lưu trữ do cơ quan nào chủ trì, thời hạn khi nào?", "Năm 2026", "45/KH-UBND"),
])
def test_word_plan_answers(word_assistant, question, must_say, label):
    assert_answers(word_assistant, question, must_say, label)
