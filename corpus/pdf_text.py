"""A PDF's text layer as the text the segmenter reads.

pypdf's layout mode keeps each line's words where the page puts them, as `pdftotext -layout` does: columns of a
borderless table stay columns (`segment._layout_tables` reads them back as rows), and the page numbers and running
headers it leaves between pages are what `segment._page_furniture` drops. Pages are joined by a form feed. A scan
has no text layer: it is reported, never guessed at (no OCR model ships in a package here).

A table drawn with borders (the task table of a plan's appendix, as Word or any report writer prints it) is read
by its ruling lines with pdfplumber, cell by cell: laid out as text, a cell centred in a tall row puts half its
lines above the row's number, which no reading of columns can give back. Such a table becomes a markdown table,
as a .docx table does (one clause per row, with its column headers); a table that runs on over a page break is
one table, its repeated header row dropped. The page's other text is laid out around it, above and below.
"""
from __future__ import annotations

import io
import logging
import re

from corpus.errors import DecodeError
from corpus.table_rows import markdown_table

MIN_CHARS_PER_PAGE = 20     # fewer letters than this on average: a scanned page, not text


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages. Raises DecodeError for a broken, encrypted or scanned (image-only) file."""
    from pypdf import PdfReader
    from pdfminer.pdfparser import PDFSyntaxError
    from pypdf.errors import PdfReadError
    logging.getLogger("pypdf").setLevel(logging.ERROR)      # a malformed object is reported below, not logged
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DecodeError("PDF có mật khẩu, không đọc được (encrypted PDF)")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        pages = _with_bordered_tables(data, pages)
    except DecodeError:
        raise
    except (PdfReadError, PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DecodeError(f"tệp PDF hỏng, không mở được (broken PDF): {exc}") from exc
    letters = sum(ch.isalpha() for page in pages for ch in page)
    if not pages or letters < MIN_CHARS_PER_PAGE * len(pages):
        raise DecodeError("PDF không có lớp chữ (bản quét ảnh): cần nhận dạng chữ (OCR) trước khi nạp "
                          "(scanned PDF without a text layer)")
    return "\n\f".join(page.rstrip() for page in pages)


MIN_ROWS, MIN_COLUMNS = 2, 3    # a data table; a bordered box of one or two columns is a frame, read as text


def _with_bordered_tables(data: bytes, pages: list[str]) -> list[str]:
    """`pages` with each page holding a bordered data table laid out again by pdfplumber: its text around the
    tables, the tables as markdown rows."""
    import pdfplumber
    laid: dict[int, list] = {}          # page -> its text and tables, top to bottom ([str] | [rows])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for n, page in enumerate(pdf.pages):
            tables = sorted(((t, t.extract()) for t in page.find_tables()), key=lambda x: x[0].bbox[1])
            tables = [(t, rows) for t, rows in tables if _is_data(rows)]
            if not tables:
                continue
            parts, y = [], 0.0
            for t, rows in tables:
                parts += [_text_between(page, y, t.bbox[1]), [[_cell(c) for c in row] for row in rows]]
                y = t.bbox[3]
            parts.append(_text_between(page, y, page.height))
            laid[n] = parts
    ending = None       # the table the page before ends with, its header row first
    for n in sorted(laid):
        parts = laid[n]
        if ending is not None and n - 1 in laid and _furniture(laid[n - 1][-1]) and _furniture(parts[0]) \
                and len(parts[1][0]) == len(ending[0]):
            # the table goes on from the page before: one table, without its header row repeated
            ending.extend(parts[1][1:] if parts[1][0] == ending[0] else parts[1])
            parts[1] = []
            if len(parts) == 3:         # nothing but this table on the page: it may go on again
                continue
        ending = parts[-2] or None
    for n, parts in laid.items():
        pages[n] = "\n".join(part if isinstance(part, str) else "\n".join(["", *markdown_table(part), ""])
                              for part in parts if part)
    return pages


def _furniture(text: str) -> bool:
    """Nothing but a page's number or running header between a table and the page's edge ("Trang 6")."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= 2 and all(len(line.strip()) <= 60 and re.search(r"\d", line) for line in lines)


def _is_data(rows: list[list]) -> bool:
    return len(rows) >= MIN_ROWS and max(len(r) for r in rows) >= MIN_COLUMNS


def _text_between(page, top: float, bottom: float) -> str:
    """The page's text from `top` to `bottom`, laid out, each line without the padding to the page's width."""
    if bottom - top < 1:
        return ""
    text = page.crop((0, top, page.width, bottom), strict=False).extract_text(layout=True) or ""
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _cell(value: str | None) -> str:
    return " ".join((value or "").split())
