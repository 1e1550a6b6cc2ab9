"""What the UI says instead of an answer: question checks and polite refusal and error messages."""
from __future__ import annotations

import unicodedata

MSG_EMPTY = "Vui lòng nhập câu hỏi về các văn bản đã nạp."
MSG_TOO_LONG = "Câu hỏi dài {n:,} ký tự, vượt giới hạn {limit:,} ký tự. Vui lòng rút gọn câu hỏi."
MSG_GARBAGE = ("Câu hỏi có ký tự không đọc được (dữ liệu nhị phân hoặc ký tự điều khiển). "
               "Vui lòng nhập câu hỏi bằng chữ.")
MSG_NO_LETTERS = "Câu hỏi chưa có chữ nào để tìm. Vui lòng nhập câu hỏi bằng chữ."
MSG_ERROR = "Đã có lỗi khi trả lời, vui lòng thử lại."


def validate_question(text, max_chars: int = 2000) -> tuple[str, str]:
    """(question, "") if usable, else ("", a polite Vietnamese message)."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        return "", MSG_GARBAGE
    text = unicodedata.normalize("NFC", text)
    stripped = text.strip()
    if not stripped:
        return "", MSG_EMPTY
    if len(stripped) > max_chars:
        return "", MSG_TOO_LONG.format(n=len(stripped), limit=max_chars).replace(",", ".")
    bad = sum(1 for ch in stripped if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    if "\x00" in stripped or "\ufffd" in stripped or bad > max(2, len(stripped) // 10):
        return "", MSG_GARBAGE
    if not any(ch.isalpha() for ch in stripped):
        return "", MSG_NO_LETTERS
    return stripped, ""


def invalid_answer(question: str, message: str) -> dict:
    """An Answer-shaped dict for a question that was refused (the API returns it)."""
    return {"question": question[:200] if isinstance(question, str) else "", "answer": message, "abstained": True,
            "citations": [], "related": [], "intent": "invalid", "confidence": 0.0, "generator": "",
            "note": message, "timings_ms": {}, "error": message}


def error_html() -> str:
    return f'<div class="hd-empty">{MSG_ERROR}</div>'
