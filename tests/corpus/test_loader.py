"""Fixtures: encodings, structure, and broken files reported by name and skipped."""
import json
import subprocess
import sys
import unicodedata

import pytest

from corpus import decode, load_corpus
from corpus.loader import BUNDLED_DIR, header_issuer, load_catalog, signed_by
from corpus.normalize import clean_markdown, fold, normalize, unify_tones


def test_broken_files_named_and_good_ones_load(data_dir):
    corpus = load_corpus(data_dir)
    problems = {p.filename: p.reason for p in corpus.problems}
    assert set(problems) == {"rong.txt", "nhi-phan.txt", "khong-cau-truc.md"}
    assert "rỗng" in problems["rong.txt"]
    assert "nhị phân" in problems["nhi-phan.txt"]
    assert {d.id for d in corpus.documents} == {"nghi-quyet-mau", "ke-hoach-mau", "nfd-dieu-khoan", "bang-ma-cp1258"}


def test_cp1258_and_nfd(data_dir):
    corpus = load_corpus(data_dir)
    cp = corpus.document("bang-ma-cp1258")
    assert cp.encoding == "cp1258"
    assert corpus.clauses_of("bang-ma-cp1258")[0].text.startswith("Sở Thông tin và Truyền thông chủ trì")
    nfd = corpus.clauses_of("nfd-dieu-khoan")
    assert [c.path for c in nfd] == [("Điều 1",), ("Điều 2",)]
    assert nfd[1].text == "Bộ Khoa học và Công nghệ chủ trì tổ chức thực hiện."  # NFC for display


def test_utf16_with_bom():
    text, enc = decode("Điều 1. Thử nghiệm".encode("utf-16"))
    assert enc == "utf-16" and text == "Điều 1. Thử nghiệm"


def test_hard_wrapped_fixture_structure(data_dir):
    corpus = load_corpus(data_dir)
    doc = corpus.document("nghi-quyet-mau")
    assert doc.number == "12/NQ-UBND" and doc.date == "2025-02-05" and doc.signer == "Nguyễn Văn An (TM. Ủy ban nhân dân, Chủ tịch)"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Mẫu"
    ids = [c.id for c in corpus.clauses_of("nghi-quyet-mau")]
    assert "nghi-quyet-mau:II.1.đ" in ids
    a = next(c for c in corpus.clauses if c.id == "nghi-quyet-mau:II.1.a")
    assert a.text.endswith("hoàn thành trước ngày 30/6/2025.")
    assert not any("Nơi nhận" in c.text or "Lưu: VT" in c.text for c in corpus.clauses)


def test_bullets_and_table_fixture(data_dir):
    corpus = load_corpus(data_dir)
    by = {c.id: c for c in corpus.clauses_of("ke-hoach-mau")}
    assert by["ke-hoach-mau:I.1.-3"].text == "Văn phòng:"
    assert by["ke-hoach-mau:I.1.-3.-1"].context[-1] == "Văn phòng:"
    row = by["ke-hoach-mau:II.1"]
    assert row.kind == "row" and dict(row.columns)["Kết quả"] == "≥ 90"


def test_normalization():
    assert unify_tones("hoá") == unify_tones("hóa") == "hóa"
    assert unify_tones("Uỷ ban") == "Ủy ban"
    assert unify_tones("quý") == "quý"          # 'qu' keeps the tone on y
    assert clean_markdown(r"R\&D **đạt** 2%[^1]") == "R&D đạt 2%"
    assert normalize("Số  hoá") == "số hóa"
    assert fold("Bộ Khoa học và Công nghệ") == "bo khoa hoc va cong nghe"


def test_cli_check_json(data_dir):
    out = subprocess.run([sys.executable, "-m", "hoidap.cli", "corpus", "check", str(data_dir), "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert report["documents"] == 4 and len(report["problems"]) == 3
    assert "Traceback" not in out.stderr


def test_cli_bundled_check_and_unknown_clause():
    out = subprocess.run([sys.executable, "-m", "hoidap.cli", "corpus", "check", "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert report["documents"] == 7 and report["problems"] == []
    bad = subprocess.run([sys.executable, "-m", "hoidap.cli", "corpus", "show", "khong-co"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "Lỗi:" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("name", ["03-NQ-CP.txt", "23-TB-TGV.txt", "3260-KH-DDQH15.md"])
def test_type_and_issuer_read_from_the_header_without_a_catalog(tmp_path, name):
    """A document dropped into a folder with no catalog entry gets its type from the title line and its
    issuer from the header block ("ĐẢNG ĐOÀN QUỐC HỘI" above "Số …"), as the catalog writes them."""
    (tmp_path / name).write_bytes((BUNDLED_DIR / name).read_bytes())
    (tmp_path / "catalog.json").write_text("{}", encoding="utf-8")
    doc = load_corpus(tmp_path).documents[0]
    expected = load_catalog(BUNDLED_DIR)[name]
    assert (doc.type, doc.issuer) == (expected["type"], expected["issuer"])
    assert doc.number == expected["number"] and doc.date == expected["date"]


def test_header_issuer_of_an_unknown_body_is_written_in_sentence_case():
    assert header_issuer(("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")) in (
        "Sở khoa học và công nghệ", "Sở Khoa học và Công nghệ")
    assert header_issuer(()) == ""
    assert header_issuer(("ĐẢNG ỦY CHÍNH PHỦ", "VĂN PHÒNG")) == "Văn phòng Đảng ủy Chính phủ"
    assert header_issuer(("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH")) == "Ủy ban nhân dân tỉnh Bắc Ninh"


def test_the_signer_s_capacity_and_post_come_from_the_lines_above_the_name():
    assert signed_by("Nguyễn Hòa Bình", ("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG")) == "Nguyễn Hòa Bình (KT. Thủ tướng, Phó thủ tướng)"
    assert signed_by("Trần Văn Sơn", ()) == "Trần Văn Sơn"


def test_a_catalogue_signer_without_capacity_takes_it_from_the_signature_block():
    from corpus.loader import _signer
    assert _signer("Trần Văn Sơn", "Trần Văn Sơn (TM. Ủy ban nhân dân, Chủ tịch)") == \
        "Trần Văn Sơn (TM. Ủy ban nhân dân, Chủ tịch)"
    assert _signer("", "Trần Văn Sơn") == "Trần Văn Sơn"
    assert _signer("Lê Thị Hoa (Phó chủ tịch)", "Trần Văn Sơn (Chủ tịch)") == "Lê Thị Hoa (Phó chủ tịch)"
    assert _signer("Nguyễn Văn A", "Nguyễn Văn An (Chủ tịch)") == "Nguyễn Văn A"       # another person


def test_a_two_column_header_and_signature_as_text_taken_from_a_page(tmp_path):
    """"ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …" on one line, the signature beside "Nơi nhận", a bare
    "PHỤ LỤC" after it: the header, the signer and the appendix are still read."""
    text = ("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "  TỈNH AN PHÚ                               Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 145/KH-UBND                        An Phú, ngày 14 tháng 3 năm 2025\n\n"
            "                                   KẾ HOẠCH\n"
            "      Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n"
            "               trên địa bàn tỉnh\n\n"
            "I. MỤC TIÊU\n\n1. Sở Y tế chủ trì triển khai bệnh án điện tử; hoàn thành trước ngày 30/9/2025.\n\n"
            "Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN\n"
            "- Bộ Khoa học và Công nghệ;                               KT. CHỦ TỊCH\n"
            "- Lưu: VT.                                               PHÓ CHỦ TỊCH\n"
            "- Các sở, ngành;                                   Nguyễn Thị Thanh Hương\n\n"
            "                                   PHỤ LỤC\n"
            "| TT | Nhiệm vụ | Cơ quan chủ trì |\n|----|----|----|\n| 1 | Đề án dữ liệu | Sở Tài chính |\n")
    (tmp_path / "kh.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.json").write_text("{}", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert (doc.number, doc.date, doc.type, doc.issuer) == ("145/KH-UBND", "2025-03-14", "Kế hoạch",
                                                            "Ủy ban nhân dân tỉnh An Phú")
    assert doc.title.startswith("KẾ HOẠCH Thực hiện Nghị quyết số 57-NQ/TW") and doc.title.endswith("trên địa bàn tỉnh")
    assert doc.signer == "Nguyễn Thị Thanh Hương (KT. Chủ tịch, Phó chủ tịch)"
    assert any(c.label == "145/KH-UBND, Phụ lục, nhiệm vụ 1" for c in corpus.clauses)


def test_a_header_and_signature_laid_out_as_table_rows(tmp_path):
    """A document converted from a word processor keeps its two-column header and the "Nơi nhận" beside the
    signature as markdown table rows (cells broken with <br>): still the header and the signature, not clauses."""
    text = ("| BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - "
            "Hạnh phúc<br>--------------- |\n| --- | --- |\n| Số: 1587/QĐ-BNNMT | *Hà Nội, ngày 23 tháng 5 năm 2025* |\n\n"
            "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG\n\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
            "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\nQUYẾT ĐỊNH:\n\n"
            "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch hành động.\n\n"
            "**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
            "| Nơi nhận: - Như Điều 2; - Văn phòng Chính phủ; - Lưu: VT, KHCN (05b). | KT. BỘ TRƯỞNG THỨ TRƯỞNG "
            "(Đã ký) Tạ Minh Khôi |\n| --- | --- |\n")
    (tmp_path / "qd.md").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert (doc.number, doc.date, doc.type, doc.issuer, doc.place) == (
        "1587/QĐ-BNNMT", "2025-05-23", "Quyết định", "Bộ Nông nghiệp và Môi trường", "Hà Nội")
    assert doc.title == "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG"      # not "… BỘ TRƯỞNG BỘ …"
    assert doc.signer == "Tạ Minh Khôi (KT. Bộ trưởng, Thứ trưởng)" and doc.filed == "VT, KHCN (05b)"
    recipients = next(c for c in corpus.clauses if c.kind == "recipients")
    assert "Văn phòng Chính phủ" in recipients.text
    assert [c.kind for c in corpus.clauses if c.kind == "row"] == []      # no header cell became a clause


def test_text_copied_from_a_pdf_page_furniture_and_a_table_laid_out_with_spaces(tmp_path):
    """Page numbers alone on a line and a running header beside them are left out (the sentence broken by them
    runs on); a table laid out with spaces is read as table rows; a party committee's issuer keeps its place's
    capitals."""
    text = ("TỈNH ỦY HÒA LÂM                                  ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "      Số 318-TB/TU                              Hòa Lâm, ngày 16 tháng 6 năm 2025\n\n"
            "                                  THÔNG BÁO KẾT LUẬN\n"
            "         của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW\n\n"
            "I. KẾT QUẢ\n"
            "1. Sở Khoa học và Công nghệ chủ trì tổ chức hội thảo, dự kiến tổ chức trong tháng\n"
            "2\n"
            "Thông báo kết luận số 318-TB/TU ngày 16/6/2025 của Ban Thường vụ Tỉnh ủy Hòa Lâm\n"
            "10/2025.\n"
            "2. Kết quả một số chỉ tiêu:\n"
            "TT  Chỉ tiêu                              Kế hoạch 2025   Thực hiện   Đánh giá\n"
            "1   Hồ sơ trực tuyến toàn trình (%)           ≥ 80         61,4     Chưa đạt\n"
            "2   Thanh toán trực tuyến (%)                 ≥ 60         47,3     Chưa đạt\n"
            "3   Dân số trưởng thành có chữ ký số (%)       50          34,8     Chậm\n"
            "II. NHIỆM VỤ\n"
            "1. Văn phòng Tỉnh ủy theo dõi việc thực hiện Thông báo này.\n"
            "3\n"
            "Thông báo kết luận số 318-TB/TU ngày 16/6/2025 của Ban Thường vụ Tỉnh ủy Hòa Lâm\n"
            "2. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trong quý IV/2025.\n")
    (tmp_path / "tb.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert (doc.number, doc.issuer) == ("318-TB/TU", "Tỉnh ủy Hòa Lâm")
    joined = " ".join(c.text for c in corpus.clauses)
    assert "trong tháng 10/2025" in " ".join(joined.split()) and "318-TB/TU ngày" not in joined
    rows = [c for c in corpus.clauses if c.kind == "row"]
    assert len(rows) == 3 and ("Thực hiện", "34,8") in rows[2].columns


def test_a_pdf_table_whose_cells_wrap_onto_the_lines_below_and_over_a_page_break(tmp_path):
    """"pdftotext -layout": each row opened by its number at the margin, its cells continued on indented lines,
    a header of two lines, a group row, a blank line, a page number and a running header inside the table."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN LÃNH\nSố: 742/QĐ-UBND\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n"
            "1. Các sở triển khai các nhiệm vụ tại Phụ lục.\n\nTrang 1/2\n\fQĐ 742/QĐ-UBND tỉnh Tân Lãnh\n"
            "PHỤ LỤC\n\n"
            "STT   Nội dung nhiệm vụ                     Cơ quan chủ trì     Cơ quan phối hợp        Thời gian\n"
            "                                                                                        hoàn thành\n"
            "I     THỂ CHẾ VÀ NGUỒN NHÂN LỰC\n"
            "1     Nghị quyết của HĐND tỉnh về chính     Sở KH&CN            Sở Tài chính, Sở Tư     trước\n"
            "      sách hỗ trợ khởi nghiệp sáng tạo                          pháp                    15/12/2025\n"
            "2     Đào tạo mới 5.000 nhân lực số trình   Trường Cao đẳng Kỹ  Sở GD&ĐT, các doanh     2025-2030\n"
            "      độ cao đẳng trở lên                   thuật Công nghệ     nghiệp\n"
            "                                            Tân Lãnh\n\n"
            "Trang 2/2\n\fQĐ 742/QĐ-UBND tỉnh Tân Lãnh\n"
            "3     Tái cấu trúc quy trình, cung cấp      Văn phòng UBND      Các sở, ngành           Tháng 9/2025\n"
            "      dịch vụ công trực tuyến toàn trình    tỉnh\n")
    (tmp_path / "kh.txt").write_text(text, encoding="utf-8")
    rows = [c for c in load_corpus(tmp_path).clauses if c.kind == "row"]
    assert [dict(r.columns)["Cơ quan chủ trì"] for r in rows] == [
        "Sở KH&CN", "Trường Cao đẳng Kỹ thuật Công nghệ Tân Lãnh", "Văn phòng UBND tỉnh"]
    assert dict(rows[0].columns) == {"Nội dung nhiệm vụ": "Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi "
                                                           "nghiệp sáng tạo",
                                     "Cơ quan chủ trì": "Sở KH&CN", "Cơ quan phối hợp": "Sở Tài chính, Sở Tư pháp",
                                     "Thời gian hoàn thành": "trước 15/12/2025"}
    assert rows[2].label.endswith("nhiệm vụ 3") and rows[0].context[-1].startswith("THỂ CHẾ")


def test_a_column_table_under_a_rule_with_group_rows_in_decomposed_marks(tmp_path):
    """A scanned PDF's text layer copied on a Mac: marks decomposed (NFD), CRLF; the header ruled off by dashes
    and each group written at the margin ("I. THỂ CHẾ"). Columns are counted in composed characters."""
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐỒI XANH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n"
            "1. Các sở triển khai các nhiệm vụ tại Phụ lục.\n\nPHỤ LỤC\n\n"
            "STT   Nhiệm vụ                        Cơ quan chủ trì    Cơ quan phối hợp       Thời hạn\n"
            "-----------------------------------------------------------------------------------------\n"
            "I. THỂ CHẾ VÀ HẠ TẦNG\n"
            "1     Nghị quyết của HĐND tỉnh quy    Sở KH&CN           Sở Tài chính, Sở Tư    Tháng 7/2025\n"
            "      định chính sách hỗ trợ                             pháp\n"
            "2     Xây dựng Trung tâm Giám sát,    Sở KH&CN           Công an tỉnh, Sở Xây   Quý III/2026\n"
            "      điều hành thông minh (IOC)                         dựng, Sở Tài chính\n"
            "3     Diễn tập thực chiến an toàn     Công an tỉnh       Sở KH&CN               Hằng năm\n"
            "      thông tin\n")
    nfd = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    (tmp_path / "kh.txt").write_bytes(nfd.encode("utf-8"))
    rows = [c for c in load_corpus(tmp_path).clauses if c.kind == "row"]
    assert [dict(r.columns) for r in rows][1] == {
        "Nhiệm vụ": "Xây dựng Trung tâm Giám sát, điều hành thông minh (IOC)", "Cơ quan chủ trì": "Sở KH&CN",
        "Cơ quan phối hợp": "Công an tỉnh, Sở Xây dựng, Sở Tài chính", "Thời hạn": "Quý III/2026"}
    assert len(rows) == 3 and rows[0].context[-1].startswith("THỂ CHẾ")


def test_a_short_numbered_noun_phrase_is_a_title_in_hard_wrapped_text(tmp_path):
    """"2. Hạn chế, tồn tại" then "Bên cạnh …": a title over its paragraph and bullets; "k) Nghiên cứu phương án
    giao Bộ" cut by the wrap is the start of a duty, not a title."""
    text = ("I. KẾT QUẢ\n1. Kết quả đạt được\nCác sở đã hoàn thành phần lớn nhiệm vụ được giao trong sáu tháng đầu\n"
            "năm, bảo đảm đúng tiến độ và chất lượng theo kế hoạch đã đề ra của tỉnh.\n"
            "2. Hạn chế, tồn tại\nBên cạnh kết quả đạt được, việc thực hiện còn một số hạn chế, tồn tại:\n"
            "- Tiến độ một số nhiệm vụ còn chậm so với thời hạn được giao trong kế hoạch.\n"
            "- Tỷ lệ giải ngân kinh phí đạt thấp so với kế hoạch vốn được giao trong năm.\n"
            "k) Nghiên cứu phương án giao Bộ\nGiáo dục và Đào tạo quản lý trực tiếp các cơ sở giáo dục đại học.\n")
    (tmp_path / "bc.txt").write_text(text, encoding="utf-8")
    clauses = load_corpus(tmp_path).clauses
    head = next(c for c in clauses if c.heading.startswith("Hạn chế"))
    assert head.heading == "Hạn chế, tồn tại" and head.text.startswith("Bên cạnh")
    assert any(c.text.startswith("Nghiên cứu phương án giao Bộ Giáo dục") for c in clauses)


def test_a_bold_subject_line_under_the_kind_is_the_title_and_an_unlisted_ministry_keeps_its_capitals(tmp_path):
    text = ("**BỘ HẠ TẦNG VÀ ĐÔ THỊ**\n\nSố: 1746/QĐ-BHTĐT\n\n*Hà Nội, ngày 18 tháng 7 năm 2025*\n\n# QUYẾT ĐỊNH\n\n"
            "**Ban hành Quy chế hoạt động của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
            "chuyển đổi số của Bộ Hạ tầng và Đô thị**\n\n**BỘ TRƯỞNG BỘ HẠ TẦNG VÀ ĐÔ THỊ**\n\n"
            "*Căn cứ Nghị định số 47/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ;*\n\nQUYẾT ĐỊNH:\n\n"
            "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.\n")
    (tmp_path / "qd.md").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert doc.title.startswith("QUYẾT ĐỊNH Ban hành Quy chế hoạt động") and "BỘ TRƯỞNG" not in doc.title
    assert doc.issuer == "Bộ Hạ tầng và Đô thị"
    assert not any(c.text.startswith("Ban hành Quy chế") for c in corpus.clauses)    # the title is no clause


def test_a_report_saved_from_a_web_page_keeps_its_header(tmp_path):
    """A breadcrumb and a posting line above the header are the page's, not the report's."""
    from corpus.loader import load_document
    text = ("Trang chủ > Văn bản - Báo cáo > Báo cáo định kỳ\n\n# Báo cáo kết quả 9 tháng năm 2025\n\n"
            "*Đăng lúc: 08:42, 06/10/2025 | Lượt xem: 1.384 | In bài | Chia sẻ*\n\n"
            "**ỦY BAN NHÂN DÂN THÀNH PHỐ BÌNH GIANG**\n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\n\nSố: 412/BC-SKHCN\n\n"
            "Bình Giang, ngày 03 tháng 10 năm 2025\n\n## BÁO CÁO\n\n**Kết quả thực hiện Nghị quyết số 57-NQ/TW "
            "9 tháng năm 2025**\n\nThực hiện Kế hoạch số 58/KH-UBND của Ủy ban nhân dân thành phố, Sở báo cáo như sau:\n\n"
            "## I. KẾT QUẢ\n\n1. Đã ban hành 17 văn bản hướng dẫn thuộc thẩm quyền.\n")
    (tmp_path / "bc.md").write_text(text, encoding="utf-8")
    doc, _ = load_document(tmp_path / "bc.md")
    assert (doc.number, doc.type, doc.date) == ("412/BC-SKHCN", "Báo cáo", "2025-10-03")
    assert doc.title.startswith("BÁO CÁO Kết quả thực hiện")       # the kind in capitals, not the page's title


def test_a_resolution_copied_from_a_portal_page_keeps_its_header_and_its_closing_words(tmp_path):
    """The page's menus, its name in capitals and its own title above the header block are the portal's, not the
    resolution's; the words saying it was passed stand apart from its last article."""
    from corpus.loader import load_document
    text = ("Trang chủ > Văn bản > Nghị quyết HĐND tỉnh\nĐăng nhập | Đăng ký | Sơ đồ cổng | English\n"
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN NGUYÊN\nGiới thiệu  Tin tức - Sự kiện  Chính quyền  Văn bản  Dịch vụ công  Hỏi đáp\n"
            "Nghị quyết số 15/2025/NQ-HĐND quy định chính sách hỗ trợ phát triển khoa học, công nghệ trên địa bàn tỉnh\n\n"
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH SƠN NGUYÊN\n-------\nSố: 15/2025/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSơn Nguyên, ngày 26 tháng 9 năm 2025\n\nNGHỊ QUYẾT\n"
            "QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
            "QUYẾT NGHỊ:\nĐiều 1. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ ngày 10 tháng 10 năm 2025.\n"
            "2. Nghị quyết số 09/2021/NQ-HĐND hết hiệu lực.\n\nNghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Nguyên "
            "khóa X, Kỳ họp thứ hai mươi tám thông qua ngày 26 tháng 9 năm 2025./.\n")
    (tmp_path / "nq.txt").write_text(text, encoding="utf-8")
    doc, clauses = load_document(tmp_path / "nq.txt")
    assert (doc.number, doc.type, doc.date, doc.issuer) == ("15/2025/NQ-HĐND", "Nghị quyết", "2025-09-26",
                                                            "Hội đồng nhân dân tỉnh Sơn Nguyên")
    assert not any("Đăng nhập" in c.text or "Giới thiệu" in c.text or c.text.startswith("Số:") for c in clauses)
    last, closing = clauses[-2], clauses[-1]
    assert last.text.endswith("hết hiệu lực.") and closing.text.startswith("Nghị quyết này đã được")
    assert closing.label.endswith("phần kết, đoạn 1")


def test_a_letter_signs_above_its_recipients_and_its_subject_is_its_title(tmp_path):
    from corpus.loader import load_document
    text = ("ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
            "THÀNH PHỐ BÌNH GIANG                          Độc lập - Tự do - Hạnh phúc\r\n\r\n"
            "Số: 2785/UBND-KGVX                      Bình Giang, ngày 10 tháng 10 năm 2025\r\n"
            "V/v triển khai các nhiệm vụ trọng tâm\r\nquý IV/2025 thực hiện Nghị quyết số\r\n57-NQ/TW của Bộ Chính trị\r\n\r\n"
            "        Xét Báo cáo số 412/BC-SKHCN của Sở Khoa học và Công nghệ, Chủ tịch Ủy ban nhân dân thành phố có ý kiến "
            "như sau:\r\n\r\n        1. Sở Nội vụ chủ trì rà soát, bố trí công chức phụ trách chuyển đổi số.\r\n\r\n"
            "                                                        KT. CHỦ TỊCH\r\n"
            "                                                        PHÓ CHỦ TỊCH\r\n\r\n"
            "                                                          (đã ký)\r\n\r\n"
            "                                                   Lương Thị Thanh Vân\r\n\r\n"
            "Nơi nhận:\r\n- Như trên;\r\n- Lưu: VT, KGVX.\r\n")
    (tmp_path / "cv.txt").write_bytes(text.encode("utf-8"))
    doc, clauses = load_document(tmp_path / "cv.txt")
    assert doc.type == "Công văn"
    assert doc.title == "triển khai các nhiệm vụ trọng tâm quý IV/2025 thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"
    assert doc.signer == "Lương Thị Thanh Vân (KT. Chủ tịch, Phó chủ tịch)"
    assert not any("Lương Thị Thanh Vân" in c.text or "PHÓ CHỦ TỊCH" in c.text for c in clauses)


def test_whom_a_letter_is_addressed_to_is_a_list_of_its_own(tmp_path):
    """"Kính gửi:" and its items (one wrapped onto the next line) are whom the letter is for, not body text."""
    from corpus.loader import load_document
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BÌNH GIANG\n\nSố: 2785/UBND-KGVX\nV/v triển khai nhiệm vụ quý IV/2025\n\n"
            "            Kính gửi:\n                      - Sở Tài chính;\n"
            "                      - Ban Quản lý dự án đầu tư xây dựng các công trình\n"
            "                        dân dụng và công nghiệp thành phố;\n"
            "                      - Ủy ban nhân dân các phường, xã.\n\n"
            "        Xét Báo cáo số 412/BC-SKHCN của Sở Khoa học và Công nghệ, Chủ tịch Ủy ban nhân dân thành phố có ý "
            "kiến như sau:\n\n        1. Sở Tài chính chủ trì rà soát nguồn vốn.\n")
    (tmp_path / "cv.txt").write_text(text, encoding="utf-8")
    _, clauses = load_document(tmp_path / "cv.txt")
    (addressed,) = [c for c in clauses if c.kind == "recipients"]
    assert addressed.label == "2785/UBND-KGVX, Kính gửi" and addressed.text.split("\n") == [
        "Sở Tài chính;", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố;",
        "Ủy ban nhân dân các phường, xã."]
    assert [c.label for c in clauses if c.kind != "recipients"] == ["2785/UBND-KGVX, phần mở đầu, đoạn 1",
                                                                    "2785/UBND-KGVX, mục 1"]


def test_the_header_and_signature_blocks_are_clauses_apart_from_the_body():
    corpus = load_corpus()
    blocks = {c.id: c for c in corpus.furniture}
    assert "Số: 03/NQ-CP" in blocks["03-NQ-CP:ĐẦU"].text and blocks["03-NQ-CP:ĐẦU"].label == "03/NQ-CP, phần đầu văn bản"
    assert blocks["03-NQ-CP:CUỐI"].text.split("\n") == ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình",
                                                        "Lưu: VT, KGVX (2b)."]
    assert not set(blocks) & {c.id for c in corpus.clauses}
