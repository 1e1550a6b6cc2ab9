"""Questions about whom a document is sent to, read from its list of recipients ("Nơi nhận"): which of them
("… được gửi tới những văn phòng nào?"), whether one is ("… có được gửi tới Văn phòng Chủ tịch nước không?"), what
one of them is sent it for ("… gửi Ban Bí thư để làm gì?": "(để b/c)", to report); and where its copies are kept
("… được lưu ở đâu?": its "Lưu:" line)."""
from __future__ import annotations

import re

from assistant.extract import coverage
from assistant.metadata import display_name
from assistant.model import Answer
from corpus import Clause
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold
from corpus.references import named_document, without_names

# "Nơi nhận …", "… được gửi tới / đến / cho …" (folded)
_SENT = re.compile(r"\b(?:noi nhan|gui)\b")
_BREAK = re.compile(r",|\b(?:thi|de|neu|khi|ma)\b")
_ASKS_OTHERS = re.compile(r"\b(?:yeu cau|de nghi|giao|chi dao|de xuat|huong dan|doi hoi)\b")
_WHY = re.compile(r"\b(?:de lam gi|de lam chi|nham (?:muc dich )?gi|voi muc dich gi|muc dich (?:gi|la gi))\b")
# "những văn phòng nào", "các cơ quan nào", "những ai": the kind of recipient asked, or any
_WHICH = re.compile(r"\b(?:nhung|cac)\s+(?P<kind>(?:\w+\s+){0,3}?\w+)\s+(?:nao|gi)\b|\b(?:nhung ai|ai|dau|nhung noi nao)\b")
# "… gửi để báo cáo hai vị trưởng ban nào?": recipients counted, asked with what they are sent it for
_COUNTED = re.compile(r"\b(?:hai|ba|bon|nam|\d+)\s+(?:vi\s+|dong chi\s+)?(?P<kind>(?:\w+\s+){0,3}?\w+)\s+(?:nao|gi)\b")
# "… được gửi để báo cáo …": the recipients it is sent to for that ("(để báo cáo)", "(để b/c)")
_FOR = re.compile(r"\bde (bao cao|biet|thuc hien|phoi hop|chi dao|theo doi|chi dao thuc hien)\b")
# "… có được gửi tới Y không?": Y, folded
_WHETHER = re.compile(r"\bgui (?:toi |den |cho |ve )?(?P<who>.+?)\s+(?:hay )?khong\s*\??\s*$")
# "… được lưu ở đâu?", "đơn vị lưu là gì", "nơi lưu": where the document's copies are kept
_FILED = re.compile(r"\b(?:luu|luu tru|luu giu)(?: (?:van ban|ban chinh|ban goc))? (?:o|tai) "
                    r"(?:dau|noi nao|don vi nao|nhung dau|nhung (?:don vi|noi|co quan) nao|cho nao)\b|"
                    r"\b(?:noi|don vi|ban) luu\b")
# "… gồm những thành phần nào / những ai / những gì": the members of one recipient line asked
_PARTS_ASKED = re.compile(r"\b(?:gom|bao gom)\s+(?:nhung|cac)?\s*(?:\w+\s+){0,2}?(?:nao|gi|ai)\b")
NAMED_SHARE = 0.75        # a recipient line writing this share of the words asked is the recipient asked
_PURPOSE = re.compile(r"\(\s*(để|de)\s+(?P<what>[^)]+)\)", re.IGNORECASE)
# the short forms a recipient list writes its purposes in
_SHORT = {"b/c": "báo cáo", "t/h": "thực hiện", "p/h": "phối hợp", "c/đ": "chỉ đạo", "c/d": "chỉ đạo"}


def asks_filed(q: str) -> bool:
    """"… được lưu ở đâu?": where the document's copies are kept."""
    return bool(_FILED.search(fold(q).lower()))


def answer(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    """The recipients asked of the document the question names, or what one of them is sent it for; None when
    the question asks neither or the document has no list of recipients."""
    key, at = fold_with_offsets(q)
    key = key.lower()
    if _FILED.search(key):
        return _filed(assistant, q, doc_ids)
    sent = _SENT.search(key)
    if not sent:
        return None
    # the document is what is sent, named just before "gửi" ("Kế hoạch 3260 được gửi tới …"; not "Muốn sửa
    # Chương trình … thì bộ, ngành gửi đề xuất về đâu?"), or its "Nơi nhận" is asked
    if sent.group(0) == "noi nhan":
        doc = named_document(assistant.index.documents, q)
    else:
        start = max([0] + [m.end() for m in _BREAK.finditer(key, 0, sent.start())])
        if _ASKS_OTHERS.search(key, start, sent.start()):
            return None     # "Thông báo 23 có yêu cầu gửi dữ liệu …": what the text asks others to send
        doc = named_document(assistant.index.documents, q[at[start]:at[sent.start()]]) if start < sent.start() else None
    if doc is None or doc_ids and doc.id not in doc_ids:
        return None
    # a letter's "Kính gửi" list names whom it is for, its "Nơi nhận" who else gets it ("Như trên" for the first):
    # the first answers whom it is sent to, unless the question asks its "Nơi nhận"
    lists = lists_of(assistant, doc.id)
    lists.sort(key=lambda c: (c.path == ("KG",)) == (sent.group(0) == "noi nhan"))
    listed = lists[0] if lists else None
    m = _WHICH.search(key) or (_FOR.search(key, sent.end()) and _COUNTED.search(key))
    if listed is None:      # the text as loaded has no "Nơi nhận": who it went to is not written
        if not (m or _WHY.search(key)):
            return None
        return Answer(question=q, answer=f"Văn bản {display_name(doc)} (bản đã nạp) không có phần nơi nhận, nên không biết văn "
                      "bản được gửi tới đâu. [1]", abstained=True, intent="recipients", confidence=1.0,
                      related=(assistant.cite_document(1, doc.id),))
    lines = _lines(listed)
    if _WHY.search(key):
        return _why(assistant, q, listed, lines)
    part = _part_asked(q, listed, lines)
    if part is not None:
        s, e = part
        return Answer(question=q, answer=f"{display_name(doc)} gửi {listed.text[s:e].rstrip(' ,;')} [1]", abstained=False,
                      intent="recipients", confidence=1.0, citations=(assistant.cite(1, listed, (s, e)),))
    whether = _WHETHER.search(key, sent.start())
    if whether:
        who = q[at[whether.start("who")]:at[whether.end("who") - 1] + 1]
        verdict = _whether(assistant, q, listed, lines, who, doc)
        for other in lists[1:]:     # named in the other list ("Kính gửi" or "Nơi nhận")?
            if verdict.answer.startswith("Có."):
                break
            again = _whether(assistant, q, other, _lines(other), who, doc)
            verdict = again if again.answer.startswith("Có.") else verdict
        return verdict
    if not m:
        return None
    kind = (m.group("kind") or "").strip()
    kind = "" if kind in ("co quan", "don vi", "noi", "to chuc") else kind   # any recipient is one of these
    wanted = _FOR.search(key, sent.end())
    chosen = [(s, e) for s, e in lines if (not kind or _is_of_kind(listed.text[s:e], kind))
              and (not wanted or _sent_for(listed.text[s:e]) == wanted.group(1))]
    if not chosen:
        return None
    items = "\n".join(f"- {listed.text[s:e].rstrip(' ,;')}" for s, e in chosen)
    head = f"{display_name(doc)} được gửi tới:"
    return Answer(question=q, answer=f"{head} [1]\n{items}", abstained=False, intent="recipients", confidence=1.0,
                  citations=(assistant.cite(1, listed, (chosen[0][0], chosen[-1][1])),))


def _sent_for(line: str) -> str:
    """What a recipient line is sent for, folded and spelled out: "(để b/c)" -> "bao cao"; "" where it says not."""
    m = _PURPOSE.search(line)
    return fold(_SHORT.get(m.group("what").strip().lower(), m.group("what").strip())).lower() if m else ""


def _whether(assistant, q: str, clause: Clause, lines: list[tuple[int, int]], who: str, doc) -> Answer:
    """"Có" and the line naming the recipient asked, or "Không" where no line of the list names it."""
    initials = _initials(fold(who))

    def names(s: int, e: int) -> bool:
        line = clause.text[s:e]
        return coverage(who, [line], assistant.stats) >= NAMED_SHARE or (
            len(initials) >= 3 and initials in _abbreviations(line))

    def holds(s: int, e: int) -> bool:
        """The line names a group the recipient is one of: "Các bộ, cơ quan ngang bộ …" for "Bộ Tài chính"."""
        words = fold(who).lower().split()
        line = fold(clause.text[s:e]).lower()
        return any(re.search(rf"\b(?:cac|nhung)\s+{re.escape(' '.join(words[:n]))}\b", line) for n in (1, 2))

    found = next(((s, e) for s, e in lines if names(s, e)), None)
    group = None if found is not None else next(((s, e) for s, e in lines if holds(s, e)), None)
    if found is not None or group is not None:
        s, e = found or group
        said = clause.text[s:e].rstrip(" ,;")
        text = (f"Có. {display_name(doc)} kính gửi: “{said}”" if clause.path == ("KG",) else
                f"Có. Nơi nhận của {display_name(doc)} ghi: “{said}”") + ("" if found else f", nhóm có {who}") + ". [1]"
        return Answer(question=q, answer=text, abstained=False, intent="recipients", confidence=1.0,
                      citations=(assistant.cite(1, clause, (s, e)),))
    return Answer(question=q, answer=f"Không. Phần nơi nhận của {display_name(doc)} không ghi “{who}”. [1]",
                  abstained=False, intent="recipients", confidence=1.0,
                  citations=(assistant.cite(1, clause, (lines[0][0], lines[-1][1]) if lines else None),))


def lists_of(assistant, doc_id: str) -> list[Clause]:
    """The lists of recipients ("Nơi nhận", a letter's "Kính gửi") of a document and of its parts."""
    return [c for c in assistant.index.clauses if c.kind == "recipients" and assistant.of_document(c.doc_id) == doc_id]


def _filed(assistant, q: str, doc_ids: tuple[str, ...]) -> Answer | None:
    """Where the document the question names keeps its copies: its "Lưu:" line, cited to the document."""
    doc = named_document(assistant.index.documents, q)
    if doc is None or doc_ids and doc.id not in doc_ids:
        return None
    if not doc.filed:
        return Answer(question=q, answer=f"Văn bản {display_name(doc)} (bản đã nạp) không ghi nơi lưu. [1]",
                      abstained=True, intent="recipients", confidence=1.0, related=(assistant.cite_document(1, doc.id),))
    return Answer(question=q, answer=f"{display_name(doc)} được lưu tại {doc.filed} (dòng “Lưu” cuối văn bản). [1]",
                  abstained=False, intent="recipients", confidence=1.0,
                  citations=(assistant.cite_document(1, doc.id, "filed"),))


def _part_asked(q: str, listed: Clause, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"… phần gửi Văn phòng Chính phủ (VPCP) gồm những thành phần nào?": the one line that opens with a
    recipient the question names, before a colon ("VPCP: BTCN, các PCN, …"); None where there is none."""
    if not _PARTS_ASKED.search(fold(q).lower()):
        return None
    named = [(s, e) for s, e in lines if ":" in listed.text[s:e]
             and _writes_head(q, listed.text[s:e].split(":", 1)[0].strip(" -"))]
    return named[0] if len(named) == 1 else None


def _writes_head(q: str, head: str) -> bool:
    """The question writes the head: as it is ("VPCP"), or folded when it has more than one word."""
    return len(head) >= 3 and (re.search(rf"\b{re.escape(head)}\b", q) is not None or " " in head
                               and re.search(rf"\b{re.escape(fold(head).lower())}\b", fold(q).lower()) is not None)


def _lines(clause: Clause) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in clause.text.split("\n"):
        if line.strip():
            start = at + len(line) - len(line.lstrip())
            out.append((start, at + len(line.rstrip())))
        at += len(line) + 1
    return out


def _is_of_kind(line: str, kind: str) -> bool:
    """The line names a recipient of the kind asked: "Văn phòng Quốc hội" or "VPQH" for "văn phòng"."""
    folded = fold(line).lower()
    if re.search(rf"\b{re.escape(kind)}\b", folded):
        return True
    initials = _initials(kind)
    return any(t.startswith(initials) and len(t) > len(initials) for t in _abbreviations(line))


def _initials(words: str) -> str:
    """"VP" of "van phong", "VPCP" of "van phong chinh phu" (folded words)."""
    return "".join(w[0] for w in words.split()).upper()


def _abbreviations(line: str) -> list[str]:
    """The abbreviations a recipient line writes ("VPTW, VPCP, VPQH"), folded."""
    return [fold(t).upper() for t in re.findall(r"\b[A-ZĐ]{3,}\b", line)]


def _why(assistant, q: str, clause: Clause, lines: list[tuple[int, int]]) -> Answer | None:
    """What the recipient the question names is sent the document for: its line's "(để …)"."""
    asked = without_names(assistant.index.documents, q)      # the recipient's words, not the document's
    scored = [(coverage(asked, [_PURPOSE.sub("", clause.text[s:e])], assistant.stats), s, e) for s, e in lines]
    best, s, e = max(scored, default=(0.0, 0, 0))
    m = _PURPOSE.search(clause.text, s, e)
    if best < 0.2 or m is None:
        return None
    what = m.group("what").strip()
    spoken = _SHORT.get(what.lower(), what)
    who = clause.text[s:m.start()].strip(" ,;")
    said = f"để {spoken}" + (f" (ghi “{m.group(0)}”)" if spoken != what else "")
    return Answer(question=q, answer=f"{who}: {said}. [1]", abstained=False, intent="recipients", confidence=best,
                  citations=(assistant.cite(1, clause, (s, e)),))
