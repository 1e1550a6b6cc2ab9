"""Text helpers the quiz compares and cuts with: folded matching, numbers, shortening, dates."""
from __future__ import annotations

import re
from datetime import date

from corpus.normalize import fold

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def compare_key(text: str) -> str:
    """Folded, with leading zeros of numbers dropped: '06/2025' == '6/2025'."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", fold(text)).strip(" .")


def appears(needle: str, hay: str) -> bool:
    """``needle`` is in ``hay`` as whole words/numbers (folded, leading zeros ignored)."""
    n = compare_key(needle)
    return bool(n) and re.search(rf"(?<![0-9a-z]){re.escape(n)}(?![0-9a-z])", compare_key(hay)) is not None


def numbers(text: str) -> set[str]:
    return {(n.lstrip("0") or "0").replace(",", ".") for n in NUMBER.findall(text)}


def shorten(text: str, limit: int = 120) -> str:
    t = re.sub(r"\s+", " ", text).strip().rstrip(".;:, ")
    if len(t) <= limit:
        return t
    cut = t[:limit + 1].rsplit(" ", 1)[0].rstrip(",;:-–( ")
    return cut + "…"


def strip_paren(text: str) -> str:
    return re.sub(r"\s*\(.*\)\s*$", "", text).strip()


def vn_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"
