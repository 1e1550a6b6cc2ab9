"""Questions about a document's own outline, answered from its clause labels: what a part it names is called
("Phụ lục II … có tên gọi là gì?"), how many parts of a kind it has ("Nghị quyết 03/NQ-CP gồm bao nhiêu
điều?") and which part is about something ("Điều nào trong Quy chế quy định về Tổ giúp việc?")."""
from __future__ import annotations

import re

from assistant.extract import word_pairs
from assistant.locate import places
from assistant.metadata import display_name
from assistant.model import Answer
from corpus import Clause
from corpus.normalize import fold
from corpus.references import named_document

_ASKS_NAME = re.compile(r"\b(?:(?:co|mang) ten(?: goi)?(?: day du)?(?: la)? gi|ten(?: goi)?(?: day du)? la gi|"
                        r"ten(?: goi)? (?:nhu the nao|ra sao)|mang ten|tieu de(?: la)? gi|duoc dat ten(?: la)? gi)\b")
# "gồm bao nhiêu điều", "có mấy phụ lục": a kind of part, counted
_ASKS_COUNT = re.compile(r"\b(?:bao nhieu|may)\s+(dieu|phu luc|muc lon|muc|chuong|phan)\b(?!\s+(?:tieu|nhiem|chi))")
# the labels of each kind of part: "03/NQ-CP, Điều 2", "…, Phụ lục II", "…, mục III", "…, Chương 1"
_LABEL = {"dieu": r"dieu \d+", "phu luc": r"phu luc [ivxl\d]+", "muc": r"muc [ivxl]+", "muc lon": r"muc [ivxl]+",
          "chuong": r"chuong [ivxl\d]+", "phan": r"phan [ivxl\d]+"}
_WORD = {"dieu": "điều", "phu luc": "phụ lục", "muc": "mục", "muc lon": "mục lớn", "chuong": "chương",
         "phan": "phần"}
LISTED_MAX = 12           # parts named in a count's answer


# "Điều nào … quy định về X?", "Chương nào nói về X?", "X được quy định tại điều nào?" (folded)
_WHICH_PART = re.compile(r"^(?:(dieu|chuong|muc|phan|phu luc) nao\b.*?\b(?:quy dinh|noi|de cap|ban)\s+(?:ve|den|toi)\s+(?P<x>.+?)"
                         r"|(?P<y>.+?)\s+(?:duoc )?(?:quy dinh|de cap|neu) (?:tai|o|trong) (dieu|chuong|muc|phan|phu luc) nao)"
                         r"\s*[?.!]*\s*$")
HEADING_NAMED = 0.8       # the share of what is asked about a part's heading must write


def answer(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    key = fold(q).lower()
    if _ASKS_NAME.search(key):
        return _name(assistant, q, key, doc_ids)
    m = _ASKS_COUNT.search(key)
    if m:
        return _count(assistant, q, m.group(1), doc_ids)
    m = _WHICH_PART.search(key)
    return _which_part(assistant, q, m.group(1) or m.group(4), m.group("x") or m.group("y"), doc_ids) if m else None


def _which_part(assistant, q: str, unit: str, about: str, doc_ids: tuple[str, ...]) -> Answer | None:
    """The part of the kind asked whose heading names what the question asks about ("Điều 12. Tổ giúp việc của Ban
    Chỉ đạo" for "… quy định về Tổ giúp việc?"), in the document the question names (or in any): the heading
    writing most of its pairs of words."""
    doc, ids = _document(assistant, q, doc_ids)
    wanted = _pairs(about)
    if not wanted:
        return None
    pattern = re.compile(rf"^{_LABEL[unit]}(?:\.[\w]+)*$")
    found = []
    for c in assistant.index.clauses:
        last = fold(c.label.rsplit(",", 1)[-1]).strip().lower()
        if (ids and c.doc_id not in ids) or not pattern.match(last) or not _title(c):
            continue
        share = len(wanted & _pairs(_title(c))) / len(wanted)
        if share >= HEADING_NAMED:
            found.append((share, c))
    if not found:
        return None
    best = max(s for s, _ in found)
    parts = [c for s, c in found if s == best][:LISTED_MAX]
    named = "; ".join(f"{c.label} (“{_title(c)}”) [{i}]" for i, c in enumerate(parts, 1))
    return Answer(question=q, answer=named, abstained=False, intent="outline", confidence=1.0,
                  citations=tuple(assistant.cite(i, c) for i, c in enumerate(parts, 1)))


def _pairs(text: str) -> set[str]:
    """The pairs of syllables a text writes, folded ("che do", "do hop"), or its one syllable."""
    return set(word_pairs(text)) or set(re.findall(r"\w+", fold(text).lower()))


def _document(assistant, q: str, doc_ids: tuple[str, ...]):
    doc = named_document(assistant.index.documents, q)
    if doc is None or doc_ids and doc.id not in doc_ids:
        return None, set()
    return doc, {d.id for d in assistant.index.documents if doc.id in (d.id, d.part_of)}


def _name(assistant, q: str, key: str, doc_ids: tuple[str, ...]) -> Answer | None:
    """The title of the part the question names: its heading, or a row's name cell ("Tên nhiệm vụ")."""
    wanted = places(q)
    if not wanted or wanted == ["noi nhan"]:
        return None
    doc, ids = _document(assistant, q, doc_ids)
    pool = [c for c in assistant.index.clauses if (not ids or c.doc_id in ids)
            and all(any(p.strip() == w for p in fold(c.label).lower().split(",")) for w in wanted)]
    if not pool or len({c.doc_id for c in pool}) > 1 and doc is None:
        return None
    place = min(pool, key=lambda c: len(c.path))
    title = _title(place)
    if not title:
        return None
    return Answer(question=q, answer=f"{place.label}: “{title}” [1]", abstained=False, intent="outline",
                  confidence=1.0, citations=(assistant.cite(1, place),))


def _title(clause: Clause) -> str:
    if clause.heading:
        return clause.heading.strip()
    head, cell = clause.columns[0] if clause.columns else ("", "")
    return cell.strip() if fold(head).lower().startswith("ten") else ""


def _count(assistant, q: str, unit: str, doc_ids: tuple[str, ...]) -> Answer | None:
    """How many parts of the kind asked the document the question names has, and which."""
    doc, ids = _document(assistant, q, doc_ids)
    if doc is None:
        return None
    pattern = re.compile(rf"^{_LABEL[unit]}$")
    seen: dict[str, Clause] = {}
    for c in assistant.index.clauses:
        last = fold(c.label.rsplit(",", 1)[-1]).strip().lower()
        if c.doc_id in ids and pattern.match(last) and last not in seen:
            seen[last] = c
    if not seen:
        return None
    parts = list(seen.values())
    name = display_name(doc)
    named = "; ".join(f"{c.label.rsplit(',', 1)[-1].strip()}" + (f" ({_title(c)})" if _title(c) else "")
                      for c in parts[:LISTED_MAX])
    cites = tuple(assistant.cite(i, c) for i, c in enumerate(parts[:LISTED_MAX], 1))
    marks = "".join(f"[{i}]" for i in range(1, len(cites) + 1))
    text = f"{name} gồm {len(parts)} {_WORD[unit]}: {named}. {marks}"
    return Answer(question=q, answer=text, abstained=False, intent="outline", confidence=1.0, citations=cites)
