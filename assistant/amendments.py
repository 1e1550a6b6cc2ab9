"""A loaded document that amends another ("Quyết định về việc sửa đổi, bổ sung một số nội dung của Kế hoạch số
86/KH-UBND …"): the places of the amended text its items replace ("Sửa đổi điểm b khoản 4 mục III như sau: “…”"),
repeal ("Bãi bỏ điểm d khoản 3 mục III …"), re-date or reword ("… từ “quý IV/2025” thành “quý II/2026”", "Thay
cụm từ “A” tại khoản 5 mục V bằng cụm từ “B”", "Sửa cột “Cơ quan chủ trì” tại dòng số 12 thành “…”"). An answer
drawn from such a place says what now stands, citing the amending item, so that an official is never handed a
deadline or a lead that has since been changed.

Places are read as Vietnamese drafting writes them (gạch đầu dòng / điểm / khoản / mục, "dòng số N" of the
appendix) and found by the clause paths the segmenter gives ("mục III.4.b" is the path III, 4, b)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus import Clause
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold
from corpus.references import ORDINALS

# what an item of an amending text does, at its start (folded)
_ACTS = re.compile(r"^(?:\d{1,2}[.)]\s*)?(sua doi|sua|bai bo|thay cum tu|thay the cum tu|dieu chinh)\b")
# the text a document amends: "… sửa đổi, bổ sung một số nội dung của Kế hoạch số 86/KH-UBND …" (folded)
_AMENDS = re.compile(r"\bsua doi(?:, bo sung)?\b[^.;:]{0,60}?\b(?:cua|tai)\s+(?:[a-z]+\s){1,3}(?:so\s+)?(\d+[\w/-]*)")
# "gạch đầu dòng thứ nhất điểm c khoản 2 mục II", "đoạn thứ hai khoản 2 mục IV", "điểm b khoản 4 mục III" (folded)
_PLACE = re.compile(r"\b(?:(gach dau dong|doan|y) thu (nhat|\w+)\s+)?(?:diem ([a-z])\s+)?(?:khoan (\d{1,2})\s+)?"
                    r"muc ([ivxl]{1,5})\b")
_ROW = re.compile(r"\bdong (?:so )?(\d{1,3})\b(?! *(?:,|va)\s*\d)")      # one row, not "các dòng số 3, 4 và 6"
_QUOTED = r"[\"“”']\s*(.+?)\s*[\"“”']"
_FROM_TO = re.compile(rf"\btu {_QUOTED} thanh {_QUOTED}")
_REWORDED = re.compile(rf"\bthay (?:the )?cum tu {_QUOTED}.*?\bbang (?:cum tu )?{_QUOTED}")
_SET_TO = re.compile(rf"\bthanh {_QUOTED}")
_COLUMN = re.compile(rf"\bcot {_QUOTED}")           # "Sửa cột “Cơ quan chủ trì” tại dòng số 12 thành “…”"
_AS_FOLLOWS = re.compile(r"\bnhu sau\s*:\s*[\"“]\s*")


@dataclass(frozen=True)
class Amendment:
    target: str                     # the id of the clause amended
    by: Clause                      # the item amending it
    kind: str                       # "replaced" | "repealed" | "changed"
    new: tuple[int, int] | None     # where the wording now in force is in `by.text`
    old: str = ""                   # the wording it replaces, where the item quotes it
    column: str = ""                # the column of a table row it changes


def find_amendments(documents, clauses: list[Clause]) -> dict[str, list[Amendment]]:
    """The amendments the loaded documents make to one another, by the id of the clause amended."""
    by_doc: dict[str, list[Clause]] = {}
    for c in clauses:
        by_doc.setdefault(c.doc_id, []).append(c)
    numbers = {fold(d.number).lower(): d.id for d in documents if d.number}
    found: dict[str, list[Amendment]] = {}
    for doc_id, own in by_doc.items():
        target = _amended_document(own, numbers, doc_id)
        if target is None:
            continue
        paths = {c.path: c for c in by_doc.get(target, ())}
        rows = {_row_number(c): c for c in by_doc.get(target, ()) if c.kind == "row" and _row_number(c)}
        for item in own:
            amendment = _read(item, paths, rows)
            if amendment is not None:
                found.setdefault(amendment.target, []).append(amendment)
    return found


def _amended_document(own: list[Clause], numbers: dict[str, str], doc_id: str) -> str | None:
    for c in own[:12]:
        m = _AMENDS.search(fold(c.text).lower())
        if m:
            named = next((d for n, d in numbers.items() if d != doc_id and n.startswith(m.group(1))), None)
            if named:
                return named
    return None


def _row_number(c: Clause) -> str:
    m = re.search(r"(?:nhiệm vụ|dòng|chỉ tiêu)\s+(\d{1,3})$", c.label)
    return m.group(1) if m else ""


def _read(item: Clause, paths: dict, rows: dict) -> Amendment | None:
    key, at = fold_with_offsets(item.text)
    key = key.lower()
    act = _ACTS.match(key)
    if act is None:
        return None
    place = _PLACE.search(key)
    row = _ROW.search(key) if place is None else None
    target = _clause_at(place, paths) if place else rows.get(row.group(1)) if row else None
    if target is None:
        return None
    if act.group(1) == "bai bo":
        return Amendment(target.id, item, "repealed", None)
    for pattern, old_group in ((_FROM_TO, 1), (_REWORDED, 1), (_SET_TO, 0)):
        m = pattern.search(key)
        if m:
            new = m.lastindex
            old = item.text[at[m.start(old_group)]:at[m.end(old_group) - 1] + 1] if old_group else ""
            column = _COLUMN.search(key)
            column = item.text[at[column.start(1)]:at[column.end(1) - 1] + 1] if column else ""
            return Amendment(target.id, item, "changed", (at[m.start(new)], at[m.end(new) - 1] + 1), old, column)
    m = _AS_FOLLOWS.search(key)
    if m:
        end = max(item.text.rfind("”"), item.text.rfind('"'))
        start = at[m.end()] if m.end() < len(at) else len(item.text)
        return Amendment(target.id, item, "replaced", (start, end if end > start else len(item.text)))
    return None


def _clause_at(place: re.Match, paths: dict) -> Clause | None:
    """The clause at "gạch đầu dòng thứ nhất điểm c khoản 2 mục II" (path II, 2, c, -1); a paragraph of a
    clause ("đoạn thứ hai khoản 2 mục IV") is that clause."""
    kind, nth, point, item, section = place.groups()
    path = [section.upper()] + ([item] if item else []) + ([point] if point else [])
    if kind == "gach dau dong" and nth:
        n = ORDINALS.get(nth, int(nth) if nth.isdigit() else 0)
        path.append(f"-{n}")
    return paths.get(tuple(path))


def noted(assistant, amended: dict[str, list[Amendment]], citations, answer: str):
    """The answer with what now stands at each amended place it cites, and the citations with the amending items."""
    citations = list(citations)
    lines = []
    for cited in list(citations):
        for a in amended.get(cited.clause_id, ())[:2]:
            n = next((c.n for c in citations if c.clause_id == a.by.id), 0)
            if not n:
                n = len(citations) + 1
                citations.append(assistant.cite(n, a.by, a.new))
            where = cited.label
            if a.kind == "repealed":
                lines.append(f"Lưu ý: {where} đã bị bãi bỏ tại {a.by.label} [{n}]")
                continue
            new = a.by.text[a.new[0]:a.new[1]].strip() if a.new else ""
            if a.kind == "changed":
                was = f"“{a.old}” thành " if a.old else ""
                column = f"cột “{a.column}” của " if a.column else ""
                lines.append(f"Lưu ý: {a.by.label} đã sửa {column}{where}: {was}“{new}” [{n}]")
            else:
                lines.append(f"Lưu ý: {where} đã được sửa đổi tại {a.by.label}, nay là: “{new}” [{n}]")
    if not lines:
        return answer, tuple(citations)
    return answer + "\n\n" + "\n".join(dict.fromkeys(lines)), tuple(citations)
