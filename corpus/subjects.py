"""Who a prose sentence makes act: its subject, as the names written there.

Vietnamese administrative sentences put the acting agencies first and the duty after a predicate
word: "Bộ Tài chính chủ trì …", "Các bộ, ngành, địa phương có trách nhiệm …", "Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố tập trung chỉ đạo …", "Thường trực Ban Chỉ đạo cần …". An adverbial opening
may come first ("Trên cơ sở …, các bộ … xây dựng", "Định kỳ, Thường trực Ủy ban … chủ trì").

``subject_names`` returns the subject split into names as written; a name that is exactly one
gazetteer agency is given its canonical name, a name with a role before it ("Chủ tịch Ủy ban nhân
dân tỉnh", "Tổ đảng ở Thường trực Ủy ban Kinh tế") is kept as written, and an apposition after an
agency ("Bộ Công an - Cơ quan Thường trực Đề án 06") is dropped.
"""
from __future__ import annotations

import re

from corpus.agencies import AgencyMention, find_agencies
from corpus.deadlines import fold_with_offsets

# predicate words that end a subject (folded); "cơ quan chủ trì" is a noun, see _PRED_NOUN_BEFORE
PREDICATES = ("co trach nhiem", "chiu trach nhiem", "chu tri", "phoi hop", "tap trung", "can", "phai",
              "chu dong", "khan truong", "tiep tuc", "lanh dao", "chi dao", "to chuc", "xay dung", "thanh lap",
              "trien khai", "thuc hien", "dinh ky", "hang quy", "hang thang", "hang nam", "san sang", "nghien cuu",
              "ra soat", "theo doi", "huong dan", "bao dam", "dam bao", "dan dat", "som", "quan triet",
              "theo chuc nang", "trong pham vi", "can cu", "la co quan", "lam dau moi", "de xuat", "ban hanh",
              "hoan thanh", "thuong xuyen", "nghiem tuc", "xac dinh")
_PRED_RX = re.compile(r"(?<![a-z0-9])(" + "|".join(sorted(PREDICATES, key=len, reverse=True)) + r")(?![a-z0-9])")
_PRED_NOUN_BEFORE = re.compile(r"(co quan|don vi|nguoi)\s*$")   # "các cơ quan chủ trì soạn thảo"
_NOUN_AFTER = re.compile(r"\s*(chinh tri|huu quan|dang|xa hoi|, ca nhan|lien quan|cac cap)")
# words that may stand around an agency name in a subject without making it something else
_ROLE_WORDS = set(("cac va o cua thuoc ngang co quan don vi to chuc chinh tri xa hoi huu lien dai bieu dong chi "
                   "pho truong ban dao thanh vien thuong truc chu tich nhiem thu bo lanh dang cap uy quyen soan "
                   "thao nguoi dau tinh trung uong doan the nhan dan cac cap nganh dia phuong - tw").split())
_HEADS = re.compile(r"(?<![a-z])(truong|chu tich|chu nhiem|lanh dao|thanh vien|dong chi|thuong truc|co quan|"
                    r"to chuc|chinh quyen|dai bieu|don vi|uy ban|hoi dong|nguoi dung dau|cap uy|dang uy)(?![a-z])")
_OPENERS = re.compile(r"^(tren co so|can cu|trong qua trinh|trong thoi gian|dinh ky|dong thoi|truoc mat|"
                      r"de |nham |doi voi|ve |sau khi|ngoai ra|hang (nam|quy|thang))")
_SEP = re.compile(r"\s*[,;]\s*|\s+và\s+|\s+va\s+")
_APPOSITION = re.compile(r"\s+[-–]\s+(?=[A-ZĐÀ-Ỹ])")
MAX_SUBJECT = 320


def _pieces(phrase: str, mentions: list[AgencyMention]) -> list[tuple[str, list[AgencyMention]]]:
    """Split at commas / 'và' outside agency names; each piece with the mentions inside it."""
    cuts, pos = [], 0
    for m in _SEP.finditer(phrase):
        if any(a.start < m.end() and m.start() < a.end for a in mentions):
            continue
        cuts.append((pos, m.start()))
        pos = m.end()
    cuts.append((pos, len(phrase)))
    out = []
    for a, b in cuts:
        text = phrase[a:b]
        stripped = text.strip(" .:-")
        if not stripped:
            continue
        off = a + text.find(stripped)
        inside = [AgencyMention(m.agency, m.surface, m.start - off, m.end - off) for m in mentions
                  if m.start >= a and m.end <= b]
        out.append((stripped, inside))
    return out


def _agency_like(piece: str, inside: list[AgencyMention]) -> bool:
    key = fold_with_offsets(piece)[0]
    rest = piece
    for m in sorted(inside, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    words = re.findall(r"[a-z0-9]+", fold_with_offsets(rest)[0])
    if not set(words) <= _ROLE_WORDS:
        # a body the gazetteer lacks: a role head, then a capitalised name ("Thường trực Hội đồng thẩm định")
        return not inside and bool(_HEADS.match(re.sub(r"^cac ", "", key))) and len(words) <= 10 and \
            sum(w[:1].isupper() for w in piece.split()) >= 2
    return bool(inside) or bool(_HEADS.search(key))


def _name(piece: str, inside: list[AgencyMention]) -> str:
    if len(inside) == 1:
        m = inside[0]
        around = fold_with_offsets(piece[:m.start] + " " + piece[m.end:])[0]
        if not re.sub(r"\b(cac|va)\b", "", around).strip(" ,.:-"):
            return m.agency.name
    return piece


def names_in(phrase: str) -> list[str]:
    """The agencies a subject phrase names, as written (canonical when exactly one agency)."""
    phrase = phrase.strip(" ,;:.")
    if ":" in phrase:                        # "Các Bộ, cơ quan: Tài chính, Nội vụ" -> the list after the colon
        head, _, tail = phrase.rpartition(":")
        if tail.strip():
            list_mentions = find_agencies(phrase)
            cut = len(head) + 1
            return _names(tail, [AgencyMention(m.agency, m.surface, m.start - cut, m.end - cut)
                                 for m in list_mentions if m.start >= cut])
    return _names(phrase, find_agencies(phrase))


def _without_appositions(phrase: str, mentions: list[AgencyMention]) -> tuple[str, list[AgencyMention]]:
    """"Bộ Công an - Cơ quan Thường trực Đề án 06, …" -> "Bộ Công an, …" (blanked, offsets kept)."""
    for m in mentions:
        app = _APPOSITION.match(phrase, m.end)
        if app and phrase[m.start:m.end] == m.surface:
            stop = phrase.find(",", app.end())
            stop = len(phrase) if stop < 0 else stop
            phrase = phrase[:m.end] + " " * (stop - m.end) + phrase[stop:]
    return phrase, [m for m in mentions if phrase[m.start:m.end] == m.surface]


def _names(phrase: str, mentions: list[AgencyMention]) -> list[str]:
    out: list[str] = []
    phrase, mentions = _without_appositions(phrase, mentions)
    for piece, inside in _pieces(phrase, mentions):
        key = fold_with_offsets(piece)[0]
        if key in ("cac", "va", "co quan", "cac bo"):
            continue
        name = _name(piece, inside)
        if name not in out:
            out.append(name)
    return out


def subject_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the subject of the sentence ``text``, or None when it has none we trust."""
    key, pos = fold_with_offsets(text[:MAX_SUBJECT + 200])
    opener = _OPENERS.match(key)
    for p in _PRED_RX.finditer(key):
        if _PRED_NOUN_BEFORE.search(key[:p.start()]) and p.group(1) in ("chu tri", "phoi hop", "thuc hien"):
            continue
        if re.search(r"\b(cac|nhung)\s*$", key[:p.start()]) or \
                (p.group(1) == "to chuc" and _NOUN_AFTER.match(key, p.end())):
            continue                          # "các tổ chức chính trị - xã hội", "tổ chức hữu quan": nouns
        if p.group(1) in ("chi dao", "lanh dao") and re.search(r"\bban\s*$", key[:p.start()]):
            continue                          # "Ban Chỉ đạo": a body, not "chỉ đạo"
        if p.group(1) == "lanh dao" and re.match(r"\s*(cac )?[a-z]", key[p.end():]) and \
                not re.match(r"\s*,", key[p.end():]) and _next_is_agency(text, pos, p.end()):
            continue                          # "lãnh đạo các cơ quan thuộc UBTVQH": the leaders, a noun
        if p.start() == 0:
            if opener:
                continue
            return None
        end = pos[p.start() - 1] + 1 if p.start() > 0 else 0
        span = _subject_before(text, end, allow_opener=bool(opener))
        if span:
            return span
        if not opener:
            return None
    return None


def _next_is_agency(text: str, pos: tuple[int, ...], key_end: int) -> bool:
    start = pos[key_end] if key_end < len(pos) else len(text)
    nxt = find_agencies(text[start:start + 120])
    return bool(nxt) and nxt[0].start <= 6


def _subject_before(text: str, end: int, allow_opener: bool) -> tuple[int, int] | None:
    """The longest run of agency-like names ending at ``end``; from the sentence start unless an
    adverbial opening ("Trên cơ sở …, ") may come first."""
    phrase = text[:end].rstrip(" ,")
    if not phrase or len(phrase) > MAX_SUBJECT:
        return None
    mentions = find_agencies(phrase)
    if ":" in phrase:                       # "Các Bộ, cơ quan: Tài chính, Nội vụ và các cơ quan liên quan"
        head, _, tail = phrase.rpartition(":")
        cut = len(head) + 1
        inner = [AgencyMention(m.agency, m.surface, m.start - cut, m.end - cut) for m in mentions if m.start >= cut]
        ok = len(head) <= 40 and not allow_opener and inner and \
            all(_agency_like(p, i) for p, i in _pieces(tail, inner))
        return (0, len(phrase)) if ok else None
    blanked, kept = _without_appositions(phrase, mentions)
    pieces = _pieces(blanked, kept)
    good = 0
    for piece, inside in reversed(pieces):
        if not _agency_like(piece, inside):
            break
        good += 1
    if not good:
        return None
    if good == len(pieces):
        return (0, len(phrase))
    if not allow_opener:
        return None
    first = pieces[len(pieces) - good][0]
    start = blanked.rfind(first)
    before = phrase[:start].rstrip()
    if not before.endswith(","):
        return None
    return (start, len(phrase))


def subject_names(text: str) -> list[str]:
    """Names in the subject of ``text`` ([] when the sentence has no subject we trust)."""
    span = subject_span(text)
    return names_in(text[span[0]:span[1]]) if span else []
