"""A table's rows as markdown, as the segmenter reads a table (one clause per row, with its column headers): shared
by the Word and PDF readers."""
from __future__ import annotations

import re

# a group heading spanning the row ("I. THỂ CHẾ …", merged across the columns)
_GROUP = re.compile(r"^\s*([IVXL]+|[A-Z]|\d{1,2})[.)]\s+(\S.*)$", re.DOTALL)


def markdown_table(rows: list[list[str]]) -> list[str]:
    """The header row, its rule and the rows, each of as many cells as the widest."""
    width = max(map(len, rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return [markdown_row(rows[0]), "|" + "---|" * width] + [markdown_row(r) for r in rows[1:]]


def markdown_row(cells: list[str]) -> str:
    """One row; a group heading written in its first cell alone keeps its number in the first column and its
    words in the second, as a table whose group rows are typed so ("| I | THỂ CHẾ … |")."""
    cells = [" ".join(c.split()).replace("|", "/") for c in cells]
    if len(cells) > 1 and cells[0] and not any(cells[1:]):
        m = _GROUP.match(cells[0])
        if m:
            cells = [m.group(1), m.group(2), *cells[2:]]
    return "| " + " | ".join(cells) + " |"
