"""Word documents (.docx): read as the text the segmenter reads, with Word's own numbering and tables."""
from pathlib import Path

import pytest

from corpus.docx_text import docx_text
from corpus.loader import BUNDLED_DIR, decode, load_corpus, load_document
from tests.corpus.word_files import lines_as_docx, word_plan


@pytest.mark.parametrize("name", sorted(p.name for p in BUNDLED_DIR.iterdir()))
def test_a_bundled_document_saved_as_word_gives_the_same_clauses(tmp_path, name):
    """Each line a Word paragraph, each markdown table a Word table: the clauses and metadata do not change."""
    source = BUNDLED_DIR / name
    doc, clauses = load_document(source)
    word_doc, word_clauses = load_document(lines_as_docx(decode(source.read_bytes())[0],
                                                                    tmp_path / f"{source.stem}.docx"))
    assert [(c.label, c.text, c.columns) for c in word_clauses] == [(c.label, c.text, c.columns) for c in clauses]
    assert (word_doc.number, word_doc.date, word_doc.issuer, word_doc.signer) == \
        (doc.number, doc.date, doc.issuer, doc.signer)
    assert word_doc.encoding == "docx"


def test_word_s_numbering_header_table_and_signature_table_are_read(tmp_path):
    doc, clauses = load_document(word_plan(tmp_path / "ke-hoach.docx"))
    assert (doc.number, doc.date, doc.type, doc.place) == ("45/KH-UBND", "2025-03-12", "Kế hoạch", "Hà Đông")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hà Đông"
    assert doc.signer.startswith("Lê Văn Thành")
    by_label = {c.label: c for c in clauses}
    # the automatic numbers I. / 1. / a) become the clause paths
    assert by_label["45/KH-UBND, mục I.2"].text.startswith("Đến năm 2030, kinh tế số chiếm 30%")
    assert by_label["45/KH-UBND, mục II.1.b"].text.startswith("Sở Tài chính chủ trì bố trí kinh phí")
    assert by_label["45/KH-UBND, mục II.2"].heading == "Phát triển hạ tầng số"   # numbering goes on after a deeper level
    # a task table: one clause a row, with its column headers
    rows = [c for c in clauses if c.columns]
    assert [dict(c.columns)["Cơ quan chủ trì"] for c in rows] == ["Sở Nội vụ", "Sở Nội vụ"]
    assert dict(rows[0].columns)["Thời hạn"] == "Quý III/2025"
    # the signature table's "Nơi nhận" is not a clause of the plan's content
    assert not any("Lưu: VT" in c.text for c in clauses)


def test_a_broken_word_file_or_an_old_doc_is_reported_and_the_others_load(tmp_path):
    word_plan(tmp_path / "ke-hoach.docx")
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word")
    (tmp_path / "rong.docx").write_bytes(Path(lines_as_docx("", tmp_path / "x.docx")).read_bytes())
    (tmp_path / "x.docx").unlink()
    corpus = load_corpus(tmp_path)
    assert [d.filename for d in corpus.documents] == ["ke-hoach.docx"]
    problems = {p.filename: p.reason for p in corpus.problems}
    assert "hỏng" in problems["hong.docx"] and "không có chữ" in problems["rong.docx"]
    assert ".docx" in problems["cu.doc"]


def test_letters_of_word_lists_follow_word_s_count(tmp_path):
    from docx import Document
    from tests.corpus.word_files import _numbered, _outline
    doc = Document()
    outline = _outline(doc)
    for text in ["Chương một"] + [f"Điểm {n}" for n in range(1, 4)]:
        _numbered(doc, text, outline, 0 if text.startswith("Chương") else 2)
    doc.save(tmp_path / "x.docx")
    assert docx_text((tmp_path / "x.docx").read_bytes()).split("\n") == ["I. Chương một", "a) Điểm 1", "b) Điểm 2",
                                                                         "c) Điểm 3"]
