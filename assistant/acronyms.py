"""Acronyms the documents define ("Ủy ban Thường vụ Quốc hội (UBTVQH)", "trí tuệ nhân tạo (AI)"), learned
from the loaded clauses, the common ones of Vietnamese administration ("UBND"), and an initialism an official types
that the documents write out in full ("TMĐT": "thương mại điện tử", the words whose initials spell it), so a
question that uses one form also finds clauses written with the other."""
from __future__ import annotations

import re
from collections import Counter

from corpus import Clause
from corpus.normalize import fold, has_diacritics

_TYPED = re.compile(r"(?<![\w/&-])[A-ZĐ]{3,6}(?![\w/&-])")      # an initialism typed in a question
_DEFINED = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,9})\)")
# "… (sau đây gọi tắt là BCĐ)", "(viết tắt là TGV)": an abbreviation named after its long form
_CALLED = re.compile(r"\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là[:\s]+[\"“]?([A-ZĐ][A-ZĐ&]{1,9})[\"”]?\)",
                     re.IGNORECASE)
# where a long form cannot start: punctuation and the words that join a noun phrase to what precedes it
_BOUNDARY = re.compile(r"[,;:.\-–|*]|\b(?:của|về|các|cho|với|theo|và|là|như|trong|tại|có|đến|từ)\b", re.IGNORECASE)


def long_form(before: str, acronym: str) -> str:
    """The words an acronym abbreviates: the syllables whose initials spell it (a Vietnamese initialism),
    else the last two syllables per letter (a foreign acronym), cut at the last boundary."""
    letters = [ch for ch in acronym if ch.isalpha()]
    words = before.split()
    tail = words[-len(letters):]
    if len(tail) == len(letters) and all(fold(w)[:1] == fold(ch) for w, ch in zip(tail, letters)):
        return " ".join(tail)
    tail = " ".join(words[-2 * len(letters):])
    cut = list(_BOUNDARY.finditer(tail))
    return tail[cut[-1].end():].strip() if cut else tail


def _spelled_before(before: str, acronym: str) -> str:
    """The last run of words before "(sau đây gọi tắt là BCĐ)" whose initials spell the abbreviation ("Ban Chỉ
    đạo" of "Ban Chỉ đạo về phát triển … của Bộ …"), or ""."""
    letters = [fold(ch).lower() for ch in acronym if ch.isalpha()]
    words = re.findall(r"\w+", before)
    for i in range(len(words) - len(letters), -1, -1):
        if all(fold(w)[:1].lower() == ch for w, ch in zip(words[i:i + len(letters)], letters)):
            return " ".join(words[i:i + len(letters)])
    return ""


# Abbreviations of Vietnamese administration that documents use without defining them
COMMON = {
    "UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân", "CNTT": "công nghệ thông tin",
    "TTHC": "thủ tục hành chính", "KHCN": "khoa học công nghệ", "ĐMST": "đổi mới sáng tạo",
    "CĐS": "chuyển đổi số", "QPPL": "quy phạm pháp luật", "DVC": "dịch vụ công", "CSDL": "cơ sở dữ liệu",
    "BHXH": "bảo hiểm xã hội", "MTTQ": "mặt trận tổ quốc", "NSNN": "ngân sách nhà nước",
}
# words that join a phrase to another, never a word an initialism stands for ("trực tuyến để thực hiện")
_JOINING = frozenset("để và của các những với cho là thì mà có được trong theo về tại từ đến khi nếu".split())
INITIALISM_MIN = 3        # letters an initialism must have to be read from the documents' words


class Acronyms:
    """Both directions: acronym -> long form, and folded long form -> acronym."""

    def __init__(self, clauses: list[Clause]):
        seen: dict[str, Counter] = {}
        for c in clauses:
            text = c.full_text
            for m in _DEFINED.finditer(text):
                acronym = m.group(1)
                form = long_form(text[max(0, m.start() - 160):m.start()].split("(")[-1], acronym)
                if len(form.split()) >= max(2, sum(ch.isalpha() for ch in acronym)):
                    seen.setdefault(acronym, Counter())[form.lower()] += 1
            for m in _CALLED.finditer(text):
                form = _spelled_before(text[max(0, m.start() - 300):m.start()], m.group(1))
                if form:
                    seen.setdefault(m.group(1), Counter())[form.lower()] += 1
        self.long = {**COMMON, **{a: forms.most_common(1)[0][0] for a, forms in seen.items()}}
        self.short = {fold(form): a for a, form in self.long.items()}
        self._texts = [c.full_text for c in clauses]
        self._spelled: dict[str, tuple[Counter, dict[str, set[str]]]] = {}
        self._used = re.compile(r"(?<![\w&])(?:%s)(?![\w&])" % "|".join(map(re.escape, self.long))) if self.long else None

    def spelled(self, acronym: str, before: str = "") -> str:
        """The words of the documents whose initials spell an initialism no document defines ("TMĐT" ->
        "thương mại điện tử"): of the runs of such words within a sentence part, the one written after the word
        the question writes before it ("Cổng TTĐT": "cổng thông tin điện tử"), else the most written; "" where
        none."""
        if acronym not in self._spelled:
            letters = fold(acronym).lower()
            found: Counter = Counter()
            after: dict[str, set[str]] = {}
            if len(letters) >= INITIALISM_MIN and letters.isalpha():
                for text in self._texts:
                    for part in _BOUNDARY.split(text):
                        words = (part or "").split()
                        for i in range(len(words) - len(letters) + 1):
                            run = words[i:i + len(letters)]
                            if all(fold(w)[:1].lower() == ch and w.isalpha() and w.lower() not in _JOINING
                                   for w, ch in zip(run, letters)):
                                form = " ".join(w.lower() for w in run)
                                found[form] += 1
                                after.setdefault(form, set()).add(fold(words[i - 1]).lower() if i else "")
            self._spelled[acronym] = (found, after)
        found, after = self._spelled[acronym]
        key = fold(before).lower()
        placed = [f for f, _ in found.most_common() if key and key in after[f]]
        return placed[0] if placed else found.most_common(1)[0][0] if found else ""

    def expand(self, question: str) -> str:
        """The other form of each acronym or long form the question uses (empty when none)."""
        folded = fold(question)
        used = set(self._used.findall(question)) if self._used else set()
        extra = [form for a, form in self.long.items() if a in used and fold(form) not in folded]
        for m in _TYPED.finditer(question):
            before = question[:m.start()].split()[-1:]
            if m.group(0) not in self.long and (form := self.spelled(m.group(0), before[0] if before else "")):
                extra.append(form)
        if has_diacritics(question):    # typed without marks, the folded words weigh less than an acronym added
            extra += [a for form, a in self.short.items() if form in folded and a not in question]
        return " ".join(extra)
