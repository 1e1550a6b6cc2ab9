"""Questions asked of the loaded documents as a catalogue, not of their text: "Những văn bản nào triển khai Nghị
quyết 57?", "Văn bản nào được ban hành ngày 10/01/2025?", "Chính phủ ban hành những văn bản nào?". The
documents' metadata (number, date, issuer, title) answers, each document cited as a whole."""
from __future__ import annotations

import re
from datetime import date

from assistant.metadata import vn_date
from assistant.model import Answer
from corpus import Document
from corpus.normalize import fold
from corpus.references import named_document, naming_spans

_ASKS_DOCUMENTS = re.compile(r"\b(?:nhung |cac )?(?:van ban|tai lieu)\s+(?:nao|gi)\b")
_CARRIES_OUT = re.compile(r"\b(?:thuc hien|trien khai|cu the hoa|de thuc hien|de trien khai)\b")
_BASIS = re.compile(r"\b(?:can cu|de nghi)\b")
_ISSUES = re.compile(r"\b(?:ban hanh|phat hanh|ky)\b")
_DAY = re.compile(r"\b(\d{1,2})\s*(?:/|-|thang)\s*(\d{1,2})\s*(?:/|-|nam)\s*(20\d\d)\b")
_MONTH = re.compile(r"\bthang\s*(\d{1,2})\s*(?:/|nam)\s*(20\d\d)\b")
_YEAR = re.compile(r"\bnam\s+(20\d\d)\b")


def answer(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    """The documents the question's conditions select (issued on a day, in a month or year, by a body; carrying out
    a document it names), or None when it asks no "văn bản nào" or sets no condition the catalogue can check."""
    key = fold(q).lower()
    if not _ASKS_DOCUMENTS.search(key):
        return None
    docs = [d for d in assistant.index.documents if not d.part_of and (not doc_ids or d.id in doc_ids)]
    checks = []
    day = _DAY.search(key)
    month = None if day else _MONTH.search(key)
    year = None if day or month else _YEAR.search(key)
    if (day or month or year) and _ISSUES.search(key):
        checks.append(lambda d: _issued_in(d, day, month, year))
    # "… do Chính phủ ban hành", or "Văn bản nào của Chính phủ …" with no verb
    bodies = [d.issuer for d in docs if d.issuer and _issuer_named(d.issuer, key, owned=not _ISSUES.search(key))]
    if bodies:
        checks.append(lambda d: d.issuer in bodies)
    # the document carried out is the one named after the verb ("Văn bản nào của Chính phủ triển khai Nghị quyết
    # 57?" carries out 57-NQ/TW, not 03/NQ-CP of the Chính phủ)
    carries = _CARRIES_OUT.search(key)
    carried = carries and (named_document(assistant.index.documents, key[carries.end():])
                           or named_document(assistant.index.documents, q))
    if carried is None and (naming_spans(assistant.index.documents, q) or _BASIS.search(key)):
        return None         # "Nghị quyết 03/NQ-CP … căn cứ vào những văn bản nào?" asks of that document
    if carried is not None:
        mark = fold(carried.number).lower()
        checks.append(lambda d: d.id != carried.id and mark in fold(d.title).lower())
    if not checks:
        return None
    chosen = [d for d in docs if all(check(d) for check in checks)]
    if not chosen:
        return Answer(question=q, answer="Trong các văn bản đã nạp không có văn bản nào như vậy.", abstained=True,
                      intent="catalogue", confidence=1.0)
    lines = [f"Các văn bản đã nạp phù hợp ({len(chosen)}):"]
    lines += [f"- {_name(d)}" + (f" ({vn_date(d.date)})" if d.date else "") + f" [{i}]" for i, d in enumerate(chosen, 1)]
    cites = tuple(assistant.cite_document(i, d.id) for i, d in enumerate(chosen, 1))
    return Answer(question=q, answer="\n".join(lines), abstained=False, intent="catalogue", citations=cites,
                  confidence=1.0)


def _issued_in(doc: Document, day, month, year) -> bool:
    if not doc.date:
        return False
    d = date.fromisoformat(doc.date)
    if day:
        return (d.day, d.month, d.year) == tuple(int(x) for x in day.groups())
    if month:
        return (d.month, d.year) == tuple(int(x) for x in month.groups())
    return d.year == int(year.group(1))


def _issuer_named(issuer: str, key: str, owned: bool = False) -> bool:
    """The question names the body that issued it ("Chính phủ", not the "Chính phủ" of "Đảng ủy Chính phủ");
    `owned`: as the owner of the documents asked ("của Chính phủ", "do Chính phủ")."""
    body = fold(issuer.split("(")[0]).lower().strip()
    owner = r"\b(?:cua|do)\s+" if owned else ""
    return re.search(rf"{owner}(?<!dang uy )(?<!van phong )\b{re.escape(body)}\b", key) is not None


def _name(doc: Document) -> str:
    """"Nghị quyết 03/NQ-CP: Nghị quyết ban hành …", or the title alone of a document with no number."""
    return f"{doc.type} {doc.number}: {doc.title}" if doc.number else doc.title

