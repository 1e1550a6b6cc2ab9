"""A PDF's text layer as the text the segmenter reads.

pypdf's layout mode keeps each line's words where the page puts them, as `pdftotext -layout` does: columns of a
table stay columns (`segment._layout_tables` reads them back as rows), and the page numbers and running headers
it leaves between pages are what `segment._page_furniture` drops. Pages are joined by a form feed. A scan has
no text layer: it is reported, never guessed at (no OCR model ships in a package here).
"""
from __future__ import annotations

import io
import logging

from corpus.errors import DecodeError

MIN_CHARS_PER_PAGE = 20     # fewer letters than this on average: a scanned page, not text


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages. Raises DecodeError for a broken, encrypted or scanned (image-only) file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError
    logging.getLogger("pypdf").setLevel(logging.ERROR)      # a malformed object is reported below, not logged
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DecodeError("PDF có mật khẩu, không đọc được (encrypted PDF)")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except DecodeError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DecodeError(f"tệp PDF hỏng, không mở được (broken PDF): {exc}") from exc
    letters = sum(ch.isalpha() for page in pages for ch in page)
    if not pages or letters < MIN_CHARS_PER_PAGE * len(pages):
        raise DecodeError("PDF không có lớp chữ (bản quét ảnh): cần nhận dạng chữ (OCR) trước khi nạp "
                          "(scanned PDF without a text layer)")
    return "\n\f".join(page.rstrip() for page in pages)
