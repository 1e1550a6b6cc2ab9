"""Everyday words officials type and the words the documents write for them ("tiền" for "kinh phí",
"xong" for "hoàn thành", "lối nghĩ" for "tư duy"): the document's words join a question's search query.

The table is Vietnamese administrative register, not any one document's wording. A question typed without
diacritics matches only the entries of two syllables or more ("lam luat"): one folded syllable ("tien") stands
for too many words ("tiền", "tiến", "tiện").
"""
from __future__ import annotations

import re

from corpus.normalize import fold, has_diacritics, unify_tones

# everyday word or phrase -> the words documents use for it
PLAIN_WORDS: dict[str, str] = {
    "tiền": "kinh phí ngân sách",
    "tiền bạc": "kinh phí ngân sách",
    "xong": "hoàn thành",
    "hạn chót": "thời hạn hoàn thành",
    "soạn": "xây dựng",
    "soạn thảo": "soạn thảo",        # the documents' own word: matched first, adds nothing
    "viết": "xây dựng",
    "sửa": "sửa đổi",
    "bỏ": "loại bỏ xóa bỏ",
    "lối nghĩ": "tư duy",
    "cách nghĩ": "tư duy",
    "suy nghĩ": "tư duy",
    "làm luật": "xây dựng pháp luật",
    "theo dõi": "giám sát đôn đốc",
    "báo lên": "báo cáo",
    "cầm trịch": "chủ trì",
    "đứng đầu": "trưởng",
    "người làm nghiên cứu": "nhân lực nghiên cứu",
    "nước ta": "quốc gia Việt Nam",
    "trong nước": "nội địa",
    "cả nước": "toàn quốc",
    "học trực tuyến": "đào tạo trực tuyến",
    "lên mạng": "trực tuyến",
    "giấy tờ": "thủ tục hồ sơ",
    "dân": "người dân",
    "lập": "thành lập",
    "công ty": "doanh nghiệp",
    "làng": "thôn bản",
    "làng quê": "thôn bản nông thôn",
    "sóng điện thoại": "phủ sóng di động",
    "chấm điểm": "đánh giá xếp hạng",
    "nhóm": "tổ",
    "mỗi năm": "hằng năm",
    "nửa năm": "6 tháng",
    "sáu tháng": "6 tháng",
    "mỗi quý": "hằng quý",
    "mỗi tháng": "hằng tháng",
    "lo ngại": "rủi ro nguy cơ",
    "e ngại": "rủi ro nguy cơ",
    "hệ quả": "hậu quả dẫn đến",
    "chắp vá": "chưa đồng bộ",
    "người làm": "nhân lực đội ngũ",
    "trụ cột": "trọng tâm cốt lõi",
    "then chốt": "trọng tâm cốt lõi",
    "làm thử": "thí điểm",
    "chạy thử": "thí điểm vận hành thử nghiệm",
    "tivi": "truyền hình",
    "ti vi": "truyền hình",
    "đài": "phát thanh truyền hình",
    "radio": "phát thanh",
    "đài phát thanh": "phát thanh",
    "báo chí": "báo chí truyền thông",
    "mạng xã hội": "mạng xã hội nền tảng số",
    "chương trình riêng": "chương trình chuyên biệt",
    "chuyên mục riêng": "chuyên mục chuyên biệt",
}


def _pattern(words) -> re.Pattern | None:
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, words))) if words else None


_ACCENTED = _pattern(unify_tones(w) for w in PLAIN_WORDS)
_BY_ACCENTED = {unify_tones(w): v for w, v in PLAIN_WORDS.items()}
_FOLDED = _pattern(fold(w) for w in PLAIN_WORDS if len(w.split()) >= 2)
_BY_FOLDED = {fold(w): v for w, v in PLAIN_WORDS.items() if len(w.split()) >= 2}


def _reading(question: str) -> tuple[str, re.Pattern, dict[str, str]]:
    """The question as the table is matched against it: with its tones, or folded when typed without."""
    if has_diacritics(question):
        return unify_tones(question.lower()), _ACCENTED, _BY_ACCENTED
    return fold(question), _FOLDED, _BY_FOLDED


def document_words(question: str) -> str:
    """The documents' words for the everyday words a question uses, those it does not already hold."""
    text, pattern, table = _reading(question)
    held = set(re.findall(r"\w+", fold(question)))
    found = dict.fromkeys(w for m in pattern.finditer(text) for w in table[m.group(0)].split())
    return " ".join(w for w in found if fold(w) not in held)


def in_document_words(question: str) -> str:
    """The question with its everyday words replaced by the documents' words for them ("Cơ quan nào chấm
    điểm …" -> "Cơ quan nào đánh giá xếp hạng …"), for judging how much of it a clause covers."""
    text, pattern, table = _reading(question)
    return pattern.sub(lambda m: table[m.group(0)], text)


def everyday_phrase(question: str, words: str) -> bool:
    """`words` (folded) lie inside an everyday phrase of the table that the question writes ("rieng" in "chương
    trình riêng"): they are that phrase's, not a name."""
    key = f" {fold(question).lower()} "
    return any(f" {fold(w).lower()} " in key and f" {words} " in f" {fold(w).lower()} " for w in PLAIN_WORDS
               if len(w.split()) > len(words.split()))
