"""Writers for quiz items: JSON, a printable Markdown handout, Moodle GIFT and Aiken.

Each writer takes ``assistant.quiz.QuizItem`` objects (or their ``to_dict()`` form) and returns text.
GIFT follows the Moodle documentation: ``::title::`` then the question text, the answers in ``{}``
(``T``/``F``; ``=right ~wrong``; ``=answer`` for a short answer), ``####`` general feedback inside the
braces, the characters ``~ = # { } :`` and ``\\`` escaped with a backslash, questions separated by a
blank line. Aiken holds only multiple-choice questions: ``to_aiken`` writes the mc items and leaves
the others out (``aiken_skipped`` counts them, for the caller to report).
"""
from __future__ import annotations

import json
import re

TYPE_NAMES = {"tf": "Đúng/Sai", "mc": "Trắc nghiệm", "cloze": "Điền vào chỗ trống"}
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _d(item) -> dict:
    return item if isinstance(item, dict) else item.to_dict()


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def to_json(items) -> str:
    return json.dumps([_d(i) for i in items], ensure_ascii=False, indent=2)


# -- Markdown handout ----------------------------------------------------------------------------
def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _one_line(text))


def _key_line(n: int, item: dict) -> str:
    if item["type"] == "mc":
        shown = f"{item['answer']}. {item['answer_text']}"
    else:
        shown = item["answer"]
    src = item["citation"].get("label", "")
    note = "" if src in item["explanation"] else f" *(Nguồn: {_md(src)})*"
    return f"{n}. **{_md(shown)}** — {_md(item['explanation'])}{note}"


def to_markdown(items, title: str = "Câu hỏi ôn tập") -> str:
    """A printable handout: numbered questions, then the answer key ("Đáp án") with sources."""
    items = [_d(i) for i in items]
    out = [f"# {_md(title)}", "", f"{len(items)} câu hỏi. Đáp án và nguồn trích dẫn ở cuối.", ""]
    for n, it in enumerate(items, 1):
        out += [f"**Câu {n}.** *({TYPE_NAMES.get(it['type'], it['type'])})* {_md(it['question'])}", ""]
        if it["type"] == "mc":
            out += [f"{k}. {_md(v)}  " for k, v in it["options"].items()] + [""]
        elif it["type"] == "tf":
            out += ["☐ Đúng  ☐ Sai", ""]
        else:
            out += ["Trả lời: ……………………………………", ""]
    out += ["---", "", "## Đáp án", ""]
    out += [_key_line(n, it) for n, it in enumerate(items, 1)]
    return "\n".join(out) + "\n"


# -- GIFT -------------------------------------------------------------------------------------------
def gift_escape(text: str) -> str:
    return _GIFT_SPECIAL.sub(r"\\\1", _one_line(text))


def _gift_answers(item: dict) -> str:
    feedback = f"####{gift_escape(item['explanation'])}" if item.get("explanation") else ""
    if item["type"] == "tf":
        return f"{{{'T' if item['answer'] == 'Đúng' else 'F'}{feedback}}}"
    if item["type"] == "mc":
        parts = [("=" if k == item["answer"] else "~") + gift_escape(v) for k, v in item["options"].items()]
        return "{" + " ".join(parts) + (" " + feedback if feedback else "") + "}"
    accepted = list(dict.fromkeys([item["answer"], *item.get("accept", ())]))
    return "{" + " ".join("=" + gift_escape(a) for a in accepted if a) + (" " + feedback if feedback else "") + "}"


def to_gift(items) -> str:
    """Moodle GIFT: one question per paragraph, titled ::Q1::, ::Q2:: …"""
    blocks = []
    for n, it in enumerate((_d(i) for i in items), 1):
        blocks.append(f"::Q{n}:: {gift_escape(it['question'])} {_gift_answers(it)}")
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# -- Aiken ------------------------------------------------------------------------------------------
def aiken_skipped(items) -> int:
    """How many items Aiken cannot hold (every type but mc)."""
    return sum(1 for i in items if _d(i)["type"] != "mc")


def to_aiken(items) -> str:
    """Aiken: the multiple-choice items only; question on one line, "A. …" options, "ANSWER: X"."""
    blocks = []
    for it in (_d(i) for i in items):
        if it["type"] != "mc":
            continue
        lines = [_one_line(it["question"])]
        lines += [f"{k}. {_one_line(v)}" for k, v in it["options"].items()]
        lines.append(f"ANSWER: {it['answer']}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
