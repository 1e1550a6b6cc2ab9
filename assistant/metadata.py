"""Questions about a document itself: who signed it, when and by whom it was issued, its number."""
from __future__ import annotations

import re
from datetime import date

from assistant.intent import Intent
from assistant.model import Answer
from corpus import Document
from corpus.normalize import fold


def _vn_date(iso: str) -> str:
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def describe(doc: Document) -> str:
    parts = [doc.title]
    if doc.number:
        parts.append(f"Số: {doc.number}")
    if doc.date:
        parts.append(f"Ngày: {_vn_date(doc.date)}")
    if doc.issuer:
        parts.append(f"Cơ quan ban hành: {doc.issuer}")
    if doc.signer:
        parts.append(f"Người ký: {doc.signer}")
    if doc.source:
        parts.append(f"Nguồn: {doc.source}")
    if doc.caveat:
        parts.append(f"Lưu ý: {doc.caveat}")
    return "\n".join(parts)


def _keys(doc: Document) -> list[str]:
    keys = []
    for raw in (doc.number, doc.cite_as, doc.id):
        if raw:
            f = fold(raw)
            keys.append(f)
            m = re.match(r"(\d+)", f)
            if m:
                keys.append(m.group(1))
    return keys


_DOC_NUMBER = re.compile(r"\b(\d{1,5}\s*[-/]\s*(?:nq|kh|tb|qd|ct|kl)\s*[-/]\s*[a-z0-9đ]+)", re.IGNORECASE)


def unknown_number(docs: list[Document], question: str) -> str:
    """A document number the question names that no loaded document has ("19-TB/TGV")."""
    known = {re.sub(r"\s", "", fold(d.number)) for d in docs if d.number}
    for m in _DOC_NUMBER.finditer(fold(question)):
        num = re.sub(r"\s", "", m.group(1))
        if not any(num in k or k in num for k in known):
            return m.group(1).upper()
    return ""


def find_document(questions_docs: list[Document], question: str) -> Document | None:
    """The document a question names ("Nghị quyết 03/NQ-CP", "nghị quyết 57", "kế hoạch 3260")."""
    q = fold(question)
    best, best_score = None, 0
    for doc in questions_docs:
        if doc.part_of:
            continue
        score = 0
        for key in _keys(doc):
            if re.search(rf"(?<![\w/]){re.escape(key)}(?![\w])", q):
                score = max(score, len(key))
        title = fold(doc.type or "")
        if title and title in q:
            score += 1
        if doc.type == "Đề cương" and "de cuong" in q:
            score += 5
        if "phien hop thu hai" in q and "phien hop thu hai" in fold(doc.title):
            score += 5
        if score > best_score:
            best, best_score = doc, score
    return best if best_score >= 2 else None


def answer(assistant, question: str, intent: Intent, doc_ids=()) -> Answer | None:
    docs = [d for d in assistant.index.documents if not doc_ids or d.id in doc_ids]
    unknown = unknown_number(docs, question)
    if unknown:
        text = (f"Các văn bản đã nạp không có văn bản số {unknown}; "
                "hoidap chỉ trả lời từ các văn bản đã nạp.")
        return Answer(question=question, answer=text, abstained=True, intent=intent.kind, confidence=1.0)
    doc = find_document(docs, question)
    if doc is None:
        hits = assistant.retriever.search(question, k=1)
        if not hits:
            return None
        doc = assistant.index.document(hits[0].clause.doc_id)
        if doc.part_of:
            doc = assistant.index.document(doc.part_of) or doc
    name = doc.citation_name if doc.number or doc.cite_as else doc.title
    fact = {"signer": doc.signer, "date": doc.date, "issuer": doc.issuer, "number": doc.number}[intent.kind]
    if not fact:
        what = {"signer": "người ký", "date": "ngày ban hành", "issuer": "cơ quan ban hành",
                "number": "số hiệu"}[intent.kind]
        text = f"Văn bản {name} không ghi {what}. [1]"
        if doc.caveat:
            text += f" ({doc.caveat})"
        return Answer(question=question, answer=text, abstained=True, intent=intent.kind,
                      related=(assistant.cite_document(1, doc.id),), confidence=1.0)
    facts = []
    if doc.issuer:
        facts.append(f"do {doc.issuer} ban hành")
    if doc.date:
        facts.append(f"ngày {_vn_date(doc.date)}")
    if doc.signer:
        facts.append(f"người ký: {doc.signer}")
    lead = f"Số hiệu {doc.number}: " if intent.kind == "number" else ""
    text = f"{lead}{name} " + ", ".join(facts) + ". [1]"
    if doc.caveat and intent.kind == "date":
        text += f" Lưu ý: {doc.caveat}"
    return Answer(question=question, answer=text, abstained=False, intent=intent.kind,
                  citations=(assistant.cite_document(1, doc.id),), confidence=1.0)
