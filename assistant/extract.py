"""Extractive pieces of an answer: the sentence of a clause that answers, and confidence."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from assistant.plain_words import in_document_words
from corpus import Clause
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold, has_diacritics
from corpus.references import NUMBER_WORDS, meeting_ordinals
from indexing.tokenize import STOPWORDS, STOPWORDS_WRITTEN, syllables

# Words that say what kind of answer is wanted, not what it is about.
_QUESTION_TEXT = """
nào ai gì bao nhiêu khi giờ đâu sao thế hỏi biết cho tôi xin vui lòng hãy
chủ trì phối hợp chịu trách nhiệm thời hạn hạn chót hoàn thành phải cần được nêu quy định theo
văn bản nghị quyết kế hoạch thông báo đề cương nội dung gồm những cái là có không
phần trăm tỷ tỉ lệ mấy muốn xong lo đi i ii iii iv v vi vii phụ lục
"""
QUESTION_WORDS = frozenset(fold(w) for w in _QUESTION_TEXT.split())

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# "50.000 kỹ sư" is one sentence, and so is "… Nghị quyết số 57-NQ/TW. bảo đảm …" (a stray full stop before a
# lower-case word); a line ends one
# a "." inside a sentence: between digits, before a lowercase word, or dots closing a bracket or an "…" aside
# ("cơ sở dữ liệu...) và phát triển …", "dữ liệu lớn,...)")
_SENTENCE = re.compile(rf"(?:[^.!?\n]|(?<=\d)\.(?=\d)|\.+(?=[)\],;]|[ \t]+(?![{_UPPER}])[^\W\d_]))+(?:[.!?]+|$)", re.M)
_PART = re.compile(r"[^;]+(?:;|$)")
_NUMBER = re.compile(r"\d")
_I_FOR_Y = re.compile(r"^([bcdghklmnpqrstvx]+)y$")     # "tỷ lệ" and "tỉ lệ", "kỹ" and "kĩ" are one word


class TermStats:
    """Document frequencies of folded syllables over the clauses (for IDF-weighted coverage)."""

    def __init__(self, clauses: list[Clause]):
        self.n = max(1, len(clauses))
        df: Counter = Counter()
        pairs: Counter = Counter()      # two syllables written together, "tỷ"/"tỉ" as one
        for c in clauses:
            own = _terms(c.full_text)
            df.update(set(own + _terms(" ".join(c.context[-1:]))))
            spelt = _one_spelling(own)
            pairs.update({f"{a} {b}" for a, b in zip(spelt, spelt[1:])})
        self.df = df
        self.pair_df = pairs

    def idf(self, term: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(term, 0)))

    def pair_idf(self, pair: str) -> float:
        """IDF of two syllables written together ("danh tinh")."""
        return math.log(1 + self.n / (1 + self.pair_df.get(pair, 0)))


def _terms(text: str) -> list[str]:
    return [fold(s) for s in syllables(fold(text))]


def _one_spelling(terms: list[str]) -> list[str]:
    return [_I_FOR_Y.sub(r"\1i", t) for t in terms]


def content_terms(question: str) -> list[str]:
    return [t for t in _terms(question) if t not in STOPWORDS and t not in QUESTION_WORDS]


def coverage(question: str, texts: list[str], stats: TermStats) -> float:
    """IDF-weighted share of the question's content words (and word pairs) found in `texts`."""
    terms = content_terms(question)
    if not terms:
        return 0.0
    have = set()
    for t in texts:
        have.update(_terms(t))
    joined = " " + " ".join(" ".join(_terms(t)) for t in texts) + " "
    total = got = 0.0
    for t in set(terms):
        w = stats.idf(t)
        total += w
        got += w if t in have else 0.0
    pairs = [f"{a} {b}" for a, b in zip(terms, terms[1:])]
    for p in set(pairs):
        w = 0.5 * (stats.idf(p.split()[0]) + stats.idf(p.split()[1])) * 0.5
        total += w
        got += w if f" {p} " in joined else 0.0
    return got / total if total else 0.0


def word_pairs(text: str) -> list[str]:
    """The pairs of adjacent words a text writes, folded ("che do", "do hop"), in order."""
    words = re.findall(r"\w+", fold(text).lower())
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def pair_share(phrase: str, text: str, stats: TermStats) -> float:
    """IDF-weighted share of the phrase's adjacent word pairs (each weighted by how rare the pair is) that `text`
    writes, 1.0 for a phrase of one word: how far the text names what the
    phrase names ("Đề án phát triển công nghệ lượng tử quốc gia" is not "Đề án phát triển … nhân tài … quốc gia")."""
    terms = _one_spelling(_terms(phrase))
    pairs = set(zip(terms, terms[1:]))
    joined = " " + " ".join(_one_spelling(_terms(text))) + " "
    total = got = 0.0
    for a, b in pairs:
        w = stats.pair_idf(f"{a} {b}")
        total += w
        got += w if f" {a} {b} " in joined else 0.0
    return got / total if total else 1.0


def sentence_coverage(question: str, clauses: list[Clause], stats: TermStats) -> list[float]:
    """For each clause, the coverage of the question by its best sentence read under its two nearest headings:
    a long paragraph whose one sentence answers ("… Nghị quyết số 193/2025/NQ-QH15 với 12 cơ chế, chính sách thí
    điểm") is as good a match as a short clause that says only that."""
    terms = content_terms(question)
    if not terms:
        return [0.0] * len(clauses)
    weights = {t: stats.idf(t) for t in set(terms)}
    pair_weights = {p: 0.25 * (weights[p[0]] + weights[p[1]]) for p in set(zip(terms, terms[1:]))}
    total = sum(weights.values()) + sum(pair_weights.values())
    out = []
    for clause in clauses:
        head_words, head_pairs = _sentence_terms(" ".join(clause.context[-2:]))[0] if clause.context else ((), ())
        best = 0.0
        for words, wpairs in _sentence_terms(clause.full_text):
            got = sum(w for t, w in weights.items() if t in words or t in head_words)
            got += sum(w for p, w in pair_weights.items() if p in wpairs or p in head_pairs)
            best = max(best, got)
        out.append(best / total)
    return out


@lru_cache(maxsize=8192)
def _sentence_terms(text: str) -> tuple[tuple[frozenset, frozenset], ...]:
    """Each sentence's folded syllables and adjacent syllable pairs (a heading counts as one sentence)."""
    out = []
    for s, e in sentences(text):
        words = _terms(text[s:e])
        out.append((frozenset(words), frozenset(zip(words, words[1:]))))
    return tuple(out)


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (or ';'-separated parts) of a text."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        parts = [(s + p.start(), s + p.end()) for p in _PART.finditer(text[s:e])] if e - s > 300 else [(s, e)]
        for ps, pe in parts:
            while ps < pe and (text[ps].isspace() or text[ps] in ");,."):    # the close of a bracket cut at ';'
                ps += 1
            if pe - ps > 2:
                out.append((ps, pe))
    return out or [(0, len(text))]


def sentence_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of the sentence of `text` that holds character `at`."""
    return next(((s, e) for s, e in sentences(text) if s <= at < e), None)


ITEM_MARK = re.compile(r"(?:(?<=\s)|^)(?:\((\d{1,2})\)|(\d{1,2})\)|([a-zđ])\))\s+")


# a dash opening an item written inline, after a colon or the end of the item before it
_DASH_ITEM = re.compile(r"(?<=[:;.])\s+[-–]\s+(?=\S)")


def enumerated_items(text: str, min_items: int = 2) -> list[tuple[int, int]]:
    """Spans of the items a clause enumerates inline: "(1) … (2) …", "a) … b) …", or three or more
    ';'-separated parts after a colon ("… như: X; Y; Z"). Markers must run in order from the first."""
    marks = []
    for m in ITEM_MARK.finditer(text):
        num = m.group(1) or m.group(2)
        rank = int(num) if num else ord(m.group(3)) - ord("a") + 1
        if rank == len(marks) + 1:
            marks.append(m)
    if len(marks) >= min_items:
        ends = [m.start() for m in marks[1:]] + [len(text)]
        items = [_trim(text, m.start(), e) for m, e in zip(marks, ends)]
        # "(5) Luật Ngân sách. (6) Luật Năng lượng nguyên tử. Đồng thời, …": items of one sentence each
        # end the list at the last one's full stop, not at the end of the paragraph
        if not any(_SENTENCE_BREAK.search(text, s, e) for s, e in items[:-1]):
            stop = _SENTENCE_BREAK.search(text, *items[-1])
            if stop:
                items[-1] = _trim(text, items[-1][0], stop.start() + 1)
        return items
    dashes = list(_DASH_ITEM.finditer(text))
    if len(dashes) >= max(2, min_items):
        # "… bao gồm: - Nghị định …; - Nghị định …. - Nghị định …" written inline (a table cell), to the cell's end
        cell = CELL.search(text, dashes[-1].end())
        ends = [d.start() for d in dashes[1:]] + [cell.start() if cell else len(text)]
        return [_trim(text, d.end(), e) for d, e in zip(dashes, ends)]
    colon = text.find(":")
    parts = [(colon + 1 + p.start(), colon + 1 + p.end()) for p in _PART.finditer(text[colon + 1:])] if colon >= 0 else []
    if len(parts) >= max(3, min_items) and all(e - s <= 250 for s, e in parts):
        return [_trim(text, s, e) for s, e in parts]
    return []


_SENTENCE_BREAK = re.compile(rf"[.!?](?=\s+[{_UPPER}])(?<!\d\.)")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ";,"):
        e -= 1
    return s, e


def best_sentences(question: str, text: str, stats: TermStats, want_number: bool = False,
                   max_chars: int = 380) -> list[tuple[int, int]]:
    """The best sentence, plus the next best when it also matches well and fits (in text order)."""
    terms = set(content_terms(question))
    # "… tự chịu trách nhiệm về những mặt nào?": the words before "những mặt", not "những mặt" itself
    asked = re.sub(r"\b(?:cai|dieu|thu|khoan) (?=gi\b)", "", fold(question).lower())   # "biến … thành cái gì?"
    # the words the question asks after; where the text never writes them ("… phản hồi của những đối tượng
    # nào?"), the words the asked ones belong to ("phản hồi của người dân, doanh nghiệp …")
    found = [m.group(1) for m in (_ASKED_AFTER_ASPECT.search(asked) or _ASKED_AFTER.search(asked),
                                  _ASKED_OF.search(asked)) if m]
    key = fold(text).lower()
    words = next((w for w in found if re.search(rf"\b{w}\b", key)), found[0] if found else "")
    after = re.compile(rf"\b{words}\b") if words else None
    scored = []
    for s, e in sentences(text):
        words = set(_terms(text[s:e]))
        score = sum(stats.idf(t) for t in terms & words)
        if want_number and _NUMBER.search(text[s:e]):
            score *= 1.5
        if after is not None and after.search(fold(text[s:e]).lower()):
            score *= ASKED_AFTER_WEIGHT     # "… thành ủy nào?" and "đại diện lãnh đạo Thành ủy Hà Nội"
        scored.append((score, s, e))
    if not scored:
        return [(0, min(len(text), max_chars))]
    scored.sort(key=lambda x: -x[0])
    best = scored[0]
    chosen = [best]
    if len(scored) > 1:
        second = scored[1]
        # the part right after the best one that writes the words asked after ("… hoạt động hiệu quả; giao quyền
        # tự chủ, tự chịu trách nhiệm về tổ chức, cán bộ …" for "… tự chịu trách nhiệm về những mặt nào?")
        follows = next((x for x in scored[1:] if x[1] >= best[2] and not text[best[2]:x[1]].strip()), None)
        if after is not None and follows is not None and follows is not second and not after.search(
                fold(text[best[1]:best[2]]).lower()) and after.search(fold(text[follows[1]:follows[2]]).lower()):
            second = (best[0], follows[1], follows[2])
        if second[0] >= 0.6 * best[0] > 0 and (best[2] - best[1]) + (second[2] - second[1]) <= max_chars:
            chosen.append(second)

    def matched(a: int, b: int) -> float:
        return sum(stats.idf(t) for t in terms & set(_terms(text[a:b])))
    spans = sorted(_window(after, text, s, e, max_chars, matched) for _, s, e in chosen)
    if _ASKS_KINDS.search(asked) and len(spans) == 1:
        # "… những hành vi vi phạm nào?" and "… nhất là hành vi A, B, C; lừa dối, giả mạo trong …": the list runs on
        # past the ';' into a last part that opens in lower case and ends the sentence
        s, e = spans[0]
        nxt = next(((a, b) for a, b in sentences(text) if a >= e and not text[e:a].strip(" ;")), None)
        if text[:e].rstrip().endswith(";") and nxt and text[nxt[0]].islower() \
                and text[nxt[0]:nxt[1]].rstrip().endswith(".") and nxt[1] - s <= max_chars + RUN_ON:
            spans = [(s, nxt[1])]
    return spans


_ASKS_KINDS = re.compile(r"\b(?:nhung|cac) (?:[a-z]+ ){0,3}?(?:hanh vi|loai|hinh thuc|linh vuc|van de|noi dung) "
                         r"(?:[a-z]+ ){0,3}?(?:nao|gi)\b")
RUN_ON = 160      # a list's last ';'-part may add this much to an answer's length


# the words a "… nào?" / "… gì?" question asks after ("theo hướng nào?", "lên hệ thống nào?", "thành ủy nào?")
_ASKED_AFTER = re.compile(r"\b([a-z]+ [a-z]+) (?:nao|gi)\b")
_ASKED_AFTER_ASPECT = re.compile(r"\b([a-z]+ [a-z]+) (?:nhung|cac) (?:mat|diem|khia canh|phuong dien|van de) (?:nao|gi)\b")
# "… (sự quan tâm,) phản hồi của những đối tượng nào?": the words whose object is asked
_ASKED_OF = re.compile(r"\b([a-z]+ [a-z]+) (?:cua|cho|voi|tu) (?:nhung|cac) (?:[a-z]+ ){0,2}?(?:nao|gi)\b")
ASKED_AFTER_WEIGHT = 2.5    # a sentence writing the words a question asks after scores this much more
AFTER_ASKED = 160     # a long sentence is cut to hold this much after the words the question asks after
WINDOW_STEP = 4       # … or where the question's words are, its cut tried every this many words


_OPENS = re.compile(r"(?:[.:!?]\s*|\s-\s*|\n\s*)$")


def _window(after: re.Pattern | None, text: str, s: int, e: int, max_chars: int, matched=None) -> tuple[int, int]:
    """At most `max_chars` of the sentence text[s:e]: when the words the question asks after (`after`,
    folded) are written further on, ending AFTER_ASKED characters past them; else the stretch that
    `matched` scores best (the question's words, weighted), the latest of equals, as what is asked follows the
    words asking it (on word boundaries)."""
    if e - s <= max_chars:
        return s, e
    key, pos = fold_with_offsets(text[s:e])
    at = after.search(key.lower()) if after is not None else None
    if at is None and matched is not None:
        words = [s + m.end() for m in re.finditer(r"\s+", text[s:e])]
        starts = [s] + [a for a in words if a <= e - max_chars][WINDOW_STEP - 1::WINDOW_STEP] + \
            [a for a in words if a >= e - max_chars][:1]        # … and the last stretch, to the sentence's end
        starts = sorted(set(starts + [a for a in words if a <= e - max_chars and _OPENS.search(text, a - 3, a)]))
        scores = {a: matched(a, a + max_chars) for a in starts}
        top = max(scores.values())
        ties = [a for a in starts if scores[a] == top]
        # the latest of equals, but one opening a sentence, an item or what a colon introduces
        # before one inside a run ("… gồm: - Luật A; Luật B; Luật C để …" quoted from "- Luật A")
        opening = [a for a in ties if _OPENS.search(text, max(s, a - 3), a)]
        # none of the question's words written ("Mục III.2 … nói gì?"): from the sentence's start, not from a
        # syllable inside a name ("… trực thuộc Trung | ương có trách nhiệm …")
        best = s if top <= 0 else max(opening or ties)
        end = min(e, best + max_chars)
    elif at is None or pos[at.end() - 1] + 1 + AFTER_ASKED <= max_chars:
        end = s + max_chars
    else:
        end = min(e, s + pos[at.end() - 1] + 1 + AFTER_ASKED)
    start = max(s, end - max_chars)
    while start > s and not text[start - 1].isspace():      # whole words
        start += 1
    while end < e and not text[end].isspace() and text[end - 1].isalnum():
        end -= 1
    return start, end


def cut_for(question: str, text: str, s: int, e: int, max_chars: int, stats: TermStats) -> tuple[int, int]:
    """At most `max_chars` of text[s:e], where the question's words are (see `_window`)."""
    terms = set(content_terms(question))

    def matched(a: int, b: int) -> float:
        return sum(stats.idf(t) for t in terms & set(_terms(text[a:b])))
    return _window(None, text, s, e, max_chars, matched)


def whole_sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence holding text[s:e], whole: a ';'-separated part of a long sentence (see `sentences`) widened
    to all of it."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= s < m.end():
            return _trim(text, m.start(), max(e, m.end()))
    return s, e


_YEAR = re.compile(r"^(19|20)\d\d$")
_NUM_TOKEN = re.compile(r"(?<![\w/.-])(\d+(?:[.,]\d+)*)(?![\w/-]|/\d)")
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/(19|20)\d\d|\d{1,2}/\d{1,2}|\d+\s*[-/]\s*[A-ZĐa-zđ]{2,}")
# a number naming a document, a plan or a place in one ("Đề án 06", "Phụ lục 2", "Khóa XV"), not an amount
_NAMED_NUM = re.compile(r"\b(?:Đề án|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông báo|Kế hoạch|Nghị định|Phụ lục|"
                        r"Điều|[Kk]hoản|[Mm]ục|[Ss]ố|[Kk]hóa|[Kk]hoá)\s+\d+\b")
_MARKER_NUM = re.compile(r"(?:^|[:;.]\s*|\n\s*)\(\d{1,2}\)")     # an item marker, not "kiêm nhiệm (03)"
_SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Lương Trịnh Đinh "
             "Mai Cao Hà Đào Lâm Trương Tạ Đoàn Vương Chu Kiều Lò Thái Quách Hứa Mạc Triệu Từ").split()
_PERSON = re.compile(r"\b(?:%s)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}\b" % "|".join(_SURNAMES))


def has_quantity(text: str) -> bool:
    """A number that states an amount: not a year, a date, a document number or a list marker."""
    t = _MARKER_NUM.sub(" ", _DATE_LIKE.sub(" ", _NAMED_NUM.sub(" ", text)))
    for m in _NUM_TOKEN.finditer(t):
        if not _YEAR.match(m.group(1)):
            return True
    return bool(re.search(r"(19|20)\d\d\s*%", text) or _FRACTION.search(text) or _GLUED_UNIT.search(text))


# a figure written onto its unit: "trên 1Gb/s", "100Mbps", "500MW" ("5G" names a technology, no amount)
GLUED_UNITS = r"(?:Gb/s|Mb/s|Tb/s|Gbps|Mbps|Tbps|GB|TB|MW|GW|kW|MHz|GHz)\b"
_GLUED_UNIT = re.compile(r"(?<![\w/.-])\d+(?:[.,]\d+)?" + GLUED_UNITS)


# a fraction of a whole, not a day of a month: "ít nhất 2/3 thành viên", "quá 1/2 số phiếu"
# "23/48 phường, xã" (of a whole no month can be): a count of all
_FRACTION = re.compile(r"(?<![\d/])(?<!ngày )(?<!Ngày )(?<!số )(?:[1-9]/[2-9]|\d{1,3}/(?:1[3-9]|[2-9]\d|[1-9]\d\d))(?![\d/])"
                       r"(?=\s+(?:số\s+|tổng\s+)?\w)")


# The unit an amount question asks in (on the folded question) and how a text states an amount in it,
# beside the number or in a table's unit cell ("Đơn vị: % dân số; Kết quả: 99").
_ASKS_MONEY = re.compile(r"\bbao nhieu (tien(?! (ich|do|hanh|trinh|loi|ve))|dong(?! (?:luc|vien|bo|co|thai|nghiep|chi|doi|thoi|gop|tac))|ty|trieu|nghin|usd)\b|"
                         r"\b(so tien|khoan tien|ty dong|trieu dong|usd|vnd)\b|\bmuc (luong|phi|phat|hoc bong)\b|"
                         r"\bvon dieu le\b|\b(le phi|hoc phi|phi dich vu|muc gia|gia ban)\b|"      # a fee is a sum of money
                         r"\bdoanh thu\b[^?]{0,30}\bbao nhieu\b")     # "đạt doanh thu tối thiểu bao nhiêu?"
# "Kinh phí được duyệt … là bao nhiêu?": answered by a sum of money or a share, not by any number
_FUNDS = re.compile(r"\b(kinh phi|ngan sach|chi phi|tong von|von dau tu|muc dau tu|muc chi|muc ho tro)\b")
_ASKS_PERCENT = re.compile(r"\b(bao nhieu|may) phan tram\b")
# "… được hỗ trợ một lần bao nhiêu?", "… hỗ trợ bao nhiêu và …": support asked with no thing counted (folded)
_SUPPORT_ASKED = re.compile(r"\bho tro\b.{0,40}\bbao nhieu\s*(?:[?,.;]|$|va\b|moi\b|mot\b|cho\b|neu\b|khi\b)")
# a figure and the unit written after it ("38 tuổi", "12 tháng"), folded
_GIVEN_UNIT = re.compile(r"(?<![\w.,/])\d[\d.,]*\s+(tuoi|thang|nam|ngay|nguoi|lan)\b")
# a physical unit asked ("bao nhiêu MW", "mấy km"), folded and lower-cased
_ASKS_MEASURE = re.compile(r"\b(?:bao nhieu|may)\s+(mw|gw|kw|kwh|mwh|tbps|gbps|mbps|km|ha|m2|tan|teraflops|pflops|"
                           r"petaflops|mhz|ghz)\b")
_MONEY = re.compile(r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ)?\s*(?:đồng|USD|VNĐ|VND)\b|\d[\d.,]*\s*(?:triệu|tỷ)\b(?! lệ)|"
                    r"Đơn vị:\s*(?:nghìn |triệu |tỷ )?(?:đồng|USD)|"
                    r"\((?:nghìn |triệu |tỷ )?(?:đồng|USD|VNĐ)\):\s*\d", re.I)   # a row's "Tổng mức đầu tư (tỷ đồng): 485"
_PERCENT = re.compile(r"%|\bphần trăm\b", re.I)


# "… phải cắt giảm bao nhiêu phần trăm?", "… tăng trung bình bao nhiêu mỗi năm?": a change asked by its amount
# ("hạ tầng" is no "tăng")
_CHANGE_ASKED = re.compile(r"(?<!ha )\b(giam|tang|rut ngan)\b(?:\s+\w+){0,3}?\s+(?:bao nhieu|may)\b")


def states_change(question: str, text: str) -> bool:
    """A change asked by its amount is answered by a text that writes a number a few words after that change
    ("giảm ít nhất 30%", "tăng trung bình 16 – 18%"), not by one that writes a number elsewhere ("tái sử dụng
    100% dữ liệu để cắt giảm tối đa thủ tục"). True when the question asks no change."""
    m = _CHANGE_ASKED.search(fold(question).lower())
    if not m:
        return True
    # a table row read as its cells: "… tăng trung bình; Đơn vị: %/năm; Kết quả: 16 - 18" says "tăng … 16 - 18"
    text = _ROW_LABEL.sub(" ", _UNIT_CELL.sub("", text))
    return re.search(rf"(?<!ha )\b{m.group(1)}\b(?:\s+[^\s\d]+){{0,6}}?\s+\d", fold(text).lower()) is not None


UNIT_HEADER = r"(?:Đơn vị tính|Đơn vị|ĐVT)"     # a table's unit column
_UNIT_CELL = re.compile(rf";\s*{UNIT_HEADER}\s*:[^;]*")
_ROW_LABEL = re.compile(r";\s*[^;:\d]{1,40}:\s+")


def asks_money(question: str) -> bool:
    """The amount is asked as a sum of money ("bao nhiêu tiền", "lệ phí", "vốn điều lệ", "được hỗ trợ bao nhiêu")."""
    return bool(_ASKS_MONEY.search(fold(question)) or _SUPPORT_ASKED.search(fold(question).lower()))


def states_asked_unit(question: str, text: str) -> bool:
    """An amount question asked in money ("bao nhiêu tỷ đồng", "mức lương") or in per cent is answered
    only by a text that states an amount in that unit; other amount questions by any amount."""
    q = fold(question)
    if _ASKS_MONEY.search(q):
        return bool(_MONEY.search(text))
    unit = _ASKS_MEASURE.search(q.lower())
    if unit:            # "công suất bao nhiêu MW", "dung lượng bao nhiêu Tbps": a figure in that unit
        key = fold(text).lower()     # "350 Tbps", or a table row's "Đơn vị: Tbps; Kết quả: ≥ 350"
        return re.search(rf"(?:\d\s*|\bdon vi(?: tinh)?:\s*){re.escape(unit.group(1))}\b", key) is not None
    if _FUNDS.search(q) and "bao nhieu" in q or _SUPPORT_ASKED.search(q.lower()):
        # a sum, or a share of a budget ("2% tổng chi ngân sách"); "… được hỗ trợ bao nhiêu?" asks one too
        return bool(_MONEY.search(text) or _PERCENT.search(text))
    given = {m.group(1) for m in _GIVEN_UNIT.finditer(q.lower())}
    if given:       # "Tôi 38 tuổi, … được bao nhiêu?": a figure in the unit the question gives is no answer
        text = _GIVEN_UNIT.sub(lambda m: " " if m.group(1) in given else m.group(0), fold(text).lower())
    return has_quantity(text) and (not _ASKS_PERCENT.search(q) or bool(_PERCENT.search(text)))


def counts_asked(question: str, text: str) -> tuple[int, int] | None:
    """The sentence of `text` that counts what the question asks the number of: "có bao nhiêu cơ chế, chính
    sách thí điểm?" and "… với 12 cơ chế, chính sách thí điểm …" (the two words after "bao nhiêu", written
    after a number)."""
    m = _HOW_MANY.search(fold(question))
    if not m:
        return None
    key, pos = fold_with_offsets(text)
    said = re.search(rf"(?<![\w/.,-])\d[\d.,]*(?:/\d+)?\s+{re.escape(m.group(1))}\b", key)   # "23/48 phường, xã"
    return sentence_at(text, pos[said.start()]) if said else None


WRITTEN_PAIR = 3       # clauses writing two syllables together for them to be read as one word when typed unmarked


def counts_what_is_asked(question: str, text: str, written=None) -> bool:
    """The text counts what the question asks the number of ("bao nhiêu sáng chế" and "… 50 sáng chế …",
    "Phó Chủ tịch kiêm nhiệm (03)", a table row naming it), in the question's words or the documents' words
    for them; true when the question counts no noun."""
    asked = [counted_noun(question, written), counted_noun(in_document_words(question), written)]
    if not asked[0]:
        one = _counted_body(question)
        return not one or _counts_body(text, one)
    qualifier = _qualifier(question)
    key, pos = fold_with_offsets(text)
    table = bool(_TABLE_CELL.search(key))
    # "bao nhiêu người dân" and "gần 100 triệu dân": people counted by the word after "người"
    asked += [c.split(" ", 1)[1] for c in asked if c and c.startswith("nguoi ")]
    for c in filter(None, asked):
        for m in re.finditer(r"\b" + r"\s+".join(map(re.escape, c.split())) + r"\b", key):   # hard wraps
            # the words before it in its part of the sentence: in "50% GDP; là một trong các trung tâm …" no count
            before = re.split(r"[;:.](?:\s|$)", text[:pos[m.start()]])[-1].lower().split()[-6:]
            after = re.split(r"[.;]", text[pos[m.end() - 1] + 1:], maxsplit=1)[0][:80]
            if table or any(_COUNT_TOKEN.fullmatch(w.strip(",;:()")) and not _ITEM_MARK.fullmatch(w)
                            and not (w == "một" and nxt in ("trong", "số")) for w, nxt in zip(before, before[1:] + [""])) \
                    or has_quantity(after):
                said = re.sub(r"\s+", " ", text)       # hard wraps inside; "1.000" is one number
                at = sentence_at(said, pos[m.start()])
                if qualifier and not (at and qualifier <= set(_terms(said[at[0]:at[1]]))):
                    continue    # "bao nhiêu doanh nghiệp khởi nghiệp …": its sentence must write those words
                return True
    return False


# bodies and parts counted by a word of one syllable: "bao nhiêu tỉnh phải …", "bao nhiêu trường, trung tâm …"
_BODIES = {"tinh", "bo", "truong", "vien", "quy", "san", "chuong", "nuoc", "xa", "huyen", "nganh", "khu", "cang"}


def _counted_body(question: str) -> str:
    """The one-syllable body or part a "bao nhiêu" question counts ("tinh" of "có bao nhiêu tỉnh phải …"), folded,
    where no noun of two words follows "bao nhiêu"; "" otherwise."""
    m = re.search(r"\bbao nhieu\s+([a-z]+)\b", fold(question).lower())
    return m.group(1) if m and m.group(1) in _BODIES else ""


def _counts_body(text: str, body: str) -> bool:
    """The text writes a number just before that word ("63 tỉnh", "một số trường" is no number)."""
    key, pos = fold_with_offsets(text)
    for m in re.finditer(rf"\b{body}\b", key.lower()):
        before = text[:pos[m.start()]].split()[-1:] if m.start() else []
        if before and _COUNT_TOKEN.fullmatch(before[0].lower().strip("(,;:")) and not _ITEM_MARK.fullmatch(before[0]):
            return True
    return False


def names_measure(question: str, text: str) -> bool:
    """The text names the measure a "mức … bao nhiêu" question asks ("mức xử phạt", "mức lương"): a
    clause on reporting every six months holds no "mức xử phạt". True when the question names none."""
    m = _MEASURE.search(question.lower())
    if m:
        noun = fold(m.group(1)).split()
        if not noun or noun[0] in ("muc", "tieu", "bao", "do", "nao", "la", "toi", "it"):  # "mức mục tiêu", "mức độ"
            return True
        return re.search(rf"\b{' '.join(noun)}\b", fold(text)) is not None
    # "tỷ lệ giải ngân … bao nhiêu": the rate of what, a word of two syllables the text must write
    key, at = fold_with_offsets(question)
    m = _RATE_OF.search(key.lower())
    if not m or m.group(1) in UNITS:
        return True
    # a function word or question phrase as written ("tỷ lệ là bao nhiêu", "tỷ lệ phần trăm"), not "nội địa",
    # whose syllables fold as those of "nơi" and "nội dung" do
    written = [question[at[m.start(i)]:at[m.end(i) - 1] + 1].lower() for i in (1, 2)]
    if not has_diacritics(question):
        written = list(m.groups())
    phrases = " ".join(_QUESTION_TEXT.split()) if has_diacritics(question) else fold(" ".join(_QUESTION_TEXT.split()))
    stop = STOPWORDS_WRITTEN if has_diacritics(question) else STOPWORDS
    if any(w in stop for w in written) or f" {' '.join(written)} " in f" {phrases} ":
        return True
    return re.search(rf"\b{m.group(1)}\s+{m.group(2)}\b", fold(text).lower()) is not None


# "mức xử phạt … là bao nhiêu": the measure asked, up to two words before a comma
_MEASURE = re.compile(r"\b(?:mức|muc)\s+(\w+(?:\s+\w+)?)(?=[\s,?]).*\bbao nhi[eê]u\b")


_RATE_OF = re.compile(r"\bt[yi] le\s+([a-z]+)\s+([a-z]+)\b(?=.*\b(?:bao nhieu|may|la)\b)")


def _qualifier(question: str) -> set[str]:
    """The two words that follow the counted noun and say which kind it counts ("bao nhiêu doanh nghiệp khởi
    nghiệp sáng tạo" -> {"khoi", "nghiep"}), folded; none when the question ends or a function word follows."""
    m = _how_many(question)
    words = [w for w in re.split(r"[^\w]+", fold(question).lower()[m.end():]) if w][:2] if m else []
    if len(words) < 2 or any(w in STOPWORDS or w in QUESTION_WORDS for w in words):
        return set()
    return set(words)


def counted_noun(question: str, written=None) -> str:
    """The noun of two words after "bao nhiêu" ("sáng chế", "kỹ sư" before "bán dẫn"), folded, or "" when a
    unit, a function word or a noun of one word ("người", too general to demand) follows, or when the
    question asks a share ("tỷ lệ bao nhiêu doanh thu"). Typed without marks, a second word that folds like a
    function word ("do thi": "đô thị" or "đó thì") is part of a noun where `written` (folded word pairs and how
    many clauses write them) has the pair often."""
    q = fold(question)
    m = _how_many(question)
    if not m or _SHARE.search(q[max(0, m.start() - 30):m.start()]):
        return ""
    first, second = m.group(1).split()
    often = written is not None and first not in _NEVER_NOUN and written.get(f"{first} {second}", 0) >= WRITTEN_PAIR
    words = [w.strip("?,.;:") for w in question.lower().split()]

    def ends(word: str, verbs: set[str]) -> bool:
        said = next((w for w in words if fold(w) == word), word)
        if said != word:                        # written with its marks: "thí" is no "thì", "đô" no "đó"; the
            # "số" of a noun the documents write ("chỉ số") is not that of "một số"
            return (said in STOPWORDS_WRITTEN or said in verbs) and not (often and said in _NOUN_TAILS)
        return (word in STOPWORDS or word in {fold(v) for v in verbs}) and not often

    if first in UNITS and not often or ends(first, _OPENS_CLAUSE) or ends(second, _VERBS):     # "chỉ số" is no unit
        return ""
    return f"{first} {second}"


# words that open a clause after "bao nhiêu" ("… bao nhiêu nếu sáng chế được cấp ở nước ngoài?"), never a noun
_OPENS_CLAUSE = {"nếu", "khi", "mà", "thì", "vì", "còn", "riêng"}
_NOUN_TAILS = {"số"}      # written function words that also end nouns: "chỉ số", "kỹ thuật số"
# function words that fold like no syllable of a noun: "theo nghi" is "theo Nghị quyết", never a noun
_NEVER_NOUN = {"theo", "cua", "trong", "cho", "voi", "ve", "tai", "tu", "den", "va", "hoac", "cac", "nhung", "moi",
               "nay", "khi", "neu", "thi", "ma", "de", "o", "vao", "tren", "duoi", "sau", "truoc"}
UNITS = {"tien", "ty", "trieu", "nghin", "ngan", "dong", "usd", "phan", "muc", "so", "con", "cai", "lan", "gio",
          "tuan", "km", "m2", "ha", "tan", "chi", "kinh", "von", "cho", "trong", "nguon",
          "luot", "dot", "luong"}           # measure words: "bao nhiêu lượt cán bộ" counts turns
# words after "bao nhiêu <noun>" that end the noun ("bao nhiêu người phải …"), as written: folded, "thì"
# and "thí" (in "phòng thí nghiệm") are one word
_VERBS = {"phải", "được", "có", "là", "đã", "sẽ", "cần", "đạt", "tham", "trở", "từ", "đến", "mới", "nữa", "hiện",
          "đủ", "tăng", "giảm", "thì", "năm", "tại", "ở", "và", "của", "trên", "dưới", "thuộc", "theo"}
# a number written before what it counts (digits or words, as written: "tám", not "tâm"); one after it in
# the same sentence ("Phó Chủ tịch kiêm nhiệm (03)", "số chuyên gia … đạt 500") counts too
_ITEM_MARK = re.compile(r"\(\d{1,2}\)|\d{1,2}\)")      # "(3) Triển khai …" numbers an item, it counts nothing
_COUNT_TOKEN = re.compile(r"\d[\d.,/]*%?|một|hai|ba|bốn|tư|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|triệu")
_TABLE_CELL = re.compile(r"\b(ket qua|don vi|chi tieu):|\|")
_SHARE = re.compile(r"\b(ty le|ti le|ty trong|ti trong|phan tram)\b")


# "bao nhiêu cơ chế", "bao nhiêu kỹ sư": a counted noun of two words (not a unit asked by the per cent check)
def _how_many(question: str):
    """Where the question names what it counts: "bao nhiêu <noun>", or "số <noun> … là bao nhiêu?" ("số doanh
    nghiệp khởi nghiệp sáng tạo cần đạt đến năm 2030 là bao nhiêu?"; "số" as written, or "so luong" typed unmarked);
    group 1 is the noun's first two words, folded."""
    q = fold(question)
    m = _HOW_MANY.search(q)
    if m:
        return m
    key, pos = fold_with_offsets(question)
    for m in _NUMBER_OF.finditer(key.lower()):
        written = question[pos[m.start()]:pos[m.start()] + 2].lower()
        if written == "số" or m.group(0).startswith("so luong"):
            return m
    return None


# "số doanh nghiệp … là bao nhiêu?": the noun counted, and the question ending in "bao nhiêu"
_NUMBER_OF = re.compile(r"(?<!\bchi )\bso (?:luong )?((?!luong\b|hieu\b|ky\b|lieu\b|lan\b|phan\b)[a-z]+ [a-z]+)\b"
                        r"(?=(?:(?!\bbao nhieu\b)[^?])*\bbao nhieu\s*\??\s*$)")
_HOW_MANY = re.compile(r"\bbao nhieu\s+((?!phan tram|ty le|ti le|lan\b|nam\b|thang\b|ngay\b)[a-z]+,? [a-z]+)\b(?<!\bla)")


def has_person(text: str) -> bool:
    return bool(_PERSON.search(text))


def role_holder(text: str, role: str, body: str = "") -> tuple[int, int] | None:
    """The sentence of `text` that says who holds `role` (folded, as `intent.asked_role` gives it): "do
    đồng chí Tổng Bí thư … làm Trưởng Ban", "Trưởng ban: Tổng Bí thư", "Tô Lâm, Trưởng Ban Chỉ đạo",
    "Trưởng ban là …". A deputy ("Phó Trưởng ban") does not hold the post of the head, nor does the same
    post of another body (`body`, from `intent.asked_body`: "Chủ nhiệm Văn phòng Quốc hội" is not "Chủ nhiệm
    Ủy ban …"); of several holders, the one whose body is written most like the one asked."""
    return held_as_asked(text, role, body)[0]


def _goes_on(words: list[str]) -> bool:
    """A body's name goes on with these words: a scope of its own ("trung uong …") or two words before any
    function word ("chuyen doi so …"), not what the holder does ("chu tri voi …", "ket luan …")."""
    if words[0] in _SCOPE:
        return True
    if " ".join(words[:2]) in _DOES or words[0] in _DOES:
        return False
    run = next((i for i, w in enumerate(words) if w in STOPWORDS or w in ("la", "lam")), len(words))
    return run >= 2


# what the holder of a post is said to do right after it: "Trưởng Ban Chỉ đạo chủ trì …"
_DOES = {"chu tri", "chu toa", "phu trach", "ky", "chi dao", "dieu hanh", "phat bieu", "ket luan", "tham du", "du",
         "giao", "yeu cau", "nhan manh", "de nghi"}


def _names_other_body(sentence: str, asked: list[str]) -> bool:
    """The sentence names the asked body's kind ("chi dao") only with another scope than the one asked
    ("… Trung ương" where "… quốc gia" is asked)."""
    scope = next((i for i, w in enumerate(asked) if w in _SCOPE), None)
    if not scope:
        return False
    after = [m.group(1) for m in re.finditer(rf"\b{' '.join(asked[:scope])}\s+(\w+)", sentence)]
    return bool(after) and all(w != asked[scope] and w not in STOPWORDS for w in after)


def held_as_asked(text: str, role: str, body: str = "") -> tuple[tuple[int, int] | None, int]:
    """`role_holder`'s sentence and how many words of the asked body it writes after the post (-1: none)."""
    key, pos = fold_with_offsets(text)
    asked = body.split()
    best, best_match = None, -1
    for m in re.finditer(rf"\b{role}\b", key):
        before, after = key[:m.start()], key[m.end():]
        if not role.startswith("pho") and before.endswith("pho "):
            continue
        written = re.match(r"[a-z0-9 ]*", after.lstrip()).group(0).split()
        if asked and written and written[0] not in STOPWORDS and written[0] not in ("la", "lam") \
                and written[0] != asked[0]:
            continue
        if before.endswith("lam ") or before.rstrip().endswith((",", "-", "\u2013")) \
                or re.match(r"[^:.;,()]{0,40}:", after) or re.match(r"(?:\s+\S+){0,6}?\s+la\s", after):
            match = next((i for i, (a, w) in enumerate(zip(asked, written)) if a != w), min(len(asked), len(written)))
            if match < min(len(asked), len(written)) and asked[match] in _SCOPE and _goes_on(written[match:]):
                continue        # "Trưởng Ban Chỉ đạo Trung ương", "… chuyển đổi số" hold no post of a "Ban Chỉ
                #                 đạo quốc gia …": the name goes on with another word where the asked one has its scope
            at = sentence_at(text, pos[m.start()])
            if not written and at and _names_other_body(fold(text[at[0]:at[1]]).lower(), asked):
                continue        # "Thành lập Ban Chỉ đạo Trung ương …, do … làm Trưởng Ban": the body is named before
            if match > best_match:
                best, best_match = at, match
    return best, best_match


# the first word of a body's scope: "Ban Chỉ đạo Trung ương", "… quốc gia", "… tỉnh" are three bodies
_SCOPE = {"trung", "quoc", "tinh", "thanh", "huyen", "xa", "bo", "nganh", "dia", "chinh", "dang"}


# "Cuộc họp do đồng chí Nguyễn Duy Ngọc, Ủy viên Bộ Chính trị, … chủ trì": people, with their titles, chair.
# … or "Phiên họp do Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì": a title before the name.
_CHAIRED_BY = re.compile(r"\bdo\s+((?:đồng chí|ông|bà|[A-ZĐ])[^.;:]{3,400}?)\s+(chủ trì|chủ tọa)\b", re.IGNORECASE)


# "Ngày 04/3/2025, Ban Chỉ đạo … đã họp Phiên thứ hai": a dated sentence saying a meeting took place
_DATED = re.compile(r"\b(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\b", re.IGNORECASE)
_MET = re.compile(r"\b(họp|diễn ra|tổ chức|khai mạc|làm việc)\b", re.IGNORECASE)


_ASKS_CHAIR = re.compile(r"\b(chu tri|chu toa)\b")


def asks_chair(question: str) -> bool:
    return bool(_ASKS_CHAIR.search(fold(question)))


def meeting_fact(question: str, text: str) -> tuple[int, int] | None:
    """The sentence of `text` that answers a question about a meeting: who chaired it ("Phiên họp do … chủ
    trì") or when it took place (a date and a meeting verb in one sentence)."""
    if asks_chair(question):
        return chair_sentence(text)
    return dated_meeting(text)


def dated_meeting(text: str) -> tuple[int, int] | None:
    """The sentence of `text` that dates a meeting (a date and a meeting verb in one sentence), or None."""
    return next(((s, e) for s, e in sentences(text) if _DATED.search(text[s:e]) and _MET.search(text[s:e])), None)


def chair_sentence(text: str) -> tuple[int, int] | None:
    """The sentence of `text` saying who chaired a meeting ("Phiên họp do Tổng Bí thư Tô Lâm … chủ trì …"), or None."""
    people = chaired_by(text)
    return sentence_at(text, people[0]) if people else None


def chaired_by(text: str) -> tuple[int, int] | None:
    """The span of the people a meeting is chaired by, as written ("đồng chí X, Phó Trưởng Ban … và đồng chí Y, …"),
    before "chủ trì" ("Phiên họp do … chủ trì") or as the subject of "chủ trì Hội nghị"."""
    for pattern in (_CHAIRED_BY, _CHAIRS):
        m = pattern.search(text)
        if m and has_person(m.group(1)):
            return m.span(1)
    return None


# "Đồng chí Phạm Thanh Tùng, …, Trưởng Ban Chỉ đạo tỉnh chủ trì Hội nghị": the chair as the subject
_CHAIRS = re.compile(r"\b((?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+[A-ZĐÀ-Ỹ][^.;:]{3,300}?)\s+(?:đã\s+)?(?:chủ trì|chủ tọa)\s+"
                     r"(?:[Hh]ội nghị|[Cc]uộc họp|[Pp]hiên họp|[Bb]uổi làm việc|[Kk]ỳ họp)\b")


# A question for a place ("đặt tại tỉnh, thành phố nào?", "ở đâu?") is answered only by a text naming one:
# a capitalised name after a place word ("tại Hà Nội", "Thành phố Hồ Chí Minh"), not "một số thành phố".
_ASKS_PLACE = re.compile(r"(?<!bat ky )(?<!bat cu )(?<!moi )"     # "ở bất kỳ nơi nào" asks no place
                         r"\b(o dau|tai dau(?! tu\b)|dat (tru so )?tai (tinh|thanh pho|dia phuong|noi) nao|noi nao|"
                         r"(tinh|thanh pho|(?<!quy )(?<!cap )quoc gia|nuoc|vung|khu vuc)(,? ?(tinh|thanh pho|thanh))? nao|"
                         r"dia (diem|ban|phuong) nao|(?:o|tai) tru so(?: cua)?(?: \w+){1,3} nao)\b")      # "… tại trụ sở cơ quan nào?"
# where a channel or a system is set up ("kênh tiếp nhận đặt ở đâu?") is answered by the portal or system named
_ONLINE = re.compile(r"\b(?:trên|tại|qua)\s+(?:Cổng|Hệ thống|Nền tảng|Trang|Ứng dụng|ứng dụng|cổng|hệ thống|nền tảng)\b")
# where a body's office sits ("đặt cơ quan thường trực ở đâu?") is answered by the body hosting it
_ASKS_HOST = re.compile(r"\b(co quan|bo phan|thuong truc|dau moi|van phong)\b.*\b(o dau|tai dau)\b")
_HOSTED = re.compile(r"\b(?:đặt tại|đặt ở|tại|ở)\s+(?:Văn phòng|Bộ|Ban|Ủy ban|Cục|Viện|Trung tâm|Sở|Hội đồng)\b")
# "… ở những tỉnh, thành phố nào?" is answered by a kind of them too ("các tỉnh, thành phố có đảo"), folded
_ASKS_PLACES = re.compile(r"\b(?:nhung|cac) (?:tinh|thanh pho|dia phuong)(?:,? (?:tinh|thanh pho))? nao\b")
_PLACE_CLASS = re.compile(r"\bcac (?:tinh|thanh pho|dia phuong)(?:,? (?:tinh|thanh pho))? (?:co|ven|thuoc|vung|mien|giap|trong diem)\b")
_ASKS_LAND = re.compile(r"\b(?:tinh|thanh pho|quoc gia|nuoc|dia phuong)(?:,? ?(?:tinh|thanh pho|thanh))? nao\b")
_ASKS_AREA = re.compile(r"\b(dia ban|vung|khu vuc|mien) nao\b")
_AREA = re.compile(r"\b(vung|mien nui|mien|khu vuc|dia ban|bien gioi|hai dao|nong thon)\s+\w+")
_PLACE_NAME = re.compile(r"\b(?:tại|ở|tỉnh|thành phố|TP\.?|thủ đô|nước)\s+(?!(?:Trung|Bộ|Ban|Ủy|Văn|Hội|Cơ|Quỹ|Chính|"
                         r"Đảng|Nhà|Nghị|Kế|Thông|Quyết|Chương|Đề|Phụ|Tổ)\b)[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÓÒỎÕỌÉÈẺẼẸÝỲỶỸỴ]\w+",
                         re.IGNORECASE)
# A web address, an e-mail, a telephone number is answered only by a text that writes one.
_ASKS_CONTACT = re.compile(r"\b(dia chi (trang web|website|trang thong tin|thu dien tu|email|truy cap)|(trang web|website|"
                           r"email|duong link|duong dan) (la gi|nao)|so dien thoai|hotline|"
                           r"(?:link|url)\b[^?]{0,60}\b(?:la gi|o dau|nao))\b")      # "link cổng … là gì?"
_CONTACT = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:vn|com|org|net|gov)\b|[\w.-]+@[\w-]+\.|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b")
# "Bốn dịch vụ … cụ thể là những dịch vụ nào?": the specific members of a group the question counts.
_ASKS_MEMBERS = re.compile(r"\bcu the (la |gom )?(nhung|cac|gi|la gi)\b|\bcu the gom\b|\bla nhung ai\b|\bgom nhung ai\b|"
                           r"\b(gom|la) nhung (\w+ ){1,3}cu the nao\b|\bla nhung (\w+ ){1,3}nao\b")
# a number written as a word, as written: "tư", not "từ"; "sáu", not "sau"
# "những thành phố trực thuộc trung ương nào …": which members of a group, by name
_ASKS_WHICH = re.compile(r"\b(?:nhung|cac) ((?:[a-z]+ ){0,5}?[a-z]+) nao\b")
_NUMBER_WRITTEN = {"hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"}
_COUNTED = re.compile(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+((?:[a-z]+\s+){0,2}[a-z]+)")
_OPENS_LIST = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?::|gom\b|bao gom\b|la\s*:|nhu\s*:|\(1\)|\(i\))|"
                         r"^[^.;:()]{0,60}\([^)]*,[^)]*\)")   # "một số lĩnh vực tiếp cận … (AI, IoT, bán dẫn…)"


def _group_counts(question: str):
    """(folded question, match of `_COUNTED`) for each group the question counts, the number as written (a
    digit, or a number word: "tư" but not "từ"); a number naming a document ("Nghị quyết 57 …") counts none."""
    key, pos = fold_with_offsets(question)
    for m in _COUNTED.finditer(key):
        if _DOC_WORD.search(key[:m.start()]):
            continue
        if m.group(1).isdigit() or question[pos[m.start(1)]:pos[m.end(1) - 1] + 1].lower() in _NUMBER_WRITTEN:
            yield key, m


def asked_count(question: str) -> int:
    """How many things the question says there are ("Bốn hội nghị chuyên đề …", "3 yêu cầu …"), or 0."""
    for key, m in _group_counts(question):
        if re.match(r"\d", key[m.end():]):
            continue
        if not m.group(1).isdigit():
            return NUMBER_WORDS[m.group(1)]
        if 1 < int(m.group(1)) <= 20 and not re.search(r"[/.,-]$", key[:m.start()]):
            return int(m.group(1))
    return 0


def ordinal_conflict(question: str, text: str) -> bool:
    """The question names a sitting ("phiên họp thứ nhất") or a session of the National Assembly ("Kỳ họp thứ
    10") by its number and the text names only others of that kind."""
    q, t = fold(question).lower(), fold(text).lower()
    for numbers in (meeting_ordinals, _sessions):
        asked, said = set(numbers(q)), set(numbers(t))
        if asked and said and not asked & said:
            return True
    return False


_SESSION = re.compile(r"\bky hop (?:thu )?(\d{1,2}|nhat|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b")


def _sessions(folded: str) -> list[int]:
    """The sessions a folded text numbers: "kỳ họp thứ 9", "kỳ họp thứ mười"."""
    return [int(w) if w.isdigit() else {"nhat": 1, "mot": 1, **NUMBER_WORDS}[w] for w in _SESSION.findall(folded)]


def names_place(text: str, asked: str = "") -> bool:
    """A named place below the country: every document is about Việt Nam, so "tại Việt Nam" says no where; nor
    does the place the question itself names ("Trung tâm ĐMST tỉnh Lam Châu đặt trụ sở ở đâu?")."""
    said = fold(asked).lower()
    # every place word, "tại tỉnh Lam Châu" read at "tại" and again at "tỉnh"
    return any(m.group(1).split()[-1][:1].isupper() and not text[m.end(1):].startswith(" Nam")
               and m.group(1).split()[-1] != "Việt"
               and not (said and fold(_name_at(text, m)).lower() in said) for m in _PLACE_AT.finditer(text))


_PLACE_AT = re.compile(f"(?=({_PLACE_NAME.pattern}))", re.IGNORECASE)


def _name_at(text: str, m: re.Match) -> str:
    """The capitalised name a place word opens: "Lam Châu" of "… tỉnh Lam Châu theo …"."""
    rest = re.match(r"(?:\s+[A-ZĐÀ-Ỹ]\w*)*", text[m.end(1):])
    return (m.group(1) + (rest.group(0) if rest else "")).split(None, 1)[-1]


# a sanction asked ("bị xử lý kỷ luật theo hình thức nào?", "mức xử phạt") and a text that names one, folded
_ASKS_SANCTION = re.compile(r"\b(bi xu ly|xu ly ky luat|xu phat|muc phat|bi phat|che tai|hinh thuc ky luat|"
                            r"bi thu hoi|thu hoi uu dai)\b")
_SANCTION = re.compile(r"\b(xu ly|xu phat|ky luat|che tai|thu hoi|phat tien|truy cuu|bi phat)\b")
CELL = re.compile(r";\s*[A-ZĐ][^;:]{1,40}:")       # "; Cơ quan chủ trì:" between a table row's cells


def asks_place(question: str) -> bool:
    """The question asks where ("… tổ chức vào ngày nào và ở đâu?", "đặt tại tỉnh nào?"); not "tái đầu tư", which
    folds as "tại đâu" does."""
    key, at = fold_with_offsets(question)
    for m in _ASKS_PLACE.finditer(key):
        written = question[at[m.start()]:at[m.end() - 1] + 1].lower()
        if not has_diacritics(question) or not m.group(1).endswith("dau") or written.endswith("đâu"):
            return True
    return False


# which countries ("với những nước, khu vực nào?") and a text naming them in a list after the word for them
# ("… với các quốc gia tiên tiến về khoa học, công nghệ (Hoa Kỳ, Liên minh châu Âu, Nhật Bản, …)")
_ASKS_COUNTRY = re.compile(r"\b(?:nuoc|quoc gia|doi tac nuoc ngoai)(?:,? (?:khu vuc|vung lanh tho|to chuc))? nao\b")
_COUNTRIES_NAMED = re.compile(r"\b(?:quốc gia|nước|đối tác)\b[^.;]{0,80}?[(:]\s*[A-ZĐ][\w ]{1,30},\s*[A-ZĐ]")


def names_what_is_asked(question: str, text: str) -> bool:
    """False when the question asks for specifics the text does not give: a place it does not name, or
    the members of a group it only counts ("thí điểm 4 dịch vụ công trực tuyến …" with no list after)."""
    q = fold(question)
    if asks_place(question) and not names_place(text, question) and not (_ASKS_AREA.search(q) and _AREA.search(fold(text))) \
            and not (_ASKS_PLACES.search(q.lower()) and _PLACE_CLASS.search(fold(text).lower())) \
            and not (_ASKS_HOST.search(q) and _HOSTED.search(text)) \
            and not (_ONLINE.search(text) and not _ASKS_LAND.search(q)) \
            and not (_ASKS_COUNTRY.search(q.lower()) and _COUNTRIES_NAMED.search(text)):  # a portal is no province
        return False        # "địa bàn nào?" is answered by an area ("vùng đồng bào dân tộc thiểu số và miền núi")
    if _ASKS_CONTACT.search(q) and not _CONTACT.search(text):
        return False
    if _ASKS_SANCTION.search(q) and not _SANCTION.search(fold(text)):
        return False        # "… không hoàn thành sẽ bị xử lý kỷ luật thế nào?" and a text naming no sanction
    t = fold(text)
    which = _ASKS_WHICH.search(q)
    if which and not which.group(1).endswith("nhu the"):   # "ở những lĩnh vực như thế nào?" asks what kind
        # "Những thành phố nào được chọn thí điểm?" and "thí điểm cho một số thành phố …", naming none
        noun = " ".join(which.group(1).split()[:2])
        vague = re.search(rf"\bmot (?:so|vai) {re.escape(noun)}\b", t)
        named = len(re.findall(rf"\b{re.escape(noun)}\b", t)) > 1      # "… các Bộ, cơ quan: …; một số cơ quan"
        if vague and not named and not _OPENS_LIST.match(t[vague.end():]) and not enumerated_items(text):
            return False
    if not _ASKS_MEMBERS.search(q):
        return True
    counted = list(_group_counts(question))
    first = text.split(";")[0] if len(CELL.findall(text)) >= 2 else text      # a table row: its first cell
    if not counted and _ASKS_WHICH.search(q) and not enumerated_items(first) \
            and not re.search(r":\s*$|:\s*\(?(?:1|a|i)\)|\bgồm\b|\bbao gồm\b|\bnhư\s*:", first):
        return False        # "bộ tiêu chí gồm những tiêu chí cụ thể nào?" and a task to build it, naming none
    for _, m in counted:
        n = NUMBER_WORDS.get(m.group(1), m.group(1))
        said = re.search(rf"\b(?:{n}|{m.group(1)})\s+{re.escape(m.group(2))}\b", t)
        if said and not _OPENS_LIST.match(t[said.end():]):
            return False
        if not said and not enumerated_items(text):     # a text that neither counts the group nor lists
            return False
    return True


_DOC_WORD = re.compile(r"\b(nghi quyet|ke hoach|thong bao|quyet dinh|chi thi|ket luan|so|phu luc|muc|dieu|khoan)\s*$")


def writes_header(question: str, header: str) -> bool:
    """The question writes a column header of two words or more whole ("tiến độ ra sao" and "TIẾN ĐỘ")."""
    head = _terms(header)
    return len(head) >= 2 and f" {' '.join(head)} " in " " + " ".join(_terms(question)) + " "


def asked_column(question: str, columns: list[tuple[str, str]], min_share: float = 0.75) -> tuple[str, str] | None:
    """The table column a question asks about by its header ("… ai chịu trách nhiệm cao nhất?" ->
    "Cơ quan chịu trách nhiệm cao nhất"), judged on the header words no other column shares."""
    heads = [(h, c, set(_terms(h)) - STOPWORDS) for h, c in columns if h and c]
    asked = set(_terms(question))
    best, best_share = None, 0.0
    for i, (h, c, words) in enumerate(heads):
        cell = set(_terms(c)) - STOPWORDS
        if len(cell) >= 3 and len(cell & asked) >= 0.6 * len(cell):
            continue    # the question names the row by this cell ("nhiệm vụ xây dựng cổng dữ liệu do ai …")
        others = set().union(*(w for j, (_, _, w) in enumerate(heads) if j != i)) if len(heads) > 1 else set()
        own = words - others
        written = writes_header(question, h)
        if len(own) < 2 and not (written and own):
            continue
        share = 1.0 if written else len(own & asked) / len(own)
        if share > best_share:
            best, best_share = (h, c), share
    return best if best_share >= min_share else None
