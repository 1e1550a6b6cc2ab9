"""Deadline grammar: every form the documents use, hostile input, and real sentences."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus.deadlines import Deadline, find_deadlines, fold_with_offsets, parse_deadline

DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"
D = date

DUE = [
    ("trước ngày 24/5/2025", D(2025, 5, 24), D(2025, 5, 24)),
    ("trước ngày 24 tháng 5 năm 2025", D(2025, 5, 24), D(2025, 5, 24)),
    ("chậm nhất ngày 30/6/2025", D(2025, 6, 30), D(2025, 6, 30)),
    ("ngày 15/6/2025", D(2025, 6, 15), D(2025, 6, 15)),
    ("hoàn thành trong tháng 5/2025", D(2025, 5, 1), D(2025, 5, 31)),
    ("trong tháng 01 năm 2025", D(2025, 1, 1), D(2025, 1, 31)),
    ("Tháng 10/2025", D(2025, 10, 1), D(2025, 10, 31)),
    ("6/2025", D(2025, 6, 1), D(2025, 6, 30)),
    ("06/2025", D(2025, 6, 1), D(2025, 6, 30)),
    ("tháng 3/2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("2/2025", D(2025, 2, 1), D(2025, 2, 28)),
    ("quý II/2025", D(2025, 4, 1), D(2025, 6, 30)),
    ("Quý II năm 2025", D(2025, 4, 1), D(2025, 6, 30)),
    ("quý 2/2025", D(2025, 4, 1), D(2025, 6, 30)),
    ("trong quý I/2025", D(2025, 1, 1), D(2025, 3, 31)),
    ("quý IV/2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("năm 2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("trong năm 2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("2025 - 2026", D(2025, 1, 1), D(2026, 12, 31)),
    ("2025-2026", D(2025, 1, 1), D(2026, 12, 31)),
    ("giai đoạn 2025 - 2030", D(2025, 1, 1), D(2030, 12, 31)),
    ("6 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("ba tháng đầu năm 2025", D(2025, 1, 1), D(2025, 3, 31)),      # the months in words
    ("sáu tháng cuối năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
    ("cuối năm 2025", D(2025, 10, 1), D(2025, 12, 31)),
    ("đến năm 2030", D(2030, 1, 1), D(2030, 12, 31)),
    ("Hoàn thành trong quý II/2025.", D(2025, 4, 1), D(2025, 6, 30)),
    ("có hạn đúng tháng 12/2025", D(2025, 12, 1), D(2025, 12, 31)),      # "đúng": exactly that month
]


@pytest.mark.parametrize("text,start,end", DUE)
def test_due_forms(text, start, end):
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("due", start, end), d
    assert d.text == text


def test_notes_on_conventions():
    assert "quý IV" in parse_deadline("cuối năm 2025").note
    assert parse_deadline("đến năm 2030").note == "mốc mục tiêu"


def test_start_is_not_a_due_date():
    d = parse_deadline("từ ngày 01/7/2025")
    assert (d.kind, d.start, d.end) == ("start", D(2025, 7, 1), None)


def test_recurring_with_occurrences():
    d = parse_deadline("định kỳ 6 tháng, trước ngày 15 tháng 6 và trước ngày 01 tháng 12")
    assert d.kind == "recurring" and d.start is None and d.end is None
    assert d.occurrences == ((6, 15), (12, 1))
    assert d.note == "định kỳ 6 tháng: 15/6 và 01/12 hằng năm"


@pytest.mark.parametrize("text", ["Hằng năm", "hàng năm", "định kỳ hằng năm", "hang nam"])
def test_recurring_without_occurrences(text):
    d = parse_deadline(text)
    assert d.kind == "recurring" and d.occurrences == ()


@pytest.mark.parametrize("text", ["Thường xuyên", "Nhiệm vụ thường xuyên", "liên tục", "thuong xuyen"])
def test_ongoing(text):
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("ongoing", None, None)


@pytest.mark.parametrize("text", ["2025 và những năm tiếp theo", "từ năm 2025"])
def test_ongoing_from_a_year(text):
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("ongoing", D(2025, 1, 1), None)


def test_year_missing_uses_default_year_or_is_unparsed():
    assert parse_deadline("trước ngày 15/6").kind == "unparsed"
    d = parse_deadline("trước ngày 15/6", default_year=2025)
    assert (d.kind, d.start, d.end) == ("due", D(2025, 6, 15), D(2025, 6, 15))
    assert "2025" in d.note


@pytest.mark.parametrize("text,start,end", [
    ("quy II/2025", D(2025, 4, 1), D(2025, 6, 30)),
    ("truoc ngay 24/5/2025", D(2025, 5, 24), D(2025, 5, 24)),
    ("hoan thanh trong thang 5/2025", D(2025, 5, 1), D(2025, 5, 31)),
    ("TRƯỚC NGÀY 24/5/2025", D(2025, 5, 24), D(2025, 5, 24)),
    ("Quý\u00a0II /\u00a02025", D(2025, 4, 1), D(2025, 6, 30)),
    ("quy\u0301 II/2025", D(2025, 4, 1), D(2025, 6, 30)),        # decomposed (NFD) accent
])
def test_without_diacritics_and_odd_spacing(text, start, end):
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("due", start, end)


@pytest.mark.parametrize("text", [
    "", "   ", "ngày 31/02/2025", "quý V/2025", "tháng 13/2025", "2026 - 2025", "x" * 10_000,
    "trước ngày 1/1/2025 " * 600, "\x00\x01\x02ngày\x7f", "\ufeff\u200b", "năm tiếp theo", "giữa năm 2025",
    "trước quý III/2025", "40 - 50", "1/" * 5000, "quý " * 3000, "Thường xuyên, 6/2025",
])
def test_hostile_input_is_unparsed_and_kept(text):
    d = parse_deadline(text)
    assert d.kind == "unparsed"
    assert d.text == text.strip() or not text.strip()
    assert d.note


@pytest.mark.parametrize("junk", [None, 2025, b"6/2025", ["6/2025"], object()])
def test_non_strings_never_raise(junk):
    assert parse_deadline(junk).kind == "unparsed"
    assert find_deadlines(junk) == []


def test_find_on_long_hostile_text_is_bounded():
    assert find_deadlines("ngày " * 2000) == []
    assert find_deadlines("9" * 10_000) == []
    found = find_deadlines("x" * 10_000 + " hoàn thành trước ngày 30/6/2025")
    assert [d.start for _, _, d in found] == [D(2025, 6, 30)]


def test_to_dict_is_iso():
    d = parse_deadline("quý II/2025").to_dict()
    assert d == {"text": "quý II/2025", "kind": "due", "start": "2025-04-01", "end": "2025-06-30",
                 "note": "", "occurrences": []}
    assert parse_deadline("định kỳ 6 tháng, trước ngày 15/6 và trước ngày 01/12").to_dict()["occurrences"] == [
        [6, 15], [12, 1]]


def test_fold_with_offsets_maps_back():
    text = "Trước **ngày**  24/5/2025"
    key, pos = fold_with_offsets(text)
    assert key == "truoc ngay 24/5/2025"
    assert len(pos) == len(key) and text[pos[key.index("24")]] == "2"


def _found(text: str, **kw) -> list[tuple[str, Deadline]]:
    out = []
    for a, b, d in find_deadlines(text, **kw):
        assert text[a:b] == d.text
        out.append((d.text, d))
    return out


def test_find_in_real_sentences_with_a_document_reference():
    text = ("a) Các Bộ, cơ quan: Khoa học và Công nghệ, Tài chính ... phục vụ việc triển khai có hiệu quả "
            "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị và đề xuất giải pháp thúc đẩy; gửi thông "
            "tin, dữ liệu của các năm 2023, 2024 và 5 tháng đầu năm 2025 cho Văn phòng Trung ương Đảng  trước "
            "ngày 23/5/2025  để tổng hợp, báo cáo Ban Chỉ đạo Trung ương")
    assert text.split("... ")[1][:40] in (DOCS / "23-TB-TGV.txt").read_text(encoding="utf-8")
    found = _found(text)
    assert [t for t, _ in found] == ["trước ngày 23/5/2025"]
    assert found[0][1].start == found[0][1].end == D(2025, 5, 23)


@pytest.mark.parametrize("text", [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
    "Sửa đổi Luật Khoa học và Công nghệ năm 2013 và các luật có liên quan",
    "(Kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)",
    "Hà Nội, ngày 10 tháng 01 năm 2025",
    "Ngày 04/3/2025, Ban Chỉ đạo Trung ương đã họp Phiên thứ hai",
    "thông qua tại Kỳ họp thứ 9 (tháng 5/2025)",
    "quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021-2030",
    "chi ngân sách hằng năm; thường xuyên cập nhật các thông tin; định kỳ đo lường",
    "gửi dữ liệu của các năm 2023, 2024 và 5 tháng đầu năm 2025",
    "có từ 40 \\- 50 nhân lực nghiên cứu",
])
def test_find_ignores_references_and_adverbs(text):
    assert find_deadlines(text) == []


def test_find_due_dates_in_prose():
    text = ("(2) Hoàn thiện quy định về thực hiện thủ tục hành chính trực tuyến của Đảng trên môi trường "
            "điện tử, trình Ban Bí thư ban hành trong tháng 5/2025. Khẩn trương ngay trong quý II/2025 hoàn "
            "thiện thể chế. Hoàn thành trước ngày 30/6/2025; thực hiện cơ bản hoàn thành trong năm 2025.")
    found = _found(text)
    assert [(d.kind, d.start, d.end) for _, d in found] == [
        ("due", D(2025, 5, 1), D(2025, 5, 31)),
        ("due", D(2025, 4, 1), D(2025, 6, 30)),
        ("due", D(2025, 6, 30), D(2025, 6, 30)),
        ("due", D(2025, 1, 1), D(2025, 12, 31)),
    ]


def test_find_start_dates_and_recurring():
    text = ("triển khai thí điểm 4 dịch vụ công trực tuyến của Đảng trên mạng Internet từ ngày 19/5/2025; "
            "định kỳ hằng quý báo cáo Ban Chỉ đạo.")
    found = _found(text)
    assert [(d.kind, d.start) for _, d in found] == [("start", D(2025, 5, 19)), ("recurring", None)]
    assert found[1][1].note == "định kỳ hằng quý"


def test_find_recurring_across_a_wrapped_clause():
    text = (DOCS / "03-NQ-CP.txt").read_text(encoding="utf-8")
    rec = [d for _, _, d in find_deadlines(text) if d.kind == "recurring"]
    assert len(rec) == 1 and rec[0].occurrences == ((6, 15), (12, 1))
    assert rec[0].text.startswith("định kỳ 6 tháng") and rec[0].text.endswith("trước ngày 01 tháng 12")


def test_find_marks_target_horizons():
    found = _found("thực hiện thắng lợi mục tiêu đến năm 2030, tầm nhìn đến năm 2045")
    assert [(d.kind, d.start.year, d.note) for _, d in found] == [
        ("due", 2030, "mốc mục tiêu"), ("due", 2045, "mốc mục tiêu")]


def test_find_keeps_invalid_dates_as_unparsed():
    found = _found("hoàn thành trước ngày 31/02/2025 và trong quý V/2025")
    assert [d.kind for _, d in found] == ["unparsed", "unparsed"]


def test_find_yearless_dates_take_default_year():
    assert [d.kind for _, _, d in find_deadlines("báo cáo trước ngày 15/12")] == ["unparsed"]
    (_, _, d), = find_deadlines("báo cáo trước ngày 15/12", default_year=2025)
    assert (d.kind, d.start) == ("due", D(2025, 12, 15))


def _appendix_deadline_cells() -> list[str]:
    text = (DOCS / "03-NQ-CP-phu-luc.md").read_text(encoding="utf-8")
    table = text[text.index("PHỤ LỤC II"):]
    cells = set()
    for line in table.splitlines():
        if not line.startswith("|"):
            continue
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cols) >= 6 and cols[5] and cols[5] != "Thời gian hoàn thành" and not set(cols[5]) <= set("-: "):
            cells.add(cols[5])
    return sorted(cells)


# "năm tiếp theo" is the tail of row 76's "2025 và những năm tiếp theo", wrapped onto the heading row of
# section IV: on its own it names no year, so it stays unparsed.
NO_DATE = {"năm tiếp theo"}


def test_appendix_cells_are_all_read():
    cells = _appendix_deadline_cells()
    assert len(cells) >= 25 and "Quý II/2025" in cells and "Thường xuyên" in cells
    for cell in cells:
        d = parse_deadline(cell)
        if cell in NO_DATE:
            assert d.kind == "unparsed", cell
        else:
            assert d.kind != "unparsed", (cell, d.note)
            assert d.kind != "due" or (d.start and d.end and d.start <= d.end)


def test_appendix_cell_values():
    cases = {
        "Quý II/2025": ("due", D(2025, 4, 1), D(2025, 6, 30)),
        "12/2028": ("due", D(2028, 12, 1), D(2028, 12, 31)),
        "2025 - 2026": ("due", D(2025, 1, 1), D(2026, 12, 31)),
        "Tháng 5/2025": ("due", D(2025, 5, 1), D(2025, 5, 31)),
        "2025 và những năm tiếp theo": ("ongoing", D(2025, 1, 1), None),
        "Hằng năm": ("recurring", None, None),
        "Nhiệm vụ thường xuyên": ("ongoing", None, None),
    }
    cells = set(_appendix_deadline_cells())
    for cell, want in cases.items():
        assert cell in cells
        d = parse_deadline(cell)
        assert (d.kind, d.start, d.end) == want, cell


def test_plan_name_horizon_is_not_a_deadline():
    text = "Triển khai các khu theo Quy hoạch mạng lưới giai đoạn 2021 - 2030, tầm nhìn đến năm 2050."
    assert find_deadlines(text) == []
    kept = find_deadlines("Đến năm 2030, tầm nhìn đến năm 2045 đạt 50% GDP.")
    assert [d.start.year for _, _, d in kept] == [2030, 2045]


def test_a_bare_month_cell_is_spoken_as_a_month():
    assert parse_deadline("01/2025").spoken == "tháng 01/2025"
    assert parse_deadline("Quý II/2025").spoken == "Quý II/2025"
    assert parse_deadline("trước ngày 30/6/2025").spoken == "trước ngày 30/6/2025"


def test_a_bare_cycle_does_not_say_when():
    from corpus.duties import unit_deadline
    d = unit_deadline("Xây dựng nền tảng số để đo lường trực tuyến và định kỳ đánh giá, công bố kết quả.")
    assert d.text == "định kỳ" and d.kind == "recurring" and not d.answers_when     # as written, not folded
    assert unit_deadline("Định kỳ 6 tháng báo cáo Thủ tướng.").answers_when
    assert unit_deadline("Hoàn thành trong quý II/2025.").answers_when


@pytest.mark.parametrize("phrase", ["có hạn cuối cùng là tháng 12/2028", "han cuoi la thang 12/2028",
                                    "đến hạn tháng 12/2028", "hạn là tháng 12/2028"])
def test_a_deadline_said_as_the_last_day_or_as_due(phrase):
    found = [d for _, _, d in find_deadlines(phrase)]
    assert found and found[0].kind == "due" and found[0].end.isoformat() == "2028-12-31"


def test_a_date_after_han_is_a_deadline():
    # "có hạn tháng 10/2025": "hạn" alone says what the date is
    found = [d for _, _, d in find_deadlines("Việc nào trong Phụ lục II có hạn tháng 10/2025?")]
    assert [(d.start, d.end) for d in found] == [(D(2025, 10, 1), D(2025, 10, 31))]
    assert find_deadlines("Các hạn chế năm 2025 là gì?") == []


@pytest.mark.parametrize("phrase, end", [("được kéo dài tới năm 2030", "2030-12-31"),
                                         ("hoàn thành tới ngày 30/6/2025", "2025-06-30")])
def test_toi_says_what_den_says(phrase, end):
    found = [d for _, _, d in find_deadlines(phrase)]
    assert found and found[0].kind == "due" and found[0].end.isoformat() == end
