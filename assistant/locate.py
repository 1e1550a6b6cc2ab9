"""A question that says where to look ("Theo Điều 3 Nghị quyết 03/NQ-CP, …", "mục III.5 của Chương trình hành
động …", "nhiệm vụ 49 trong Phụ lục II"): the clause at that place, by its citation label."""
from __future__ import annotations

import re

from corpus import Clause
from corpus.agencies import find_agencies
from corpus.normalize import fold
from corpus.references import NUMBER_WORDS, named_document

# a place as a label writes it, folded: "dieu 3", "muc iii.5.a", "phu luc ii", "nhiem vu 49", "chi tieu (so) 23.3"
_PLACE = re.compile(r"\b(dieu|muc|phu luc|nhiem vu|chi tieu)\s+(?:(?:danh |mang )?so\s+(?:tu\s+)?)?((?:[ivxl]+|\d+)(?:\.(?:[ivxl]+|\d+|[a-z]))*)(?![\w.])")


# "điểm c khoản 1 Điều 4", "khoản 2 Điều 7": a point and a clause of an article, labelled "Điều 4, mục 1.c" (folded)
_LEGAL = re.compile(r"\b(?:diem ([a-z])\s+(?:cua\s+)?)?khoan\s+(\d+)\s+(?:cua\s+)?dieu\s+(\d+)\b")


# "điểm h mục 5", "điểm b, mục II.3": a point of a numbered section, labelled "mục II.5.h" (folded); "điểm 5
# mục III", "khoản 5 mục III": its item 5, "mục III.5"
_POINT = re.compile(r"\b(?:diem|khoan) ([a-z]|\d{1,2})\s*,?\s+(?:cua\s+|thuoc\s+)?muc\s+((?:[ivxl]+|\d+)(?:\.(?:[ivxl]+|\d+))*)(?![\w.])")


def places(q: str) -> list[str]:
    """The places a question names, as label fragments: ["phu luc ii", "nhiem vu 49"], ["noi nhan"],
    ["dieu 4", "muc 1.c"] for "điểm c khoản 1 Điều 4", ["muc 5.h"] for "điểm h mục 5"."""
    key = fold(q).lower()
    legal = [[f"dieu {m.group(3)}", f"muc {m.group(2)}" + (f".{m.group(1)}" if m.group(1) else "")]
             for m in _LEGAL.finditer(key)]
    points = list(_POINT.finditer(key))
    return [f for pair in legal for f in pair] + [f"muc {m.group(2)}.{m.group(1)}" for m in points] + \
        [f"{m.group(1)} {m.group(2)}" for m in _PLACE.finditer(key)
         if not (legal and m.group(1) == "dieu") and not any(p.start() <= m.start() < p.end() for p in points)] + \
        (["noi nhan"] if re.search(r"\b(phan|muc|danh sach) noi nhan\b", key) else [])


def located(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Clause | None:
    """The one clause at the place the question names, in the document it names (with its appendices) or, naming
    none, in the one document that has such a place; None when it names no place, an ambiguous one or a whole
    section."""
    wanted = places(q)
    if not any(not w.startswith("phu luc") for w in wanted):    # "Theo Phụ lục II, …" says which part to read
        return None
    doc = named_document(assistant.index.documents, q)
    found = _found_at(assistant, wanted, doc, doc_ids)
    if not found and (doc is not None or any("." in w for w in wanted)):
        # "mục 5" of a text whose label says "mục II.5": the one section ending so; naming no document, only a
        # place deep enough to be one ("điểm n mục 5" and "mục II.5.n")
        found = _found_at(assistant, wanted, doc, doc_ids, tail=True)
        if len({c.path for c in found if len(c.path) == min(len(x.path) for x in found)}) > 1:
            found = []          # "mục 5" of both "II.5" and "III.5": which is not said
    if len({c.doc_id for c in found}) != 1 and not (doc is not None and found):
        return None
    place = min(found, key=lambda c: len(c.path)) if found else None
    # a section or an appendix as a whole ("Theo Phụ lục II, …") says which part to read, not which clause
    return None if place is None or place.kind == "heading" else place


def section_at(assistant, wanted: list[str], doc, doc_ids: tuple[str, ...] = ()) -> Clause | None:
    """The section at the place named ("mục V"), heading or not, in the one document that has it (`doc`, with its
    appendices, where the question names it)."""
    if not wanted:
        return None
    found = _found_at(assistant, wanted, doc, doc_ids)
    if len({c.doc_id for c in found}) != 1:
        return None
    return min(found, key=lambda c: len(c.path))


def _found_at(assistant, wanted: list[str], doc, doc_ids: tuple[str, ...], tail: bool = False) -> list[Clause]:
    """The clauses at the places `wanted`, in `doc` with its appendices (any document where None), within
    `doc_ids` where given."""
    ids = {d.id for d in assistant.index.documents if doc is None or doc.id in (d.id, d.part_of)}
    if doc_ids:
        ids &= set(doc_ids)
    return [c for c in assistant.index.clauses if c.doc_id in ids and _at(c, wanted, tail)]


def label_parts(clause: Clause) -> list[str]:
    """The places a clause's label is made of, folded as `places` writes them: ["03/nq-cp", "dieu 4", "muc 1.c"]."""
    return [p.strip() for p in fold(clause.label).lower().split(",")]


def _at(clause: Clause, wanted: list[str], tail: bool = False) -> bool:
    """Every fragment is a whole part of the label: "muc iii.5" in "03/nq-cp, muc iii.5", not in "muc iii.50";
    with `tail`, a section's fragment may leave out the numbers above it ("muc 5.h" in "muc ii.5.h")."""
    parts = label_parts(clause)
    return all(any(p == w or tail and w.startswith("muc ") and p.startswith("muc ") and p.endswith("." + w[4:])
                   for p in parts) for w in wanted)


# "cú hích chiến lược thứ bảy", "giải pháp thứ 9": the Nth of what a heading lists (folded; group 1 the noun)
# "hạn chế thứ sáu", "nhiệm vụ thứ (5)", "hạn chế số (3)" (folded)
_NTH = re.compile(r"\b((?:[a-z]+ ){1,4}?)(?:thu \(?|so \()(hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})\b\)?")
_NOT_A_NAME = {"trong", "cua", "la", "gi", "cac", "nhung", "noi", "dung", "theo", "ve", "muc", "phan"}
_OCCASION = {"phien", "hop", "ky", "lan", "nam", "quy", "thang", "ngay", "dot", "khoa"}   # "Phiên họp thứ hai"


def nth_asked(assistant, q: str) -> tuple[int, str, list[tuple[Clause, int]]] | None:
    """(N, the words as the question writes them, the lists that write the noun asked with how many items each
    lists: headings over two items or more, and clauses enumerating "(1) … (2) …" inline) for a question asking
    the Nth of a kind ("cú hích chiến lược thứ bảy", "nhiệm vụ thứ (5) giao cho Sở …", the list under the heading
    naming the body); None for an occasion ("Phiên họp thứ hai") or a noun no such list writes."""
    from assistant.lists import inline_items
    key = fold(q).lower()
    m = _NTH.search(key)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w not in _NOT_A_NAME]
    if len(words) < 2 or _OCCASION & set(words):
        return None
    phrase = f" {' '.join(words)} "

    def writes(c: Clause) -> bool:
        return phrase in f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', fold(c.text).lower()).split())} "

    lists = [(c, len(assistant.children.get((c.doc_id, c.path), [])) if c.kind == "heading" else len(inline_items(c)))
             for c in assistant.index.clauses if c.kind == "heading" or "(2)" in c.text]
    lists = [(c, n) for c, n in lists if n >= 2 and writes(c)]
    named = {a.agency.id for a in find_agencies(q)}
    if named:       # "nhiệm vụ thứ (5) giao cho Sở Khoa học và Công nghệ": the list under the heading naming it
        lists = [(c, n) for c, n in lists if named <= {a.agency.id for a in find_agencies(assistant.context_text(c))}]
    if not lists:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else NUMBER_WORDS[m.group(2)]
    return n, q[m.start():m.end()], lists


def nth_item(assistant, q: str) -> Clause | None:
    """The Nth item of the one heading (in the document the question names, if it names one) that lists the
    kind asked: "cú hích chiến lược thứ sáu" -> the sixth item under "CÁC CÚ HÍCH CHIẾN LƯỢC"."""
    asked = nth_asked(assistant, q)
    if asked is None or asked[0] < 2:
        return None
    n, _, found = asked
    lists = [c for c, _ in found if c.kind == "heading"]
    doc = named_document(assistant.index.documents, q)

    def in_named(c: Clause) -> bool:
        own = assistant.index.document(c.doc_id)
        return doc is None or doc.id in (c.doc_id, own.part_of if own else "")

    fit = [c for c in lists if len(assistant.children[(c.doc_id, c.path)]) >= n and in_named(c)]
    if len(fit) == 1:
        return assistant.children[(fit[0].doc_id, fit[0].path)][n - 1]
    # "Hạn chế thứ sáu …" of a clause enumerating "(1) … (6) …" inline: its sixth part
    inline = [c for c, count in found if c.kind != "heading" and count >= n and in_named(c)]
    parts = sorted(assistant.parts.get(inline[0].id, ())) if len(inline) == 1 and not fit else []
    return parts[n - 1][3] if len(parts) >= n else None
