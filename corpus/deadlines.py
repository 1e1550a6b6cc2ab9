"""Deadlines in Vietnamese policy text: "trước ngày 24/5/2025", "quý II/2025", "Thường xuyên".

Matching runs on the accent-folded form (``corpus.normalize.fold`` rules: lower case, no diacritics,
đ -> d), so "quy II/2025" and "truoc ngay 24/5/2025" read like their accented forms. The interval
of a "due" deadline is the period in which the task is due; a point date is [d, d].

``parse_deadline`` reads one phrase (a table cell, a short clause) leniently: a bare "2025",
"6/2025", "Hằng năm" or "Thường xuyên" is a deadline there. ``find_deadlines`` reads prose and is
strict, because prose is full of dates that are not deadlines:

- a day, month, year, "6 tháng đầu năm", "cuối năm" or year range counts only right after a trigger
  ("trước", "chậm nhất", "trong", "hoàn thành", "đến hết", "thời hạn", "từ" ...), so document
  references ("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "Luật ... năm 2013", "Hà Nội, ngày ...")
  and program names ("giai đoạn 2025-2030", "thời kỳ 2021-2030") are not deadlines;
- "quý II/2025", "2025 và những năm tiếp theo", "từ năm 2025" and "định kỳ 6 tháng / hằng quý"
  count anywhere; bare "hằng năm", "thường xuyên", "liên tục" and "định kỳ" do not (in prose they
  are adverbs: "kế hoạch công tác hằng năm", "thường xuyên cập nhật");
- target horizons "đến năm 2030", "tầm nhìn đến năm 2045" are included as kind "due" over that year
  with note "mốc mục tiêu", so a caller can tell them from real due dates.

A phrase that looks like a date but is not valid ("ngày 31/02/2025", "quý V/2025") is kept as kind
"unparsed" with a note; nothing is guessed and nothing raises.
"""
from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from corpus.normalize import nfc

log = logging.getLogger(__name__)

MAX_PHRASE = 400        # parse_deadline: longer input is not one deadline phrase
MAX_TEXT = 200_000      # find_deadlines: longer input is cut (linear regexes, but bounded anyway)
KINDS = ("due", "start", "recurring", "ongoing", "unparsed")


@dataclass(frozen=True)
class Deadline:
    """A normalized deadline; ``start``/``end`` bound the due interval (see module docstring)."""

    text: str
    kind: str
    start: date | None
    end: date | None
    note: str = ""
    occurrences: tuple[tuple[int, int], ...] = ()

    @property
    def spoken(self) -> str:
        """The deadline as a sentence says it: a bare table cell "01/2025" is "tháng 01/2025"."""
        return f"tháng {self.text}" if _BARE_MONTH.match(self.text) else self.text

    @property
    def answers_when(self) -> bool:
        """Says when: a date, a period or a cycle; not an unparsed phrase or a bare "định kỳ" with no cycle."""
        return self.kind != "unparsed" and self.note != VAGUE_CYCLE

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "note": self.note, "occurrences": [list(o) for o in self.occurrences]}


_BARE_MONTH = re.compile(r"^\d{1,2}/\d{4}$")
VAGUE_CYCLE = "định kỳ (không rõ chu kỳ)"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in "*\\":                       # markdown bold and escapes
        return ""
    if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        return " "
    if ch in "‐‑‒–—―−":
        return "-"
    low = ch.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)                 # the same clause text is folded by several extractors
def fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded key of ``text`` (as ``corpus.normalize.fold``) and, per key character, its index
    in ``text``. Whitespace and control-character runs become one space; '*' and '\\' are dropped."""
    out: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        for c in f:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            pos.append(i)
    return "".join(out), tuple(pos)


_Y = r"(?:19|20)\d\d(?!\d)"
_B = r"(?<![a-z0-9])"
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((n, re.compile(_B + p)) for n, p in (
    ("day", rf"(?P<ngay>ngay )?(?P<d>\d{{1,2}}) ?(?P<sep>[/.-]) ?(?P<m>\d{{1,2}})"
            rf"(?: ?[/.-] ?(?P<y>{_Y}))?(?![\d/])"),
    ("dayw", rf"(?P<ngay>ngay )(?P<d>\d{{1,2}}) thang (?P<m>\d{{1,2}})(?: ?,? nam (?P<y>{_Y}))?(?!\d)"),
    ("month", rf"(?:thang )?(?P<m>\d{{1,2}}) ?[/.-] ?(?P<y>{_Y})"),
    ("month", rf"thang (?P<m>\d{{1,2}}) ?,? nam (?P<y>{_Y})"),
    ("quarter", rf"quy (?P<q>[ivx]{{1,4}}|\d{{1,2}})(?![a-z]) ?(?:[/.-] ?|,? ?nam )?(?P<y>{_Y})"),
    ("nmonths", rf"(?P<n>\d{{1,2}}|ba|sau|chin) thang (?P<pos>dau|cuoi) nam (?P<y>{_Y})"),   # "ba tháng đầu năm"
    ("part", rf"(?P<pos>cuoi|dau|giua) nam (?P<y>{_Y})"),
    ("range", rf"(?:(?P<lead>giai doan|thoi ky|tu) )?(?:nam )?(?P<y1>{_Y}) ?(?:-|den|toi) ?(?:nam )?(?P<y2>{_Y})"),
    ("yongoing", rf"(?:(?:ke |bat dau )?tu )?(?:nam )?(?P<y>{_Y})(?: (?:cua|tai) [a-z]+(?: [a-z]+)?)? ?,? va (?:nhung|cac) nam"
                 rf" (?:tiep theo|sau|ke tiep)"),
    ("from_year", rf"(?:ke |bat dau )?tu nam (?P<y>{_Y})"),
    ("horizon", rf"(?:(?:tam nhin|dinh huong|muc tieu) )?(?:den|toi) (?:nam )?(?P<y>{_Y})"),     # "tới" as "đến"
    ("year", rf"(?:nam )?(?P<y>{_Y})"),
    ("recur_n", r"dinh ky (?P<n>\d{1,2}|mot|hai|ba|sau) thang(?![a-z])"),
    ("recur", r"(?P<dk>dinh ky )?(?:hang|moi) (?P<unit>nam|quy|thang|tuan|ngay)(?![a-z])"),
    ("recur_bare", r"dinh ky(?![a-z])"),
    ("ongoing", r"(?:nhiem vu )?(?:thuong xuyen|lien tuc)(?![a-z])"),
))
_TRIG = re.compile(r"(?<![a-z0-9])(?P<t>ke tu|bat dau tu|tu|truoc|cham nhat(?: la| vao| trong)*"
                   r"|han chot(?: la| vao)?|han cuoi(?: cung)?(?: la| vao)?|han(?: hoan thanh)? la|han(?: dung)?(?: vao| trong)?|den han(?: vao| trong)?|thoi han(?: la)?|den het|toi het|den|toi|ngay trong|trong|hoan thanh"
                   r"|xong|vao|du kien|lo trinh)(?: ?[:,(])? ?(?:\*\* ?)?(?:\d{1,2} ?(?:h|gio) ?\d{0,2} ?)?$")
_NEEDS_TRIGGER = {"day", "dayw", "month", "nmonths", "part", "range", "year"}
_START_TRIGGERS = {"tu", "ke tu", "bat dau tu"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WORD_NUM = {"mot": 1, "hai": 2, "ba": 3, "sau": 6}
_UNIT = {"nam": "hằng năm", "quy": "hằng quý", "thang": "hằng tháng", "tuan": "hằng tuần", "ngay": "hằng ngày"}
_SENTENCE_END = re.compile(r"[.;!?]")
_HORIZON_NOTE = "mốc mục tiêu"
_PLAN_PERIOD = re.compile(r"(thoi ky|giai doan) (19|20)\d\d ?[-–] ?(19|20)\d\d ?,? ?$")


@dataclass(frozen=True)
class _Token:
    name: str
    start: int          # in the folded key
    end: int
    m: re.Match
    trigger: str
    lead: int           # where the trigger words begin (== start when there are none)


def _tokens(key: str) -> list[_Token]:
    """Every grammar match, leftmost-longest, non-overlapping (earlier pattern wins a tie)."""
    found = []
    for prio, (name, rx) in enumerate(_PATTERNS):
        for m in rx.finditer(key):
            found.append((m.start(), -(m.end() - m.start()), prio, name, m))
    found.sort(key=lambda t: t[:3])
    out, last = [], 0
    for s, neg, _prio, name, m in found:
        if s < last:
            continue
        t = _TRIG.search(key, max(0, s - 40), s)
        out.append(_Token(name, s, s - neg, m, t.group("t") if t else "", t.start("t") if t else s))
        last = s - neg
    return out


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _bad(note: str) -> Deadline:
    return Deadline("", "unparsed", None, None, note)


def _day(tok: _Token, default_year: int | None) -> Deadline:
    g = tok.m.groupdict()
    if g.get("sep") and g["sep"] != "/" and not g.get("y") and not g.get("ngay"):
        return _bad("không rõ là ngày tháng")
    d, m = int(g["d"]), int(g["m"])
    note = ""
    if g.get("y"):
        y = int(g["y"])
    elif default_year is not None:
        y, note = default_year, f"không ghi năm; dùng năm mặc định {default_year}"
    else:
        return _bad("ngày không ghi năm và không có năm mặc định")
    try:
        day = date(y, m, d)
    except ValueError:
        return _bad(f"ngày không hợp lệ: {d}/{m}/{y}")
    if tok.trigger in _START_TRIGGERS:
        return Deadline("", "start", day, None, (note + "; " if note else "") + "mốc bắt đầu")
    return Deadline("", "due", day, day, note)


def _period(tok: _Token) -> Deadline:
    """Month, quarter, part of a year, year, year range: a due interval (or a start)."""
    g, name = tok.m.groupdict(), tok.name
    note = ""
    if name == "month":
        m, y = int(g["m"]), int(g["y"])
        if not 1 <= m <= 12:
            return _bad(f"tháng không hợp lệ: {m}")
        a, b = _month_span(y, m)
    elif name == "quarter":
        q, y = _ROMAN.get(g["q"]), int(g["y"])
        if q is None:
            return _bad(f"quý không hợp lệ: {g['q'].upper()}")
        a, b = _month_span(y, 3 * q - 2)[0], _month_span(y, 3 * q)[1]
    elif name == "nmonths":
        n, y = {"ba": 3, "sau": 6, "chin": 9}.get(g["n"]) or int(g["n"]), int(g["y"])
        if not 1 <= n <= 12:
            return _bad(f"số tháng không hợp lệ: {n}")
        if g["pos"] == "dau":
            a, b = date(y, 1, 1), _month_span(y, n)[1]
        else:
            a, b = date(y, 13 - n, 1), date(y, 12, 31)
    elif name == "part":
        y = int(g["y"])
        if g["pos"] == "giua":
            return _bad("'giữa năm' không có quy ước khoảng thời gian")
        if g["pos"] == "cuoi":
            a, b, note = date(y, 10, 1), date(y, 12, 31), "cuối năm: hiểu là quý IV"
        else:
            a, b, note = date(y, 1, 1), date(y, 3, 31), "đầu năm: hiểu là quý I"
    elif name == "range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 < y1:
            return _bad(f"khoảng năm ngược: {y1}-{y2}")
        a, b = date(y1, 1, 1), date(y2, 12, 31)
    else:  # year
        y = int(g["y"])
        a, b = date(y, 1, 1), date(y, 12, 31)
    if tok.trigger == "truoc":
        return _bad("'trước' một tháng/quý/năm: hạn chót không xác định rõ")
    if tok.trigger in _START_TRIGGERS and name != "range":
        if name == "year":
            return Deadline("", "ongoing", a, None, "từ năm này trở đi")
        return Deadline("", "start", a, None, "mốc bắt đầu")
    return Deadline("", "due", a, b, note)


def _interpret(tok: _Token, strict: bool, default_year: int | None) -> Deadline | None:
    """The deadline a token stands for; None when it is not one in this mode."""
    name, g = tok.name, tok.m.groupdict()
    if strict:
        if name in _NEEDS_TRIGGER and not tok.trigger and not (name == "range" and g.get("lead") == "tu"):
            return None
        if name in ("recur_bare", "ongoing") or (name == "recur" and not g.get("dk")):
            return None
        if name == "day" and not g.get("ngay") and not (g.get("y") and g.get("sep") == "/"):
            return None     # "có từ 40 - 50": numbers, not a date
    if name in ("day", "dayw"):
        return _day(tok, default_year)
    if name == "yongoing" or name == "from_year":
        return Deadline("", "ongoing", date(int(g["y"]), 1, 1), None, "từ năm này trở đi")
    if name == "horizon":
        y = int(g["y"])
        return Deadline("", "due", date(y, 1, 1), date(y, 12, 31), _HORIZON_NOTE)
    if name == "recur_n":
        n = _WORD_NUM.get(g["n"]) or int(g["n"])
        return Deadline("", "recurring", None, None, f"định kỳ {n} tháng")
    if name == "recur":
        return Deadline("", "recurring", None, None, ("định kỳ " if g.get("dk") else "") + _UNIT[g["unit"]])
    if name == "recur_bare":
        return Deadline("", "recurring", None, None, VAGUE_CYCLE)
    if name == "ongoing":
        return Deadline("", "ongoing", None, None, "nhiệm vụ thường xuyên")
    return _period(tok)


def _merge_recurring(items: list[tuple[_Token, Deadline | None]], key: str) -> list[tuple[int, int, Deadline]]:
    """Join "định kỳ 6 tháng ... trước ngày 15 tháng 6 và trước ngày 01 tháng 12" into one item."""
    out: list[tuple[int, int, Deadline]] = []
    i = 0
    while i < len(items):
        tok, dl = items[i]
        end, occ, j = tok.end, [], i + 1
        if dl is not None and dl.kind == "recurring":
            while j < len(items):
                nxt = items[j][0]
                if (nxt.name not in ("day", "dayw") or nxt.m.group("y") or nxt.start - end > 200
                        or _SENTENCE_END.search(key, end, nxt.start)):
                    break
                d, m = int(nxt.m.group("d")), int(nxt.m.group("m"))
                try:
                    date(2024, m, d)
                except ValueError:
                    break
                occ.append((m, d))
                end, j = nxt.end, j + 1
        if occ:
            when = " và ".join(f"{d:02d}/{m}" for m, d in occ)
            dl = replace(dl, occurrences=tuple(occ), note=f"{dl.note}: {when} hằng năm")
        if dl is not None:
            out.append((tok.lead, end, dl))
        i = j if occ else i + 1
    return out


def _scan(text: str, strict: bool, default_year: int | None) -> list[tuple[int, int, Deadline]]:
    key, pos = fold_with_offsets(text)
    items = [(tok, _interpret(tok, strict, default_year)) for tok in _tokens(key)]
    out = []
    for s, e, dl in _merge_recurring(items, key):
        a, b = pos[s], pos[e - 1] + 1
        out.append((a, b, replace(dl, text=text[a:b])))
    return out


def parse_deadline(text: str, *, default_year: int | None = None) -> Deadline:
    """One deadline phrase (a table cell, a short clause) as a Deadline; "unparsed" if it is not one."""
    if not isinstance(text, str):
        return _bad("không phải chuỗi văn bản")
    raw = nfc(text).strip()
    if not raw:
        return Deadline(raw, "unparsed", None, None, "chuỗi rỗng")
    if len(raw) > MAX_PHRASE:
        return Deadline(raw, "unparsed", None, None, f"quá dài để là một mốc thời gian ({len(raw)} ký tự)")
    if not isinstance(default_year, int) or not 1900 <= default_year <= 2100:
        default_year = None
    try:
        found = _scan(raw, False, default_year)
    except Exception:  # a grammar bug must not take down a caller
        log.exception("parse_deadline failed on %r", raw[:80])
        return Deadline(raw, "unparsed", None, None, "lỗi khi phân tích")
    if not found:
        return Deadline(raw, "unparsed", None, None, "không có mốc thời gian nhận ra được")
    distinct = {(d.kind, d.start, d.end, d.occurrences) for _, _, d in found}
    if len(distinct) > 1:
        return Deadline(raw, "unparsed", None, None,
                        "nhiều mốc thời gian: " + "; ".join(d.text for _, _, d in found))
    return replace(found[0][2], text=raw)


def find_deadlines(text: str, *, default_year: int | None = None) -> list[tuple[int, int, Deadline]]:
    """Every deadline phrase in a prose text, as (start, end, Deadline) with spans into ``text``, in order.

    Strict about what counts (see the module docstring): document references, program periods and
    adverbs are left out; target horizons are kept with note "mốc mục tiêu"."""
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_TEXT:
        log.warning("find_deadlines: text of %d chars cut to %d", len(text), MAX_TEXT)
        text = text[:MAX_TEXT]
    if not isinstance(default_year, int) or not 1900 <= default_year <= 2100:
        default_year = None
    try:
        found = _scan(text, True, default_year)
    except Exception:
        log.exception("find_deadlines failed on %r", text[:80])
        return []
    # "Quy hoạch … thời kỳ 2021-2030, tầm nhìn đến năm 2050": the horizon belongs to a plan's name
    key, pos = fold_with_offsets(text)
    return [x for x in found
            if not (x[2].note == _HORIZON_NOTE and _PLAN_PERIOD.search(key[:bisect_left(pos, x[0])]))]
