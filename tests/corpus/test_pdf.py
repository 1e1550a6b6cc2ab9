"""PDF documents: pypdf's layout text read like a copy of the PDF; a scan or a broken file reported and skipped."""
from corpus.loader import decode, load_corpus, load_document
from tests.corpus.pdf_files import scanned_pdf, text_as_pdf

PACK = "eval/data/synthetic6/742-QD-ke-hoach-nq57-tan-lanh.txt"


def test_a_plan_printed_to_pdf_gives_the_clauses_of_its_text_copy(tmp_path):
    from pathlib import Path
    source = Path(PACK)
    doc, clauses = load_document(source)
    pdf = text_as_pdf(decode(source.read_bytes())[0], tmp_path / f"{source.stem}.pdf")
    pdf_doc, pdf_clauses = load_document(pdf)
    assert pdf_doc.encoding == "pdf"
    assert (pdf_doc.number, pdf_doc.date, pdf_doc.signer, pdf_doc.issuer) == (doc.number, doc.date, doc.signer,
                                                                              doc.issuer)
    assert [c.label for c in pdf_clauses] == [c.label for c in clauses]
    rows = [c for c in pdf_clauses if c.kind == "row"]
    assert [c.columns for c in rows] == [c.columns for c in clauses if c.kind == "row"] and len(rows) == 19
    same = sum(" ".join(a.text.split()) == " ".join(b.text.split()) for a, b in zip(clauses, pdf_clauses))
    assert same >= len(clauses) - 3         # the "" bullets of the text copy are "•" in the PDF


def test_a_scan_or_a_broken_pdf_is_reported_and_the_others_load(tmp_path):
    text_as_pdf("ỦY BAN NHÂN DÂN TỈNH HÀ ĐÔNG\nSố: 45/KH-UBND\n\nKẾ HOẠCH\n\nI. MỤC TIÊU\n"
                "1. Sở Tư pháp chủ trì rà soát các quyết định của tỉnh, hoàn thành trong quý II/2025.\n",
                tmp_path / "ke-hoach.pdf")
    scanned_pdf(tmp_path / "quet.pdf")
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF body")
    corpus = load_corpus(tmp_path)
    assert [d.filename for d in corpus.documents] == ["ke-hoach.pdf"]
    problems = {p.filename: p.reason for p in corpus.problems}
    assert "OCR" in problems["quet.pdf"] and "hỏng" in problems["hong.pdf"]
    assert any("Sở Tư pháp" in c.text for c in corpus.clauses)
