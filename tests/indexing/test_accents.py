"""Diacritics put back into a question typed without them, from the indexed text."""
from indexing.accents import Restorer

TEXTS = ["Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành.",
         "Bỏ các thủ tục không cần thiết; cơ quan chủ trì: Bộ Tài chính.",
         "Quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo."]


def test_words_are_written_in_the_form_their_neighbours_call_for():
    r = Restorer(TEXTS)
    assert r.restore("bo nao chu tri quy dau tu mao hiem") == "bộ nào chủ trì quỹ đầu tư mạo hiểm"
    assert r.restore("bo cac thu tuc") == "bỏ các thủ tục"          # "bỏ" before "các thủ tục", not "bộ"


def test_words_typed_with_diacritics_or_unknown_stay_as_typed():
    r = Restorer(TEXTS)
    assert r.restore("Bộ nao chu tri xyz 2025?") == "Bộ nào chủ trì xyz 2025?"
    assert r.restore("Bo Tai chinh") == "Bộ Tài chính"       # capitals kept
    assert r.restore("") == ""


def test_search_reads_a_question_typed_without_diacritics_as_written(fake_index_dir):
    from indexing import HybridRetriever, IndexSettings, load_index
    index = load_index(fake_index_dir, IndexSettings(embedder="fake"))
    r = HybridRetriever(index, mode="dense")
    plain = "bo nao chu tri xay dung luat du lieu"
    assert [h.clause.id for h in r.search(plain, k=3)] == \
        [h.clause.id for h in r.search(r.restorer().restore(plain), k=3)]
    assert r.restorer().restore(plain).startswith("bộ nào chủ trì xây dựng")


def test_restoring_marks_keeps_the_capitals_as_typed():
    from indexing.accents import _cased
    assert _cased("6G", "6g") == "6G" and _cased("UBND", "ubnd") == "UBND" and _cased("Bo", "bộ") == "Bộ"
    assert _cased("bo", "bộ") == "bộ"


def test_the_words_a_yes_no_question_opens_with_are_read_as_asked():
    r = Restorer(["Cơ thất thoát", "Bố trí ít nhất 15% ngân sách"])
    assert r.restore("co that la nq57 bo tri it nhat 15%").startswith("có thật là")


def test_a_word_typed_with_marks_the_documents_never_write_is_respelt_from_its_neighbours():
    r = Restorer(["Gửi thông tin, dữ liệu của các năm 2023", "Phát triển hạ tầng số", "tăng trưởng"])
    assert r.respell("Có yêu cầu gửi dữ liêu của năm 2022 không?") == "Có yêu cầu gửi dữ liệu của năm 2022 không?"
    assert r.respell("Tiêu chí cho hạ tâng số là gì?") == "Tiêu chí cho hạ tầng số là gì?"
    # a word the documents never write at all, beside words they write with another form, stays as typed
    assert r.respell("Có bao nhiêu dòng chỉ tiêu?") == "Có bao nhiêu dòng chỉ tiêu?"
    assert r.respell("bo nao chu tri") == "bo nao chu tri"        # typed without marks: left to restore()
