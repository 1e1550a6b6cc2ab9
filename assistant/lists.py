"""List answers ("gồm những gì?", "những … nào?", "liệt kê …"): the items a clause enumerates inline, or
the clauses listed under the best one (or under its parent)."""
from __future__ import annotations

import re

from assistant.extract import ITEM_MARK, content_terms, coverage, enumerated_items, sentences
from assistant.intent import Intent
from assistant.model import Answer
from assistant.tasks import shorten
from corpus import Clause
from corpus.normalize import clean_markdown, fold

ITEM_NAMING_ASKED = 400   # an item of a list that names several of what the question asks is quoted up to this
ONE_ITEM = 2.0            # an item matching the question this many times better than the others answers alone
SIBLINGS_SHARE = 0.8      # the list an item belongs to answers when its head matches the question nearly as well
# "những X nào"; "các X nào" only with a few words between: not "về các viện, …, phòng thí nghiệm lên hệ thống nào?"
_ASKS_LIST = re.compile(r"\bnhung [\w\s,]{1,60} nao\b|\bcac(?:,? \w+){1,4} nao\b|\bnhung \w+( \w+)? gi\b|\bgom nhung\b|\bbao gom\b|\bliet ke\b|"
                        # "Ba điểm (i), (ii), (iii) … là gì?": a counted set of points, or the items by their marks
                        r"\b(?:hai|ba|bon|nam|sau|\d) (?:diem|noi dung|yeu cau|muc tieu|giai phap|y)\b.*\b(?:la gi|la nhung gi|gom)\b|"
                        r"\((?:i|1)\),? \((?:ii|2)\)")


def inline_items(clause: Clause) -> list[tuple[int, int]]:
    """The items a clause enumerates inline; in a table row, those inside one cell (the cells themselves,
    "Tên nhiệm vụ: …; Cơ quan chủ trì: …", are not a list)."""
    if clause.kind != "row":
        return enumerated_items(clause.text)
    for _, value in clause.columns:
        at = clause.text.find(value)
        items = enumerated_items(value) if at >= 0 else []
        if items:
            return [(at + s, at + e) for s, e in items]
    return []


def asks_list(q: str, intent: Intent) -> bool:
    """'Gồm những gì?', 'những X nào?', 'liệt kê …' about content (task lists by agency or window aside)."""
    return intent.kind in ("generic", "list") and (intent.is_list or bool(_ASKS_LIST.search(fold(q))))


def answer(assistant, q: str, top: Clause, conf: float, asked_by_heading: bool = False) -> Answer | None:
    """The list that answers, or None: a question about what one listed item says gets that item (from
    the ordinary extractive answer), not the whole list."""
    items = inline_items(top)
    if items:
        if _one_item_answers(assistant, q, top.text, items) or _asked_before_list(assistant, q, top.text, items):
            return None
        return _inline(assistant, q, top, items, conf)
    if _headed_by_named_body(q, top):
        return None         # "… Sở Tài chính có trách nhiệm gì?" and the item "2. Sở Tài chính / Tham mưu …"
    return _children(assistant, q, top, conf, 1 if asked_by_heading else 2)


def _headed_by_named_body(q: str, clause: Clause) -> bool:
    """The clause is an item headed by the body the question names, with that body's duties under the heading."""
    from corpus.agencies import find_agencies
    named = {m.agency.id for m in find_agencies(q)}
    return bool(named) and clause.text != clause.heading and headed_by(clause, named)


def headed_by(clause: Clause, named: set[str]) -> bool:
    """The clause's heading names every one of the bodies `named` (agency ids): "2. Sở Tài chính / Tham mưu …"."""
    from corpus.agencies import find_agencies
    return bool(clause.heading) and named <= {m.agency.id for m in find_agencies(clause.heading)}


def _inline(assistant, q: str, top: Clause, items: list[tuple[int, int]], conf: float) -> Answer:
    """'Những … nào?' answered by a clause that enumerates inline ("… như: (1) X. (2) Y."): the items."""
    lead = top.text[: items[0][0]]
    lead = clean_markdown(lead[sentences(lead)[-1][0]:]).strip()    # the sentence opening the list
    lines = [f"{shorten(lead, 160)} [1]" if lead else "[1]"]
    lines += [f"- {shorten(_without_marker(clean_markdown(top.text[s:e])), 140)}" for s, e in items[:8]]
    if len(items) > 8:
        lines.append(f"… và {len(items) - 8} ý khác.")
    span = (items[0][0], items[-1][1])
    return Answer(question=q, answer="\n".join(lines), abstained=False, citations=(assistant.cite(1, top, span),),
                  intent="list", confidence=conf)


def _asked_before_list(assistant, q: str, text: str, items: list[tuple[int, int]]) -> bool:
    """The question is about a sentence of the clause before the one opening its list ("… theo hướng chấp nhận
    những gì?" and "Sửa đổi quy định … theo hướng chấp nhận rủi ro, … . Sửa đổi Luật … để: (i) … (ii) …"): that
    sentence matches it at least twice as well as the list's opening sentence."""
    lead = text[:items[0][0]]
    spans = sentences(lead)
    if len(spans) < 2:
        return False
    terms = set(content_terms(q))
    opening = _matched(assistant, terms, lead[spans[-1][0]:])
    return max(_matched(assistant, terms, lead[s:e]) for s, e in spans[:-1]) >= ONE_ITEM * max(opening, 1e-9)


def _matched(assistant, terms: set[str], text: str) -> float:
    """How much of the question (its content `terms`, each by its IDF) `text` writes."""
    return sum(assistant.stats.idf(t) for t in terms & set(content_terms(text)))


def _one_item_answers(assistant, q: str, text: str, items: list[tuple[int, int]]) -> bool:
    """The question is about what one item says ("những cơ sở dữ liệu nào được ưu tiên …" inside item
    (3)), not about the list: that item matches it at least twice as well as any other, and better than the
    words that introduce the list."""
    terms = set(content_terms(q))
    scores = sorted((_matched(assistant, terms, text[s:e]) for s, e in items), reverse=True)
    # "… trình Quốc hội … tại Kỳ họp thứ 9: (1) Luật … (2) Luật …": the list's lead is what is asked
    lead = _matched(assistant, terms, text[:items[0][0]])
    return scores[0] > max(0.0, lead) and scores[0] >= ONE_ITEM * scores[1]


def _children(assistant, q: str, top: Clause, conf: float, fewest: int = 2) -> Answer | None:
    """'Gồm những … nào?': the items of the list the best clause belongs to (or heads), unless it names
    the things asked itself ("… các dự án: Bộ luật Hình sự, Luật …" for "những luật nào?"); at least `fewest`
    (a section the question asks by its heading may hold one)."""
    if enumerates_asked(q, top):
        return None
    if top.kind == "heading" or top.id in assistant.parents:
        parent = top
    elif "." in top.id.split(":", 1)[1]:
        parent = assistant.clause(top.id.rsplit(".", 1)[0])
    else:
        return None
    if parent is None or parent is not top and (coverage(q, [assistant.context_text(parent)], assistant.stats)
                                                < SIBLINGS_SHARE * coverage(q, [assistant.context_text(top)],
                                                                            assistant.stats)):
        return None         # the question is about this item itself, not the list it belongs to
    if _one_of_asked(q, parent) and "." in parent.id.split(":", 1)[1]:
        parent = assistant.clause(parent.id.rsplit(".", 1)[0]) or parent     # "Chương trình 1: …" -> the programmes
    children = assistant.children.get((parent.doc_id, parent.path), [])
    if len(children) < fewest:
        return None
    lines = [f"{parent.heading or parent.text[:160]} [1]"]
    cites = [assistant.cite(1, parent)]
    for i, c in enumerate(children[:8], 2):
        # the item naming what is asked ("… rà soát những luật gì?" and "… các dự án: Luật An ninh mạng, Luật …")
        # is quoted whole, the others cut to be recognised
        lines.append(f"- {shorten(c.full_text, ITEM_NAMING_ASKED if enumerates_asked(q, c) else 140)} [{i}]")
        cites.append(assistant.cite(i, c))
    if len(children) > 8:
        lines.append(f"… và {len(children) - 8} ý khác.")
    return Answer(question=q, answer="\n".join(lines), abstained=False, citations=tuple(cites),
                  intent="list", confidence=conf)


_ASKED_NOUN = re.compile(r"\b(?:nhung|cac) ((?:[a-z]+ ){0,3}?[a-z]+) nao\b")
# "… những luật gì?": the kinds of titled texts, asked with "gì" as well
_ASKED_TITLES = re.compile(r"\b(?:nhung|cac) (luat|nghi dinh|thong tu|de an|du an|chuong trinh|nghi quyet|chi thi) gi\b")


def _one_of_asked(q: str, clause: Clause) -> bool:
    """The clause is one numbered member of what the question asks for: "những chương trình nào?" and the
    heading "Chương trình 1: Hoàn thiện Thể chế"."""
    m = _ASKED_NOUN.search(fold(q))
    head = fold(clause.heading or clause.text[:80])
    noun = " ".join(m.group(1).split()[:2]) if m else ""
    return bool(noun) and bool(re.match(rf"{re.escape(noun)}\s+(\d+|[ivx]+)\b", head))


def enumerates_asked(q: str, clause: Clause) -> bool:
    """The clause names several of what the question asks for ("những luật nào?" and "… các dự án: Bộ luật
    Hình sự, Luật Phòng, chống tham nhũng"): the asked noun's last word written at least twice."""
    m = _ASKED_NOUN.search(fold(q)) or _ASKED_TITLES.search(fold(q))
    if not m:
        return False
    noun = m.group(1).split()[-1]
    text = fold(clause.text)
    if len(re.findall(rf"\b{noun}\b", text)) >= 2:
        return True
    # "những loại công nghệ mới nào?" and "… cho công nghệ mới (AI, FinTech, HealthTech, GovTech...)"
    kinds = " ".join(w for w in m.group(1).split() if w not in _KIND_WORDS)
    return bool(kinds) and re.search(rf"\b{re.escape(kinds)}\s*(?:\(|:|,? (?:nhu|gom|bao gom)\b)[^.;()]*,", text.lower()) \
        is not None


_KIND_WORDS = {"loai", "kieu", "dang", "hinh thuc"}     # "những loại X nào" asks kinds of X


def _without_marker(item: str) -> str:
    """'(1) Thể chế …' -> 'Thể chế …' (the item's span starts at its marker, for the highlight)."""
    m = ITEM_MARK.match(item)
    return item[m.end():] if m else item


# the words a question asks a section by ("… đặt ra những mục tiêu gì?", "… nhằm mục đích gì?")
_ASKING_WORDS = frozenset("dat ra nham neu xac dinh de huong toi the hien gom bao co la nhung cac gi nao "
                          "cua theo trong ve duoc nay do van ban chinh cu va voi cho rieng".split())
_ASKS_WHAT = re.compile(r"\b(gi|nao|nhung)\b")
_PART_WORDS = frozenset({"nhom", "muc", "phan"})    # "Nhóm “Hạ tầng số” …": what the heading is called
_ASIDE = re.compile(r"\([^)]*\)")        # a heading's words in brackets qualify it; the question need not say them


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).lower())


def named_section(assistant, q: str, doc) -> Clause | None:
    """The section a question asks by its heading in the document it names, and nothing else ("Chương trình
    hành động của Chính phủ nhằm mục tiêu gì?" and "I. MỤC TIÊU"; "Quan điểm chỉ đạo của Nghị quyết 57 là
    gì?"): every word of the heading is in the question, and every other word names the document or asks."""
    if doc is None or not _ASKS_WHAT.search(fold(q)):
        return None
    from corpus.references import without_names
    asked = set(_words(without_names(assistant.index.documents, q)))
    docs = [d for d in assistant.index.documents if doc.id in (d.id, d.part_of)]     # with its appendices
    naming = set(_words(" ".join(f"{d.title} {d.type} {d.number} {d.issuer}" for d in docs))) | _ASKING_WORDS
    ids = {d.id for d in docs}
    found = []
    for c in assistant.index.clauses:
        if c.doc_id not in ids or c.kind != "heading" or c.id not in assistant.parents:
            continue
        # "Trong năm 2025 (Mục tiêu ngắn hạn)"; a table's group row by its name ("A. HẠ TẦNG SỐ"), not its subtotal
        heading = set(_words(_ASIDE.sub(" ", c.heading or c.text))) - _ASKING_WORDS
        above = set(_words(" ".join(c.context)))            # "Đến năm 2030" under "MỤC TIÊU"
        if heading and heading <= asked and not asked - heading - above - naming - _PART_WORDS:
            found.append(((len(heading), -len(c.path)), c))
    return max(found, key=lambda x: x[0])[1] if found else None


# "… kiến nghị UBND thành phố những nội dung gì?", "đề xuất với Bộ Tài chính những gì?" (folded)
_PROPOSES = re.compile(r"\b(?:kien nghi|de xuat|de nghi)\b")
# the heading a report's proposals are grouped under, by whom they are addressed to: "1. Đối với UBND thành phố"
_ADDRESSED = re.compile(r"^(?:doi voi|kien nghi voi|de xuat voi|de nghi voi|kien nghi|de nghi)\s+(.+?)\s*:?\s*$")
# the short forms questions and headings write a body's name in (folded)
_SHORT_FORMS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan"}


def _long_form(folded: str) -> str:
    return re.sub(r"\b(ubnd|hdnd)\b", lambda m: _SHORT_FORMS[m.group(1)], folded)


def addressed_section(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Clause | None:
    """The proposals a question asks by whom they are addressed to ("Sở KH&CN kiến nghị UBND thành phố những
    nội dung gì?"): the heading "Đối với UBND thành phố" under a section of proposals ("ĐỀ XUẤT, KIẾN NGHỊ"),
    whose body the question names; None unless exactly one such heading does."""
    key = _long_form(fold(q).lower())
    if not _PROPOSES.search(key):
        return None
    found = []
    for c in assistant.index.clauses:
        if c.kind != "heading" or c.id not in assistant.parents or doc_ids and c.doc_id not in doc_ids:
            continue
        m = _ADDRESSED.match(fold(c.text).lower().strip())
        if m is None or not any(_PROPOSES.search(fold(x).lower()) for x in c.context):
            continue
        body = _long_form(m.group(1).strip(" :."))
        if len(body.split()) >= 2 and re.search(rf"\b{re.escape(body)}\b", key):
            found.append(c)
    return found[0] if len(found) == 1 else None


# "… có những nhiệm vụ gì?", "… được giao trách nhiệm gì?", "… phải làm những việc gì?" (folded)
_ASKS_DUTIES = re.compile(r"\b(?:co|duoc giao|dam nhan|dam nhiem|phu trach)\s+(?:nhung |cac )?(?:nhiem vu|trach nhiem|viec|cong viec)"
                          r"\s+(?:gi|nao)\b|\bphai lam (?:nhung )?(?:gi|viec gi)\b")


def body_section(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Clause | None:
    """"Sở Tài chính có những nhiệm vụ gì?": the heading that is the name of that one body alone ("2. Sở Tài chính:"),
    its duties the items under it, in the document the question names (or any); None unless exactly one is."""
    from corpus.agencies import find_agencies
    from corpus.references import named_document
    bodies = find_agencies(q)
    named = {m.agency.id for m in bodies}
    duties = _ASKS_DUTIES.search(fold(q).lower())
    if len(named) != 1 or not duties or bodies[0].start > duties.start():
        return None         # the body is the subject: "Sở Tài chính có những nhiệm vụ gì?"
    doc = named_document(assistant.index.documents, q)
    ids = set(doc_ids) or ({d.id for d in assistant.index.documents if doc.id in (d.id, d.part_of)} if doc else set())
    found = []
    for c in assistant.index.clauses:
        if c.kind != "heading" or c.id not in assistant.parents or ids and c.doc_id not in ids:
            continue
        bodies = find_agencies(c.heading)
        if len(bodies) == 1 and bodies[0].agency.id in named \
                and not re.sub(r"[\W\d_]+", "", c.heading[:bodies[0].start] + c.heading[bodies[0].end:]):
            found.append(c)
    return found[0] if len(found) == 1 else None
