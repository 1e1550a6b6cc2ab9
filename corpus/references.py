"""Which loaded documents a question names: "Nghị quyết 57", "03/NQ-CP", "Kế hoạch 3260", "Phụ lục II"."""
from __future__ import annotations

import re

from corpus.deadlines import fold_with_offsets
from corpus.model import Document
from corpus.normalize import fold

_APPENDIX = re.compile(r"\bphu luc\b")


def _keys(doc: Document) -> list[str]:
    keys = []
    for raw in (doc.number, doc.cite_as):
        if raw:
            f = fold(raw)
            keys.append(f)
            m = re.match(r"(\d{2,})", f)
            if m:
                keys.append(m.group(1))
    return keys


_GLUED = "(?:nq|kh|tb|kl|ct|qd)"      # a type's initials written onto the number: "NQ57", "KH3260"
_TYPES = ("nghi quyet", "ke hoach", "thong bao", "de cuong", "quyet dinh", "chi thi", "ket luan", "luat", "cong van",
          "bao cao")
# the issuer's name as questions shorten it: "UBND thành phố Bình Giang" (folded)
_ISSUER_SHORT = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan"}
_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def head_type(q: str) -> str:
    """The first document type the question names: its subject ("Kế hoạch … Nghị quyết 57" -> kế hoạch)."""
    found = [(q.find(t), t) for t in _TYPES if re.search(rf"\b{t}\b", q)]
    return min(found)[1] if found else ""


# "… thực hiện Nghị quyết 57": the document named after these words is the one carried out, not the one asked about
_CARRIED_OUT = re.compile(r"\b(thuc hien|trien khai|quan triet|cu the hoa|the che hoa|thi hanh)\s+"
                          rf"(?:(?:nghi quyet|ke hoach|ket luan|chi thi)\s+)?(?:so\s+)?{_GLUED}?$")


def _score(doc: Document, q: str, carried_out: int = 0) -> int:
    """How strongly the folded question names `doc`: its number, issuer, date, sitting and type. With
    `carried_out`, a number named only as what is carried out ("… thực hiện Nghị quyết 57") counts that much."""
    score = 0
    for key in _keys(doc):
        for m in re.finditer(rf"(?:(?<![\w/.])|(?<=\b{_GLUED})){re.escape(key)}(?![\w]|[.,]\d)", q):  # not "23.3"
            by_number = len(key) + 2
            if carried_out and _CARRIED_OUT.search(q[:m.start()]):
                by_number = carried_out
            score = max(score, by_number)
    if doc.issuer and fold(doc.issuer).split(" (")[0] in re.sub(
            r"\b(ubnd|hdnd)\b", lambda m: _ISSUER_SHORT[m.group(1)], q, flags=re.IGNORECASE):
        score += 3
    for d, m, y in _DATE.findall(q):
        iso = f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
        if iso == doc.date or f"{int(d)}/{int(m)}/{y}" in fold(doc.caveat + " " + doc.title):
            score += 3
    asked, titled = meeting_ordinal(q), meeting_ordinal(fold(doc.title))
    if asked and asked == titled:
        score += 4
    kind, head = fold(doc.type or ""), head_type(q)
    if score and kind and head and kind.startswith(head):
        score += 3          # the type only tells apart documents something else already points at
    return score


_ORDINAL = re.compile(r"\bphien(?: hop)?(?: lan)? (?:thu (nhat|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})|(\d{1,2})|"
                      r"(dau tien))\b")      # "phiên đầu tiên": the first
# Vietnamese number words from two to ten, folded (ordinals add "nhất"/"một"; "tư" is four in both)
NUMBER_WORDS = {"hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
ORDINALS = {"nhat": 1, "mot": 1, **NUMBER_WORDS}


def meeting_ordinals(folded: str) -> list[int]:
    """The sittings a folded text names ("phiên họp thứ hai", "phiên thứ 2", "Phiên 3"), in order."""
    out = []
    for m in _ORDINAL.finditer(folded):
        word = m.group(1) or m.group(2) or "nhat"
        out.append(int(word) if word.isdigit() else ORDINALS[word])
    return out


def meeting_ordinal(folded: str) -> int:
    """The first sitting a folded text names, or 0."""
    found = meeting_ordinals(folded)
    return found[0] if found else 0


def named_document(documents: list[Document], question: str) -> Document | None:
    """The one main document a question names most specifically, or None."""
    q = fold(question)
    titled = _only_of_type(documents, q)
    if titled:              # "Đề cương chiến lược triển khai Nghị quyết 57 do cơ quan nào ban hành?"
        doc = next(d for d in documents if d.id == titled[0])
        rest = _without_title(q, doc)
        # the document its title carries out ("… triển khai NQ57") is named by it, not asked about
        carried = fold(doc.title).lower()
        if not any(_score(d, rest) >= 3 for d in documents if not d.part_of and d is not doc
                   and not (d.number and fold(d.number).lower() in carried)):
            return doc
    # the document the question is about before the one it carries out ("Chương trình hành động của Chính phủ
    # thực hiện Nghị quyết 57 nhằm mục tiêu gì?" asks of 03/NQ-CP), when the question names another
    for carried_out in (1, 0):
        scored = [(_score(d, q, carried_out), d) for d in documents if not d.part_of]
        scored = [x for x in scored if x[0] >= 3]
        if scored:
            return max(scored, key=lambda x: x[0])[1]
    return None


def named_not_carried_out(documents: list[Document], question: str) -> Document | None:
    """The one main document a question names other than as what it carries out ("TB 23 yêu cầu … việc thực hiện
    NQ57 …" names Thông báo 23), or None."""
    q = fold(question)
    scored = [d for d in documents if not d.part_of and _score(d, q, carried_out=1) >= 3]
    return scored[0] if len(scored) == 1 else None


def _only_of_type(documents: list[Document], q: str) -> list[str]:
    """"Đề cương chiến lược …" names the document whose title opens so (its type and the next word) when
    it is the only main document of that type and the words stand as a source ("Theo đề cương chiến lược",
    at the start), not as an object ("xây dựng kế hoạch triển khai"); so does its type alone where the
    document is read from ("Tôi soạn báo cáo. Theo đề cương, …")."""
    for head in sorted((t for t in _TYPES + _WORKS if re.search(rf"\b{t}\b", q)), key=q.find):
        same = [d for d in documents if not d.part_of and fold(d.type or "").startswith(head)]
        if len(same) == 1 and _names_by_type(same[0], head, q):
            return [same[0].id]
        approving = None if same else _approving(documents, head, q)
        if approving is not None:
            return [approving.id]
    return []


def approving_document(documents: list[Document], question: str) -> Document | None:
    """The loaded decision approving the work the question names ("Đề án “Phát triển hạ tầng số …” được phê duyệt
    bằng quyết định số mấy?"), when no loaded document is of that work's type; None otherwise."""
    q = fold(question).lower()
    for head in sorted((t for t in _WORKS if re.search(rf"\b{t}\b", q)), key=q.find):
        if not any(not d.part_of and fold(d.type or "").lower().startswith(head) for d in documents):
            found = _approving(documents, head, q)
            if found is not None:
                return found
    return None


def _approving(documents: list[Document], head: str, q: str) -> Document | None:
    """"Trong Đề án phát triển hạ tầng số …, …", "… của Đề án thành phố …" name the decision approving it
    ("Quyết định phê duyệt Đề án “Phát triển hạ tầng số …”"): the word after the type is one of the work's title,
    or "của" and its issuer."""
    approving = [d for d in documents if not d.part_of and _approved(d)[0] == head]
    named = re.search(rf"(?:^|[?.!;]\s*|\b(?:theo|trong|tai|cua|va)\s|,\s*){head}\W+(\w+)([^?.!;,]*)", q)
    if len(approving) == 1 and named and (named.group(1) in _approved(approving[0])[1]
                                          or named.group(1) == "cua" and _by_issuer(approving[0], named.group(2))):
        return approving[0]
    return None


# the kinds of work a decision approves or issues ("Quyết định … phê duyệt Đề án “…”", "… ban hành Chương trình …")
_WORKS = ("de an", "chuong trinh", "quy che", "chien luoc", "quy hoach")
_APPROVES = re.compile(r"\b(?:phe duyet|ban hanh)\s+(" + "|".join(_WORKS) + r")\b")


def _by_issuer(doc: Document, words: str) -> bool:
    """"(Đề án của) UBND thành phố …": the words open with the issuer's name, its first three words at least."""
    said = re.sub(r"\b(ubnd|hdnd)\b", lambda m: _ISSUER_SHORT[m.group(1)], words.strip().lower())
    issuer = fold(doc.issuer or "").lower().split()
    return len(issuer) >= 3 and said.startswith(" ".join(issuer[:3]))


def _approved(doc: Document) -> tuple[str, set[str]]:
    """The kind of work `doc` approves or issues, and the words of its title; ("", set()) where none."""
    title = fold(doc.title).lower()
    m = _APPROVES.search(title)
    return (m.group(1), set(re.findall(r"\w+", title[m.end():]))) if m else ("", set())


# a type written alone stands for the only document of that type when it is read from ("Theo đề cương, …",
# "Đề cương có nói …"), not when it is a plain word ("làm theo kế hoạch")
_READ_FROM = r"(?:\s*,|\s+(?:co|de|neu|noi|quy dinh|yeu cau|xac dinh|giao|dat|de ra|viet|ghi)\b)"


def _names_by_type(doc: Document, head: str, q: str) -> bool:
    opening = " ".join(fold(doc.title).split()[:len(head.split()) + 1])
    return bool(re.search(rf"(?:^|[?.!;]\s*|\b(?:theo|trong|tai|cua|va)\s|,\s*){re.escape(opening)}\b", q)
                or re.search(rf"(?:^|[?.!;]\s*|\b(?:theo|trong|tai|va)\s){re.escape(head)}{_READ_FROM}", q))


def _same_word(word: str, title_word: str) -> bool:
    """"57" stands for "57-nq/tw" in a title written out."""
    return word == title_word or bool(word) and title_word.startswith(word + "-")


def _without_title(q: str, doc: Document) -> str:
    """The folded question with the words of `doc`'s title it writes out (from the title's opening on) removed."""
    title = fold(doc.title).split()
    words = q.split()
    for i in range(len(words)):
        n = 0
        while i + n < len(words) and n < len(title) and _same_word(words[i + n].strip(",.;:?"), title[n]):
            n += 1
        if n >= 2:
            return " ".join(words[:i] + words[i + n:])
    return q


def referenced_documents(documents: list[Document], question: str) -> tuple[str, ...]:
    """Ids of every document the question refers to (an appendix when it says "phụ lục")."""
    q = fold(question)
    ids = [d.id for d in documents if not d.part_of and _score(d, q) >= 3]
    titled = _only_of_type(documents, q)
    if titled:              # "Đề cương chiến lược triển khai Nghị quyết 57": the 57 is the title's
        by_id = {d.id: d for d in documents}
        q_rest = _without_title(q, by_id[titled[0]])
        ids = titled + [i for i in ids if i != titled[0] and _score(by_id[i], q_rest) >= 3]
    parts = [d for d in documents if d.part_of]
    if _APPENDIX.search(q):
        named = [d.id for d in parts if d.part_of in ids] or [d.id for d in parts]
        ids = [i for i in ids if i not in {d.part_of for d in parts if d.id in named}] + named
    else:                       # an appendix is part of the document that names it
        ids += [d.id for d in parts if d.part_of in ids]
    return tuple(dict.fromkeys(ids))


_NAMING_TYPE = r"(?:(?:nghi quyet|ke hoach|thong bao|quyet dinh|chi thi|ket luan)(?: so)? )?"
_SITTING = re.compile(r"(?:\b(?:ket luan|thong bao)(?: (?:cua|tai))? )?" + _ORDINAL.pattern)


def naming_spans(documents: list[Document], question: str) -> list[tuple[int, int]]:
    """Where the question names a loaded main document ("Nghị quyết 57", "Kế hoạch 3260-KH/ĐĐQH15",
    "kết luận phiên họp thứ hai"), as (start, end) in the question. The words say which document to read,
    not what to find in it, and a document's opening paragraph repeats them."""
    key, pos = fold_with_offsets(question)
    found = []
    for doc in documents:
        if doc.part_of or _score(doc, key) < 3:
            continue
        for k in _keys(doc):
            found += [m.span() for m in re.finditer(rf"\b{_NAMING_TYPE}(?:(?<![\w/])|\b{_GLUED}){re.escape(k)}(?![\w])",
                                                    key)]
        if meeting_ordinal(fold(doc.title)):
            found += [m.span() for m in _SITTING.finditer(key)]
        if doc.type and doc.issuer:     # "Nghị quyết của Bộ Chính trị": its type and its issuer
            issuer = fold(doc.issuer).split(" (")[0]
            found += [m.span() for m in re.finditer(rf"\b{re.escape(fold(doc.type))}\s+(?:cua|do)\s+{re.escape(issuer)}\b", key)]
        found = [(a, _title_told(doc, key, b)) for a, b in found]
    return [(pos[a], pos[b - 1] + 1) for a, b in found]


_TOLD_BY = re.compile(r"\s+(?:ve|quy dinh|ban hanh)\s+")
_TOLD_LINKS = {"va", "cua", "tren", "dia", "ban", "cho", "giai", "doan"}
TITLE_TOLD = 3          # the fewest title words a "về …" after a document's name repeats to be read as its title


def _title_told(doc: Document, key: str, end: int) -> int:
    """Where the name of a document ends once the words after it that repeat its title are taken in ("Nghị quyết
    15/2025/NQ-HĐND về chính sách hỗ trợ KHCN, ĐMST và CĐS của tỉnh Sơn Nguyên có hiệu lực …": up to "Nguyên"),
    an acronym standing for a run of its words ("KHCN": "khoa học, công nghệ"); `end` where they do not."""
    told = _TOLD_BY.match(key, end)
    if not told or not doc.title:
        return end
    words = re.findall(r"\w+", fold(doc.title).lower())
    initials = "".join(w[0] for w in words)
    last, count = end, 0
    for m in re.finditer(r"\w+|[^\w\s]+", key[told.end():]):
        word = m.group(0)
        if not word[0].isalnum():
            if word.strip() not in (",", "&"):
                break
            continue
        if word in words or len(word) >= 3 and word in initials:
            count += 1
            last = told.end() + m.end()
        elif word not in _TOLD_LINKS:
            break
    return last if count >= TITLE_TOLD else end


def without_names(documents: list[Document], question: str) -> str:
    """The question with the words that name documents taken out (the search text once they boost them)."""
    out, last = [], 0
    for a, b in sorted(naming_spans(documents, question)):
        out.append(question[last:max(a, last)])
        last = max(last, b)
    return re.sub(r"\s+", " ", "".join(out) + question[last:]).strip()
