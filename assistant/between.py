"""How far apart two documents' dates are, and which came first: "NQ 03 ra sau NQ57 bao nhiêu ngày?", "Chính phủ
và Đảng đoàn Quốc hội ban hành văn bản … cách nhau mấy ngày, bên nào trước?"; and which of all the loaded documents
is the latest or the earliest ("Văn bản nào ban hành muộn nhất?"). Read from the documents' dates."""
from __future__ import annotations

import re
from datetime import date

from assistant.extract import dated_meeting
from assistant.metadata import display_name, vn_date
from assistant.model import Answer
from corpus.normalize import fold
from corpus.references import named_document

_HOW_LONG = re.compile(r"\b(?:bao nhieu|may) (?:ngay|tuan|thang)\b|\bbao lau\b|\bcach nhau\b")
_WHICH_FIRST = re.compile(r"\b(?:ben|van ban|cai|cho|noi|co quan|nghi quyet|ke hoach) nao\s+(?:\w+\s+){0,3}?"
                          r"(?:truoc|som hon|sau|muon hon)\b")
_DATED = re.compile(r"\b(?:ra|ban hanh|ky|dien ra|hop|co|thong qua|cong bo|sau|truoc)\b")   # what dates a document
# "… được ban hành sau cuộc họp bao nhiêu ngày?": a document's date against the meeting it reports (folded)
_AFTER_MEETING = re.compile(r"\b(?:sau|ke tu|tu) (?:khi )?(?:cuoc hop|phien hop|hoi nghi|buoi lam viec)\b")
_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
MONTH_DAYS = 45         # from this many days on, the span is also said in months
# "… định kỳ mấy ngày một lần?": how often, not how far apart
_HOW_OFTEN = re.compile(r"\b(?:mot lan|moi lan|dinh ky)\b")
# "Văn bản nào ban hành muộn nhất / mới nhất / sớm nhất / đầu tiên?": of all the documents loaded (folded)
_EXTREME = re.compile(r"\b(?:van ban|tai lieu|nghi quyet|ke hoach|thong bao|quyet dinh)\s+nao\b[^?]{0,60}?"
                      r"\b(?:(muon nhat|moi nhat|gan day nhat|gan nhat|sau cung|sau nhat)|(som nhat|dau tien|cu nhat|truoc nhat))\b")


def answer(assistant, question: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    """The two documents' dates, the days between and which is first; None where the question does not ask it of
    exactly two dated documents."""
    q = fold(question).lower()
    if _HOW_LONG.search(q) and _AFTER_MEETING.search(q):
        return _after_meeting(assistant, question)
    extreme = _EXTREME.search(q)
    if extreme:
        return _latest_or_earliest(assistant, question, latest=bool(extreme.group(1)))
    if _HOW_OFTEN.search(q):
        return None
    how_long, first = _HOW_LONG.search(q), _WHICH_FIRST.search(q)
    if not first and not (how_long and (how_long.group(0) == "cach nhau" or _DATED.search(q))):
        return None
    pair = _two_documents(assistant, question, q)
    if pair is None:
        return None
    early, late = sorted(pair, key=lambda d: d.date)
    days = (date.fromisoformat(late.date) - date.fromisoformat(early.date)).days
    a, b = (f"{display_name(d)} ({vn_date(d.date)}{f', {d.issuer}' if d.issuer else ''})" for d in (early, late))
    if days == 0:
        text = f"{a} và {b} cùng ngày."
    else:
        span = f"{days} ngày" + (f" (khoảng {round(days / 30.4)} tháng)" if days >= MONTH_DAYS else "")
        text = f"{a} có trước; {b} sau đó {span}." if first else f"{b} sau {a} {span}."
    citations = (assistant.cite_document(1, early.id, "date"), assistant.cite_document(2, late.id, "date"))
    return Answer(question=question, answer=f"{text} [1] [2]", abstained=False, citations=citations, intent="date",
                  confidence=1.0)


def _after_meeting(assistant, question: str) -> Answer | None:
    """"Thông báo 23 được ban hành sau cuộc họp bao nhiêu ngày?": the days from the meeting a document reports (the
    first sentence of its own that dates a meeting) to the document's date; None where it names no dated document
    or none of its sentences dates a meeting."""
    doc = named_document(assistant.index.documents, question)
    if doc is None or not doc.date:
        return None
    for clause in (c for c in assistant.index.clauses if c.doc_id == doc.id):
        said = dated_meeting(clause.text)
        when = _DAY.search(clause.text[said[0]:said[1]]) if said else None
        if when is None:
            continue
        d, m, y = (int(x) for x in when.groups())
        try:
            met = date(y, m, d)
        except ValueError:
            continue
        days = (date.fromisoformat(doc.date) - met).days
        if days < 0:
            return None
        text = (f"{display_name(doc)} ban hành ngày {vn_date(doc.date)} [1], {days} ngày sau cuộc họp ngày "
                f"{met.day}/{met.month}/{met.year} [2].")
        at = said[0] + when.start()
        return Answer(question=question, answer=text, abstained=False, intent="date", confidence=1.0,
                      citations=(assistant.cite_document(1, doc.id, "date"),
                                 assistant.cite(2, clause, (at, said[0] + when.end()))))
    return None


def _two_documents(assistant, question: str, q: str):
    """The two dated main documents the question refers to, by number, title or issuer; None unless two."""
    from corpus.references import referenced_documents
    documents = assistant.index.documents
    found = [d for d in (assistant.index.document(r) for r in referenced_documents(documents, question))
             if d is not None and not d.part_of and d.date]
    if len(found) > 2:      # "… văn bản triển khai NQ57": the two whose issuers it names, not the one they implement
        found = [d for d in found if d.issuer and fold(d.issuer.split("(")[0]).lower().strip() in q] or found
    return found if len(found) == 2 else None


def _latest_or_earliest(assistant, question: str, latest: bool) -> Answer | None:
    """The latest (or earliest) dated main document loaded, with the dates of the others it is told from."""
    dated = sorted((d for d in assistant.index.documents if not d.part_of and d.date), key=lambda d: d.date)
    if len(dated) < 2:
        return None
    found = dated[-1] if latest else dated[0]
    ties = [d for d in dated if d.date == found.date]
    which = "muộn nhất" if latest else "sớm nhất"
    names = " và ".join(f"{display_name(d)}{f' của {d.issuer}' if d.issuer else ''}" for d in ties)
    undated = [d for d in assistant.index.documents if not d.part_of and not d.date]
    note = f" ({len(undated)} văn bản không ghi ngày không được tính)" if undated else ""
    others = "; ".join(f"{display_name(d)}: {vn_date(d.date)}" for d in reversed(dated) if d not in ties)
    text = f"Văn bản ban hành {which}: {names}, ngày {vn_date(found.date)}{note}. [1]\nCác văn bản khác: {others}."
    return Answer(question=question, answer=text, abstained=False, citations=(assistant.cite_document(1, found.id, "date"),),
                  intent="date", confidence=1.0)
