"""Clause ids and readable citation labels from a document's own markers."""
from __future__ import annotations

import re

from corpus.model import Document


def clause_id(doc_id: str, path) -> str:
    """'03-NQ-CP' + ('II','3','i') -> '03-NQ-CP:II.3.i' (spaces removed: 'Điều 1' -> 'Điều1')."""
    return f"{doc_id}:" + ".".join(p.replace(" ", "") for p in path)


def _row_noun(columns) -> str:
    headers = " ".join(h.lower() for h, _ in columns)
    if "nhiệm vụ" in headers:
        return "nhiệm vụ"
    if "chỉ tiêu" in headers:
        return "chỉ tiêu"
    return "dòng"


def clause_label(doc: Document, path, columns=()) -> str:
    """'03/NQ-CP, mục II.3.i'; '03/NQ-CP, Phụ lục II, nhiệm vụ 44'; 'NQ, Điều 1'; '..., phần mở đầu, đoạn 2'."""
    parts: list[str] = []
    dotted: list[str] = []
    bullets: list[str] = []
    path = list(path)

    def flush():
        if dotted:
            parts.append("mục " + ".".join(dotted))
            dotted.clear()
        if bullets:
            parts.append("ý " + ".".join(bullets))
            bullets.clear()

    last = len(path) - 1
    for i, comp in enumerate(path):
        if comp.startswith("PL"):
            flush()
            parts.append(("Phụ lục " + comp[2:]).strip())
        elif comp.startswith(("Điều", "Chương", "Phần", "Bảng ", "Biểu ")):
            flush()
            parts.append(comp)
        elif comp == "MĐ":
            flush()
            parts.append("phần mở đầu")
        elif comp == "PK" and i == 0:
            parts.append("phần kết")
        elif comp == "NN" and i == 0:
            parts.append("Nơi nhận")
        elif comp == "KG" and i == 0:
            parts.append("Kính gửi")
        elif comp.startswith("CT") and i == 0:
            parts.append("chú thích " + comp[2:])
        elif comp.startswith("¶"):
            flush()
            parts.append("đoạn " + comp[1:])
        elif re.fullmatch(r"r\d+", comp) and columns:
            flush()
            parts.append("dòng " + comp[1:])
        elif comp.startswith("-"):
            bullets.append(comp[1:])
        elif i == last and columns and re.fullmatch(r"[\d.]+", comp):
            # a table row: cite the row number the table itself gives
            if any(p.startswith(("PL", "Bảng ", "Biểu ")) for p in path[:i]):
                dotted.clear()
            flush()
            parts.append(f"{_row_noun(columns)} {comp}")
        elif re.fullmatch(r"\(\d+\)", comp):
            flush()
            parts.append("ý " + comp)
        elif path and path[0] in ("MĐ", "PK"):
            parts.append(("đoạn " if i == 1 else "ý ") + comp)
        else:
            if bullets:
                flush()
            dotted.append(comp)
    flush()
    return ", ".join([doc.citation_name] + parts)
