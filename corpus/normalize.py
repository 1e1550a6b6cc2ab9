"""Text normalization shared by every stage: display text, search keys and accent folding.

Three forms of the same text:
- ``clean_markdown``: what a reader sees (markdown escapes, bold, footnote marks, images and span attributes
  removed, NFC).
- ``normalize``: the matching key (lower case, one tone-mark placement, collapsed whitespace).
- ``fold``: the key without diacritics, for questions typed without them ("bo nao chu tri").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&|<>~^=\"'])")
_BOLD = re.compile(r"(\*\*|__)")
_FOOTNOTE = re.compile(r"\[\^\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# what a Word file converted by pandoc carries: images ("![](media/image1.png){width=…}"), spans with attributes
# ("[trước ngày 30/9/2025]{.underline}") and a range's en dash written "--" ("2025--2030")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^{}]*\})?")
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[.#][^{}]*\}")
_RANGE_DASH = re.compile(r"(?<=\d)--(?=\d)")

# Old-style tone placement on the last vowel of "oa/oe/uy" endings -> tone on the first vowel.
# Only at the end of a syllable ("hoàn" is the same in both styles) and never after "q" ("quý").
_TONES = {
    "á": "a", "à": "a", "ả": "a", "ã": "a", "ạ": "a",
    "é": "e", "è": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
    "ý": "y", "ỳ": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y",
}
_MARK_OF = {"á": "\u0301", "à": "\u0300", "ả": "\u0309", "ã": "\u0303", "ạ": "\u0323",
            "é": "\u0301", "è": "\u0300", "ẻ": "\u0309", "ẽ": "\u0303", "ẹ": "\u0323",
            "ý": "\u0301", "ỳ": "\u0300", "ỷ": "\u0309", "ỹ": "\u0303", "ỵ": "\u0323"}
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([áàảãạéèẻẽẹýỳỷỹỵ])(?![a-zA-ZÀ-ỹđĐ])")


def _move_tone(m: re.Match) -> str:
    first, toned = m.group(1), m.group(2)
    base = _TONES[toned]
    if first in "oO" and base not in "ae":
        return m.group(0)
    if first in "uU" and base != "y":
        return m.group(0)
    return unicodedata.normalize("NFC", first + _MARK_OF[toned]) + base


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_markdown(text: str) -> str:
    """Display form of a line or block: markdown escapes/bold/footnotes removed, spaces collapsed."""
    text = nfc(text)
    text = _BR.sub("; ", text)
    text = _RANGE_DASH.sub("–", _SPAN.sub(r"\1", _IMAGE.sub("", text)))
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _BOLD.sub("", text)
    text = _FOOTNOTE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    return _WS.sub(" ", text).strip()


def unify_tones(text: str) -> str:
    """One tone-mark placement: 'hoá' -> 'hóa', 'uỷ' -> 'ủy', 'khoẻ' -> 'khỏe'."""
    return _OLD_TONE.sub(_move_tone, nfc(text))


def normalize(text: str) -> str:
    """Matching key: NFC, markdown removed, lower case, unified tones, collapsed whitespace."""
    return unify_tones(clean_markdown(text).lower())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accent-folded key: 'Bộ Khoa học' -> 'bo khoa hoc' (remembered: the same titles, headings and question
    words are folded for every question)."""
    text = normalize(text).replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_diacritics(text: str) -> bool:
    return fold(text) != normalize(text)
