"""A count no clause writes as a number but a clause enumerates: "Thông báo … chỉ ra bao nhiêu tồn tại, hạn chế?"
and "… tồn tại, hạn chế …: (1) … (6) …"; "… bao nhiêu nghị định …?" and a cell listing "- Nghị định …" eleven
times; "Phần nhiệm vụ, giải pháp … chia thành bao nhiêu nhóm?" and the seven items under that heading."""
from __future__ import annotations

import re

from assistant import lists
from assistant.extract import UNITS, asks_money, counted_noun, coverage, sentences
from assistant.locate import places
from assistant.model import Answer
from corpus import Clause
from corpus.agencies import find_agencies
from corpus.deadlines import fold_with_offsets
from corpus.normalize import clean_markdown, fold
from corpus.references import named_document

SHOWN = 12                # items quoted in the answer
HEAD_SHARE = 0.5          # the words introducing a list must hold this share of the question's to be the list asked
# what a heading's items are counted as: "bao nhiêu nhóm / mục / nội dung / phần …"
_GROUPS = {"nhom", "muc", "noi", "phan", "diem", "y", "khoan", "van", "linh"}
_PARTS = {"thanh phan", "bo phan"}      # the parts of a model or an apparatus
_ARTICLES = {"cac", "nhung"}     # "CÁC CHƯƠNG TRÌNH CHIẾN LƯỢC" is named by "bao nhiêu chương trình chiến lược"
# "nhóm (nhiệm vụ) IV", "mục VI": a group numbered as the document numbers its headings
_GROUP_NUMBER = re.compile(r"\b(?:nhom|muc|phan)(?: nhiem vu)? ([ivxl]+)\b(?! \.)")
NAMED_HEADING = 0.5       # … or a heading of the part named whose words the question writes this share of
_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-–•])\s")
# a bullet inside a line or a cell: "… bao gồm: - Nghị định …; - Nghị định …"
_BULLET = re.compile(r"(?:^|(?<=[\s:;.]))[-–•]\s+(?=\w)")


def answer(assistant, q: str, clauses: list[Clause]) -> Answer | None:
    """The number of items the best of `clauses` enumerates of what the question counts, with the items; None
    when the question counts nothing, or none of them enumerates it."""
    noun = counted_noun(q, assistant.stats.pair_df) or _asked_noun(q) or _asked_kind(q)
    if not noun or asks_money(q):       # "… phân bổ bao nhiêu tỷ đồng cho Quỹ …?" asks a sum, no items counted
        return None
    heading = _named_heading(assistant, q, noun)
    for clause in ([heading] if heading is not None else []) + clauses:
        found = _bullets(clause, noun) or _inline(assistant, q, clause, noun) or _names(clause, noun)
        if found:
            return _said(assistant, q, clause, found)
        under = _children(assistant, q, clause, noun, named=clause is heading)
        if under:
            return _said_under(assistant, q, clause, under)
    return None


def _named_heading(assistant, q: str, noun: str = "") -> Clause | None:
    """The heading the question names, of at least two items: by its number in the part it names ("Nhóm nhiệm vụ
    IV … trong Phụ lục II" and "Phụ lục II, mục IV"), by every word of it ("Phần nhiệm vụ, giải pháp của Nghị
    quyết 57 …" and "NHIỆM VỤ, GIẢI PHÁP"), or by most of its words within the part named ("Mô hình bộ máy triển khai
    NQ57 ở Phụ lục 1 …"); None where there is none."""
    key = fold(q).lower()
    parts = [p for p in places(q) if p.startswith("phu luc")]
    # the appendix named says where to look ("NQ57 ở Phụ lục 1 của đề cương" names the topic first)
    doc = None if parts else named_document(assistant.index.documents, q)
    if doc is None and not parts:
        return None
    found = [c for c in assistant.index.clauses if c.kind in ("heading", "item")
             and (doc is None or assistant.of_document(c.doc_id) == doc.id)
             and all(p in [x.strip() for x in fold(c.label).lower().split(",")] for p in parts)
             and len(assistant.children.get((c.doc_id, c.path), [])) >= 2]
    number = _GROUP_NUMBER.search(key)
    if number:
        numbered = [c for c in found if fold(c.label).lower().rsplit(",", 1)[-1].strip() == f"muc {number.group(1)}"]
        return numbered[0] if len(numbered) == 1 else None
    # "Phụ lục II … bao nhiêu nhiệm vụ?", "Phụ lục 2 … chia thành mấy nhóm?": the appendix itself
    whole_part = [c for c in found if parts and fold(c.label).lower().rsplit(",", 1)[-1].strip() == parts[-1]]
    if len(whole_part) == 1 and (_rows_below(assistant, whole_part[0], _row_kind(q)) or noun.split()[:1] == ["nhom"]):
        return whole_part[0]
    asked = set(re.findall(r"\w+", key))
    whole = [c for c in found if set(re.findall(r"\w+", fold(c.text).lower())) - _ARTICLES <= asked]
    if whole:
        return max(whole, key=lambda c: len(c.text.split()))
    if not parts:
        return None
    # of the headings most of whose words the question writes, the one writing most of the question's
    named = [c for c in found if coverage(c.text, [q], assistant.stats) >= NAMED_HEADING]
    return max(named, key=lambda c: coverage(q, [c.text], assistant.stats), default=None)


def counts_whole_part(q: str) -> bool:
    """"Phụ lục I có bao nhiêu chỉ tiêu?", "… tổng cộng mấy nhiệm vụ?": the rows of a part the question names,
    all of them (nothing said of them after the noun counted)."""
    key = fold(q).lower()
    return bool([p for p in places(q) if p.startswith("phu luc")]) and not find_agencies(q) and re.search(
        r"\b(?:bao nhieu|may)\s+(?:nhiem vu|chi tieu)(?:\s+(?:tat ca|ca thay|tong cong|vay|the|a|nhi))*\s*[?.!]*\s*$",
        key) is not None


def _asked_noun(q: str) -> str:
    """The two syllables after "bao nhiêu", folded, where they are no unit or share: "tồn tại" of "bao nhiêu tồn
    tại, hạn chế" (whose "tại" `counted_noun` reads as the preposition)."""
    m = re.search(r"\bbao nhieu\s+([a-z]+)\s+([a-z]+)\b", fold(q).lower())
    if not m or m.group(1) in UNITS or f"{m.group(1)} {m.group(2)}" in ("phan tram", "ty le", "ti le"):
        return ""
    return f"{m.group(1)} {m.group(2)}"


def _asked_kind(q: str) -> str:
    """The one word "bao nhiêu" ends the question with, folded: "luat" of "… tất cả bao nhiêu luật?"."""
    m = re.search(r"\bbao nhieu\s+([a-z]+)\s*[?.!]*\s*$", fold(q).lower())
    return m.group(1) if m and m.group(1) not in UNITS else ""


def _names(clause: Clause, noun: str) -> list[tuple[int, int]]:
    """The names the clause gives of the counted kind, each written with a capital and a capitalised word after it
    ("Luật Ngân sách nhà nước, Luật Giá, …"), from each to the next (or to the end of its sentence); at least
    three different ones."""
    key, at = fold_with_offsets(clause.text)
    starts = [at[m.start()] for m in re.finditer(rf"\b{re.escape(noun)}\s+(?=\w)", key.lower())
              if clause.text[at[m.start()]].isupper() and clause.text[at[m.end()]].isupper()]
    spans = []
    for s, nxt in zip(starts, starts[1:] + [len(clause.text)]):
        end = re.search(r"[.;:]\s|[.;:]?$", clause.text[s:nxt])
        spans.append((s, s + end.start()))
    names = {fold(clause.text[s:e]).lower().strip(" ,") for s, e in spans}
    return spans if len(names) >= 3 else []


def _bullets(clause: Clause, noun: str) -> list[tuple[int, int]]:
    """Bullets ("- Nghị định …") of the clause that each start with the counted noun."""
    spans = _bullet_spans(clause.text)
    named = [(s, e) for s, e in spans if fold(clause.text[s:e]).lower().startswith(noun)]
    return named if len(named) >= 2 and len(named) >= len(spans) - 1 else []


def _bullet_spans(text: str) -> list[tuple[int, int]]:
    """Each bullet of a line or cell, from after its dash to the next one (or the end)."""
    starts = [m.end() for m in _BULLET.finditer(text)]
    return list(zip(starts, starts[1:] + [len(text)]))


def _inline(assistant, q: str, clause: Clause, noun: str) -> list[tuple[int, int]]:
    """"… các tồn tại, hạn chế …: (1) … (6) …": items whose opening sentence names the counted noun."""
    items = lists.inline_items(clause)
    if len(items) < 2 or not all(_MARKER.match(clause.text, s) for s, _ in items):
        return []           # numbered items, not the ";"-parts of "Thành viên: chuyên gia …; lãnh đạo …"
    lead = clause.text[:items[0][0]]
    lead = fold(lead[sentences(lead)[-1][0]:]).lower()      # the sentence opening the list
    return items if re.search(rf"\b{re.escape(noun)}\b", lead) else []


def _children(assistant, q: str, clause: Clause, noun: str, named: bool = False) -> list[Clause]:
    """The items under a heading the question names ("Phần nhiệm vụ, giải pháp …" and "NHIỆM VỤ, GIẢI PHÁP"), when
    it counts them as groups or parts, or by a word of the heading ("bao nhiêu nhóm nhiệm vụ", "bao nhiêu
    quan điểm"), not a figure under it ("mục tiêu … bao nhiêu doanh nghiệp")."""
    if clause.kind == "row":
        return _sub_rows(assistant, clause, noun)
    rows = _rows_below(assistant, clause, noun) if named else []
    if rows:
        return rows
    if not named and (clause.kind != "heading" or coverage(clause.text, [q], assistant.stats) < HEAD_SHARE):
        return []
    first = noun.split()[0]
    under = assistant.children.get((clause.doc_id, clause.path), [])
    rows = noun == "nhiem vu" and all(c.kind == "row" for c in under)      # "bao nhiêu nhiệm vụ" and task rows
    if first not in _GROUPS and noun not in _PARTS and not rows \
            and not re.search(rf"\b{re.escape(noun)}\b", fold(clause.text).lower()):
        return []
    return under if len(under) >= 2 else []


_ONE_ROW = re.compile(r"\b(?:nhiem vu|chi tieu)(?: so)? \d")      # "chỉ tiêu số 11": a row named, not the table


def _row_kind(q: str) -> str:
    """The kind of table row a question counts ("nhiệm vụ", "chỉ tiêu"), folded, or ""."""
    key = fold(q).lower()
    m = re.search(r"\bbao nhieu (nhiem vu|chi tieu)\b(?! thanh phan)", key)     # not the parts of one row
    return m.group(1) if m and not _ONE_ROW.search(key) else ""


def _rows_below(assistant, clause: Clause, noun: str) -> list[Clause]:
    """The rows of the kind counted below a part whose items are headings of rows ("Phụ lục II" and its seven
    groups of tasks), each numbered at the top level ("chỉ tiêu 11", not "11.1"); [] where it holds none."""
    if noun not in ("nhiem vu", "chi tieu"):
        return []
    groups = assistant.children.get((clause.doc_id, clause.path), [])
    if not groups or any(g.kind != "heading" for g in groups):
        return []
    rows = [c for g in groups for c in assistant.children.get((g.doc_id, g.path), [])
            if c.kind == "row" and "." not in c.path[-1]]
    return rows if rows and all(fold(c.label).lower().rsplit(",", 1)[-1].strip().startswith(noun) for c in rows) else []


def _sub_rows(assistant, row: Clause, noun: str) -> list[Clause]:
    """The rows numbered under a row of the kind counted ("chỉ tiêu 11.1" … "11.12" of "chỉ tiêu 11")."""
    if noun not in fold(row.label).lower():
        return []
    number = row.path[-1] + "."
    under = [c for c in assistant.children.get((row.doc_id, row.path[:-1]), [])
             if c.kind == "row" and c.path[-1].startswith(number) and "." not in c.path[-1][len(number):]]
    return under if len(under) >= 2 else []


def _what(q: str) -> str:
    """What the question counts, as it writes it: "nghị định" of "… bao nhiêu nghị định của Chính phủ …"."""
    m = re.search(r"\bbao nhiêu\s+(.{1,40}?)(?=\s+(?:lớn|chính|cụ thể|được|phải|cần|mà|của|trong|do|đã|sẽ|là|theo)\b|\s*[?,.(]|$)",
                  q, re.IGNORECASE)
    return m.group(1).strip() if m else ""


def _said_under(assistant, q: str, clause: Clause, under: list[Clause]) -> Answer:
    """The count of the items under a heading, each cited; rows under groups, counted by group."""
    if under[0].path[:-2] == clause.path:        # rows of the groups under it
        return _said_by_group(assistant, q, clause, under)
    lines = [f"{len(under)} {_what(q)}".strip() + f" ({clause.label}): [1]"]
    lines += [f"- {lists.shorten(c.heading or c.full_text, 140)} [{i}]" for i, c in enumerate(under[:SHOWN], 2)]
    cites = (assistant.cite(1, clause),) + tuple(assistant.cite(i, c) for i, c in enumerate(under[:SHOWN], 2))
    return Answer(question=q, answer="\n".join(lines), abstained=False, intent="amount", confidence=1.0,
                  citations=cites)


def _said_by_group(assistant, q: str, clause: Clause, rows: list[Clause]) -> Answer:
    """"140 nhiệm vụ (03/NQ-CP, Phụ lục II): - mục I …: 13 …", each group cited."""
    groups = [g for g in assistant.children.get((clause.doc_id, clause.path), [])
              if any(r.path[:-1] == g.path for r in rows)]
    lines = [f"{len(rows)} {_what(q)}".strip() + f" ({clause.label}): [1]"]
    for i, g in enumerate(groups, 2):
        n = sum(1 for r in rows if r.path[:-1] == g.path)
        lines.append(f"- {g.label.rsplit(', ', 1)[-1]} ({lists.shorten(g.text, 80)}): {n} [{i}]")
    cites = (assistant.cite(1, clause),) + tuple(assistant.cite(i, g) for i, g in enumerate(groups, 2))
    return Answer(question=q, answer="\n".join(lines), abstained=False, intent="amount", confidence=1.0,
                  citations=cites)


def _said(assistant, q: str, clause: Clause, found: list[tuple[int, int]]) -> Answer:
    """The count of the items the clause writes, quoted."""
    lines = [f"{len(found)} {_what(q)}".strip() + ": [1]"]
    lines += [f"- {lists.shorten(clean_markdown(clause.text[s:e]).strip(' ;.,-'), 140)}" for s, e in found[:SHOWN]]
    if len(found) > SHOWN:
        lines.append(f"… và {len(found) - SHOWN} ý khác.")
    return Answer(question=q, answer="\n".join(lines), abstained=False, intent="amount", confidence=1.0,
                  citations=(assistant.cite(1, clause, (found[0][0], found[-1][1])),))


def bullets_about(q: str, clause: Clause) -> list[tuple[int, int]]:
    """"… có những nghị định về các quỹ quốc gia nào?", "Hai quỹ … nào …?" and a cell of "- Nghị định …" bullets: those writing the word
    that heads what is asked ("quỹ"), as written; [] where none or all do."""
    m = re.search(r"\b(?:những|các|hai|ba|bốn|\d+)\s+(\w+)(?:\s+\w+){0,4}?\s+nào\b"
                  r"(?!.*\b(?:những|các)\s+\w+(?:\s+\w+){0,4}?\s+nào\b)", q.lower())
    if not m:
        return []
    key = clause.text.lower()
    spans = [(s, _cell_end(clause.text, s, e)) for s, e in _bullet_spans(clause.text)]
    about = [(s, e) for s, e in spans if re.search(rf"\b{re.escape(m.group(1))}\b", key[s:e])]
    return about if about and len(about) < len(spans) and len(spans) >= 3 else []


def _cell_end(text: str, s: int, e: int) -> int:
    """The end of a bullet before the next cell of its row ("…; Cơ quan chủ trì: …")."""
    m = re.search(r";\s*[A-ZĐ][^;:]{0,40}:", text[s:e])
    return s + m.start() if m else e
