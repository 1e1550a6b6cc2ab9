"""A Word document (.docx) as the text the segmenter reads.

Officials keep their documents as .docx. python-docx reads the body in order; what it leaves out is put back:
- Word's automatic numbering ("1.", "a)", "II.") is not in a paragraph's text but in numbering.xml; it is
  counted here, level by level, so that the items keep the markers the segmenter cuts clauses at;
- a table of data becomes a markdown table (one clause per row, with its column headers); a layout table (the
  two-column header with "Số: …" and the motto, the "Nơi nhận" / signature block) becomes lines side by side, as
  a plain-text copy of the document writes them.
"""
from __future__ import annotations

import io
import re
import zipfile

from corpus.errors import DecodeError
from corpus.table_rows import markdown_table

_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LAYOUT = re.compile(r"CỘNG H[OÒ]A XÃ HỘI|ĐẢNG CỘNG SẢN|\bSố\s*:|N[ơo]i nhận|\b(?:TM|KT|TL|TUQ)\.\s", re.IGNORECASE)
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def docx_text(data: bytes) -> str:
    """The text of a .docx file's body. Raises DecodeError when the file is not a readable Word document."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DecodeError(f"tệp .docx hỏng, không mở được (broken Word file): {exc}") from exc
    numbering = _Numbering(doc)
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block, numbering))
            lines.append("")
        else:
            lines.extend(_paragraph_lines(block, numbering))
    text = "\n".join(lines).strip()
    if not text:
        raise DecodeError("tệp .docx không có chữ (Word file without text)")
    return text


def _paragraph_lines(p, numbering: "_Numbering") -> list[str]:
    text = p.text.replace("\t", "    ").rstrip()
    marker = numbering.marker(p)
    if not text.strip():
        return [""]
    style = (p.style.name if p.style is not None else "") or ""
    level = re.fullmatch(r"Heading (\d)", style)
    prefix = "#" * int(level.group(1)) + " " if level else ""
    return [f"{prefix}{marker + ' ' if marker else ''}{text.strip() if marker or prefix else text}"]


def _cell_text(cell, numbering: "_Numbering", layout: bool = False) -> list[str]:
    """A cell's lines; a layout cell keeps its blank lines, which align it with the cell beside it."""
    lines = [line for p in cell.paragraphs for text in _paragraph_lines(p, numbering) for line in text.split("\n")]
    return [line for line in lines if layout or line.strip()]


def _table_lines(table, numbering: "_Numbering") -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:        # a cell merged across columns comes back once for each column
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        rows.append(cells)
    layout = max(map(len, rows), default=0) <= 3 and bool(_LAYOUT.search(" ".join(c.text for r in rows for c in r)))
    rows = [[_cell_text(c, numbering, layout) for c in cells] for cells in rows]
    if layout:
        lines = []
        for cells in rows:                  # side by side, line by line, as a plain-text copy writes them
            for i in range(max(map(len, cells), default=0)):
                lines.append("        ".join(c[i] if i < len(c) else "" for c in cells).rstrip())
        return lines
    return markdown_table([[_joined(c) for c in cells] for cells in rows])


def _joined(lines: list[str]) -> str:
    """A cell's paragraphs as one text: two names a cell writes on lines of their own ("Cục Hàng hải" / "Cục Đường
    thủy nội địa") stay two, as a list writes them."""
    out = ""
    for line in (x.strip() for x in lines if x.strip()):
        out = f"{out}{'' if not out else ' ' if out[-1] in '.;:,-–(' else '; '}{line}"
    return out


class _Numbering:
    """Word's automatic list numbers, counted in document order (numbering.xml's formats and start values)."""

    def __init__(self, doc):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counts: dict[str, dict[int, int]] = {}     # per abstract list: instances of one list count on
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[tuple[str, int], int] = {}  # an instance's startOverride, applied where it first shows
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.iter(f"{_NS}abstractNum"):
            abstract[a.get(f"{_NS}abstractNumId")] = {int(lvl.get(f"{_NS}ilvl")): _level(lvl)
                                                      for lvl in a.iter(f"{_NS}lvl")}
        for num in root.iter(f"{_NS}num"):
            ref = num.find(f"{_NS}abstractNumId")
            num_id, abstract_id = num.get(f"{_NS}numId"), ref.get(f"{_NS}val") if ref is not None else ""
            self.abstract_of[num_id] = abstract_id
            for ilvl, spec in abstract.get(abstract_id, {}).items():
                self.levels[(num_id, ilvl)] = spec
            # an instance may restart a level ("startOverride") or give it a format of its own (a "lvl" inside)
            for over in num.iter(f"{_NS}lvlOverride"):
                ilvl = int(over.get(f"{_NS}ilvl"))
                lvl, start = over.find(f"{_NS}lvl"), over.find(f"{_NS}startOverride")
                if lvl is not None:
                    self.levels[(num_id, ilvl)] = _level(lvl)
                    self.restarts[(num_id, ilvl)] = self.levels[(num_id, ilvl)][2]
                if start is not None:
                    self.restarts[(num_id, ilvl)] = int(start.get(f"{_NS}val"))

    def marker(self, p) -> str:
        num_id, ilvl = self._num_of(p)
        spec = self.levels.get((num_id, ilvl)) if num_id else None
        if spec is None:
            return ""
        fmt, text, _ = spec
        counts = self.counts.setdefault(self.abstract_of.get(num_id, num_id), {})
        restart = self.restarts.pop((num_id, ilvl), None)
        if restart is not None:
            counts[ilvl] = restart - 1
        counts[ilvl] = counts.get(ilvl, self.levels[(num_id, ilvl)][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return text.strip()

        def value(m: re.Match) -> str:
            lvl = int(m.group(1)) - 1
            f, _, start = self.levels.get((num_id, lvl), ("decimal", "", 1))
            return _format(counts.get(lvl, start), f)
        return re.sub(r"%(\d)", value, text).strip()

    @staticmethod
    def _num_of(p) -> tuple[str, int]:
        """The list a paragraph belongs to: its own numPr, else its style's."""
        style = getattr(p.style, "element", None)
        for holder in (p._p.pPr, style.pPr if style is not None else None):
            num_pr = holder.find(f"{_NS}numPr") if holder is not None else None
            if num_pr is not None:
                num_id, ilvl = num_pr.find(f"{_NS}numId"), num_pr.find(f"{_NS}ilvl")
                if num_id is not None and num_id.get(f"{_NS}val") != "0":
                    return num_id.get(f"{_NS}val"), int(ilvl.get(f"{_NS}val")) if ilvl is not None else 0
        return "", 0


def _level(lvl) -> tuple[str, str, int]:
    """A numbering level's format ("decimal", "lowerLetter" …), its text ("%1."), its start value."""
    fmt, text, start = (lvl.find(f"{_NS}{t}") for t in ("numFmt", "lvlText", "start"))
    return (fmt.get(f"{_NS}val") if fmt is not None else "decimal", text.get(f"{_NS}val") if text is not None else "",
            int(start.get(f"{_NS}val")) if start is not None else 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out, n = out + numeral, n - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)      # as Word shows it: a … z, aa …
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(n)
