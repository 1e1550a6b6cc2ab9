"""Facts a study question can be made from: task leads, due deadlines, numeric targets, document metadata."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.metadata import describe
from assistant.quiz_distractors import agency_pools, deadline_variants, value_variants
from assistant.quiz_text import appears, compare_key, numbers, shorten, strip_paren, vn_date
from corpus.agencies import find_agencies, lookup
from corpus.normalize import fold

BLANK = "____"
_PEOPLE = ("Tô Lâm", "Phạm Minh Chính", "Trần Thanh Mẫn", "Lương Cường", "Nguyễn Hòa Bình", "Trần Hồng Hà",
           "Lê Thành Long", "Nguyễn Chí Dũng", "Bùi Thanh Sơn", "Trần Cẩm Tú", "Lê Minh Hưng", "Nguyễn Trọng Nghĩa")
_ISSUERS = ("Ban Bí thư", "Bộ Chính trị", "Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ",
            "Ban Chấp hành Trung ương Đảng", "Ủy ban Thường vụ Quốc hội", "Đảng đoàn Quốc hội")
_VALUE = re.compile(r"^(?:[≥≤><]=?\s*)?\d+(?:,\d+)?\s*%?(?:\s*-\s*\d+(?:,\d+)?\s*%?)?$")


class QuizError(ValueError):
    """Bad quiz input (unknown document, type, count): the message is for the user."""


@dataclass
class Fact:
    """One checkable fact with its wrong values; an item states it, asks for it or blanks it out."""
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
    near, far = agency_pools(agency, blocked, text, leads)
    return Fact("lead", f"lead|{t.clause_id}|{agency.id}", clause.doc_id, agency.name, tpl, mc,
                _clause_cite(clause), tuple(near), tuple(far), (agency.name, *agency.aliases))


def _deadline_fact(t, clause) -> Fact | None:
    dl = t.deadline
    if dl is None or dl.kind != "due" or "mốc mục tiêu" in dl.note or not dl.text:
        return None
    core, variants = deadline_variants(dl.text)
    text = clause.full_text
    if not core or not appears(dl.text, text):
        return None
    wrong = [v for v, c in variants if not appears(c, text) and compare_key(v) != compare_key(dl.text)]
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
    near, far = value_variants(value, unit, [v for v in same_unit if v != value])
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
        true, whole = compare_key(answer), compare_key(field or answer)
        wrong = [p for p in dict.fromkeys(pool) if p and compare_key(p) != true and true not in compare_key(p)
                 and compare_key(p) not in whole]
        out.append(Fact(kind, f"{kind}|{doc.id}", doc.id, answer, tpl, mc, cite, tuple(wrong[:6]), tuple(wrong[6:])))
    if doc.signer:
        add("signer", strip_paren(doc.signer), f"Người ký {name} là {{x}}.", f"Ai là người ký {name}?",
            [strip_paren(d.signer) for d in others] + list(_PEOPLE), doc.signer)
    if doc.date and "ngay la ngay" not in fold(doc.caveat):
        d0 = date.fromisoformat(doc.date)
        shifts = [d0 + timedelta(days=x) for x in (-1, 1, 2, -7, 7, 30, -30)] + [date(d0.year - 1, d0.month, min(d0.day, 28))]
        add("date", vn_date(d0), f"{name} được ban hành ngày {{x}}.", f"{name} được ban hành ngày nào?",
            [vn_date(s) for s in shifts] + [vn_date(date.fromisoformat(d.date)) for d in others if d.date])
    if doc.issuer:
        add("issuer", strip_paren(doc.issuer), f"{name} do {{x}} ban hành.", f"Cơ quan nào ban hành {name}?",
            [strip_paren(d.issuer) for d in others] + list(_ISSUERS), doc.issuer)
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
