"""Chat wording: the words around a question that ask nothing, a preamble ("Em đang làm báo cáo quý, cho em hỏi
…", "Xin hỏi: …") and polite endings ("… vậy ạ?", "… giúp mình nhé") (left in, "ạ" folds to the "à" of "… chủ trì
à?", a yes/no question, and a preamble's words join the search); and the everyday "mấy" of a count."""
from __future__ import annotations

import re

from corpus.normalize import fold, has_diacritics

# up to where a preamble ends: "… cho em hỏi (nhanh|chút|là)", "xin hỏi:", "nhờ anh chị xem giúp", folded
_ASK_START = re.compile(
    r"^.{0,160}?\b(?:cho (?:em|minh|toi|anh|chi|to|tui) hoi|cho hoi|xin hoi|(?:em|minh|toi|anh|chi) (?:muon|can) hoi|"
    r"nho (?:(?:anh|chi|ban|moi nguoi|cac anh chi|he thong) )?(?:xem|tra|kiem tra|tra cuu)(?: giup| giup (?:em|minh|toi))?)"
    r"(?:\s+(?:nhanh|chut|xiu|ty|mot chut|voi|la))*\s*[:,.]?\s+")
# polite words at the end: "ạ", "vậy", "với", "nhé", "nha", "nhỉ", "giúp em", "giùm mình"; "ạ" only with its mark
_ENDING = re.compile(r"(?:\s+(?:ạ|Ạ|vậy|vay|với|voi|nhé|nhe|nha|nhỉ|(?:giúp|giup|giùm|gium)(?:\s+(?:em|mình|minh|tôi|toi))?))+"
                     r"(?=\s*[?.!]*\s*$)", re.IGNORECASE)
MIN_WORDS = 4           # what is left of a question once its preamble goes


# typed without marks, a closing "a" is the polite "ạ" after a question word ("… the nao a?") or "vay", "voi";
# alone it may be the "à" of a yes/no question ("… thu tuong chu tri a?")
_CLOSING_A = re.compile(r"\s+a\s*([?.!]*)\s*$")
_A_IS_POLITE = re.compile(r"\b(?:nao|gi|bao nhieu|ai|may|dau|sao|bao gio)\b|\b(?:vay|voi|nhe|nha)\s+a\s*[?.!]*\s*$")


def plain(question: str) -> str:
    """The question without a chat preamble and polite ending; unchanged where too little would be left."""
    q = question
    if not has_diacritics(q) and _CLOSING_A.search(q) and _A_IS_POLITE.search(q.lower()):
        q = _CLOSING_A.sub(r"\1", q)
    q = _ENDING.sub("", q).rstrip()
    key = fold(q).lower()
    m = _ASK_START.match(key) if len(key) == len(q) else None     # a place in the key is one in the question
    if m and len(q[m.end():].split()) >= MIN_WORDS:
        rest = q[m.end():]
        q = rest[:1].upper() + rest[1:]
    return q if len(q.split()) >= MIN_WORDS else question


# "có mấy nhóm", "mấy dự án luật": "mấy" before a noun counts; after one it asks which ("quý mấy", "số mấy",
# "lần thứ mấy"), and "mấy việc nào" asks which tasks
_HOW_MANY = re.compile(r"(?<!\bthứ )(?<!\bsố )(?<!\bquý )(?<!\btháng )(?<!\bngày )(?<!\bnăm )(?<!\bđiều )(?<!\bmục )"
                       r"(?<!\bkhoản )(?<!\blục )(?<!\bkhóa )(?<!\bkỳ )(?<!\bđợt )(?<!\bphần )(?<!\bnhóm )(?<!\bchương )"
                       r"\b(mấy)(?=\s+\w)(?!(?:\s+\w+){1,3}\s+nào\b)", re.IGNORECASE)


def counts(question: str) -> str:
    """The question with the "mấy" of a count written "bao nhiêu", as the documents' questions are read."""
    return _HOW_MANY.sub(lambda m: "Bao nhiêu" if m.group(1)[0].isupper() else "bao nhiêu", question)
