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


def test_a_bordered_task_table_over_a_page_break_gives_one_row_clause_per_task(tmp_path):
    from corpus.tasks import extract_tasks
    from tests.corpus.pdf_files import plan_with_task_table
    leads = ("Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh")
    dues = ("Quý III/2025", "Tháng 12/2025", "Trước 30/9/2026", "Năm 2026")
    rows = [(f"Nhiệm vụ thứ {n}: xây dựng, trình ban hành văn bản hướng dẫn triển khai nền tảng số dùng chung "
             f"số {n} của tỉnh, bảo đảm kết nối, chia sẻ dữ liệu với các hệ thống thông tin của Trung ương",
             leads[n % 4], dues[n % 4], "") for n in range(1, 25)]
    pdf = plan_with_task_table(tmp_path / "ke-hoach.pdf", rows, {1: "I. THỂ CHẾ", 13: "II. HẠ TẦNG SỐ"})
    doc, clauses = load_document(pdf)
    table = [c for c in clauses if c.kind == "row"]
    assert [c.label.rsplit(", ", 1)[-1] for c in table] == [f"nhiệm vụ {n}" for n in range(1, 25)]
    assert [c.heading for c in clauses if c.kind == "heading" and c.label.endswith(("mục I", "mục II"))][-2:] == \
        ["THỂ CHẾ", "HẠ TẦNG SỐ"]
    for c, (task, lead, due, _) in zip(table, rows):
        assert " ".join(task.split()) in c.text and f"Cơ quan chủ trì: {lead}" in c.text and due in c.text
    tasks = {t.clause_id: t for t in extract_tasks(clauses)}
    assert [tasks[c.id].lead for c in table[:4]] == [(leads[n % 4],) for n in range(1, 5)]
