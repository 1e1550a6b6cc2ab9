"""A question that says where to look ("Theo Điều 3 Nghị quyết 03/NQ-CP, …", "mục III.5 của Chương trình hành
động …", "nhiệm vụ 49 trong Phụ lục II"): the clause at that place, by its citation label."""
from __future__ import annotations

import re

from corpus import Clause
from corpus.normalize import fold
from corpus.references import named_document

# a place as a label writes it, folded: "dieu 3", "muc iii.5.a", "phu luc ii", "nhiem vu 49", "chi tieu (so) 23.3"
_PLACE = re.compile(r"\b(dieu|muc|phu luc|nhiem vu|chi tieu)\s+(?:so\s+)?((?:[ivxl]+|\d+)(?:\.(?:[ivxl]+|\d+|[a-z]))*)(?![\w.])")


def places(q: str) -> list[str]:
    """The places a question names, as label fragments: ["phu luc ii", "nhiem vu 49"], ["noi nhan"]."""
    key = fold(q).lower()
    return [f"{m.group(1)} {m.group(2)}" for m in _PLACE.finditer(key)] + \
        (["noi nhan"] if re.search(r"\b(phan|muc|danh sach) noi nhan\b", key) else [])


def located(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Clause | None:
    """The one clause at the place the question names, in the document it names (with its appendices) or, naming
    none, in the one document that has such a place; None when it names no place, an ambiguous one or a whole
    section."""
    wanted = places(q)
    if not any(not w.startswith("phu luc") for w in wanted):    # "Theo Phụ lục II, …" says which part to read
        return None
    doc = named_document(assistant.index.documents, q)
    ids = {d.id for d in assistant.index.documents if doc is None or doc.id in (d.id, d.part_of)}
    if doc_ids:
        ids &= set(doc_ids)
    found = [c for c in assistant.index.clauses if c.doc_id in ids and _at(fold(c.label).lower(), wanted)]
    if len({c.doc_id for c in found}) != 1 and not (doc is not None and found):
        return None
    place = min(found, key=lambda c: len(c.path)) if found else None
    # a section or an appendix as a whole ("Theo Phụ lục II, …") says which part to read, not which clause
    return None if place is None or place.kind == "heading" else place


def _at(label: str, wanted: list[str]) -> bool:
    """Every fragment is a whole part of the label: "muc iii.5" in "03/nq-cp, muc iii.5", not in "muc iii.50"."""
    parts = [p.strip() for p in label.split(",")]
    return all(any(p == w for p in parts) for w in wanted)
