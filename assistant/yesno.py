"""Yes/no questions put to the assistant ("Có phải Bộ Nội vụ chủ trì … không?"): the statement inside the
question's frame, a verdict on who leads read from the task table, and the fact that decides it."""
from __future__ import annotations

import re

from assistant.extract import best_sentences, content_terms, coverage
from assistant.intent import ANY_OR_NOT, MEETINGS, OFFICES, ROLES, ends_in_particle
from assistant.quiz_answer import DOC_REF, numbers
from assistant.tasks import action_span, as_written, bodies_named
from corpus import Clause
from corpus.agencies import agency_ids, find_agencies
from corpus.deadlines import find_deadlines
from corpus.normalize import clean_markdown, fold

_OPENING = re.compile(r"^\s*(?:có phải(?: là)?|phải chăng|co phai(?: la)?|phai chang|có thật là|co that la|có đúng là|"
                      r"co dung la)\s+", re.IGNORECASE)
_INSIDE = re.compile(r"\s(?:có phải(?: là)?|co phai(?: la)?)\s", re.IGNORECASE)
_CLOSING = re.compile(r"[,\s]*(?:hay|hoặc|hoac)?\s*(?:có đúng không|co dung khong|đúng không|dung khong|phải không|"
                      r"phai khong|đúng hay sai|dung hay sai|không|khong|chưa|chua)\s*[?.!]*\s*$", re.IGNORECASE)
_TRUE_FALSE = re.compile(r"\b(dung hay sai)\b")
_RIGHT = re.compile(r"\b(co dung|dung khong)\b")        # "…, đúng không?": "Đúng" or "Không đúng"
_IS_IT = re.compile(r"\b(co phai|phai khong|phai chang)\b")
_NEGATION = re.compile(r"\b(khong(?! ngung)|chua|cam|chang)\b")     # folded: typed with or without marks
_BY = re.compile(r"\b(truoc|cham nhat|muon nhat|khong muon hon|khong qua)\b")
_LEADS = re.compile(r"\b(chu tri|dau moi|phu trach)\b")
_ONLY = re.compile(r"\b(chi|mot minh|duy nhat|rieng)\b")
_BODY_COLUMN = re.compile(r"\b(co quan|chu tri|phoi hop|thuc hien|don vi)\b")   # a table's columns of who does it
_ROLES = ("thuc hien", "chiu trach nhiem", "phoi hop", "tham van", "chu tri")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def statement(question: str) -> str:
    """The claim a yes/no question asks about, without its frame: "Có phải X chủ trì Y không?" -> "X chủ trì Y"."""
    s = _CLOSING.sub("", _INSIDE.sub(" ", _OPENING.sub("", question.strip())))
    return s.strip() or question


# "S có (được) P không?": what the claim says S has or gets, folded ("cap chung chi")
_HAS_OR_GETS = re.compile(r"\bco (?:duoc |bi |phai |can )?((?:[a-z]+ ){1,4}?[a-z]+)\s+khong\s*[?.!]*\s*$")


def unwritten_predicate(question: str, pair_df) -> str:
    """What "… có được cấp chứng chỉ không?" asks S gets, when no two of its words next to each other are written
    together anywhere in the documents (`pair_df`: folded word pairs -> clauses): nothing says it either way."""
    m = _HAS_OR_GETS.search(fold(question).lower())
    if not m:
        return ""
    words = m.group(1).split()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return m.group(1) if pairs and not any(pair_df.get(p) for p in pairs) else ""


def any_asked(question: str) -> str:
    """What "Có … nào … không?" asks whether there is any of: "bác bỏ kiến nghị" of "… có bác bỏ kiến nghị nào
    của … không?", "nhiệm vụ" of "Có nhiệm vụ nào về … không?"; "" for other questions."""
    m = ANY_OR_NOT.search(fold(question).lower())
    return m.group(1) if m else ""


def verdict(question: str, true: bool) -> str:
    """The word that answers the question as it is put: "Có"/"Không" to "… có … không?", "Đúng"/"Không" to
    "Có phải … không?", "Đúng"/"Sai" to "… đúng hay sai?", "Đúng"/"Không đúng" to "…, đúng không?"."""
    key = fold(question).lower()
    if _TRUE_FALSE.search(key):
        return "Đúng" if true else "Sai"
    if _RIGHT.search(key):
        return "Đúng" if true else "Không đúng"
    if _IS_IT.search(key) or ends_in_particle(question) and not _STILL.search(key):
        return "Đúng" if true else "Không"
    return "Có" if true else "Không"     # "… vẫn tiếp tục chứ?": "Có"


_STILL = re.compile(r"\b(?:van|con|chu|cho)\s*\?*\s*$|\bvan\b")      # "… vẫn … chứ?" asks whether it still is


# "… có nhắc tới / đề cập đến / nói về / nêu X không?": whether X is written, the phrase quoted if any
_MENTIONS = re.compile(r"\b(?:nhac (?:toi|den)|de cap (?:toi|den)|noi (?:toi|den|ve)|nhac|de cap|neu ra|neu)\s+(.+?)\s*$")
_QUOTED = re.compile(r"['\"“‘](.+?)['\"”’]")
MENTIONED = 0.75          # the share of the words of what is asked about a clause must write to mention it


def whether(question: str, cited) -> str:
    """"Có" or "Không" to "… có … không?" answered by the cited text: "Không" when one of the claim and the
    text it is answered from says "không", "chưa", "cấm" … and the other does not; to "… có nhắc tới X không?",
    whether the cited clause writes X's words."""
    said = _highlighted(cited)
    claim = statement(question)
    mentioned = _MENTIONS.search(fold(claim).lower())
    if mentioned and mentioned.group(0).startswith("neu ") and "nêu" not in claim.lower() and "nếu" in claim.lower():
        mentioned = None        # "Nếu … thì …" (if) folds as "nêu" (state) does
    if mentioned:
        quoted = _QUOTED.search(mentioned.group(1))       # "… nhắc tới nguy cơ 'chảy máu chất xám' …": the phrase
        words = content_terms(quoted.group(1) if quoted else mentioned.group(1))
        text = set(re.findall(r"\w+", fold(cited.text).lower()))
        return "Có" if words and sum(w in text for w in words) >= MENTIONED * len(words) else "Không"
    denied = bool(_NEGATION.search(fold(claim).lower())) != bool(_NEGATION.search(fold(said).lower()))
    return "Không" if denied != goes_on(question, cited) else "Có"


def goes_on(question: str, cited) -> bool:
    """"… kết thúc hoạt động thì Kế hoạch có bị dừng lại không?" and "… tiếp tục chỉ đạo thực hiện Kế hoạch": the
    text answers a stop asked by saying the work goes on."""
    return bool(_STOPS.search(fold(statement(question)).lower()) and _GOES_ON.search(fold(_highlighted(cited)).lower()))


def going_on_verdict(claim: str, clause: Clause) -> bool | None:
    """"Kế hoạch 3260 vẫn tiếp tục chứ?" (or "… có bị dừng lại không?") and a clause saying the work goes on
    ("… tiếp tục chỉ đạo thực hiện Kế hoạch này"): it does (or it does not stop); None where the clause says
    nothing of going on or the claim asks neither."""
    key, text = fold(claim).lower(), fold(clause.text).lower()
    key = key.rsplit(" thi ", 1)[-1]        # "X ngừng hoạt động thì Y vẫn tiếp tục?": what is claimed of Y
    if not _GOES_ON.search(text):
        return None
    if _STOPS.search(key):
        return False
    return True if _GOES_ON.search(key) else None


def _highlighted(cited) -> str:
    """The part of the cited clause the answer is taken from, or the whole clause."""
    return cited.text[cited.highlight[0]:cited.highlight[1]] if cited.highlight else cited.text


_STOPS = re.compile(r"\b(dung lai|ngung|ngung lai|cham dut|huy bo|bai bo|het hieu luc|bi dung)\b")    # folded
_GOES_ON = re.compile(r"\b(tiep tuc|duy tri|van con hieu luc)\b")


def column_verdict(claim: str, clause: Clause, stats) -> tuple[bool, str, str] | None:
    """Whether a table row puts what the claim says under the year the claim gives, read from the row's cells
    whose headers are years ("Mốc 2030", "Mốc 2045 (dự kiến)"): "… 6G diện rộng vào năm 2030" is false where
    "6G diện rộng" stands under "Mốc 2045". (verdict, header, cell) of the year cell that holds the claim's
    words; None when the claim gives no year a header has, or no year cell holds its words."""
    years = {m.group(0) for m in _YEAR.finditer(claim)}
    dated = [(head, cell) for head, cell in clause.columns if _YEAR.search(head)]
    if not years or len(dated) < 2 or not any(years & set(_YEAR.findall(head)) for head, _ in dated):
        return None
    words = _YEAR.sub(" ", claim)
    scored = sorted(((coverage(words, [cell], stats), head, cell) for head, cell in dated), key=lambda s: -s[0])
    asked = max((s for s in scored if years & set(_YEAR.findall(s[1]))), key=lambda s: s[0])
    best = scored[0]
    if best[0] < 0.2:
        return None
    # the asked year's cell holds the claim's words about as well as any: true; far less well than another: false
    if asked[0] >= 0.75 * best[0]:
        return True, asked[1], asked[2]
    return False, best[1], best[2]


def lead_verdict(assistant, claim: str, clause: Clause) -> bool | None:
    """Whether the agencies the claim says lead ("Bộ Nội vụ chủ trì …", "chỉ do Bộ X chủ trì") are the
    leads of the clause's task: all of them, and no other where it says "chỉ", "một mình". None when the
    claim is not about who leads or the clause names no lead."""
    key = fold(claim)
    if not _LEADS.search(key):
        return None
    asserted = {m.agency.id for m in find_agencies(claim)}
    tasks = [t for t in assistant.tasks.of_clause(clause.id) if t.lead]
    if not asserted or not tasks:
        return None
    leads = agency_ids(tasks[0].lead)
    if not leads:
        return None
    return asserted <= leads and not (_ONLY.search(key) and leads - asserted)


_COORDINATES = re.compile(r"\bphoi hop\b")
_GENERIC_BODIES = re.compile(r"^cac\b")        # "các bộ, ngành, địa phương": which ones is not said


def _body_columns(clause: Clause) -> list[tuple[str, str]]:
    """A table row's columns of who does the work: "Cơ quan thực hiện", "Cơ quan phối hợp, tham vấn" …"""
    return [(head, cell) for head, cell in clause.columns if _BODY_COLUMN.search(fold(head).lower())]


def coordination_verdict(assistant, claim: str, clause: Clause) -> bool | None:
    """Whether the agencies the claim says take part in the clause's task ("Bộ Công an phối hợp thực hiện …") are
    its lead or among its coordinators. None when the claim is not about who coordinates (or says who leads:
    `lead_verdict`), names no agency, or the task names no coordinators or only "các bộ, ngành" at large."""
    key = fold(claim)
    if not _COORDINATES.search(key) or _LEADS.search(key):
        return None
    asserted = {m.agency.id for m in find_agencies(claim)}
    tasks = [t for t in assistant.tasks.of_clause(clause.id) if t.coordinators]
    if not asserted or not tasks or any(_GENERIC_BODIES.match(fold(c)) for c in tasks[0].coordinators):
        return None
    named = agency_ids(tasks[0].coordinators) | agency_ids(tasks[0].lead)
    return asserted <= named if named else None


def body_verdict(claim: str, clause: Clause) -> bool | None:
    """Whether the agencies the claim names stand in a table row's columns of who does the work ("Cơ quan thực
    hiện: Chính phủ (Bộ GD&ĐT, Bộ Nội vụ …)"); None for a row without such columns or a claim naming none."""
    asserted = {m.agency.id for m in find_agencies(claim)}
    columns = [(fold(head).lower(), cell) for head, cell in _body_columns(clause)]
    # the column of the role the claim says ("… thực hiện", "chịu trách nhiệm cao nhất", "phối hợp"), else all
    roles = {r for r in _ROLES if r in fold(claim).lower()}
    named = [cell for head, cell in columns if any(r in head for r in roles)] if roles else []
    cells = " ; ".join(named or [cell for _, cell in columns])
    if not asserted or not cells:
        return None
    return asserted <= {m.agency.id for m in find_agencies(cells)}


# a claim on who chaired a meeting: "Phiên họp … do Thủ tướng chủ trì", "… là Thủ tướng ngồi chủ trì", folded
_MEETING = re.compile(rf"\b({MEETINGS})\b")
_CHAIR_CLAIMED = re.compile(r"\b(?:do|la|boi)\s+((?:(?!\b(?:do|la|boi)\b)[a-z0-9 ,])+?)\s+(?:ngoi |dung ra |lam )?(?:chu tri|chu toa)\b|"
                            r"\b(?:chu tri|chu toa)\s+(?:boi|la)\s+([a-z0-9 ,]+?)\s*$")


def chaired_claim(claim: str) -> str:
    """Who a claim says chaired a meeting, folded ("thu tuong"), or "" when it says nothing of a meeting's chair."""
    key = fold(claim).lower()
    m = _CHAIR_CLAIMED.search(key) if _MEETING.search(key) else None
    return (m.group(1) or m.group(2)).strip(" ,") if m else ""


def chair_verdict(claim: str, text: str) -> bool | None:
    """Whether the person or post the claim names is among those the meeting text says chaired it; None when
    the claim names no chair or the text names none."""
    from assistant.extract import chaired_by
    asserted, span = chaired_claim(claim), chaired_by(text)
    if not asserted or span is None:
        return None
    chairs = set(fold(text[span[0]:span[1]]).lower().replace(",", " ").split())
    words = [w for w in asserted.replace(",", " ").split() if w not in ("dong", "chi", "ong", "ba")]
    return bool(words) and all(w in chairs for w in words)


# "… có phải chờ 45 ngày mới có hiệu lực không?", "… có hiệu lực ngay từ ngày ký không?" (folded); not "hết hiệu lực"
_IN_FORCE_CLAIMED = re.compile(r"(?<!het )\bhieu luc\b")
_DATE_WORDS = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")


def in_force_claim(claim: str) -> bool:
    """The claim says when a document takes effect."""
    return bool(_IN_FORCE_CLAIMED.search(fold(claim).lower())) and not _STOPS.search(fold(claim).lower())


def in_force_verdict(claim: str, said: str, doc_date: str) -> bool:
    """Whether the claim agrees with the sentence saying when the document takes effect: every figure it gives
    (a number of days, a date) is in that sentence. The document's own date, repeated to name it ("… ký ngày
    09/01/2025 …"), and its number are no such figure."""
    claimed = _DATE_WORDS.sub(lambda m: " " if doc_date == f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
                              else m.group(0), DOC_REF.sub(" ", claim))
    return numbers(claimed) <= numbers(said)


# the post a claim names with the body it is of, up to where the claim goes on ("chu tich hoi dong tu van quoc gia")
_POST_OF = re.compile(rf"\b(?:{'|'.join(ROLES)})\b(?:\s+(?!khong\b|co\b|la\b|hay\b|duoc\b|do\b|{'|'.join(OFFICES)})"
                      rf"[a-z0-9&]+){{1,8}}")


def role_claim(claim: str) -> tuple[str, str]:
    """(post, holder): the post a claim says an office holds, folded ("chu tich hoi dong tu van quoc gia",
    "tong bi thu"), from "Chủ tịch Hội đồng tư vấn quốc gia có phải là Tổng Bí thư không?" or "… có để Tổng Bí
    thư kiêm Chủ tịch Hội đồng … không?"; ("", "") when it says none."""
    key = fold(claim).lower()
    post = _POST_OF.search(key)
    if post is None:
        return "", ""
    rest = key[:post.start()] + " , " + key[post.end():]
    holder = next((o for o in OFFICES if re.search(rf"\b{o}\b", rest)), "")
    return (post.group(0), holder) if holder else ("", "")


def task_verdict(assistant, claim: str, clause: Clause) -> bool | None:
    """The verdict of the clause's task on who leads, who takes part or by when, whichever the claim says."""
    for judge in (lead_verdict, coordination_verdict, deadline_verdict):
        verdict = judge(assistant, claim, clause)
        if verdict is not None:
            return verdict
    return None


def deadline_verdict(assistant, claim: str, clause: Clause) -> bool | None:
    """Whether the clause's task falls due within the time the claim gives ("… phải hoàn thành trong năm
    2025", "… trước ngày 30/6/2025"). None when the claim gives no time or the clause's task has no deadline."""
    said = [d for _, _, d in find_deadlines(claim) if d.answers_when and d.end]
    due = [t.deadline for t in assistant.tasks.of_clause(clause.id) if t.deadline and t.deadline.end]
    if not said or not due:
        return None
    by = _BY.search(fold(claim).lower()) or said[0].start is None      # "trước ngày 30/6/2025": any time until then
    return (by or said[0].start <= due[0].end) and due[0].end <= said[0].end


def probe(claim: str) -> str:
    """The claim without what it asserts of the task, to find the task by: the agencies it says lead, the time
    it says it is due ("Nghị định … do Bộ Nội vụ chủ trì" is looked for as "Nghị định … chủ trì", or the task
    of the agency the claim names wrongly is found); the claim itself when it asserts neither."""
    key = fold(claim)
    spans = [(m.start, m.end) for m in find_agencies(claim)] if _LEADS.search(key) or _COORDINATES.search(key) else []
    spans += [(s, e) for s, e, d in find_deadlines(claim) if d.answers_when]
    if not spans:
        return claim
    out, at = [], 0
    for s, e in sorted(spans):
        out.append(claim[at:max(at, s)])
        at = max(at, e)
    rest = "".join(out) + claim[at:]
    if _LEADS.search(key):      # "chỉ do một mình …": who alone leads is asserted too
        rest = re.sub(r"\b(?:chỉ|một mình|duy nhất|riêng|chi|mot minh|duy nhat|rieng)\b", " ", rest, flags=re.I)
    rest = re.sub(r"\s+", " ", rest).strip()
    return rest if len(rest.split()) >= 3 else claim


# "… chỉ dành cho doanh nghiệp nhỏ và vừa": what the claim says the thing is for, gives, holds, and no more
_ONLY_FOR = re.compile(r"\b(?:chi|duy nhat)\s+(?:(?:danh rieng|danh|ap dung|gom|bao gom|co|la|giao|tap trung)\s+)?"
                       r"(?:(?:cho|voi|vao)\s+)?(?P<what>[^,;.?]{4,80})")
# a phrase standing in a list: after "," "nhất là", "kể cả", "như", or before ", …" "và …" "hoặc …"
_LISTED_BEFORE = re.compile(r"(?:,|\bnhat la|\bdac biet la|\bke ca|\bnhu|\bva|\bhoac)\s*$")
_LISTED_AFTER = re.compile(r"^\s*(?:,\s*\w|va\b|hoac\b|cung nhu\b)")


def only_verdict(claim: str, clause: Clause) -> bool | None:
    """False where the claim says a thing is only for X ("… chỉ dành cho doanh nghiệp nhỏ và vừa") and the clause
    writes X as one of several ("các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh");
    None where the claim says no "chỉ" or the clause does not write X in a list."""
    m = _ONLY_FOR.search(fold(claim).lower())
    if not m:
        return None
    text = fold(clause.text).lower()
    words = m.group("what").split()
    for n in range(len(words), 1, -1):          # the longest start of the phrase the clause writes
        phrase = " ".join(words[:n])
        at = text.find(phrase)
        if at >= 0:
            listed = _LISTED_BEFORE.search(text[:at]) or _LISTED_AFTER.match(text[at + len(phrase):])
            return False if listed else None
    return None


def subject_verdict(claim: str, clause: Clause, stats) -> bool | None:
    """False where the claim names a body as doing what the clause's sentence on it says other bodies do ("Văn
    phòng Chính phủ có phải … tiên phong …?" and "Văn phòng Trung ương Đảng … phải tiên phong …"); None where the
    claim names no body of its own (one owning a document it cites is not), or the sentence names it or none."""
    asserted = bodies_named(claim)
    spans = best_sentences(claim, clause.text, stats) if asserted else []
    if not spans:
        return None
    named = {m.agency.id for s, e in spans for m in find_agencies(clause.text[s:e])}
    return False if named and not asserted & named else None


# a share a claim gives: "25%", "25 phần trăm"
SHARE_GIVEN = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)?)\s*(?:%|phần trăm|phan tram)")


def writes_share(clause: Clause, claim: str) -> bool | None:
    """Whether the clause writes the share the claim gives ("… tới 100% người dân"); None where the claim gives none."""
    given = set(SHARE_GIVEN.findall(claim))
    if not given:
        return None
    return any(re.search(rf"(?<![\d.,]){re.escape(n)}(?!\d)", clause.full_text) for n in given)


def other_figure(claim: str, clause: Clause, stats) -> tuple[str, tuple[int, int] | None] | None:
    """The figure a clause gives where a claim gives a share it does not write ("Có người nói … 100% người dân …"
    and a row "Kết quả: 99"): the row's cells that hold figures, or the sentence that holds a share; None where the
    claim gives no share, the clause writes it, or the clause holds no figure to set against it."""
    if writes_share(clause, claim) is not False:
        return None
    if clause.columns:
        cells = [(h, c) for h, c in clause.columns[1:] if re.search(r"\d|%", c)]
        if not any(re.search(r"\d", c) for _, c in cells):
            return None
        said = f"{clause.columns[0][1]} — " + "; ".join(f"{h}: {c}" for h, c in cells)
        at = clause.text.find(cells[-1][1])
        return said, ((at, at + len(cells[-1][1])) if at >= 0 else None)
    spans = [(a, b) for a, b in best_sentences(claim, clause.text, stats) if "%" in clause.text[a:b]]
    if not spans:
        return None
    return " ".join(clean_markdown(clause.text[a:b]).strip() for a, b in spans), (spans[0][0], spans[-1][1])


def fact(assistant, claim: str, clause: Clause) -> tuple[str, tuple[int, int] | None]:
    """What the clause says on the claim: its task's lead and deadline, or its best sentence."""
    tasks = [t for t in assistant.tasks.of_clause(clause.id) if t.lead or t.deadline]
    coordinates = _COORDINATES.search(fold(claim)) is not None
    if tasks and (_LEADS.search(fold(claim)) or coordinates or find_deadlines(claim)):
        t = tasks[0]
        parts = [f"{as_written(t.lead, clause.text)} chủ trì"] if t.lead else []
        if coordinates and t.coordinators:
            parts.append(f"phối hợp: {', '.join(t.coordinators)}")
        if t.deadline:
            parts.append(f"thời hạn: {t.deadline.spoken}")
        return "; ".join(parts), action_span(clause.text, t.action)
    bodies = _body_columns(clause)
    if bodies and find_agencies(claim):         # "Bộ Tài chính có nằm trong các cơ quan thực hiện … không?"
        name = clause.columns[0][1] if clause.columns[0] not in bodies else ""
        said = "; ".join(f"{head}: {cell}" for head, cell in bodies)
        at = clause.text.find(bodies[0][1])
        return (f"{name} — {said}" if name else said), ((at, at + len(bodies[0][1])) if at >= 0 else None)
    spans = best_sentences(claim, clause.text, assistant.stats)
    if not spans:
        return "", None
    return " ".join(clean_markdown(clause.text[s:e]).strip() for s, e in spans), (spans[0][0], spans[-1][1])
