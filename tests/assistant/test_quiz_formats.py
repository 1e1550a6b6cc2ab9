"""Quiz writers: GIFT read back by a parser written from the Moodle GIFT grammar, Aiken, Markdown, JSON."""
import json
import re

import pytest

from assistant.quiz import QuizItem, generate
from assistant.quiz_formats import aiken_skipped, gift_escape, to_aiken, to_gift, to_json, to_markdown

# -- a small GIFT reader, after docs.moodle.org "GIFT format" -----------------------------------------
# Questions are separated by a blank line; "//" starts a comment line; "::title::" is optional; the
# answers sit in "{…}": T/F/TRUE/FALSE, or "=right" / "~wrong" entries (several "=" only in a short
# answer), "#feedback" after an answer, "####general feedback" last; "\~ \= \# \{ \} \:" (and "\\",
# "\n") are escapes.
_ESC = {"~": "~", "=": "=", "#": "#", "{": "{", "}": "}", ":": ":", "\\": "\\", "n": "\n"}


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ESC:
            out.append(_ESC[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """[(mark, chunk)] cut at unescaped "####" and ``marks``; the first chunk has mark ''."""
    parts, cur, mark, i = [], [], "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if text.startswith("####", i):
            parts.append((mark, "".join(cur)))
            cur, mark, i = [], "####", i + 4
            continue
        if ch in marks:
            parts.append((mark, "".join(cur)))
            cur, mark = [], ch
        else:
            cur.append(ch)
        i += 1
    parts.append((mark, "".join(cur)))
    return parts


def _find_unescaped(text: str, ch: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == ch:
            return i
        i += 1
    return -1


def parse_gift(text: str) -> list[dict]:
    blocks, cur = [], []
    for line in text.splitlines():
        if line.strip().startswith("//"):
            continue
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append("\n".join(cur))
            cur = []
    if cur:
        blocks.append("\n".join(cur))
    out = []
    for block in blocks:
        title = ""
        if block.startswith("::"):
            end = block.index("::", 2)
            title, block = _unescape(block[2:end]), block[end + 2:]
        a = _find_unescaped(block, "{")
        b = _find_unescaped(block, "}", a + 1)
        assert a >= 0 and b > a, f"no answer block in {block!r}"
        assert _find_unescaped(block, "{", b + 1) < 0, "more than one answer block"
        stem = _unescape((block[:a] + block[b + 1:]).strip())
        body = block[a + 1:b].strip()
        q = {"title": title, "text": stem, "general": "", "right": [], "wrong": [], "tf": None}
        head = re.match(r"(TRUE|FALSE|T|F)(?=\s*(#|$))", body)
        parts = _split_unescaped(body[head.end():] if head else body, "=~#")
        if head:
            q["tf"] = head.group(1) in ("T", "TRUE")
        for mark, chunk in parts:
            value = _unescape(chunk.strip())
            if mark == "=":
                q["right"].append(value)
            elif mark == "~":
                q["wrong"].append(value)
            elif mark == "####":
                q["general"] = value
            elif mark == "":
                assert not value or head, f"text before the first answer: {value!r}"
        out.append(q)
    return out


def test_gift_parser_reads_the_documented_examples():
    doc = ("// question: 1\n::Q1:: 1+1\\=2 {T}\n\n::Colors:: Which is a colour? {=Blue ~Table ~Chair####Blue is.}"
           "\n\nTwo plus two equals {=four =4}.\n")
    qs = parse_gift(doc)
    assert [q["title"] for q in qs] == ["Q1", "Colors", ""]
    assert qs[0]["tf"] is True and qs[0]["text"] == "1+1=2"
    assert qs[1]["right"] == ["Blue"] and qs[1]["wrong"] == ["Table", "Chair"] and qs[1]["general"] == "Blue is."
    assert qs[2]["right"] == ["four", "4"] and qs[2]["text"] == "Two plus two equals ."


@pytest.fixture(scope="module")
def items(fake_assistant):
    return generate(fake_assistant, n=90, seed=4)


def _odd_item() -> QuizItem:
    nasty = "Ký tự đặc biệt ~ = # { } : \\ và ####, dấu “ngoặc”"
    return QuizItem(id="qx", type="mc", kind="lead", question=nasty + "?", answer="B", answer_text="={b}",
                    explanation="Giải thích: a#b ~c", citation={"doc_id": "d", "clause_id": "c", "label": "l", "text": ""},
                    options={"A": "~a", "B": "={b}", "C": "c:d", "D": "\\e"}, distractors=("~a", "c:d", "\\e"))


def test_gift_round_trips_every_generated_question(items):
    parsed = parse_gift(to_gift(items))
    assert len(parsed) == len(items)
    for n, (q, it) in enumerate(zip(parsed, items), 1):
        assert q["title"] == f"Q{n}"
        assert q["text"] == it.question
        assert q["general"] == it.explanation
        if it.type == "tf":
            assert q["tf"] is (it.answer == "Đúng")
        elif it.type == "mc":
            assert q["right"] == [it.answer_text]
            assert sorted(q["wrong"]) == sorted(v for k, v in it.options.items() if k != it.answer)
        else:
            assert it.answer in q["right"] and not q["wrong"]


def test_gift_escapes_special_characters():
    it = _odd_item()
    assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    (q,) = parse_gift(to_gift([it]))
    assert q["text"] == it.question and q["right"] == ["={b}"] and sorted(q["wrong"]) == ["\\e", "c:d", "~a"]
    assert q["general"] == it.explanation


def _parse_aiken(text: str) -> list[dict]:
    out = []
    for block in [b for b in text.strip().split("\n\n") if b.strip()]:
        lines = block.splitlines()
        options = {}
        answers = [ln for ln in lines if ln.startswith("ANSWER:")]
        assert len(answers) == 1 and lines[-1] == answers[0]
        for ln in lines[1:-1]:
            m = re.fullmatch(r"([A-Z])[.)] (.+)", ln)
            assert m, f"not an option line: {ln!r}"
            options[m.group(1)] = m.group(2)
        letter = answers[0].split(":", 1)[1].strip()
        out.append({"question": lines[0], "options": options, "answer": letter})
    return out


def test_aiken_holds_only_multiple_choice(items):
    mc = [i for i in items if i.type == "mc"]
    assert mc and len(mc) < len(items)
    parsed = _parse_aiken(to_aiken(items))
    assert len(parsed) == len(mc) and aiken_skipped(items) == len(items) - len(mc)
    for q, it in zip(parsed, mc):
        assert len(q["options"]) >= 2 and q["answer"] in q["options"]
        assert q["question"] == it.question and q["options"][q["answer"]] == it.answer_text
    assert to_aiken([i for i in items if i.type != "mc"]) == ""


def test_markdown_handout_has_questions_then_answer_key(items):
    md = to_markdown(items, title="Ôn tập NQ 57")
    assert md.startswith("# Ôn tập NQ 57")
    head, key = md.split("## Đáp án")
    assert len(re.findall(r"^\*\*Câu \d+\.\*\*", head, flags=re.M)) == len(items)
    key_lines = re.findall(r"^\d+\. \*\*.+\*\* — .+$", key, flags=re.M)
    assert len(key_lines) == len(items)
    for line, it in zip(key_lines, items):        # every answer names its source
        assert re.sub(r"\\(.)", r"\1", line).count(it.citation["label"]) >= 1
    mc = next(i for i in items if i.type == "mc")
    assert f"**{mc.answer}. " in key


def test_json_keeps_vietnamese_and_every_field(items):
    text = to_json(items)
    assert "Đúng" in text or "chủ trì" in text
    data = json.loads(text)
    assert len(data) == len(items)
    assert set(data[0]) >= {"id", "type", "question", "options", "answer", "explanation", "citation"}
    assert set(data[0]["citation"]) == {"doc_id", "clause_id", "label", "text"}
