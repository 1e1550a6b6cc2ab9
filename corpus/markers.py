"""Recognising the numbering markers Vietnamese administrative documents use.

A marker is the thing a reader cites: "I.", "II-", "1.", "1\\.", "2.1.", "1)", "a)", "đ)", "(1)",
"Điều 3", "Phụ lục II" and bullets "-", "*", "+". ``detect`` works on a line that has already
had its markdown decoration removed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Fixed ranks: a marker of a lower rank closes every open marker of an equal or higher rank.
RANKS = {
    "appendix": 0, "part": 1, "chapter": 2, "roman": 3, "article": 4,
    "num1": 5, "num2": 6, "num3": 7, "letter": 8, "numparen": 9, "pnum": 10, "proman": 11,
}
BULLET_RANK = 50

_ROMAN = re.compile(r"^(?=[IVXL])(X{0,3})(IX|IV|V?I{0,3})$")
_RE_BARE_APPENDIX = re.compile(r"^PH[ỤU]\s*L[ỤU]C\s*:?$")
_RE_TITLED_APPENDIX = re.compile(r"^ph[ụu]\s*l[ụu]c\s*:\s*(\S.*)$", re.IGNORECASE)
_RE_APPENDIX = re.compile(r"^ph[ụu]\s*l[ụu]c\s+(?:s[ốo]\s*)?([IVXL]+|\d+)\b[.:\-–]?\s*(.*)$", re.IGNORECASE)
_RE_PART = re.compile(r"^ph[ầa]n\s+(th[ứu]\s+\w+|[IVXL]+|\d+)\b[.:\-–]?\s*(.*)$", re.IGNORECASE)
_RE_CHAPTER = re.compile(r"^ch[ươ]+ng\s+([IVXL]+|\d+)\b[.:\-–]?\s*(.*)$", re.IGNORECASE)
_RE_ARTICLE = re.compile(r"^Điều\s+(\d{1,3})\s*[.:]\s*(.*)$")
_RE_ROMAN = re.compile(r"^([IVXL]{1,6})\s*[.\-–:]\s*(\S.*)?$")
_RE_NUM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.(?!\d)\s*(\S.*)?$")
_RE_NUMPAREN = re.compile(r"^(\d{1,2})\)\s*(\S.*)$")
_RE_LETTER = re.compile(r"^([a-zđ])\)\s*(\S.*)$")
_RE_PNUM = re.compile(r"^\((\d{1,2})\)\s*(\S.*)$")
_RE_PROMAN = re.compile(r"^\(([ivx]{1,4})\)\s*(\S.*)$")
_RE_BULLET = re.compile(r"^([-*+•–])\s+(.*)$")


@dataclass(frozen=True)
class Marker:
    type: str        # a key of RANKS, or "bullet"
    value: str       # the path component: "II", "3", "đ", "PLII", "Điều 1"; "" for bullets
    rest: str        # the text after the marker
    char: str = ""   # the bullet character

    @property
    def rank(self) -> int:
        return RANKS.get(self.type, BULLET_RANK)


def is_roman(token: str) -> bool:
    return bool(token) and bool(_ROMAN.match(token))


def detect(line: str) -> Marker | None:
    """The marker at the start of a cleaned line, or None."""
    s = line.strip()
    if not s:
        return None
    m = _RE_APPENDIX.match(s)
    if m and len(s) < 300:
        return Marker("appendix", "PL" + m.group(1).upper(), m.group(2))
    if _RE_BARE_APPENDIX.match(s):        # "PHỤ LỤC" alone on its line: the document's one appendix
        return Marker("appendix", "PL", "")
    m = _RE_TITLED_APPENDIX.match(s)
    if m and len(s) < 300:                # "Phụ lục: Tiến độ thực hiện các nhiệm vụ": the one appendix, titled
        return Marker("appendix", "PL", m.group(1))
    m = _RE_PART.match(s)
    if m and len(s) < 200 and (m.group(2) == "" or m.group(2)[:1].isupper()):
        return Marker("part", "Phần " + m.group(1), m.group(2))
    m = _RE_CHAPTER.match(s)
    if m and len(s) < 200:
        return Marker("chapter", "Chương " + m.group(1).upper(), m.group(2))
    m = _RE_ARTICLE.match(s)
    if m:
        return Marker("article", "Điều " + m.group(1), m.group(2))
    m = _RE_ROMAN.match(s)
    if m and is_roman(m.group(1)):
        return Marker("roman", m.group(1), m.group(2) or "")
    m = _RE_NUM.match(s)
    if m and (m.group(2) or "." in m.group(1)):
        value = m.group(1)
        depth = value.count(".") + 1
        return Marker(f"num{depth}", value, m.group(2) or "")
    m = _RE_NUMPAREN.match(s)
    if m:
        return Marker("numparen", m.group(1), m.group(2))
    m = _RE_LETTER.match(s)
    if m:
        return Marker("letter", m.group(1), m.group(2))
    m = _RE_PNUM.match(s)
    if m:
        return Marker("pnum", m.group(1), m.group(2))
    m = _RE_PROMAN.match(s)
    if m:
        return Marker("proman", m.group(1), m.group(2))
    m = _RE_BULLET.match(s)
    if m:
        rest = m.group(2)
        inner = _RE_PNUM.match(rest)      # "* (1) ..." numbers the bullet itself
        if inner:
            return Marker("pnum", inner.group(1), inner.group(2))
        return Marker("bullet", "", rest, char=m.group(1))
    return None
