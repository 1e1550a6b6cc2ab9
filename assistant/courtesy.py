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
    q = q if len(q.split()) >= MIN_WORDS else question
    return reported(q)


# a claim reported, then asked about in a sentence of its own: "Có người nói X. Nói vậy có chính xác không?",
# "Nghe nói X, điều đó có đúng không?", folded
_REPORTED = re.compile(
    r"^\s*(?:(?:co|nhieu) (?:nguoi|y kien|bai bao|tin|thong tin)|nghe noi|nguoi ta|"
    r"(?:em|minh|toi|tui|anh|chi) (?:nghe|doc|thay)(?: thay)?(?: (?:noi|nguoi ta noi|bao|tin))?)"
    r"(?:\s+(?:noi|bao|cho rang|viet|khang dinh|bao rang|noi rang|cho la|dua tin))?(?:\s+(?:rang|la))?\s*[:,]?\s+")
_ABOUT_IT = re.compile(
    r"\s*[.;,!]\s*(?:(?:noi|hieu|viet|nhu) )?(?:vay|nhu vay|the|nhu the|the thi|vay thi|dieu (?:do|nay)|"
    r"thong tin (?:do|nay|tren)|y kien (?:do|nay)|cau (?:do|nay))\s+(?:co\s+)?(?:dung|chinh xac|that|chuan|"
    r"dung su that)\s+(?:khong|chua|khong vay|ko)\s*[?.!]*\s*$")


def reported(question: str) -> str:
    """A claim someone is reported to make, asked about in a sentence of its own, as one yes/no question:
    "Có người nói X. Nói vậy có chính xác không?" -> "X, đúng không?"; unchanged otherwise."""
    key = fold(question).lower()
    end = _ABOUT_IT.search(key)
    if not end or len(key) != len(question):
        return question
    start = _REPORTED.match(key)
    claim = question[start.end() if start else 0:end.start()].strip()
    if len(claim.split()) < MIN_WORDS or not (start or re.search(r"[.;!]", key[end.start():end.start() + 3])):
        return question
    return f"{claim[:1].upper()}{claim[1:]}, {'đúng không' if has_diacritics(question) else 'dung khong'}?"


# "có mấy nhóm", "mấy dự án luật": "mấy" before a noun counts; after one it asks which ("quý mấy", "số mấy",
# "lần thứ mấy"), and "mấy việc nào" asks which tasks
_HOW_MANY = re.compile(r"(?<!\bthứ )(?<!\bsố )(?<!\bquý )(?<!\btháng )(?<!\bngày )(?<!\bnăm )(?<!\bđiều )(?<!\bmục )"
                       r"(?<!\bkhoản )(?<!\blục )(?<!\bkhóa )(?<!\bkỳ )(?<!\bđợt )(?<!\bphần )(?<!\bnhóm )(?<!\bchương )"
                       r"\b(mấy)(?=\s+\w)(?!(?:\s+\w+){1,3}\s+nào\b)", re.IGNORECASE)


_ROWS_OF = re.compile(r"\b([Bb]ao nhiêu|bao nhieu) (?:dòng|hàng|dong|hang) (?=chỉ tiêu|nhiệm vụ|chi tieu|nhiem vu)")


def counts(question: str) -> str:
    """The question with the "mấy" of a count written "bao nhiêu", as the documents' questions are read."""
    counted = _HOW_MANY.sub(lambda m: "Bao nhiêu" if m.group(1)[0].isupper() else "bao nhiêu", question)
    return _ROWS_OF.sub(r"\1 ", counted)       # "bao nhiêu dòng chỉ tiêu": the indicators, counted by their rows


# "Phiên hai", "phiên họp 2", "kỳ họp 9": a sitting's number said without "thứ", as the documents write it
_SITTING = re.compile(r"\b(phiên|kỳ|phien|ky)(\s+họp|\s+hop)?\s+(một|hai|ba|bốn|năm|nhất|mot|bon|nam|nhat|\d{1,2})\b(?!\s*[/.]\d)",
                      re.IGNORECASE)
_ORDINAL = {"một": "nhất", "mot": "nhat", "nhất": "nhất", "nhat": "nhat", "bốn": "tư", "bon": "tu"}


def sittings(question: str) -> str:
    """The question with a sitting numbered without "thứ" written as the documents write it: "Phiên hai yêu cầu …"
    -> "Phiên họp thứ hai yêu cầu …", "kỳ họp 9" -> "kỳ họp thứ 9"."""
    marked = has_diacritics(question)

    def write(m: re.Match) -> str:
        meeting = m.group(2) or (" họp" if marked else " hop")
        return f"{m.group(1)}{meeting} {'thứ' if marked else 'thu'} {_ORDINAL.get(m.group(3).lower(), m.group(3))}"
    return _SITTING.sub(write, question)


# the shorthand of chat messages, typed in lower case ("bn cái?", "cq nào", "nv này có đc giao ko"), as (marked,
# unmarked) words; "j" only as "là j", "làm j"
_SHORTHAND = {"bn": ("bao nhiêu", "bao nhieu"), "bnhieu": ("bao nhiêu", "bao nhieu"), "ko": ("không", "khong"),
              "hok": ("không", "khong"), "khg": ("không", "khong"), "đc": ("được", "duoc"), "dc": ("được", "duoc"),
              "cq": ("cơ quan", "co quan"), "nv": ("nhiệm vụ", "nhiem vu"), "tg": ("thời gian", "thoi gian"),
              "ntn": ("như thế nào", "nhu the nao"), "vs": ("với", "voi"), "bh": ("bao giờ", "bao gio"),
              "sl": ("số lượng", "so luong")}
_SHORT_WORD = re.compile(r"(?<![\w&/.-])(%s)(?![\w&/-])|\b(?:là|làm|la|lam) (j)\b" % "|".join(map(re.escape, _SHORTHAND)))


_APPENDIX = re.compile(r"\bPL\s*([IVX]{1,4}|\d{1,2})\b")        # "PL II", "PL2": "Phụ lục II"


def shorthand(question: str) -> str:
    """The question with chat shorthand written out: "đầu ra tối thiểu bn cái?" -> "… bao nhiêu cái?", "PL II" ->
    "Phụ lục II"."""
    marked = has_diacritics(question)
    question = _APPENDIX.sub(lambda m: f"{'Phụ lục' if marked else 'Phu luc'} {m.group(1)}", question)
    return _SHORT_WORD.sub(lambda m: _SHORTHAND[m.group(1)][0 if marked else 1] if m.group(1)
                           else m.group(0)[:-1] + ("gì" if marked else "gi"), question)
