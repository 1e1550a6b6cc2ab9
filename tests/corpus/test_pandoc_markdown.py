"""A Word file converted to markdown by pandoc: grid tables, escapes, spans with attributes, footnotes that go on
on indented lines, a bold title wrapped over lines and a signature laid out in a borderless table."""
from corpus.agencies import find_agencies
from corpus.loader import as_the_text_writes, load_document
from corpus.normalize import clean_markdown
from corpus.segment import segment_text

TEXT = """![](media/image1.png){width="0.8in" height="0.8in"}

|                                    |                                           |
|------------------------------------|-------------------------------------------|
| **ĐẠI HỌC QUỐC GIA LAM SƠN**<br>\\-\\-\\-\\-\\- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
| Số: 77/KH-ĐHQGLS | *Lam Sơn, ngày 18 tháng 8 năm 2025* |

**KẾ HOẠCH**

**Triển khai thực hiện Nghị quyết số 57-NQ/TW tại Đại học Quốc gia Lam
Sơn giai đoạn 2025--2030**

Đại học Quốc gia Lam Sơn (sau đây gọi tắt là ĐHQGLS) ban hành Kế hoạch
triển khai thực hiện Nghị quyết với các nội dung sau:

**1. NHIỆM VỤ**

*1.1.* Xây dựng Quy chế quản lý hoạt động khoa học của ĐHQGLS; Ban Khoa
học chủ trì, [trước ngày 30/9/2025]{.underline}.

\\- Tổng kinh phí là [860 tỷ đồng]{.mark}[^1].

+------------------------------------------+------------------------------+
| ***Nơi nhận:***                          | **KT. GIÁM ĐỐC**             |
|                                          |                              |
| \\- Bộ Giáo dục và Đào tạo;               | **PHÓ GIÁM ĐỐC**             |
|                                          |                              |
| \\- Lưu: VT, KHCN.                        | **PGS.TS. Lê Văn Tâm**       |
+------------------------------------------+------------------------------+

**PHỤ LỤC**

+------+----------------------+----------------+---------------+
| STT  | Nhiệm vụ             | Đơn vị chủ trì | Thời gian     |
|      |                      |                | hoàn thành    |
+======+======================+================+===============+
| **I. THỂ CHẾ VÀ NHÂN LỰC**                                   |
+------+----------------------+----------------+---------------+
| 1    | Sửa đổi Quy chế quản | Ban Thanh tra  | Trước         |
|      | lý hoạt động KH&CN   | - Pháp chế     | 31/12/2025    |
+------+----------------------+----------------+---------------+
| 2    | Mở ngành Trí tuệ     | Ban Đào tạo    | Quý II/2026   |
|      | nhân tạo             |                |               |
+------+----------------------+----------------+---------------+

[^1]: Không bao gồm kinh phí đầu tư xây dựng các công trình tại Khu đô
    thị đại học, được bố trí theo các dự án riêng.
"""


def _document(tmp_path):
    path = tmp_path / "77-KH-DHQGLS.md"
    path.write_text(TEXT, encoding="utf-8")
    return load_document(path)


def test_a_grid_table_is_read_row_by_row_with_its_wrapped_cells_joined(tmp_path):
    _, clauses = _document(tmp_path)
    rows = {c.path: c for c in clauses if c.kind == "row"}
    first = rows[("PL", "I", "1")]
    assert dict(first.columns) == {"Nhiệm vụ": "Sửa đổi Quy chế quản lý hoạt động KH&CN",
                                   "Đơn vị chủ trì": "Ban Thanh tra - Pháp chế", "Thời gian hoàn thành": "Trước 31/12/2025"}
    assert rows[("PL", "I", "2")].columns[0] == ("Nhiệm vụ", "Mở ngành Trí tuệ nhân tạo")
    group = next(c for c in clauses if c.path == ("PL", "I"))
    assert group.heading == "THỂ CHẾ VÀ NHÂN LỰC"          # the row spanning the columns: its numeral and its name


def test_the_header_signature_and_title_of_a_converted_word_file(tmp_path):
    doc, _ = _document(tmp_path)
    assert doc.number == "77/KH-ĐHQGLS" and doc.date == "2025-08-18"
    assert doc.title == "KẾ HOẠCH Triển khai thực hiện Nghị quyết số 57-NQ/TW tại Đại học Quốc gia Lam Sơn giai " \
                        "đoạn 2025–2030"
    assert doc.signer.startswith("Lê Văn Tâm (KT. Giám đốc")      # the degree "PGS.TS." is not a post
    assert doc.issuer == "Đại học Quốc gia Lam Sơn"                 # cased as the running text writes it


def test_escapes_spans_and_an_italic_number_are_read_as_written(tmp_path):
    _, clauses = _document(tmp_path)
    item = next(c for c in clauses if c.path == ("1", "1"))
    assert item.text.startswith("Xây dựng Quy chế") and "trước ngày 30/9/2025." in item.text
    assert any(c.text == "Tổng kinh phí là 860 tỷ đồng." for c in clauses)
    assert clean_markdown("![](media/a.png){width=\"1in\"}giai đoạn 2025--2030 [x]{.mark}") == "giai đoạn 2025–2030 x"


def test_a_footnote_goes_on_on_its_indented_lines(tmp_path):
    _, clauses = _document(tmp_path)
    note = next(c for c in clauses if c.path == ("CT1",))
    assert note.text == "Không bao gồm kinh phí đầu tư xây dựng các công trình tại Khu đô thị đại học, được bố trí " \
                        "theo các dự án riêng."
    assert not any(c.text.startswith("thị đại học") for c in clauses)


def test_a_malformed_grid_table_is_left_as_text():
    seg = segment_text("**1. Nhiệm vụ**\n\n+----+----+\n| a | b\n+----+\n\nCâu tiếp theo của văn bản.\n")
    assert any("Câu tiếp theo" in r["text"] for r in seg.records)


def test_a_unit_s_name_holds_no_unit_of_its_own():
    found = find_agencies("Kế hoạch của Đại học Quốc gia Trường Sơn về chuyển đổi số")
    assert [m.surface for m in found] == ["Đại học Quốc gia Trường Sơn"]


def test_a_name_in_capitals_is_cased_as_the_text_writes_it():
    text = "ĐẠI HỌC QUỐC GIA LAM SƠN\n… Đại học Quốc gia Lam Sơn ban hành …"
    assert as_the_text_writes("Đại học quốc gia lam sơn", text) == "Đại học Quốc gia Lam Sơn"
    assert as_the_text_writes("Chính phủ", "Chính phủ ban hành") == "Chính phủ"
    assert as_the_text_writes("Bộ abc", "BỘ ABC") == "Bộ abc"          # written only in capitals: left as guessed
