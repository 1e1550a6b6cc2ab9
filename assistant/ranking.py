"""The question-aware rescoring of retrieved clauses: by the best sentence of each clause, then by what the
question asks (a lead, a deadline, a list, a post's holder, a meeting, the horizon year, the agency it names)."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant import lists
from assistant.extract import (asked_count, content_terms, counts_asked, coverage, has_person, held_as_asked,
                               meeting_fact, sentence_coverage, sentences)
from assistant.intent import ASKS_CAUSE, Intent, asked_body, asked_grain, asked_role
from assistant.tasks import RESTATED, owned, restates
from corpus import Clause
from corpus.agencies import agency_ids, find_agencies
from corpus.deadlines import Deadline, find_deadlines, fold_with_offsets
from corpus.normalize import fold
from corpus.references import meeting_ordinals, named_document
from indexing import Hit

# Clauses rescored by their best sentence, and the share of the score it decides (chosen on the tuning halves of
# dev, dev2, dev3: summed R@1 2.635 -> 2.663 and R@5 2.893 -> 2.918 against no rescoring, 0.3 and 0.7 lower;
# a pool of 20 and of 30 gave the same rankings, 20 costs less).
SENTENCE_POOL = 20
SENTENCE_WEIGHT = 0.5
ANSWER_BEARING = 1.15     # a clause holding the kind of fact asked (a lead, a deadline) scores this much more
NAMES_AGENCY = 1.15       # a clause naming (or under a heading naming) every agency the question names
COUNTED_LIST = 1.15       # … the more when it lists as many items as the question counts ("bốn hội nghị")
LIST_BEARING = 1.2        # … and a clause holding a list (items inline or below it) for a "những … nào" question
AS_FINE = 1.15           # … and a clause giving a date as fine as a "when" question asks ("quý mấy?": "quý III/2025")
DEFINING = 1.5            # … and a clause that says what a term is ("TFP: Là chỉ tiêu …") for "TFP là gì?"
OWN_ROW = 0.9            # a task's own row goes before a clause listing it among others when scoring this share
NAMED_MARGIN = 0.72       # a clause of the document the question names goes first when scoring this share of the best
OTHER_OWNER = 0.6        # a clause under another agency's heading than the one a question names as doing the work
OWNER_HEADING = 12       # … a heading of at most this many words naming an agency
IN_PERIOD = 0.9         # the year asked only as an end of a period the clause gives a figure for
OTHER_HORIZON = 0.6       # a clause about another horizon year than the one asked
HOLDS_VALUE = 1.5          # a table row whose value cell is the value a question gives ("Chỉ tiêu 90% … là gì?")
COUNTS_ASKED = 1.5        # … and one writing a number before the noun a "bao nhiêu …" question counts
OFTEN_BEARING = 1.5       # "Mấy tháng … họp một lần?" and a clause saying "họp định kỳ 06 tháng một lần"
# "Ban Chỉ đạo yêu cầu …", "Chính phủ giao …": the agency that directs, not the one the work falls to
_DIRECTS = re.compile(r"\s*(?:đã\s+|da\s+)?(?:yêu cầu|yeu cau|chỉ đạo|chi dao|giao|kết luận|ket luan|đặt|dat|"
                      r"đề ra|de ra|quyết định|quyet dinh|ban hành|ban hanh|xác định|xac dinh)\b", re.IGNORECASE)
_LEADS_AFTER = re.compile(r"\s*(?:là cơ quan |làm |là |đứng tên |dung ten |cùng |cung |đồng |dong )?(?:chủ trì|chu tri)\b",
                          re.IGNORECASE)
_WITH = re.compile(r"\s*(?:,|và|va|cùng|cung|với|voi|cùng với|cung voi)\s*", re.IGNORECASE)


def _named_leads(q: str) -> set[str]:
    """The bodies the question names as leading ("khi Tổ Giúp việc chủ trì …", "Bộ Quốc phòng cùng Bộ TT&TT và Bộ
    GD&ĐT đứng tên chủ trì"): the one before "chủ trì" and those named together with it before."""
    found = find_agencies(q)
    for k, m in enumerate(found):
        if _LEADS_AFTER.match(q[m.end:]):
            run = [m]
            while k > 0 and _WITH.fullmatch(q[found[k - 1].end:run[0].start]):
                k -= 1
                run.insert(0, found[k])
            return {x.agency.id for x in run}
    return set()
_ASKS_WHO = re.compile(r"\b(ai|nguoi nao|dong chi nao|ten (day du )?(la )?gi)\b")     # a person asked, or his name
# a year, not one inside a document's number ("Nghị quyết 15/2025/NQ-HĐND", "Nghị quyết 15/2025": no month is 15)
YEARS = re.compile(r"\b(20[2-5]\d)\b(?!/[^\W\d_])(?<!(?:1[3-9]|[2-9]\d)/20[2-5]\d)(?<!\d\d\d/20[2-5]\d)")
# "… báo cáo theo định kỳ nào?", "Mấy tháng thì Ban Chỉ đạo họp một lần?" (folded); and a text saying how often
ASKS_HOW_OFTEN = re.compile(r"\b(dinh ky nao|bao lau mot lan|(?:may|bao nhieu) (ngay|tuan|thang|quy|nam)\b[^?.;]{0,90}?\bmot lan|chu ky nao|"
                            r"tan suat|(?:may|bao nhieu) lan (?:mot|moi|trong mot|hang) (?:nam|thang|quy|tuan)|"
                            r"dinh ky (ra sao|the nao|nhu the nao|bao lau))\b")
# so many times a period: "02 lần/năm", "hai lần mỗi năm" (folded)
_TIMES_A_PERIOD = r"(?:\d+|mot|hai|ba|bon) lan\s*(?:/|mot |moi |trong mot |hang )\s*(?:ngay|tuan|thang|quy|nam)"
STATES_HOW_OFTEN = re.compile(r"\b((hang|moi) (ngay|tuan|thang|quy|nam)|(\d+|sau|ba) thang(?! (?:dau|cuoi|qua|truoc|gan))|"
                              r"(\d+|hai|ba|nam) nam mot lan|nua nam|" + _TIMES_A_PERIOD + r")\b")
# a clause saying how often, not a date ("ngày 14 tháng 9" is not "06 tháng một lần")
SAYS_HOW_OFTEN = re.compile(r"\b((hang|moi) (ngay|tuan|thang|quy|nam)|dinh ky|nua nam|"
                             r"(\d+|mot|hai|ba|sau|chin) (tuan|thang|quy|nam) (mot|1) lan|" + _TIMES_A_PERIOD + r")\b")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/20\d\d\b|\bngày \d{1,2} tháng \d{1,2}\b")     # a day, written out
# "Nghị quyết 57 nhận xét thế nào về nhận thức …?", "Tổng Bí thư đánh giá ra sao về …?": an assessment is asked
_ASKS_ASSESSMENT = re.compile(r"\b(?:danh gia|nhan xet|nhan dinh)\b(?: cua [^?]{0,40})?\s+(?:the nao|ra sao|nhu the nao|gi)\b")
# … which a sentence judging what was done or how things stand gives: "… chưa đầy đủ và sâu sắc", "còn hạn chế",
# "đạt được nhiều kết quả quan trọng"
_ASSESSING = re.compile(r"\b(?:chua|con (?:cham|thieu|yeu|nhieu|han che|khoang cach|ton tai)|han che|ton tai|"
                        r"yeu kem|bat cap|diem nghen|vuong mac|dat duoc|ket qua (?:quan trong|tich cuc|noi bat))\b")
ASSESSMENT_REACH = 6      # an assessment among the first this many content clauses goes first
_DEFINITION = re.compile(r"^\s*(?:là|được hiểu là|có nghĩa là|nghĩa là)\s", re.IGNORECASE)   # "Là chỉ tiêu …"
# "… biến / đưa thể chế thành cái gì?": what is to become something
_ASKS_BECOMING = re.compile(r"\b(?:bien|dua|chuyen) ((?:\w+ )?\w+) (?:tro )?thanh (?:cai |dieu |thu )?(?:gi|nao)\b")
# "Năm 2025 được xác định là năm gì?", "… là một cuộc cách mạng như thế nào?": the noun the answer is said to be,
# which a clause writing "… là năm khởi đầu …" gives
_ASKS_PREDICATE = re.compile(r"\bla (?:mot )?((?!nhung |cac |cai |dieu |gi\b)\w+(?: \w+){0,2}) (?:gi|nao|nhu the nao|ra sao)\b")


def by_best_sentence(assistant, query: str, hits: list[Hit]) -> list[Hit]:
    """Rescore by how well the clause's best sentence covers the query (SENTENCE_WEIGHT of the score): the
    retrievers read a clause whole, so a long paragraph holding the one answering sentence ranks low."""
    shares = sentence_coverage(query, [h.clause for h in hits], assistant.stats)
    rescored = [Hit(h.clause, h.score * (1 - SENTENCE_WEIGHT + SENTENCE_WEIGHT * share), h.found_by)
                for h, share in zip(hits, shares)]
    return sorted(rescored, key=lambda h: -h.score)


def fits_question(assistant, q: str, intent: Intent, hits: list[Hit]) -> list[Hit]:
    """Rescore by what the question asks: a question about 2030 prefers clauses about 2030 over ones
    about another horizon (2045); "who leads" prefers a clause whose task names a lead, "when" one
    whose task has a deadline (the appendix row over the body sentence that lists the same task, which
    goes first when it restates the best clause), "những … nào" one that holds a list."""
    years = set(YEARS.findall(q))
    kind = intent.kind
    given = values_given(q) if kind != "amount" else set()
    wants_list = lists.asks_list(q, intent)
    named = {m.agency.id for m in find_agencies(q)
             if not owned(q[:m.start]) and not _DIRECTS.match(q[m.end:])}
    count = asked_count(q) if wants_list else 0
    doers = subjects(q) if named else set()
    # "khi Tổ Giúp việc chủ trì … thì phối hợp với những cơ quan nào?": the task that agency leads
    leader = _named_leads(q) if kind in ("coord", "generic") else set()
    role = asked_role(q) if kind == "role" else ""
    body = asked_body(q, role)
    grain = asked_grain(q) if kind == "when" else ""
    assessed = not role and kind not in ("event", "lead", "coord", "when") \
        and _ASKS_ASSESSMENT.search(fold(q).lower()) is not None
    predicate = asked_predicate(q) if kind == "generic" and not assessed else ""
    becoming = asked_becoming(q) if kind == "generic" and not assessed else ""
    often = ASKS_HOW_OFTEN.search(fold(q).lower()) is not None
    if not years and kind not in ("lead", "coord", "when", "event", "amount") and not wants_list \
            and not intent.defines and not named and not role and not assessed and not predicate and not becoming \
            and not given and not often:
        return hits

    def bearing(h: Hit) -> bool:
        return bears(assistant, h.clause, intent)

    def met(h: Hit) -> bool:
        return tells_meeting(assistant, q, h.clause)

    holding: dict[str, tuple[tuple[int, int] | None, int]] = {}

    def held(h: Hit) -> tuple[tuple[int, int] | None, int]:
        """The clause's sentence saying who holds the post asked, and how fully it writes the body asked."""
        if h.clause.id not in holding:
            holding[h.clause.id] = held_as_asked(h.clause.text, role, body)
        return holding[h.clause.id]

    def named_holder(h: Hit) -> bool:
        span = held(h)[0]
        return bool(span) and has_person(h.clause.text[span[0]:span[1]])

    def factor(h: Hit) -> float:
        f = NAMES_AGENCY if named and named <= agencies_in(assistant, h.clause) else 1.0
        if doers and kind not in ("lead", "coord") and not doers & owners(h.clause):
            f *= OTHER_OWNER        # "Ủy ban Tư pháp … thẩm tra những luật nào?" under "Tổ đảng … Ủy ban Pháp luật"
        if other_horizon(years, h.clause):
            f *= OTHER_HORIZON
        elif in_period_only(years, q, h.clause):
            f *= IN_PERIOD
        elif kind == "amount" and counts_asked(q, h.clause.text):      # "bao nhiêu cơ chế?" and "12 cơ chế"
            f *= COUNTS_ASKED
        if given and holds_value(h.clause, given):
            f *= HOLDS_VALUE
        inline = lists.inline_items(h.clause) if wants_list else []
        if often and SAYS_HOW_OFTEN.search(fold(h.clause.full_text).lower()):
            f *= ANSWER_BEARING * OFTEN_BEARING   # the fact asked, as a deadline is for "khi nào"
        elif bearing(h) or role and held(h)[0] or kind == "event" and met(h):
            f *= ANSWER_BEARING
            if grain and dates_as_fine(assistant, h.clause, grain):
                f *= AS_FINE
        elif wants_list and (h.clause.id in assistant.parents or inline):
            f *= LIST_BEARING
            items = assistant.children.get((h.clause.doc_id, h.clause.path), []) or inline
            if count and len(items) == count:           # "Bốn hội nghị … gồm những chủ đề nào?" and four items
                f *= COUNTED_LIST
        elif wants_list and lists.enumerates_asked(q, h.clause):    # "những luật nào?" and "Luật A, Luật B"
            f *= LIST_BEARING * COUNTED_LIST
        elif intent.defines and _DEFINITION.match(h.clause.text):
            f *= DEFINING
        return f

    ranked = sorted(hits, key=lambda h: -h.score * factor(h))
    answers = met if kind == "event" else (lambda h: bool(held(h)[0])) if role else \
        (lambda h: assesses(assistant, q, h.clause)) if assessed else \
        (lambda h: says_is(h.clause, predicate)) if predicate else \
        (lambda h: says_becomes(h.clause, becoming)) if becoming else None
    # the rest go last; a meeting's chair is told once, in a paragraph the question's other words may outrank
    reach = 6 if kind == "event" else ASSESSMENT_REACH if assessed else 4
    content = [i for i, h in enumerate(ranked) if not aside(h.clause, holders=bool(role))][:reach]
    if answers is not None and content and not answers(ranked[content[0]]):    # the meeting's date, the holder
        first = next((i for i in content[1:] if answers(ranked[i])), 0)
        ranked.insert(0, ranked.pop(first))
    def led(h: Hit) -> bool:     # all of them lead it where several are named together, else the one
        return leader <= led_by(assistant, h.clause) if len(leader) > 1 else bool(leader & led_by(assistant, h.clause))

    if leader and content and not led(ranked[content[0]]):
        # the task the agency the question names as lead leads, not another lead's task it coordinates with
        first = next((i for i in content[1:] if led(ranked[i])), 0)
        ranked.insert(0, ranked.pop(first))
    if role and _ASKS_WHO.search(fold(q)) and content and not named_holder(ranked[0]):
        # "Ai là Trưởng Ban …?" asks a person: a holder named ("Tổng Bí thư Tô Lâm, Trưởng Ban …") over a title,
        # where it writes the body asked more fully ("… Chỉ đạo Trung ương", not "… Chỉ đạo" of a province)
        source = named_document(assistant.index.documents, q)      # "Nghị quyết 57 giao ai làm …": from it
        first = next((i for i in content[1:] if named_holder(ranked[i]) and held(ranked[i])[1] > held(ranked[0])[1]
                      and (source is None or ranked[i].clause.doc_id == source.id)), 0)
        ranked.insert(0, ranked.pop(first))
    if kind in ("lead", "coord", "when") and ranked:
        # the same task restated where its lead/deadline is, or (when asked) as a row of its own where the best
        # clause lists many with a deadline for all ("(1) Luật …, (6) Luật Chất lượng sản phẩm …, hoàn thành trong năm 2025" and the row
        # "Luật … Chất lượng sản phẩm, hàng hóa | Tháng 10/2025")
        top = ranked[0]
        many = kind == "when" and len(assistant.tasks.of_clause(top.clause.id)) > 1

        def own_row(h: Hit) -> bool:
            """A row of the one task with a due date (as fine as asked), not "2025 và những năm tiếp theo"."""
            tasks = assistant.tasks.of_clause(h.clause.id)
            return many and len(tasks) == 1 and h.score >= OWN_ROW * top.score and bool(tasks[0].deadline) \
                and tasks[0].deadline.kind == "due" and (not grain or dates_as_fine(assistant, h.clause, grain))

        for i, h in enumerate(ranked[1:4], 1):
            if bearing(h) and (not bearing(top) and h.score >= RESTATED * top.score or own_row(h)) \
                    and restates(top.clause, h.clause):
                ranked.insert(0, ranked.pop(i))
                break
    return ranked


def asked_predicate(q: str) -> str:
    """The noun a "… là N gì / như thế nào?" question asks the subject to be ("năm", "cuộc cách mạng"), folded."""
    m = _ASKS_PREDICATE.search(fold(q).lower())
    return m.group(1) if m else ""


def says_is(clause: Clause, noun: str) -> bool:
    """The clause says something is that noun, and which ("… là năm khởi đầu", "… là cuộc cách mạng sâu sắc")."""
    return re.search(rf"\bla (?:mot )?{re.escape(noun)} \w", fold(clause.text).lower()) is not None


def asked_becoming(q: str) -> str:
    """What a "biến / đưa X thành (cái) gì?" question asks to become ("the che" of "… biến thể chế thành cái gì?"),
    folded."""
    m = _ASKS_BECOMING.search(fold(q).lower())
    return m.group(1) if m else ""


def says_becomes(clause: Clause, thing: str) -> bool:
    """The clause says that thing is to become something ("… đưa thể chế thành một lợi thế cạnh tranh …")."""
    return re.search(rf"\b{re.escape(thing)} (?:tro )?thanh \w", fold(clause.text).lower()) is not None


def assesses(assistant, q: str, clause: Clause) -> bool:
    """The clause's sentence that best matches the question judges how things stand ("nhận thức … về chuyển
    đổi số chưa đầy đủ và sâu sắc"), as an assessment question asks, not what is to be done about it."""
    text = clause.full_text
    spans = sentences(text)
    scores = [coverage(q, [text[s:e]], assistant.stats) for s, e in spans]
    s, e = spans[max(range(len(spans)), key=scores.__getitem__)]
    return _ASSESSING.search(fold(text[s:e]).lower()) is not None


def led_by(assistant, clause: Clause) -> set[str]:
    """The agencies that lead a task of the clause."""
    return agency_ids(name for t in assistant.tasks.of_clause(clause.id) for name in t.lead)


def bears(assistant, clause: Clause, intent: Intent) -> bool:
    """The clause's task holds what a who/when question asks: a lead (or the clause introducing it names
    one: "X chủ trì, phối hợp với Y:" above "(i) …"), a deadline; or, for 'when', the
    clause writes a date ("Lộ trình: 15/9/2025 Trung tâm dữ liệu quốc gia có mặt bằng …" in a report)."""
    tasks = assistant.tasks.of_clause(clause.id)
    if intent.kind in ("lead", "coord"):
        return any(t.lead for t in tasks) or bool(assistant.tasks.introduced_lead(clause))
    return intent.kind == "when" and (any(t.deadline and t.deadline.answers_when for t in tasks)
                                      or _DATE.search(clause.text) is not None)


def dates_as_fine(assistant, clause: Clause, grain: str) -> bool:
    """The clause gives a due date as fine as `grain` (`intent.asked_grain`): a quarter, a month or a day."""
    dates = [t.deadline for t in assistant.tasks.of_clause(clause.id) if t.deadline]
    return any(as_fine(d, grain) for d in dates + [d for _, _, d in find_deadlines(clause.text)])


def as_fine(d: Deadline, grain: str) -> bool:
    if d.kind != "due" or not d.start or not d.end:
        return False
    if grain == "quarter":
        return re.search(r"\bquy\b", fold(d.text)) is not None
    return (d.end - d.start).days <= (0 if grain == "day" else 31)


def subjects(q: str) -> set[str]:
    """The agencies the question names as the ones doing the work (`_subject_before`)."""
    return {m.agency.id for m in find_agencies(q) if _subject_before(q[:m.start])}


def _subject_before(prefix: str) -> bool:
    """An agency named after `prefix` is the subject, the one doing the work: "Tổ đảng ở Thường trực Ủy ban
    Tư pháp thẩm tra …", "Theo Kế hoạch 3260, Ủy ban Pháp luật …", "Kế hoạch giao Ủy ban Xã hội …"; not
    "… gửi đề xuất lên Sở Tài chính"."""
    p = re.sub(r"^theo [^,]*,\s*", "", fold(prefix))
    p = re.sub(r"^.*\b(giao cho|giao|yeu cau|chi dao|de nghi)\s+", "", p)
    return len(p.split()) <= 5 and not re.search(r"\b(len|cho|voi|ve|toi|den|tu|cua|thuoc|gui|tai|va)\b", p)


def owners(clause: Clause) -> frozenset[str]:
    """The agencies a heading of their own puts the clause under ("d) Tổ đảng ở Thường trực Ủy ban Tư pháp"
    above its items), or none."""
    heading = clause.context[-1] if clause.context else ""
    if not heading or len(heading.split()) > OWNER_HEADING:
        return frozenset()
    return frozenset(m.agency.id for m in find_agencies(heading))


def agencies_in(assistant, clause: Clause) -> frozenset[str]:
    """The agencies a clause names, in its text or the headings above it."""
    found = assistant.clause_agencies.get(clause.id)
    if found is None:
        text = " ".join((*clause.context[-3:], clause.full_text))
        found = assistant.clause_agencies[clause.id] = frozenset(m.agency.id for m in find_agencies(text))
    return found


def from_named(hits: list[Hit], docs: tuple[str, ...]) -> list[Hit]:
    """A question naming one document ("Nghị quyết 57 xác định …") is answered from it: its best clause goes
    first when it scores nearly as well as the best clause of another document."""
    if len(docs) != 1 or not hits or hits[0].clause.doc_id in docs:
        return hits
    at = next((i for i, h in enumerate(hits[:5]) if h.clause.doc_id in docs and not aside(h.clause)), None)
    if at is None or hits[at].score < NAMED_MARGIN * hits[0].score:
        return hits
    return [hits[at]] + hits[:at] + hits[at + 1:]


# the words a text gives a cause with ("… dẫn đến …"); or it stands under a heading "Nguyên nhân …"
_STATES_CAUSE = re.compile(r"\b(?:nguyen nhan|dan den|do do|vi vay|boi vi|do chua|do thieu|nen chua)\b")
# "… 9 tháng đầu năm 2025 ước đạt bao nhiêu?": what was reached, asked and stated (folded), not a target
_ASKS_REACHED = re.compile(r"\b(?:uoc dat|uoc tinh dat|da dat(?: duoc)?|thuc te dat|"
                           r"dat (?:ket qua|duoc) (?:the nao|ra sao|nhu the nao|gi))\b")
_STATES_REACHED = re.compile(r"\b(?:uoc dat|da dat|dat duoc|dat ket qua|da [a-z]+ \d)|\(dat \d")   # "đã xóa 38/52"
SAYING_POOL = 8             # the hits a clause saying what is asked is looked for among
SAYING_COVERAGE = 0.4       # the share of the question's words it must cover, beside the best hit's


def saying_asked_first(assistant, q: str, hits: list[Hit]) -> list[Hit]:
    """A question asking why something happened is answered by a clause giving a cause of it (one under a
    heading "Nguyên nhân", or saying "dẫn đến"), not by one stating the thing again; one asking what a figure
    reached ("ước đạt bao nhiêu") by a clause saying what was reached, not by a target."""
    key = fold(q).lower()
    if ASKS_CAUSE.search(key):
        def says(c: Clause) -> bool:
            under = fold(c.context[-1]).lower() if c.context else ""
            return under.startswith("nguyen nhan") or bool(_STATES_CAUSE.search(fold(c.full_text).lower()))
    elif asks_reached(q):
        says = states_reached
    else:
        return hits
    return _saying_first(assistant, q, hits, says)


def asks_reached(q: str) -> bool:
    """"… 9 tháng đầu năm 2025 ước đạt bao nhiêu?": what a figure reached, not its target."""
    return bool(_ASKS_REACHED.search(fold(q).lower()))


def states_reached(clause: Clause) -> bool:
    return bool(_STATES_REACHED.search(fold(clause.full_text).lower()))


def _saying_first(assistant, q: str, hits: list[Hit], says) -> list[Hit]:
    """The best clause among the first hits that `says` what is asked goes first, where it covers the question's
    words about as well as the best hit."""
    if not hits or says(hits[0].clause):
        return hits
    best = coverage(q, [hits[0].clause.full_text], assistant.stats)
    at = next((i for i, h in enumerate(hits[:SAYING_POOL]) if says(h.clause) and coverage(
        q, [h.clause.full_text], assistant.stats) >= SAYING_COVERAGE * best), None)
    return hits if at is None else [hits[at]] + hits[:at] + hits[at + 1:]


def prefer_content(hits: list[Hit], basis: bool = False, holders: bool = False) -> list[Hit]:
    """Section headings, legal-basis recitals ("Căn cứ …") and the list of recipients are context, not
    answers: they go last, the recitals only when the question does not ask what the document is based on,
    the recipients only when it does not ask who holds a post ("Đồng chí …, Trưởng Ban …" is written there)."""
    first = [h for h in hits if not aside(h.clause, basis, holders)]
    return first + [h for h in hits if aside(h.clause, basis, holders)]


# "… được thành lập theo quyết định nào?": the text that set a body up, which a recital may cite (folded)
_FOUNDED_BY = re.compile(r"\b(?:thanh lap|kien toan|ban hanh) (?:theo|tai) (?:quyet dinh|nghi quyet|van ban|nghi dinh)"
                         r" (?:nao|so may|so bao nhieu|gi)\b")


def asks_founding_text(q: str) -> bool:
    """The question asks which text set a body up or issued something ("Ban Chỉ đạo của Bộ được thành lập theo
    quyết định nào?"): a legal-basis recital ("Căn cứ Quyết định số 842/QĐ-BNNMT … về việc thành lập …") answers."""
    return _FOUNDED_BY.search(fold(q).lower()) is not None


def aside(clause: Clause, basis: bool = False, holders: bool = False) -> bool:
    """A section heading, a legal-basis recital (unless the basis is asked) or the recipients (unless who
    holds a post is asked): context, not an answer."""
    from assistant.metadata import is_recital
    return (clause.kind == "heading" and not states_figure(clause) or not basis and is_recital(clause)
            or not holders and clause.kind == "recipients")


_FIGURE = re.compile(r"\d[\d.,]*\s*(%|tỷ|triệu|nghìn|USD|đồng)", re.IGNORECASE)
FIGURE_WORDS = 10       # words a heading needs to be a sentence, not a title


def states_figure(clause: Clause) -> bool:
    """A heading that is a sentence stating a figure before the items that break it down ("Tổng kinh phí … khoảng
    4.850 tỷ đồng, trong đó:"): an answer of its own, not only a title."""
    return clause.kind == "heading" and len(clause.text.split()) >= FIGURE_WORDS and bool(_FIGURE.search(clause.text))


_PERIOD = re.compile(r"\b(20[2-5]\d)\s*[-–]\s*(20[2-5]\d)\b")


_VALUE_GIVEN = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)?)\s*%")


def values_given(q: str) -> set[str]:
    """The percentages a question gives as a value to look up ("Chỉ tiêu 90% … là chỉ tiêu về việc gì?")."""
    return {m.group(1).replace(",", ".") for m in _VALUE_GIVEN.finditer(q)}


def holds_value(clause: Clause, values: set[str]) -> bool:
    """A table row one of whose cells after the first is one of those values ("Kết quả: 90"), read without a
    sign of comparison ("≥ 80")."""
    if clause.kind != "row" or len(clause.columns) < 2:
        return False
    cells = {re.sub(r"^(?:≥|≤|>=|<=|>|<|~|khoảng)\s*", "", cell.strip()).rstrip("%").strip().replace(",", ".")
             for _, cell in clause.columns[1:]}
    return bool(cells & values)


def tells_meeting(assistant, q: str, clause: Clause) -> bool:
    """The clause tells of the meeting asked: a dated or chaired meeting, of the sitting the question numbers
    ("Phiên họp thứ hai …") where it numbers one, read with its document's name."""
    if not meeting_fact(q, clause.text):
        return False
    sitting = _sittings_asked(q)
    return not sitting or sitting <= set(meeting_ordinals(fold(assistant.context_text(clause))))


@lru_cache(maxsize=256)
def _sittings_asked(q: str) -> frozenset[int]:
    """The sittings a question numbers ("Phiên họp thứ hai …"), read once per question."""
    return frozenset(meeting_ordinals(fold(q)))


def in_period_only(years: set[str], q: str, clause: Clause) -> bool:
    """The year a question asks of ("Kinh phí năm 2025 …?") is in the clause only as an end of a period
    ("… giai đoạn 2025-2030 khoảng 4.850 tỷ đồng"): a figure for the period, not for that year."""
    if not years or _PERIOD.search(q):
        return False
    periods = [m for m in _PERIOD.finditer(clause.text) if years & {m.group(1), m.group(2)}]
    alone = [m for m in YEARS.finditer(clause.text) if m.group(1) in years
             and not any(p.start() <= m.start() < p.end() for p in periods)]
    return bool(periods) and not alone


# a year named only to compare with: "so với cùng kỳ năm 2024", "so với năm 2020"
_COMPARED = re.compile(r"\bso với\s+(?:cùng kỳ\s+)?(?:năm\s+|cuối năm\s+|đầu năm\s+)?20[2-5]\d\b", re.IGNORECASE)


def other_horizon(years: set[str], clause: Clause) -> bool:
    """The clause (with the nearest heading above it that names a year) speaks of other years than the ones
    a question asks about: the 2045 vision for a question about 2030; "Kinh phí R&D đạt 2% GDP" three levels
    under "Mục tiêu đến 2030" for a question about 2025."""
    if not years:
        return False
    dated = next((h for h in reversed(clause.context) if YEARS.search(h)), "")
    text = f"{dated} {clause.full_text}"
    compared = set(YEARS.findall(" ".join(m.group(0) for m in _COMPARED.finditer(text))))
    found = set(YEARS.findall(_COMPARED.sub(" ", text)))
    if years <= compared and not found & years:
        return True     # "… tăng 23,2 điểm phần trăm so với cùng kỳ năm 2024": a figure of another year than 2024
    return bool(found) and not found & years


def lead_in_first(assistant, q: str, hits: list[Hit]) -> list[Hit]:
    """Items of one list are searched with the line introducing them above them, so they may match a question by
    that line's words alone: when two of the first three are items under one line and none matches the question
    by its own words as well as the line does, the line goes before them ("… trực thuộc cơ quan nào?" and
    "Trực thuộc Văn phòng Trung ương Đảng, được thành lập để:" above "(1) Phục vụ …", "(2) …")."""
    top = [h.clause for h in hits[:3]]
    ids = [c.id.rsplit(".", 1)[0] for c in top if "." in c.id.split(":", 1)[1]]
    lead_id = next((i for i in ids if ids.count(i) >= 2 and i in assistant.parents), None)
    lead = assistant.clause(lead_id) if lead_id else None
    if lead is None or lead.kind == "heading" and not states_figure(lead):
        return hits
    above = set(content_terms(" ".join(lead.context)))
    rest = " ".join(w for w in fold(q).split() if w not in above)     # what the headings above do not say
    items = [c for c in top if c.id.rsplit(".", 1)[0] == lead_id]
    if coverage(rest, [lead.text], assistant.stats) <= max(coverage(rest, [c.text], assistant.stats) for c in items) \
            or any(holds_value(c, values_given(q)) for c in items):    # an item holding the value the question gives
        return hits
    at = next(i for i, h in enumerate(hits) if h.clause in items)
    others = [h for h in hits if h.clause.id != lead.id]
    return others[:at] + [Hit(lead, hits[at].score)] + others[at:]


# a programme, fund, body … the question names by its kind and name words ("Phong trào bình dân học vụ số …",
# "Trung tâm Đổi mới sáng tạo Quốc gia …"), folded; "quỹ" is told from "quy định" by its marks
_KIND = r"(?:phong trao|chuong trinh|de an|du an|quyx|giai thuong|trung tam|he thong|nen tang|hoi dong|chien luoc|mang luoi|vien|cuc)"
_NAME_STOP = (r"(?:phai|duoc|do|cua|co|la|trong|theo|den|cho|nham|va|voi|tai|se|da|can|gom|thuoc|ve|nao|gi|bao|khi|"
              r"truoc|sau|thi|thuc|o|tren|dat|the|nhu|tham|duoi)")
_NAMED = re.compile(rf"\b{_KIND}\s+((?:(?!{_NAME_STOP}\b)[a-z0-9]+\s*){{2,}})")
NAME_WORDS = 6            # a longer run of words is no name a clause would write whole


def named_things(q: str) -> list[str]:
    """The name words after each kind the question names: "binh dan hoc vu so" of "Phong trào bình dân học vụ số
    phải hoàn thành …"."""
    key = fold(re.sub(r"(?i)\bquỹ\b", "quyx", q)).lower()
    return [m.group(1).strip() for m in _NAMED.finditer(key) if len(m.group(1).split()) <= NAME_WORDS]



# "… có hiệu lực từ ngày nào?", "… hiệu lực thi hành khi nào?", "… bắt đầu có hiệu lực từ bao giờ?" (folded)
_ASKS_IN_FORCE = re.compile(r"\bhieu luc\b(?:\s+thi hanh)?\s+(?:tu |ke tu |vao |den )?(?:ngay nao|khi nao|bao gio|luc nao|"
                            r"thoi diem nao|tu khi nao|tu ngay nao|tu bao gio|ngay bao nhieu)|\bkhi nao\b.{0,20}\bhieu luc\b")
# "Nghị quyết này có hiệu lực từ ngày …", "Quyết định này có hiệu lực kể từ ngày ký" (folded)
_IN_FORCE = re.compile(r"(?:^|[.;:]\s*)(?:nghi quyet|quyet dinh|luat|ke hoach|chi thi|thong tu|nghi dinh|quy che|"
                       r"quy dinh|van ban|chuong trinh|de an)\s+nay\s+co\s+hieu luc\b")


def asks_in_force(q: str) -> bool:
    """"… có hiệu lực từ ngày nào?": when a text takes effect."""
    return bool(_ASKS_IN_FORCE.search(fold(q).lower()))


def in_force_sentence(text: str) -> tuple[int, int] | None:
    """Where a text says when it itself takes effect ("Nghị quyết này có hiệu lực …"), to its full stop."""
    key, at = fold_with_offsets(text)
    m = _IN_FORCE.search(key.lower())
    if m is None:
        return None
    start = at[m.start() + len(m.group(0)) - len(m.group(0).lstrip(".;: \n"))]
    end = text.find(".", at[m.end() - 1])
    return start, end + 1 if end >= 0 else len(text)


def in_force_first(assistant, q: str, hits: list[Hit], doc_ids: tuple[str, ...] = ()) -> list[Hit]:
    """"… có hiệu lực từ ngày nào?" is answered by the clause saying when the text itself takes effect ("Nghị quyết
    này có hiệu lực từ ngày …"), not by one ending another text's force: among the hits, or in the document the
    question names."""
    if not asks_in_force(q) or not hits:
        return hits
    saying = [h.clause for h in hits if in_force_sentence(h.clause.text)]
    if not saying:
        docs = set(doc_ids) or {hits[0].clause.doc_id}
        saying = [c for c in assistant.index.clauses if c.doc_id in docs and in_force_sentence(c.text)]
    if not saying:
        return hits
    ids = {saying[0].id}
    return [Hit(saying[0], max(h.score for h in hits))] + [h for h in hits if h.clause.id not in ids]
