"""Golden tests: the bundled corpus segments into the clauses a reader sees."""
import pytest



def clause(corpus, cid):
    found = [c for c in corpus.clauses if c.id == cid]
    assert found, f"no clause {cid}"
    return found[0]


def test_seven_documents_no_problems(bundled):
    assert len(bundled.documents) == 7
    assert bundled.problems == []
    ids = [c.id for c in bundled.clauses]
    assert len(ids) == len(set(ids))


def test_wrapped_lettered_subclause_of_03_nq_cp(bundled):
    c = clause(bundled, "03-NQ-CP:II.1.a")
    assert c.path == ("II", "1", "a")
    assert c.label == "03/NQ-CP, mục II.1.a"
    # the item wraps over several lines in the source: joined, complete, not swallowing b)
    assert c.text.startswith("Xây dựng, trình ban hành và tổ chức triển khai chương trình tuyên truyền")
    assert "\n" not in c.text and "  " not in c.text
    assert c.text.endswith(".")
    assert "Xây dựng, ban hành quy định trách nhiệm người đứng" not in c.text
    src = open("corpus/documents/03-NQ-CP.txt", encoding="utf-8").read()
    assert src[c.span[0]:c.span[1]].startswith("a) Xây dựng, trình ban hành")
    assert clause(bundled, "03-NQ-CP:II.1.b").text.startswith("Xây dựng, ban hành quy định trách nhiệm")


def test_header_is_metadata_and_recipients_a_clause_of_their_own(bundled):
    texts = " ".join(c.text for c in bundled.clauses if c.doc_id == "03-NQ-CP")
    assert "Nơi nhận" not in texts and "Lưu: VT" not in texts
    # "Nơi nhận" names who holds a post ("Đồng chí … Trần Cẩm Tú, Trưởng Ban Chỉ đạo …"): one clause, a line each
    sent = clause(bundled, "23-TB-TGV:NN")
    assert sent.kind == "recipients" and sent.label == "23-TB/TGV, Nơi nhận"
    assert sent.text.split("\n")[1].startswith("Đồng chí Thường trực Ban Bí thư Trần Cẩm Tú, Trưởng Ban")
    assert clause(bundled, "3260-KH-DDQH15:NN").text.startswith("Ban Bí thư Trung ương Đảng (để b/c),")
    assert not any(c.kind == "recipients" for c in bundled.clauses if c.doc_id == "57-NQ-TW")
    assert "Độc lập - Tự do - Hạnh phúc" not in texts
    assert clause(bundled, "03-NQ-CP:III.5").text.startswith("Bộ Tài chính chủ trì")
    doc = bundled.document("3260-KH-DDQH15")
    assert doc.signer == "Trần Thanh Mẫn (T/M Đảng đoàn Quốc hội, Bí thư)"   # the catalogue names him, the block his post
    # "Hà Nội, ngày 10 tháng 01 năm 2025": where it was issued; a reprint without that line has none
    assert doc.place == "Hà Nội" and bundled.document("57-NQ-TW").place == ""
    # "- Lưu: VT, KGVX (2b).": where the copies are kept, no recipient
    assert bundled.document("03-NQ-CP").filed == "VT, KGVX (2b)" and doc.filed == "VPĐĐQH, Vụ KHCNMT"
    assert "KGVX" not in clause(bundled, "03-NQ-CP:NN").text


def test_plan_item_under_lettered_section_3260(bundled):
    c = clause(bundled, "3260-KH-DDQH15:II.2.2.a.-2")
    assert c.text.startswith("Chủ trì thẩm tra các dự án luật")
    assert c.context[-1] == "Tổ đảng ở Thường trực Ủy ban KH,CN&MT"
    assert clause(bundled, "3260-KH-DDQH15:II.2.1").heading.startswith("Để thể chế hoá đầy đủ")


def test_plus_bullet_under_agency_heading_23_tb(bundled):
    head = clause(bundled, "23-TB-TGV:3.a.-1")
    assert head.text.startswith("Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo")
    c = clause(bundled, "23-TB-TGV:3.a.-1.-2")
    assert c.text.startswith("Chủ trì, phối hợp với Bộ Công an, Thành ủy Hà Nội")
    assert c.context[-1].startswith("Văn phòng Trung ương Đảng")
    assert c.label == "23-TB/TGV, mục 3.a, ý 1.2"


def test_kpi_table_row_keeps_headers(bundled):
    c = clause(bundled, "DC-CL-NQ57:III.r2")
    assert c.kind == "row"
    assert dict(c.columns)["Nhóm Chỉ Số"] == "Kinh tế số"
    assert "Mốc 2030:" in c.text and "30%" in c.text


def test_numbered_task_of_nq57(bundled):
    c = clause(bundled, "57-NQ-TW:III.2")
    assert c.heading.startswith("Khẩn trương, quyết liệt hoàn thiện thể chế")
    assert clause(bundled, "57-NQ-TW:III.2.-1").text.startswith("Khẩn trương sửa đổi, bổ sung")
    assert clause(bundled, "57-NQ-TW:IV.5").text.startswith("Ban Tuyên giáo Trung ương chủ trì")


def test_appendix_rows(bundled):
    rows_ii = [c for c in bundled.clauses if c.doc_id == "03-NQ-CP-PL" and c.path[0] == "PLII" and c.kind == "row"]
    assert len(rows_ii) == 140
    c = clause(bundled, "03-NQ-CP-PL:PLII.III.44")
    assert c.label == "03/NQ-CP, Phụ lục II, nhiệm vụ 44"
    cols = dict(c.columns)
    assert cols["Tên nhiệm vụ"] == "Xây dựng Danh mục Công nghệ chiến lược"
    assert cols["Cơ quan chủ trì"].startswith("Bộ Khoa học và Công nghệ")
    t = clause(bundled, "03-NQ-CP-PL:PLI.I.10")
    assert t.label == "03/NQ-CP, Phụ lục I, chỉ tiêu 10"
    assert dict(t.columns)["Đơn vị"] == "% GDP"
    assert dict(t.columns)["Kết quả"] == "≥ 30"
    sub = clause(bundled, "03-NQ-CP-PL:PLI.I.11.1")
    assert "dịch vụ công trực tuyến" in sub.text


@pytest.mark.parametrize("doc_id", ["03-NQ-CP", "03-NQ-CP-PL", "57-NQ-TW", "3260-KH-DDQH15", "TB-BCD-TW-PH2",
                                    "23-TB-TGV", "DC-CL-NQ57"])
def test_every_clause_has_text_and_span(bundled, doc_id):
    doc = bundled.document(doc_id)
    src = open(f"corpus/documents/{doc.filename}", encoding="utf-8").read()
    for c in bundled.clauses_of(doc_id):
        assert c.text.strip()
        s, e = c.span
        assert 0 <= s < e <= len(src)
        assert c.label.startswith(doc.citation_name)


def test_a_footnote_is_headed_by_the_term_that_refers_to_it(bundled):
    note = clause(bundled, "DC-CL-NQ57:CT1")
    assert note.label.endswith("chú thích 1") and note.heading == "Năng suất nhân tố tổng hợp (TFP)"
    assert note.text.startswith("Là chỉ tiêu") and "(TFP)" in note.full_text


def test_footnote_terms_stop_at_the_sentence_and_skip_list_markers():
    from corpus.segment import segment_text
    text = ("NGHỊ QUYẾT\n\n1. Mở đầu. Chỉ số đổi mới sáng tạo toàn cầu (GII)[^2] tăng 5 bậc.\n\n"
            "[^2]: Do WIPO công bố hằng năm.\n")
    notes = [r for r in segment_text(text).records if r["path"][0] == "CT2"]
    assert notes and notes[0]["heading"] == "Chỉ số đổi mới sáng tạo toàn cầu (GII)"


def test_an_enumeration_inside_a_line_gives_parts_and_the_clause_stays_whole(bundled):
    whole = clause(bundled, "TB-BCD-TW-PH2:III.2.e")
    assert whole.kind == "item" and "(1) Trong quý II/2025" in whole.text and "(3) Trong quý III/2025" in whole.text
    parts = [c for c in bundled.clauses if c.id.startswith("TB-BCD-TW-PH2:III.2.e.")]
    assert [c.path[-1] for c in parts] == ["(1)", "(2)", "(3)"] and {c.kind for c in parts} == {"part"}
    assert parts[0].text == "Trong quý II/2025 hoàn thành rà soát, cập nhật Chiến lược dữ liệu quốc gia."
    assert parts[1].label == "Thông báo kết luận Phiên họp thứ hai BCĐ TW, mục III.2.e, ý (2)"
    for p in parts:
        assert p.text in whole.text
    src = open("corpus/documents/thong-bao-ket-luan-phien-hop-thu-hai-BCD-TW.txt", encoding="utf-8").read()
    assert src[parts[2].span[0]:parts[2].span[1]].startswith("(3) Trong quý III/2025")
    # a part under a bullet stays under it: the next bullet is the bullet's sibling, not the part's child
    assert clause(bundled, "TB-BCD-TW-PH2:III.1.a.-1.(6)").text.startswith("Luật Năng lượng nguyên tử")
    assert clause(bundled, "TB-BCD-TW-PH2:III.1.a.-2").text.startswith("Điều chỉnh trong dự toán")


def test_numbers_that_do_not_run_from_one_are_not_an_enumeration():
    from corpus.segment import segment_text
    text = ("QUYẾT ĐỊNH\nVề việc thử\n1. Giao Sở Nội vụ chủ trì theo khoản (2) Điều 5 và (3) Điều 6 của Luật.\n"
            "2. Các nhiệm vụ gồm: (1) Rà soát văn bản. (2) Báo cáo kết quả.\n")
    records = segment_text(text).records
    paths = [r["path"] for r in records]
    assert ("1",) in paths and not any(p[:1] == ("1",) and len(p) > 1 for p in paths)
    assert ("2", "(1)") in paths and ("2", "(2)") in paths


def test_an_opening_list_ends_at_the_next_paragraph(bundled):
    assert clause(bundled, "23-TB-TGV:MĐ.1.3").text == "Về triển khai các giải pháp chuyển đổi số phục vụ chính quyền 3 cấp."
    assert clause(bundled, "23-TB-TGV:MĐ.2").text.startswith("Cuộc họp do đồng chí Nguyễn Duy Ngọc")


def test_a_caption_above_a_table_names_its_rows_and_letter_groups_hold_theirs(tmp_path):
    """"Bảng 1. Danh mục dự án" above a table is the table's own section, so the rows of two tables under one
    appendix are cited apart ("Phụ lục, Bảng 2, dòng 1"); a row "A. HẠ TẦNG SỐ" written in the number's column
    with its subtotal beside is a group of the rows below it, and a total row belongs to no group. A sentence that
    only mentions a table ("… tại Bảng 1 Phụ lục") is no caption."""
    from corpus.loader import load_corpus
    text = ("KẾ HOẠCH\nThử nghiệm\n1. Danh mục dự án tại Bảng 1 Phụ lục kèm theo.\n\nPHỤ LỤC\n\n"
            "Bảng 1. Danh mục dự án\n\n| STT | Tên dự án | Cơ quan chủ trì | Tổng mức đầu tư (tỷ đồng) |\n|---|---|---|---|\n"
            "| A. HẠ TẦNG SỐ |  |  | 695 |\n| 1 | Trung tâm dữ liệu | Sở Khoa học và Công nghệ | 485 |\n"
            "| 2 | Cáp quang | Sở Xây dựng | 210 |\n| B. DỮ LIỆU SỐ |  |  | 95 |\n| 3 | Trợ lý ảo | Văn phòng UBND | 95 |\n"
            "| TỔNG CỘNG (A + B) |  |  | 790 |\n\nBảng 2. Kinh phí theo năm (đơn vị: tỷ đồng)\n\n"
            "| Năm | Ngân sách | Cộng |\n|---|---|---|\n| 2025 | 30 | 280 |\n| 2026 | 80 | 510 |\n")
    (tmp_path / "KH-thu.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.json").write_text("{}", encoding="utf-8")
    by_text = {c.text: c for c in load_corpus(tmp_path).clauses}
    row = next(c for t, c in by_text.items() if "Trung tâm dữ liệu" in t)
    assert row.label.endswith("Phụ lục, Bảng 1, dòng 1") and row.path[-2] == "A"
    assert next(c for t, c in by_text.items() if "Trợ lý ảo" in t).path[-2] == "B"
    total = next(c for t, c in by_text.items() if "790" in t)
    assert "B" not in total.path and total.path[-2] == "Bảng 1"
    year = next(c for t, c in by_text.items() if "2026" in t)
    assert year.label.endswith("Phụ lục, Bảng 2, dòng 2")
    mention = next(c for t, c in by_text.items() if "tại Bảng 1 Phụ lục" in t)
    assert "Bảng 1" not in mention.path
