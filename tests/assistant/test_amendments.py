"""A plan and the decision amending it (tests/data/amended/): the places each item changes, and answers drawn
from an amended place saying what now stands."""
import pytest

from assistant.amendments import find_amendments


@pytest.fixture(scope="module")
def amended_corpus(data_dir):
    from corpus import load_corpus
    return load_corpus(data_dir / "amended")


@pytest.fixture(scope="module")
def amended_assistant(amended_corpus, tmp_path_factory):
    from assistant import Assistant, Settings
    from indexing import IndexSettings, build_index
    folder = tmp_path_factory.mktemp("amended") / "index"
    build_index(amended_corpus, folder, IndexSettings(embedder="fake"), show_progress=False)
    return Assistant(Settings(index_dir=str(folder), index=IndexSettings(embedder="fake")))


def test_each_item_finds_the_place_it_amends(amended_corpus):
    found = find_amendments(amended_corpus.documents, amended_corpus.clauses)
    said = {target.split(":")[1]: [(a.kind, a.by.text[a.new[0]:a.new[1]] if a.new else "", a.old) for a in made]
            for target, made in found.items()}
    assert said == {
        "I.1.-1": [("replaced", "- Kinh tế số đạt 25% GRDP của tỉnh.", "")],
        "II.1.a": [("changed", "hoàn thành trong quý II/2026", "hoàn thành trong quý IV/2025")],
        "II.1.b": [("repealed", "", "")],
        "II.1.c": [("changed", "các xã, phường", "các huyện")],
    }


def test_texts_that_amend_nothing_have_no_amendments(bundled):
    assert find_amendments(bundled.documents, bundled.clauses) == {}


def test_an_answer_from_an_amended_place_says_what_now_stands(amended_assistant):
    ans = amended_assistant.ask("Nền tảng dữ liệu dùng chung phải hoàn thành khi nào?")
    assert "quý IV/2025" in ans.answer and "quý II/2026" in ans.answer and "40/QĐ-UBND, Điều 1, mục 2" in ans.answer
    assert [c.label for c in ans.citations][-1] == "40/QĐ-UBND, Điều 1, mục 2"
    ans = amended_assistant.ask("Sở nào chủ trì xây dựng Đề án đô thị thông minh?")
    assert "đã bị bãi bỏ tại 40/QĐ-UBND, Điều 1, mục 3" in ans.answer


def test_each_amended_place_is_noted_once_in_a_two_part_answer(amended_assistant):
    ans = amended_assistant.ask("Nền tảng dữ liệu dùng chung phải hoàn thành khi nào, còn Đề án đô thị thông minh do "
                                "sở nào chủ trì?")
    assert ans.note.startswith("câu hỏi gồm nhiều ý")
    assert ans.answer.count("40/QĐ-UBND, Điều 1, mục 2 đã sửa 12/KH-UBND, mục II.1.a") == 1
    assert [c.label for c in ans.citations].count("40/QĐ-UBND, Điều 1, mục 2") == 1
