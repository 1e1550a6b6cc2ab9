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
