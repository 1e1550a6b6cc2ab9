"""Questions about a document itself: who signed it, when and by whom it was issued, its number."""
from __future__ import annotations

import re
from datetime import date

from assistant.extract import coverage
from assistant.intent import Intent
from assistant.model import Answer
from corpus import Clause, Document
from corpus.deadlines import fold_with_offsets
from corpus.furniture import HEADER, SIGNATURE
from corpus.normalize import fold
from corpus.references import named_document, naming_spans


def vn_date(iso: str) -> str:
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day}/{d.month}/{d.year}"


def written_date(iso: str) -> str:
    """"2025-05-20" -> "ngày 20 tháng 5 năm 2025", as a document's header writes its date: a day under 10 and
    the months 1 and 2 with a leading zero ("ngày 09 tháng 01 năm 2025"), as administrative texts write them."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def describe(doc: Document) -> str:
    parts = [doc.title]
    if doc.number:
        parts.append(f"Số: {doc.number}")
    if doc.date:
        parts.append(f"Ngày: {vn_date(doc.date)}")
    if doc.issuer:
        parts.append(f"Cơ quan ban hành: {doc.issuer}")
    if doc.place:
        parts.append(f"Nơi ban hành: {doc.place}")
    if doc.signer:
        parts.append(f"Người ký: {doc.signer}")
    if doc.filed:
        parts.append(f"Lưu: {doc.filed}")
    if doc.source:
        parts.append(f"Nguồn: {doc.source}")
    if doc.caveat:
        parts.append(f"Lưu ý: {doc.caveat}")
    return "\n".join(parts)


# a submission, a programme, a report or a guide cited by number ("04/TTr-BKHCN", "31-CTr/TU"), folded
_SUBMISSION = re.compile(r"[-/](?:ttr|ctr|bc|hd)[-/]")
# "66-NQ/TW", "193/2025/NQ-QH15", "37/2018/QĐ-TTg" (on the folded text)
DOC_NUMBER = re.compile(r"\b(\d{1,5}(?:\s*/\s*(?:19|20)\d\d)?\s*[-/]\s*(?:nq|kh|tb|qd|ct|kl|nd|tt|ttr|ctr|bc|hd)"
                         r"\s*[-/]\s*[a-z0-9]+)")


_CARRIED_OUT = re.compile(r"\b(?:thuc hien|trien khai|cu the hoa)\s+(?:[a-z]+\s+){0,3}$")


def unknown_number(docs: list[Document], question: str) -> str:
    """A document number the question names that is not a loaded document ("66-NQ/TW")."""
    known = {re.sub(r"\s", "", fold(d.number)) for d in docs if d.number}
    key, pos = fold_with_offsets(question)
    for m in DOC_NUMBER.finditer(key):
        num = re.sub(r"\s", "", m.group(1))
        if _CARRIED_OUT.search(key[max(0, m.start() - 40):m.start()]) and any(
                num in re.sub(r"\s", "", fold(d.title)) for d in docs):
            continue        # "Kế hoạch … thực hiện Nghị quyết 57-NQ/TW … mang số hiệu gì?": what the plan carries out
        if not any(num in k or k in num for k in known):
            return question[pos[m.start(1)]:pos[m.end(1) - 1] + 1]
    return ""


def display_name(doc: Document) -> str:
    """What an answer calls a document: its number ("03/NQ-CP"), or its title where it has none."""
    return doc.citation_name if doc.number or doc.cite_as else doc.title


# "người ký Tờ trình …", "ai ký công văn …": the kind of text whose signer is asked (folded)
_SIGNED_TYPE = re.compile(r"\b(?:nguoi ky|ai ky|ky)\s+(to trinh|cong van|bao cao)\b")


def answer(assistant, question: str, intent: Intent, doc_ids=()) -> Answer | None:
    docs = [d for d in assistant.index.documents if not doc_ids or d.id in doc_ids]
    unknown = unknown_number(docs, question)
    cited = bool(unknown) and re.sub(r"\s", "", fold(unknown)) in assistant.scope.numbers
    if unknown and (not cited or intent.kind == "signer" or not _SUBMISSION.search(fold(unknown).lower())):
        # a text no loaded document has; a submission they cite ("Theo đề nghị … tại Tờ trình số 04/TTr-…") is told
        # of by the citing clause, its date and its authors, but never who signed it
        said = " (chỉ được nhắc tới)" if cited else ""
        text = (f"Các văn bản đã nạp không có văn bản số {unknown}{said}; "
                "hoidap chỉ trả lời từ các văn bản đã nạp.")
        return Answer(question=question, answer=text, abstained=True, intent=intent.kind, confidence=1.0)
    signed = _SIGNED_TYPE.search(fold(question).lower()) if intent.kind == "signer" else None
    if signed and not any(fold(d.type or "").lower().startswith(signed.group(1)) for d in docs):
        # "… người ký Tờ trình đề nghị phê duyệt Đề án …?": a kind of text none of the loaded ones is
        kind = {"to trinh": "tờ trình", "cong van": "công văn", "bao cao": "báo cáo"}[signed.group(1)]
        text = f"Các văn bản đã nạp không có {kind} nào; hoidap chỉ trả lời người ký của các văn bản đã nạp."
        return Answer(question=question, answer=text, abstained=True, intent=intent.kind, confidence=1.0)
    doc = _asked_document(assistant, question, docs)
    if doc is None:
        return None
    name = display_name(doc)
    if intent.kind == "basis":
        return _basis(assistant, question, doc, name)
    if intent.kind == "date" and _CITED_BY.search(fold(question).lower()):
        ans = _recited_date(assistant, question, doc)
        if ans is not None:
            return ans
    if intent.kind == "type" and not _asks_own_type(assistant, question):
        return None         # "Nhiệm vụ 30 cho ra loại văn bản gì?" asks a task's output, not the document's kind
    if intent.kind == "type" and doc.type:
        text = f"{name} là văn bản loại “{doc.type}”" + (f", do {doc.issuer} ban hành" if doc.issuer else "") + ". [1]"
        return Answer(question=question, answer=text, abstained=False, intent="type",
                      citations=(assistant.cite_document(1, doc.id, "type"),), confidence=1.0)
    if intent.kind == "title":
        text = f"{f'{doc.type} {doc.number}'.strip() if doc.number else name}: “{doc.title}”. [1]"
        return Answer(question=question, answer=text, abstained=False, intent="title",
                      citations=(assistant.cite_document(1, doc.id, "title"),), confidence=1.0)
    fact = {"signer": doc.signer, "date": doc.date, "issuer": doc.issuer, "number": doc.number,
            "place": doc.place, "type": doc.type}[intent.kind]
    if intent.kind == "place" and fact:
        text = f"{name} ban hành tại {doc.place}" + (f", ngày {vn_date(doc.date)}" if doc.date else "") + ". [1]"
        return Answer(question=question, answer=text, abstained=False, intent="place",
                      citations=(assistant.cite_document(1, doc.id, "place"),), confidence=1.0)
    if not fact:
        what = {"signer": "người ký", "date": "ngày ban hành", "issuer": "cơ quan ban hành",
                "number": "số hiệu", "place": "nơi ban hành", "type": "loại văn bản"}[intent.kind]
        text = f"Văn bản {name} không ghi {what}. [1]"
        if doc.caveat:
            text += f" ({doc.caveat})"
        return Answer(question=question, answer=text, abstained=True, intent=intent.kind,
                      related=(assistant.cite_document(1, doc.id, intent.kind),), confidence=1.0)
    facts = []
    if doc.issuer:
        facts.append(f"do {doc.issuer} ban hành")
    if doc.date:    # asked the date: also as a header writes it ("ngày 20 tháng 5 năm 2025")
        facts.append(f"ngày {vn_date(doc.date)}" + (f" ({written_date(doc.date)})" if intent.kind == "date" else ""))
    if doc.signer:
        facts.append(f"người ký: {doc.signer}")
    name = f"{doc.type} {doc.number}".strip() if doc.number else name
    text = f"{name} " + ", ".join(facts) + ". [1]"
    if doc.caveat and intent.kind == "date":
        text += f" Lưu ý: {doc.caveat}"
    return Answer(question=question, answer=text, abstained=False, intent=intent.kind,
                  citations=(assistant.cite_document(1, doc.id, intent.kind),), confidence=1.0)


def _asks_own_type(assistant, question: str) -> bool:
    """"Kế hoạch 3260 thuộc loại văn bản gì?": the document is named just before the kind is asked."""
    spans = naming_spans(assistant.index.documents, question)
    m = re.search(r"\b(?:thuộc|là)?\s*(?:loại|hình thức) văn bản", question, re.IGNORECASE)
    if not spans or not m:
        return False
    end = max(e for _, e in spans if e <= m.start()) if any(e <= m.start() for _, e in spans) else None
    return end is not None and len(question[end:m.start()].split()) <= 3


def _asked_document(assistant, question: str, docs: list[Document]) -> Document | None:
    """The document a question names, else the (main) document of the best clause."""
    doc = named_document(docs, question)
    if doc is None:
        hits = assistant.retrieve(question, k=1)
        if not hits:
            return None
        doc = assistant.index.document(hits[0].clause.doc_id)
        if doc.part_of:
            doc = assistant.index.document(doc.part_of) or doc
    return doc


RECITED_SHARE = 0.3       # a recital's dated part writing this share of the question's words is the text it names
# the recitals of a preamble: its legal basis, the proposal it answers, the vote it rests on
_LEGAL_BASIS = ("Căn cứ",)
_PROPOSAL = ("Theo đề nghị", "Xét đề nghị")
RECITALS = _LEGAL_BASIS + _PROPOSAL + ("Trên cơ sở kết quả biểu quyết",)


def is_recital(clause: Clause, starts: tuple[str, ...] = RECITALS) -> bool:
    return clause.path[:1] == ("MĐ",) and clause.text.startswith(starts)


# "… Luật X mà Nghị quyết 03 căn cứ (ban hành) ngày nào?", "Tờ trình … theo đề nghị …": a text its recitals cite
_CITED_BY = re.compile(r"\b(?:can cu|theo de nghi|to trinh|cong van)\b")
_RECITED = re.compile(r"ngày\s+(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)


def _recited_date(assistant, question: str, doc: Document) -> Answer | None:
    """The date a recital of the document gives the text the question names ("Căn cứ Luật … ngày 22 tháng 11 năm
    2019", "… công văn số 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025"): of each recital's dated parts, the one
    writing most of the question's words."""
    best, share = None, 0.0
    for c in assistant.index.clauses:
        if c.doc_id != doc.id or not is_recital(c):
            continue
        start = 0
        for m in _RECITED.finditer(c.text):
            part = c.text[start:m.start()]
            got = coverage(question, [part], assistant.stats)
            if got > share:
                best, share = (c, start, m), got
            start = m.end()
    if best is None or share < RECITED_SHARE:
        return None
    c, start, m = best
    part = c.text[start:m.start()]
    cited = part.strip(" ,;và").removeprefix("Căn cứ").strip()
    when = " ".join(m.group(1).split())
    text = f"Phần mở đầu của {display_name(doc)} ghi: {cited} ngày {when}. [1]"
    return Answer(question=question, answer=text, abstained=False, intent="date", confidence=1.0,
                  citations=(assistant.cite(1, c, (start + len(part) - len(part.lstrip()), m.end())),))


def _basis(assistant, question: str, doc: Document, name: str) -> Answer:
    """'… căn cứ những văn bản nào?', '… theo đề nghị của ai?': the recitals of the document's preamble."""
    starts = _PROPOSAL if re.search(r"\b(de nghi|to trinh)\b", fold(question)) else _LEGAL_BASIS
    recitals = [c for c in assistant.index.clauses if c.doc_id == doc.id and is_recital(c, starts)]
    if not recitals:
        what = "đề nghị của cơ quan nào" if starts is _PROPOSAL else "căn cứ ban hành"
        return Answer(question=question, answer=f"Văn bản {name} không ghi {what}. [1]", abstained=True,
                      intent="basis", related=(assistant.cite_document(1, doc.id),), confidence=1.0)
    lines = [f"{name}:"] + [f"- {c.text.strip().rstrip(';.')} [{i}]" for i, c in enumerate(recitals, 1)]
    cites = tuple(assistant.cite(i, c, (0, len(c.text))) for i, c in enumerate(recitals, 1))
    return Answer(question=question, answer="\n".join(lines), abstained=False, intent="basis", citations=cites,
                  confidence=1.0)


_REF_DATE = re.compile(r"[\s,)(]*ngay\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2} thang \d{1,2} nam \d{4})")
_REF_ISSUER = re.compile(r"\s+cua\s+(.+?)(?=\s+(?:ve|khoa|tai|nham|de)\b|[,;.:()\n]|$)")


def referenced_date(assistant, question: str, number: str, titled: bool = False) -> Answer | None:
    """The date (and issuer) a clause gives next to a document it cites but that is not loaded
    ("Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng …", "Căn cứ Luật
    Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"), cited to that clause; `number` is its title when `titled`."""
    cited = re.compile(r"\s*".join(map(re.escape, re.sub(r"\s", "", fold(number)))) + r"[^\s,;)]*")
    for clause in assistant.index.clauses:
        key, pos = fold_with_offsets(clause.text)
        for m in cited.finditer(key):
            found = _REF_DATE.match(key, m.end())
            if not found:
                continue
            end = found.end()
            when = " ".join(clause.text[pos[found.start(1)]:pos[found.end(1) - 1] + 1].split())
            facts = f"ngày {when}"
            by = _REF_ISSUER.match(key, end)
            if by:
                end = by.end(1)
                facts += ", của " + " ".join(clause.text[pos[by.start(1)]:pos[end - 1] + 1].split())
            named = number if titled else f"Văn bản số {number}"
            answer = f"{named} không có trong các văn bản đã nạp; {clause.label} nhắc tới nó: {facts}. [1]"
            span = (pos[m.start()], pos[end - 1] + 1)
            return Answer(question=question, answer=answer, abstained=False, intent="date",
                          citations=(assistant.cite(1, clause, span),), confidence=0.8)
    return None


# where a header block states each fact: the group marked, or the whole match
_STATED = {"date": re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE),
           "number": re.compile(r"\bSố\s*:?\s*(\d\S*)"),
           "place": re.compile(r"([^\n,]{2,40}),\s*ngày\s+\d", re.IGNORECASE),
           "type": re.compile(r"^(?:NGHỊ QUYẾT|KẾ HOẠCH|THÔNG BÁO|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|CHƯƠNG TRÌNH|ĐỀ CƯƠNG|"
                              r"CÔNG VĂN|BÁO CÁO|ĐỀ ÁN|HƯỚNG DẪN|QUY ĐỊNH|TỜ TRÌNH)\b.*$", re.MULTILINE)}
_FILED_LINE = re.compile(r"^Lưu:.*$", re.MULTILINE)


def where_stated(furniture: list[Clause], doc_id: str, asked: str) -> tuple[Clause, tuple[int, int] | None] | None:
    """The header or signature clause of a document that states what is asked of it ("date", "number", "place",
    "type", "title", "issuer" in the header; "signer", "filed" in the signature block), with the words that state
    it; None where the index holds no such block, or the block does not state it."""
    kind = SIGNATURE if asked in ("signer", "filed") else HEADER
    block = next((c for c in furniture if c.doc_id == doc_id and c.kind == kind), None)
    if block is None:
        return None
    if asked in ("title", "issuer"):
        return block, None
    if asked == "signer":       # the name: the last line above "Lưu:"
        named = [line for line in block.text.split("\n") if not _FILED_LINE.match(line)]
        if not named:
            return None
        at = block.text.rfind(named[-1])
        return block, (at, at + len(named[-1]))
    found = (_FILED_LINE if asked == "filed" else _STATED[asked]).search(block.text) if asked in (*_STATED, "filed") \
        else None
    if found is None:
        return None
    group = 1 if found.re.groups else 0
    return block, (found.start(group), found.end(group))
