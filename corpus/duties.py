"""Cutting a prose clause into its duties, and the deadline each duty carries.

A clause often assigns several duties: "X lãnh đạo …; phối hợp với Y thể chế hoá …, hoàn thành trong
năm 2025", "… tập trung chỉ đạo …, định kỳ 6 tháng báo cáo …", "X thành lập … . Xây dựng kế hoạch … .
Hoàn thành trong tháng 3/2025.", "(1) Tiếp tục … từ ngày 19/5/2025; sơ kết … từ ngày 01/7/2025. (2) …".

The clause is cut into units at sentence ends, semicolons and before a periodic report
(", định kỳ 6 tháng báo cáo …"); a unit starts a new duty when it has its own subject, its own
deadline, or is a new sentence opening with a verb. A unit that only completes or delivers the
previous work ("Hoàn thành trong tháng 3/2025.", "…; gửi … trước ngày 23/5/2025", "…; báo cáo kết quả
trong quý II/2025") stays with it and gives it its deadline. Closing formulas of a notice ("… thông
báo để … biết, thực hiện") are not duties. Numbered items "(1) … (2) …" are duties only when they open
with a verb; "(1) Luật A. (2) Luật B." is a list of objects of one duty.

Deadlines: the strict ``find_deadlines`` of the unit, plus a bare "định kỳ", "thường xuyên" or
"hằng năm/quý/tháng" when it qualifies the duty's verb (at the start of the duty, right before a
verb, or right after "thực hiện"/"tổ chức"/"triển khai"), never when it qualifies a noun
("kế hoạch công tác hằng năm", "các nhiệm vụ thường xuyên").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from corpus.deadlines import Deadline, find_deadlines, fold_with_offsets, parse_deadline

# common opening verbs of an administrative duty (folded)
VERBS = ("tiep tuc", "hoan thien", "de xuat", "phoi hop", "xay dung", "to chuc", "trien khai", "thuc hien",
         "nghien cuu", "ra soat", "ban hanh", "chu tri", "bao dam", "dam bao", "tap trung", "khan truong",
         "hoan thanh", "hinh thanh", "thanh lap", "day manh", "tang cuong", "kien toan", "chi dao", "lanh dao",
         "huong dan", "theo doi", "cap nhat", "sua doi", "bo sung", "dieu chinh", "phat trien", "thi diem",
         "xac dinh", "chu dong", "som", "trinh", "bao cao", "gui", "cong bo", "danh gia", "kiem tra",
         "giam sat", "tham gia", "tham tra", "kien nghi", "lam", "phat dong", "thuc day", "nang cao", "ung dung",
         "dua", "cat giam", "don gian hoa", "so ket", "tong ket", "dan dat", "xu ly", "van hanh", "lua chon",
         "tiep nhan", "tong hop", "chuan bi", "quan triet", "tuyen truyen", "pho bien", "bo tri", "huy dong",
         "thu hut", "ho tro", "giao", "nam", "kiem diem", "don doc", "uu tien", "quyet liet", "khuyen khich",
         "ap dung", "thong nhat", "cung co", "nghiem tuc", "tich cuc", "ket noi", "so hoa", "cung cap")
_VERB_RX = "(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + r")(?![a-z])"
_OPENER = r"(?:(?:dong thoi|truoc mat|ngoai ra|tiep theo|sau do|va)\s*,?\s*)?"
_TIME_LEAD = r"(?:(?:ngay )?(?:trong|truoc|den het|tu|cham nhat)\b[^,;.]{0,30}?(?:19|20)\d\d\s*,?\s*)?"
_STARTS_VERB = re.compile(r"^" + _OPENER + _TIME_LEAD + r"(?:(?:dinh ky|thuong xuyen|hang (?:nam|quy|thang))\s*,?\s*)?"
                          + _VERB_RX)
_STARTS_TIME = re.compile(r"^" + _OPENER + r"(?:ngay )?(?:trong|truoc|den het|tu|cham nhat)\b[^,;.]{0,30}?(?:19|20)\d\d")
_ADVERB = re.compile(r"(?<![a-z])(dinh ky|thuong xuyen|hang (?:nam|quy|thang|tuan))(?![a-z])")
_ADVERB_AT_START = re.compile(r"^" + _OPENER + r"(dinh ky|thuong xuyen|hang (?:nam|quy|thang|tuan))(?![a-z])")
_VERB_BEFORE_ADVERB = re.compile(r"(?<![a-z])(thuc hien|to chuc|trien khai|cap nhat)\s*$")
_ADVERB_END = re.compile(r"\s*($|[,.;]|theo |de |nham )")
# finishing the work just named: "…; hoàn thành trong quý IV/2025", "…; đưa vào sử dụng trong quý I/2026"
_COMPLETION = re.compile(r"^(?:va |dong thoi,? )?(?:(?:thuc hien|phan dau|co ban|se|phai) )*(?:hoan thanh|xong|"
                         r"dua vao (?:su dung|van hanh|khai thac|hoat dong|ap dung))"
                         r"|^(?:gui|bao cao|trinh)(?![a-z])")
_CLOSING = re.compile(r"tran trong thong bao|thong bao (?:de|cho) .{0,80}biet|biet,? (?:va )?thuc hien\s*\.?\s*$"
                      r"|pho bien den chi bo")
_CUT = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+|;\s*|,\s+(?=(?:định kỳ|hằng) [^,.;]{0,25}?"
                  r"(?:báo cáo|đánh giá|kiểm tra|tổng hợp|cập nhật|công bố))")
_NUMBERED = re.compile(r"(?=\(\d{1,2}\)\s)")
_SESSION = re.compile(r"(?i:trình)[^.;]{0,160}?(?i:tại|vào)\s+(?i:kỳ họp|phiên họp|hội nghị)[^().;]{0,30}?"
                      r"\(([^()]{3,30})\)")


@dataclass(frozen=True)
class Unit:
    text: str
    boundary: str        # start | sentence | semicolon | comma


def _key(text: str) -> str:
    return fold_with_offsets(text)[0].strip()


def starts_with_verb(text: str) -> bool:
    """The unit opens with a verb, possibly after "Đồng thời,", a time phrase or "định kỳ"/"thường xuyên"."""
    key = _key(text)
    return bool(_STARTS_VERB.match(key) or _ADVERB_AT_START.match(key) or _STARTS_TIME.match(key))


def units(text: str) -> list[Unit]:
    """The clause cut at sentence ends, semicolons and before a periodic report."""
    out: list[Unit] = []
    last, boundary = 0, "start"
    for m in _CUT.finditer(text):
        sep = m.group(0)
        kind = "semicolon" if ";" in sep else "comma" if "," in sep else "sentence"
        if kind == "sentence" and not (text[m.end():m.end() + 1].isupper() or "\n" in sep):
            continue                 # "57-NQ/TW. bảo đảm" or "(2) …": not a new sentence
        piece = text[last:m.start() + (1 if kind == "sentence" and "\n" not in sep else 0)].strip()
        if piece:
            out.append(Unit(piece, boundary))
        last, boundary = m.end(), kind
    tail = text[last:].strip()
    if tail:
        out.append(Unit(tail, boundary))
    return out


def _adverbs(text: str) -> list[tuple[int, Deadline]]:
    folded, pos = fold_with_offsets(text)
    lead = len(folded) - len(folded.lstrip())
    key = folded.strip()

    def written(m: re.Match, group: int) -> str:
        """The phrase as the text writes it ("định kỳ", not the folded "dinh ky")."""
        return text[pos[m.start(group) + lead]:pos[m.end(group) - 1 + lead] + 1]

    out = []
    m = _ADVERB_AT_START.match(key)
    if m:
        out.append((m.start(1), parse_deadline(written(m, 1))))
    for m in _ADVERB.finditer(key):
        if out and m.start() == out[0][0]:
            continue
        after, before = key[m.end():], key[:m.start()]
        if re.search(r"(?<![a-z])(nhiem vu|ke hoach|cong tac|chuong trinh|hoat dong|bao cao|ngan sach)\s*$", before):
            continue                 # "các nhiệm vụ thường xuyên", "kế hoạch công tác hằng năm": a noun's adjective
        if re.match(r"\s*" + _VERB_RX, after[:40]) or (_VERB_BEFORE_ADVERB.search(before) and _ADVERB_END.match(after)):
            out.append((m.start(), parse_deadline(written(m, 1))))
    return out


def _session(text: str) -> list[tuple[int, Deadline]]:
    """"trình Quốc hội … thông qua tại Kỳ họp thứ 9 (tháng 5/2025)": what is submitted is due by the session.
    (``find_deadlines`` rightly reads a session date as a reference; only a submission makes it a due date.)"""
    m = _SESSION.search(text)
    if not m:
        return []
    d = parse_deadline(m.group(1))
    return [(m.start(1), replace(d, text=m.group(0)[m.group(0).find("tại"):].strip() or d.text))] \
        if d.kind == "due" else []


def unit_deadline(text: str) -> Deadline | None:
    """The deadline of one duty: a real due date/start first, then a period, then 'thường xuyên'."""
    found = [(s, d) for s, _, d in find_deadlines(text) if d.kind != "unparsed" and "mốc mục tiêu" not in d.note]
    found += _session(text)
    found += [(s, d) for s, d in _adverbs(text) if d.kind != "unparsed"]
    if not found:
        return None
    rank = {"due": 0, "start": 0, "recurring": 1, "ongoing": 2}
    return min(found, key=lambda sd: (rank.get(sd[1].kind, 3), sd[0]))[1]


def is_closing(text: str) -> bool:
    return bool(_CLOSING.search(_key(text)))


def group(parts: list[Unit], has_subject: Callable[[str], bool]) -> list[str]:
    """Units joined into duties (see the module docstring)."""
    duties: list[list] = []          # [text, deadline]
    for u in parts:
        if is_closing(u.text):
            continue
        dl = unit_deadline(u.text)
        if duties:
            key = _key(u.text)
            if has_subject(u.text):
                new = True
            elif _COMPLETION.match(key) and dl is not None and dl.kind in ("due", "start"):
                new = False
            elif dl is not None:
                new = starts_with_verb(u.text)   # "Kế hoạch phải … trong tháng 4/2025": still the same work
            else:
                new = u.boundary == "sentence" and starts_with_verb(u.text)
            if not new:
                duties[-1][0] = f"{duties[-1][0]} {u.text}".strip()
                duties[-1][1] = duties[-1][1] or dl
                continue
        duties.append([u.text, dl])
    return [d[0] for d in duties]


def numbered(text: str) -> tuple[str, list[str]] | None:
    """(intro, items) when the clause lists duties "(1) Tiếp tục … (2) Hoàn thiện …"; None otherwise."""
    parts = _NUMBERED.split(text)
    if len(parts) <= 2:
        return None
    intro = parts[0].strip()
    if starts_with_verb(intro) and unit_deadline(intro) is not None:
        return None                  # "Triển khai … ngay trong năm 2025: (1) … (2) …" is one duty
    items = [p.strip() for p in parts[1:] if p.strip()]
    verbish = sum(starts_with_verb(re.sub(r"^\(\d{1,2}\)\s*", "", i)) for i in items)
    if verbish * 2 < len(items):
        return None
    return intro, items
