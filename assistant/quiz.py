"""Study questions from facts the project already extracts, and answering ALQAC-style questions.

Facts: the lead agency of a task (a table row's lead cell, or the agency that opens a prose clause), a
task's due deadline, a numeric target, a document's signer / date / issuer / number. Each fact becomes
one item: "tf" (Đúng/Sai, half of them with a swapped fact), "mc" (A–D) or "cloze" ("____"). Wrong
options are of the answer's kind (other agencies of the same kind, other months/quarters/years in the
same form, other numbers of the same unit, other people/dates/issuers): never equal to the answer, never
named by the cited clause. Items are reproducible with a seed.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from assistant.metadata import describe
from corpus.agencies import all_agencies, find_agencies, lookup
from corpus.normalize import fold, normalize

__all__ = ["TYPES", "QuizError", "QuizItem", "answer_choice", "generate", "generate_from"]
LETTERS = "ABCD"
TYPES = ("tf", "mc", "cloze")
BLANK = "____"
_PEOPLE = ("Tô Lâm", "Phạm Minh Chính", "Trần Thanh Mẫn", "Lương Cường", "Nguyễn Hòa Bình", "Trần Hồng Hà",
           "Lê Thành Long", "Nguyễn Chí Dũng", "Bùi Thanh Sơn", "Trần Cẩm Tú", "Lê Minh Hưng", "Nguyễn Trọng Nghĩa")
_ISSUERS = ("Ban Bí thư", "Bộ Chính trị", "Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ",
            "Ban Chấp hành Trung ương Đảng", "Ủy ban Thường vụ Quốc hội", "Đảng đoàn Quốc hội")
_NUM = re.compile(r"\d+(?:[.,]\d+)?")
_VALUE = re.compile(r"^(?:[≥≤><]=?\s*)?\d+(?:,\d+)?\s*%?(?:\s*-\s*\d+(?:,\d+)?\s*%?)?$")
_ROMAN = ("I", "II", "III", "IV")
_DATE_FORMS = (  # (name, pattern): the first that matches a deadline is the part a wrong option changes
    ("day", r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"),
    ("quarter", r"(?i:quý)\s+(IV|I{1,3})(\s*/\s*|\s+năm\s+)(\d{4})"),
    ("month", r"(?<![\d/])(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4})(?![\d/])"),
    ("range", r"(?<!\d)(\d{4})(\s*-\s*)(\d{4})(?!\d)"),
    ("year", r"(?<![\d/])(\d{4})(?![\d/])"),
)


class QuizError(ValueError):
    """Bad quiz input (unknown document, type, count): the message is for the user."""


@dataclass
class Fact:
    kind: str
    key: str
    doc_id: str
    answer: str
    template: str                   # the true statement, with "{x}" where the fact goes
    mc_question: str
    citation: dict
    near: tuple[str, ...] = ()      # plausible wrong values, already checked against the clause
    far: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()

    def statement(self, value: str | None = None) -> str:
        return self.template.replace("{x}", value or self.answer)

    @property
    def cloze_question(self) -> str:
        return self.template.replace("{x}", BLANK)


def distractors(fact: Fact, k: int, rng: random.Random, question: str = "") -> list[str]:
    """``k`` wrong values: plausible ones first, none equal to the answer or named in the question."""
    near, far = list(fact.near), list(fact.far)
    rng.shuffle(near)
    rng.shuffle(far)
    out: list[str] = []
    for v in near + far:
        if len(out) == k:
            break
        if _norm(v) != _norm(fact.answer) and all(_norm(v) != _norm(o) for o in out) \
                and not (question and appears(v, question)):
            out.append(v)
    return out


def _norm(text: str) -> str:
    """Folded, with leading zeros of numbers dropped: '06/2025' == '6/2025'."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", fold(text)).strip(" .")


def appears(needle: str, hay: str) -> bool:
    """``needle`` is in ``hay`` as whole words/numbers (folded, leading zeros ignored)."""
    n = _norm(needle)
    return bool(n) and re.search(rf"(?<![0-9a-z]){re.escape(n)}(?![0-9a-z])", _norm(hay)) is not None


def numbers(text: str) -> set[str]:
    return {(n.lstrip("0") or "0").replace(",", ".") for n in _NUM.findall(text)}


def shorten(text: str, limit: int = 120) -> str:
    t = re.sub(r"\s+", " ", text).strip().rstrip(".;:, ")
    if len(t) <= limit:
        return t
    cut = t[:limit + 1].rsplit(" ", 1)[0].rstrip(",;:-–( ")
    return cut + "…"


def _strip_paren(text: str) -> str:
    return re.sub(r"\s*\(.*\)\s*$", "", text).strip()


def _vn(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# -- distractor pools ------------------------------------------------------------------------------
def _agency_pools(agency, blocked: set[str], text: str, leads: set[str]) -> tuple[list[str], list[str]]:
    near, far = [], []
    key = fold(agency.name)
    for a in all_agencies():
        k = fold(a.name)
        if a.kind != agency.kind or a.id == agency.id or a.id in blocked or key in k or k in key \
                or key in fold(a.note) or k in fold(agency.note) or appears(a.name, text):
            continue
        (near if a.id in leads else far).append(a.name)
    return near, far


def _deadline_variants(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(the date part of a deadline, [(wrong deadline, its date part)]) in the same form."""
    for name, pat in _DATE_FORMS:
        m = re.search(pat, text)
        if m:
            break
    else:
        return "", []
    g, outs = m.groups(), []
    if name == "day":
        d0 = date(int(g[2]), int(g[1]), int(g[0])) if 1 <= int(g[1]) <= 12 and 1 <= int(g[0]) <= 28 else None
        cands = [d0 + timedelta(days=x) for x in (-7, -3, -1, 1, 3, 7, 14)] if d0 else []
        cands += [d0.replace(month=mo) for mo in range(1, 13) if d0 and mo != d0.month]
        wd, wm = (2 if x.startswith("0") else 1 for x in g[:2])
        outs = [f"{c.day:0{wd}d}/{c.month:0{wm}d}/{c.year}" for c in cands]
    elif name == "quarter":
        qw = m.group(0).split()[0]
        outs = [f"{qw} {r}{g[1]}{g[2]}" for r in _ROMAN if r != g[0].upper()] + [f"{qw} {g[0]}{g[1]}{int(g[2]) + 1}"]
    elif name == "month":
        w = len(g[0]) if g[0].startswith("0") else 1
        months = sorted((mo for mo in range(1, 13) if mo != int(g[0])), key=lambda mo: abs(mo - int(g[0])))
        outs = [f"{mo:0{w}d}{g[1]}{g[2]}" for mo in months] + [f"{g[0]}{g[1]}{int(g[2]) + 1}"]
    elif name == "range":
        a, b = int(g[0]), int(g[2])
        outs = [f"{a + s}{g[1]}{b + s}" for s in (1, 2, -1)] + [f"{a}{g[1]}{b + 2}"]
    else:
        outs = [str(int(g[0]) + s) for s in (1, -1, 2, 3, 5)]
    return m.group(0), [(text[:m.start()] + o + text[m.end():], o) for o in outs]


def _fmt_like(x: float, token: str) -> str:
    if "," in token or "." in token:
        s = f"{x:.{len(re.split('[.,]', token)[1])}f}".replace(".", ",")
    else:
        s = str(int(round(x)))
    return s.zfill(len(token)) if token.startswith("0") and len(token) > 1 else s


def _value_variants(value: str, unit: str, same_unit: list[str]) -> tuple[list[str], list[str]]:
    toks = _NUM.findall(value)
    a = float(toks[0].replace(",", "."))
    decimal = "," in toks[0]
    step = 0.1 if decimal else (1 if a <= 10 else 5)
    others = [o for o in (float(_NUM.findall(v)[0].replace(",", ".")) for v in same_unit) if a / 4 <= o <= a * 4]
    derived = [a * f for f in (0.5, 0.8, 1.2, 1.5, 2)] + [a + step * s for s in (-2, -1, 1, 2, 3)]
    pct = "%" in unit or "%" in value

    cap = 99.9 if re.match(r"\s*[≥>]", value) else 100      # "≥ 100%" says nothing

    def make(new_a: float) -> str | None:
        if new_a <= 0 or (pct and a <= 100 and any(float(t.replace(",", ".")) + new_a - a > cap for t in toks)):
            return None
        it = iter(_fmt_like(float(t.replace(",", ".")) + new_a - a, t) for t in toks)
        return _NUM.sub(lambda _: next(it), value)
    near = [v for v in (make(o) for o in others) if v]
    far = [v for v in (make(o) for o in derived) if v]
    return near, far


# -- facts -----------------------------------------------------------------------------------------
def _doc_name(doc) -> str:
    return f"{doc.type} {doc.citation_name}" if doc.number else doc.citation_name


def _clause_cite(clause) -> dict:
    return {"doc_id": clause.doc_id, "clause_id": clause.id, "label": clause.label, "text": clause.text}


def _lead_fact(t, clause, blocked: set[str], leads: set[str]) -> Fact | None:
    agency = lookup(t.lead[0]) if len(t.lead) == 1 else None
    text = clause.full_text
    if agency is None or agency.kind == "group" or agency.id not in {m.agency.id for m in find_agencies(text)}:
        return None
    if clause.kind == "row":
        action = shorten(t.action)
        if not action or any(m.agency.id == agency.id for m in find_agencies(action)):
            return None
        verb = "thực hiện" if any(fold(h).startswith("co quan thuc hien") for h, _ in clause.columns) else "chủ trì"
        tpl = f"{{x}} {verb} nhiệm vụ “{action}” ({clause.label})."
        mc = f"Cơ quan nào {verb} nhiệm vụ “{action}” ({clause.label})?"
    else:
        ms = find_agencies(t.action)
        if not ms or ms[0].start > 3 or ms[0].agency.id != agency.id:
            return None
        rest = shorten(t.action[ms[0].end:], 140)
        if re.match(r"^\s*([,;(:/-]|và\b|cùng\b|các\b)", rest) or len(rest) < 15 \
                or any(m.agency.id == agency.id for m in find_agencies(rest)):
            return None
        tpl = f"Theo {clause.label}, {{x}} {rest}" + ("" if rest.endswith("…") else ".")
        mc = f"Theo {clause.label}, cơ quan nào {rest}?"
    near, far = _agency_pools(agency, blocked, text, leads)
    return Fact("lead", f"lead|{t.clause_id}|{agency.id}", clause.doc_id, agency.name, tpl, mc,
                _clause_cite(clause), tuple(near), tuple(far), (agency.name, *agency.aliases))


def _deadline_fact(t, clause) -> Fact | None:
    dl = t.deadline
    if dl is None or dl.kind != "due" or "mốc mục tiêu" in dl.note or not dl.text:
        return None
    core, variants = _deadline_variants(dl.text)
    text = clause.full_text
    if not core or not appears(dl.text, text):
        return None
    wrong = [v for v, c in variants if not appears(c, text) and _norm(v) != _norm(dl.text)]
    if clause.kind == "row":
        action = shorten(t.action)
        if not action or appears(core, action):
            return None
        tpl = f"Nhiệm vụ “{action}” ({clause.label}) có thời hạn hoàn thành: {{x}}."
        mc = f"Thời hạn hoàn thành nhiệm vụ “{action}” ({clause.label}) là khi nào?"
    else:
        at = t.action.find(dl.text)
        if at < 0:
            return None
        head = re.split(r"(?<=[.;])\s+", t.action[:at])[-1]
        if len(head) > 110:
            head = "…" + head[-110:].split(" ", 1)[-1]
        tail = re.split(r"(?<=[.;])\s", t.action[at + len(dl.text):])[0]
        tail = shorten(tail, 60) if tail.strip(" .;") else ""
        snippet = f"{head}{{x}}{tail if tail[:1] in ',;.)' else (' ' + tail if tail else '')}".strip()
        if appears(core, snippet.replace("{x}", " ")) or len(re.sub(r"\W", "", snippet)) < 30:
            return None
        tpl = f"Theo {clause.label}: {snippet}" + ("" if snippet.endswith(("…", ".")) else ".")
        mc = f"Theo {clause.label}, mốc thời gian nào đúng ở chỗ trống: {snippet.replace('{x}', BLANK)}"
    return Fact("deadline", f"deadline|{t.id}", clause.doc_id, dl.text, tpl, mc, _clause_cite(clause),
                tuple(wrong[:4]), tuple(wrong[4:]), (core,))


def _target_fact(t, clause, same_unit: list[str]) -> Fact | None:
    value, unit = t.value.strip(), t.unit.strip()
    text = clause.full_text
    if not _VALUE.match(value) or not unit or not numbers(value) <= numbers(text) \
            or numbers(value) & numbers(t.action):
        return None
    near, far = _value_variants(value, unit, [v for v in same_unit if v != value])
    ok = [v for v in near + far if not numbers(v) & numbers(text)]
    name, when = shorten(t.action, 110), (t.horizon[:1].lower() + t.horizon[1:]) if t.horizon else "đến năm mục tiêu"
    tpl = f"Theo {clause.label}, chỉ tiêu “{name}” {when} là {{x}} (đơn vị: {unit})."
    mc = f"Theo {clause.label}, chỉ tiêu “{name}” {when} là bao nhiêu (đơn vị: {unit})?"
    n_near = len([v for v in near if v in ok])
    return Fact("target", f"target|{t.clause_id}", clause.doc_id, value, tpl, mc, _clause_cite(clause),
                tuple(ok[:n_near]), tuple(ok[n_near:]))


def _meta_facts(doc, documents) -> list[Fact]:
    name = _doc_name(doc)
    cite = {"doc_id": doc.id, "clause_id": "", "label": f"{doc.citation_name} (thông tin văn bản)",
            "text": describe(doc)}
    others = [d for d in documents if d.id != doc.id and not d.part_of]
    out: list[Fact] = []

    def add(kind, answer, tpl, mc, pool, field=""):
        true, whole = _norm(answer), _norm(field or answer)
        wrong = [p for p in dict.fromkeys(pool) if p and _norm(p) != true and true not in _norm(p)
                 and _norm(p) not in whole]
        out.append(Fact(kind, f"{kind}|{doc.id}", doc.id, answer, tpl, mc, cite, tuple(wrong[:6]), tuple(wrong[6:])))
    if doc.signer:
        add("signer", _strip_paren(doc.signer), f"Người ký {name} là {{x}}.", f"Ai là người ký {name}?",
            [_strip_paren(d.signer) for d in others] + list(_PEOPLE), doc.signer)
    if doc.date and "ngay la ngay" not in fold(doc.caveat):
        d0 = date.fromisoformat(doc.date)
        shifts = [d0 + timedelta(days=x) for x in (-1, 1, 2, -7, 7, 30, -30)] + [date(d0.year - 1, d0.month, min(d0.day, 28))]
        add("date", _vn(d0), f"{name} được ban hành ngày {{x}}.", f"{name} được ban hành ngày nào?",
            [_vn(s) for s in shifts] + [_vn(date.fromisoformat(d.date)) for d in others if d.date])
    if doc.issuer:
        add("issuer", _strip_paren(doc.issuer), f"{name} do {{x}} ban hành.", f"Cơ quan nào ban hành {name}?",
            [_strip_paren(d.issuer) for d in others] + list(_ISSUERS), doc.issuer)
    m = re.match(r"(\d+)(.*)", doc.number)
    if m:
        n, w = int(m.group(1)), len(m.group(1))
        title = shorten(doc.title, 110)
        variants = [f"{x:0{w}d}{m.group(2)}" for x in (n + 1, n - 1, n + 2, n + 10) if x > 0]
        add("number", doc.number, f"Văn bản “{title}” có số hiệu {{x}}.", f"Văn bản “{title}” có số hiệu nào?",
            variants + [d.number for d in others if d.number])
    return out


def _selected_docs(documents, doc_ids) -> set[str]:
    known = {d.id for d in documents}
    if not doc_ids:
        return known
    bad = [d for d in doc_ids if d not in known]
    if bad:
        raise QuizError(f"không có văn bản mã {', '.join(bad)}; các mã có: {', '.join(sorted(known))}")
    return {d.id for d in documents if d.id in doc_ids or d.part_of in doc_ids}


def extract_facts(documents, clauses, tasks, doc_ids=None, section: str | None = None) -> list[Fact]:
    """Every fact an item can be made from, in document order, after the document/section filters."""
    docs = _selected_docs(documents, doc_ids)
    prefix = tuple(p for p in (section or "").strip().strip(".").split(".") if p)
    by_id = {c.id: c for c in clauses}
    of_clause: dict[str, list] = {}
    for t in tasks:
        of_clause.setdefault(t.clause_id, []).append(t)
    leads = {a.id for t in tasks for a in map(lookup, t.lead) if a}
    units: dict[str, list[str]] = {}
    for t in tasks:
        if t.kind == "target" and _VALUE.match(t.value.strip()):
            units.setdefault(fold(t.unit), []).append(t.value.strip())
    facts: list[Fact] = []
    for t in tasks:
        clause = by_id.get(t.clause_id)
        if clause is None or clause.doc_id not in docs or clause.path[:len(prefix)] != prefix:
            continue
        if t.kind == "target":
            facts.append(_target_fact(t, clause, units.get(fold(t.unit), [])))
            continue
        blocked = {a.id for o in of_clause[t.clause_id] for a in map(lookup, o.lead + o.coordinators) if a}
        blocked |= {m.agency.id for m in find_agencies(clause.full_text)}
        facts += [_lead_fact(t, clause, blocked, leads), _deadline_fact(t, clause)]
    if not prefix:
        for d in documents:
            if d.id in docs and not d.part_of:
                facts += _meta_facts(d, documents)
    return [f for f in facts if f is not None]


@dataclass(frozen=True)
class QuizItem:
    id: str
    type: str                       # tf | mc | cloze
    kind: str                       # lead | deadline | target | signer | date | issuer | number
    question: str
    answer: str                     # tf: "Đúng"/"Sai"; mc: a letter; cloze: the missing text
    answer_text: str                # the true fact, whatever the type
    explanation: str
    citation: dict                  # doc_id, clause_id ("" for a document's own metadata), label, text
    options: dict = field(default_factory=dict)         # mc: {"A": …, "D": …}
    accept: tuple[str, ...] = ()    # cloze: every accepted answer
    distractors: tuple[str, ...] = ()                   # the wrong values shown (mc options, a false tf)
    statement: str = ""             # the true statement, in Vietnamese

    def to_dict(self) -> dict:
        d = asdict(self)
        d["accept"], d["distractors"] = list(self.accept), list(self.distractors)
        return d


def _item_id(kind: str, fact: Fact, question: str, answer: str) -> str:
    h = hashlib.sha1(f"{kind}|{fact.key}|{question}|{answer}".encode("utf-8")).hexdigest()
    return f"q{h[:10]}"


def _build(fact: Fact, qtype: str, rng: random.Random, truth: bool) -> QuizItem | None:
    label, true = fact.citation["label"], fact.statement()
    base = dict(kind=fact.kind, answer_text=fact.answer, citation=fact.citation, statement=true,
                explanation=true if label in true else f"{true} (Nguồn: {label})")
    if qtype == "tf":
        if truth:
            q, wrong = fact.statement(), ()
        else:
            d = distractors(fact, 1, rng)
            if not d:
                return None
            q, wrong = fact.statement(d[0]), (d[0],)
        answer = "Đúng" if truth else "Sai"
        return QuizItem(id=_item_id("tf", fact, q, answer), type="tf", question=q, answer=answer,
                        distractors=wrong, **base)
    if qtype in ("mc", "cloze") and appears(fact.answer, fact.mc_question if qtype == "mc" else fact.cloze_question):
        return None                 # the question would give the answer away
    if qtype == "mc":
        d = distractors(fact, 3, rng, fact.mc_question)
        if len(d) < 3:
            return None
        values = [fact.answer, *d]
        rng.shuffle(values)
        options = dict(zip(LETTERS, values))
        letter = LETTERS[values.index(fact.answer)]
        q = fact.mc_question
        return QuizItem(id=_item_id("mc", fact, q, letter), type="mc", question=q, answer=letter,
                        options=options, distractors=tuple(d), **base)
    if qtype == "cloze":
        q = fact.cloze_question
        return QuizItem(id=_item_id("cloze", fact, q, fact.answer), type="cloze", question=q,
                        answer=fact.answer, accept=tuple(dict.fromkeys((fact.answer, *fact.accept))), **base)
    raise QuizError(f"loại câu hỏi không rõ: {qtype}")


def _spread(facts: list[Fact], rng: random.Random) -> list[Fact]:
    """Facts in the order items are made: documents take turns, and within one, kinds take turns."""
    by_doc: dict[str, dict[str, list[Fact]]] = {}
    for f in facts:
        by_doc.setdefault(f.doc_id, {}).setdefault(f.kind, []).append(f)
    queues: list[list[Fact]] = []
    for doc in sorted(by_doc):
        kinds = by_doc[doc]
        for lst in kinds.values():
            rng.shuffle(lst)
        names = sorted(kinds)
        rng.shuffle(names)
        q: list[Fact] = []
        while any(kinds[k] for k in names):
            q += [kinds[k].pop(0) for k in names if kinds[k]]
        queues.append(q)
    rng.shuffle(queues)
    out: list[Fact] = []
    while any(queues):
        out += [q.pop(0) for q in queues if q]
    return out


def _check_args(n: int, types) -> tuple[str, ...]:
    if not isinstance(n, int) or n < 1 or n > 1000:
        raise QuizError(f"số câu hỏi phải từ 1 đến 1000 (nhận được {n})")
    types = tuple(dict.fromkeys(t.strip() for t in types if t and t.strip()))
    bad = [t for t in types if t not in TYPES]
    if bad or not types:
        raise QuizError(f"loại câu hỏi không rõ: {', '.join(bad) or '(trống)'}; chọn trong tf, mc, cloze")
    return types


def generate_from(documents, clauses, tasks, n: int = 10, types=TYPES, seed: int = 0,
                  doc_ids=None, section: str | None = None) -> list[QuizItem]:
    """Up to ``n`` items from documents/clauses/tasks (fewer when the filters leave fewer facts)."""
    types = _check_args(n, types)
    rng = random.Random(seed)
    facts = extract_facts(documents, clauses, tasks, doc_ids=doc_ids, section=section)
    order = list(types)
    rng.shuffle(order)
    items: list[QuizItem] = []
    seen_q: set[str] = set()
    seen_fact: set[str] = set()
    truths: list[bool] = []
    for i, fact in enumerate(_spread(facts, rng)):
        if len(items) >= n:
            break
        if fact.key in seen_fact:
            continue
        for j in range(len(order)):
            qtype = order[(i + j) % len(order)]
            if qtype == "tf" and not truths:
                truths = [True, False] if rng.random() < 0.5 else [False, True]
            item = _build(fact, qtype, rng, truths[0] if qtype == "tf" else True)
            if item is None or fold(item.question) in seen_q:
                continue
            if qtype == "tf":
                truths.pop(0)
            items.append(item)
            seen_q.add(fold(item.question))
            seen_fact.add(fact.key)
            break
    return items


def generate(assistant, n: int = 10, types=TYPES, seed: int = 0, doc_ids=None,
             section: str | None = None) -> list[QuizItem]:
    """Items from the assistant's index and task table."""
    return generate_from(assistant.index.documents, assistant.index.clauses, assistant.tasks.all, n=n,
                         types=types, seed=seed, doc_ids=doc_ids, section=section)


# -- answering a true/false or multiple-choice question put to the assistant --------------------------
_STOP = frozenset("""
và hoặc của các những là thì mà có được cho với trong theo về từ đến để này đó khi nếu một hai
bị do tại trên dưới như đã sẽ đang cũng phải việc người cơ quan tổ chức nào gì sau đây đúng sai hay
luật quy định điều khoản không
""".split())
_NEGATION = re.compile(r"\b(không|chưa|cấm|nghiêm cấm|chẳng|trừ)\b")
_COMBO = re.compile(r"\s*(cả|tất cả)\b")
_TF_TAIL = re.compile(r"[,\s]*(đúng hay sai|đúng hoặc sai)\s*[?.!]*\s*$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text))


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in _STOP]


def _numbers(text: str) -> set[str]:
    return {n.lstrip("0") or "0" for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


def _support(statement: str, text: str) -> float:
    """Share of the statement's content words, and of its word pairs, found in ``text``."""
    words = _content(statement)
    if not words:
        return 0.0
    have = set(_words(text))
    joined = " " + " ".join(_words(text)) + " "
    uni = sum(w in have for w in words) / len(words)
    pairs = [f" {a} {b} " for a, b in zip(words, words[1:])]
    bi = sum(p in joined for p in pairs) / len(pairs) if pairs else uni
    return 0.5 * uni + 0.5 * bi


def _best_passage(statement: str, hits) -> tuple[object | None, str, float]:
    """(clause, sentence, support): the retrieved sentence that best supports the statement."""
    best = (None, "", -1.0)
    for rank, h in enumerate(hits):
        clause = h.clause
        parts = [p for p in re.split(r"(?<=[.;:])\s+|\n+", clause.text) if p.strip()] or [clause.text]
        windows = parts + [" ".join(parts[i:i + 2]) for i in range(len(parts) - 1)]
        for w in windows:
            s = _support(statement, w) - 0.01 * rank
            if s > best[2]:
                best = (clause, w, s)
    return best


def _cite(clause) -> dict:
    return {"clause_id": getattr(clause, "id", "") if clause else "",
            "label": getattr(clause, "label", "") if clause else ""}


def answer_choice(assistant, question: str, choices: dict[str, str] | None = None) -> dict:
    """Answer an ALQAC-style question from the clauses ``assistant.retrieve`` returns (top 5).

    ``choices`` None: a true/false statement. Its best-supporting sentence decides: "Sai" when the
    statement names a number the clause lacks, when negation ("không", "cấm" …) differs, or when less than
    half of its words (and word pairs) are there; otherwise "Đúng". With choices: each option, read with
    the question, is scored the same way; an option "Cả A, B (và C) đều đúng" / "Cả 3 phương án trên"
    wins when every option it names is fairly supported, one that says "… đều sai" never does.
    """
    if choices is None:
        q = _TF_TAIL.sub("", normalize(question or "").strip())
        clause, sentence, support = _best_passage(q, assistant.retrieve(q, k=5))
        if clause is None:
            return {"answer": "Đúng", "clause_id": "", "label": "", "support": 0.0}
        wrong = bool(_numbers(q) - _numbers(normalize(clause.text))) or support < 0.5 or \
            bool(_NEGATION.search(q)) != bool(_NEGATION.search(normalize(sentence)))
        return {"answer": "Sai" if wrong else "Đúng", **_cite(clause), "support": round(support, 3)}
    hits = assistant.retrieve(question, k=5)
    combos = {k: t for k, t in ((k, normalize(v)) for k, v in choices.items()) if _COMBO.match(t)
              and re.search(r"\b[a-d]\b|phương án|đáp án|trên|đều đúng", t)}
    scores = {k: _best_passage(f"{question} {v}", hits) for k, v in choices.items() if k not in combos}
    pick = max(scores, key=lambda k: scores[k][2]) if scores else next(iter(choices))
    for k, text in combos.items():
        named = {x.upper() for x in re.findall(r"\b([a-d])\b", text)} or set(scores)
        named &= set(scores)
        if not re.search(r"\b(sai|không)\b", text) and named and min(scores[x][2] for x in named) >= 0.3:
            return {"answer": k, **_cite(scores[max(named, key=lambda x: scores[x][2])][0]),
                    "support": round(min(scores[x][2] for x in named), 3)}
    clause, _, support = scores.get(pick, (None, "", 0.0))
    return {"answer": pick, **_cite(clause), "support": round(max(support, 0.0), 3)}
