"""Wrong options of the answer's kind: other agencies, deadlines in the same form, numbers of the same unit."""
from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from assistant.quiz_text import NUMBER, appears, compare_key
from corpus.agencies import all_agencies
from corpus.normalize import fold

if TYPE_CHECKING:
    from assistant.quiz_facts import Fact

_ROMAN = ("I", "II", "III", "IV")
_DATE_FORMS = (  # (name, pattern): the first that matches a deadline is the part a wrong option changes
    ("day", r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"),
    ("quarter", r"(?i:quý)\s+(IV|I{1,3})(\s*/\s*|\s+năm\s+)(\d{4})"),
    ("month", r"(?<![\d/])(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4})(?![\d/])"),
    ("range", r"(?<!\d)(\d{4})(\s*-\s*)(\d{4})(?!\d)"),
    ("year", r"(?<![\d/])(\d{4})(?![\d/])"),
)


def distractors(fact: Fact, k: int, rng: random.Random, question: str = "") -> list[str]:
    """``k`` wrong values: plausible ones first, none equal to the answer or named in the question."""
    near, far = list(fact.near), list(fact.far)
    rng.shuffle(near)
    rng.shuffle(far)
    out: list[str] = []
    for v in near + far:
        if len(out) == k:
            break
        if compare_key(v) != compare_key(fact.answer) and all(compare_key(v) != compare_key(o) for o in out) \
                and not (question and appears(v, question)):
            out.append(v)
    return out


def agency_pools(agency, blocked: set[str], text: str, leads: set[str]) -> tuple[list[str], list[str]]:
    """(near, far) other agencies of the same kind: leads of some task first, none named by ``text``."""
    near, far = [], []
    key = fold(agency.name)
    for a in all_agencies():
        k = fold(a.name)
        if a.kind != agency.kind or a.id == agency.id or a.id in blocked or key in k or k in key \
                or key in fold(a.note) or k in fold(agency.note) or appears(a.name, text):
            continue
        (near if a.id in leads else far).append(a.name)
    return near, far


def deadline_variants(text: str) -> tuple[str, list[tuple[str, str]]]:
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


def value_variants(value: str, unit: str, same_unit: list[str]) -> tuple[list[str], list[str]]:
    """(near, far) wrong target values: other targets of the same unit first, then derived ones."""
    toks = NUMBER.findall(value)
    a = float(toks[0].replace(",", "."))
    decimal = "," in toks[0]
    step = 0.1 if decimal else (1 if a <= 10 else 5)
    others = [o for o in (float(NUMBER.findall(v)[0].replace(",", ".")) for v in same_unit) if a / 4 <= o <= a * 4]
    derived = [a * f for f in (0.5, 0.8, 1.2, 1.5, 2)] + [a + step * s for s in (-2, -1, 1, 2, 3)]
    pct = "%" in unit or "%" in value

    cap = 99.9 if re.match(r"\s*[≥>]", value) else 100      # "≥ 100%" says nothing

    def make(new_a: float) -> str | None:
        if new_a <= 0 or (pct and a <= 100 and any(float(t.replace(",", ".")) + new_a - a > cap for t in toks)):
            return None
        it = iter(_fmt_like(float(t.replace(",", ".")) + new_a - a, t) for t in toks)
        return NUMBER.sub(lambda _: next(it), value)
    near = [v for v in (make(o) for o in others) if v]
    far = [v for v in (make(o) for o in derived) if v]
    return near, far
