"""PDF files written with fpdf2 for the tests: a text's lines on A4 pages (one page per form feed), in DejaVu Sans,
which has every Vietnamese letter; and a page holding only a drawing, as a scan has no text layer."""
from __future__ import annotations

from pathlib import Path

import pytest

FONT_PATHS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf")


def font() -> str:
    found = next((p for p in FONT_PATHS if Path(p).is_file()), None)
    if found is None:       # Debian's fonts-dejavu-core; `make test` installs it with chromium
        pytest.fail("DejaVuSans.ttf not found: install fonts-dejavu-core (make browser does)")
    return found


def text_as_pdf(text: str, path: Path) -> Path:
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font())
    pdf.set_font("DejaVu", size=6.5)
    for page in text.split("\f"):
        pdf.add_page()
        for line in page.split("\n"):
            pdf.cell(0, 3.4, line.replace("\uf0b7", "•"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")
    pdf.output(str(path))
    return path


def plan_with_task_table(path: Path, rows: list[tuple[str, str, str, str]], groups: dict[int, str]) -> Path:
    """A plan whose appendix is a bordered task table as a word processor prints it: the cells centred in rows
    made tall by a long task, a group heading spanning the row, the header row repeated on each page."""
    from fpdf import FPDF
    from fpdf.enums import VAlign
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font())
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for line in ("ỦY BAN NHÂN DÂN TỈNH HÀ ĐÔNG", "Số: 45/KH-UBND", "", "KẾ HOẠCH", "",
                 "I. MỤC TIÊU", "1. Hoàn thành các nhiệm vụ trọng tâm về chuyển đổi số trong năm 2025 và 2026.", "",
                 "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(8, 62, 30, 25), v_align=VAlign.M, repeat_headings=1,
                   headings_style=FontFace(emphasis=None)) as table:
        table.row(("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"))
        for n, (task, lead, due, _) in enumerate(rows, 1):
            if n in groups:
                table.row().cell(groups[n], colspan=4)
            table.row((str(n), task, lead, due))
    pdf.output(str(path))
    return path
