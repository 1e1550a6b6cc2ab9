"""Where a quoted sentence comes from, as a trainer asks it: "Câu “Năm 2025 là năm khởi đầu …” nằm ở văn bản nào và
thuộc phần nào?", "Cụm “cloud AI, big data platform” xuất hiện ở cú hích chiến lược nào?". The clause writing the
quoted words is found word for word (marks, case and punctuation aside, a trailing "…" dropped), and the answer names
its document, its place and the headings above it."""
from __future__ import annotations

import re

from assistant.extract import word_pairs
from assistant.model import Answer
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold

_QUOTE = re.compile(r"[“\"'‘]([^”\"'’]{12,400}?)[”\"'’]")
# where it stands is asked: "nằm ở / trong …", "thuộc phần nào", "xuất hiện ở …", "trích từ …", "ở đâu" (folded)
_WHERE = re.compile(r"\b(?:nam (?:o|trong)|thuoc|xuat hien (?:o|trong)|trich (?:tu|trong|o)|co trong|duoc viet (?:o|trong)|"
                    r"o)\b[^?]{0,60}?\b(?:nao|dau)\b|\bo dau\b")
MIN_WORDS = 3           # a quote shorter than this is a term, not a passage to place
_ASKS_WHETHER = re.compile(r"\bkhong\b")      # "… có nhắc tới “…” không?" (folded)
SAID = 200              # how much of the clause the answer quotes
NEAR_QUOTE = 0.75       # the share of a quote's pairs of words a clause writes to be where it is from


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text).lower()))


def answer(assistant, question: str) -> Answer | None:
    """The place of the quoted words, or None when the question quotes nothing to place or no clause writes it."""
    m = _QUOTE.search(question)
    rest = (question[:m.start()] + " " + question[m.end():]) if m else ""
    if m is None or not _WHERE.search(fold(rest).lower()):
        return None
    quoted = _words(m.group(1).rstrip(".… "))
    if len(quoted.split()) < MIN_WORDS:
        return None
    written = [(c, _words(c.text)) for c in assistant.index.clauses]
    found = [c for c, words in written if quoted in words]
    if not found:       # quoted from memory: most of its pairs of words, in one clause
        found = [c for c, words in written if _share(quoted, words) >= NEAR_QUOTE]
    if not found:
        return Answer(question=question, answer=f"{'Không. ' if _ASKS_WHETHER.search(fold(rest).lower()) else ''}"
                      f"Không văn bản nào đã nạp viết “{m.group(1).strip()}” (kể cả gần "
                      "đúng nguyên văn), nên không chỉ ra được câu này nằm ở đâu.", abstained=True, intent="generic",
                      confidence=1.0)
    clause = min(found, key=lambda c: len(c.text))     # the narrowest clause writing it
    doc = assistant.index.document(clause.doc_id)
    span = _span(clause.text, quoted)
    heads = [h for h in (*clause.context, clause.heading) if h and _words(h) != quoted]
    text = f"Câu trích nằm ở {clause.label}" + (f" ({doc.title})" if doc and doc.title else "")
    if heads:
        text += ", thuộc phần: " + " › ".join(f"“{h}”" for h in heads)
    if len({c.doc_id for c in found}) > 1:
        others = sorted({c.label for c in found if c.doc_id != clause.doc_id})
        text += f". Các văn bản khác cũng viết câu này: {'; '.join(others)}"
    said = " ".join(clause.text.split()).rstrip(" .;:")
    text += f": “{said if len(said) <= SAID else said[:SAID].rsplit(' ', 1)[0] + ' …'}”"
    if _ASKS_WHETHER.search(fold(rest).lower()):     # "Đề cương có nhắc tới 'chảy máu chất xám' không, …?"
        text = f"Có. {text}"
    return Answer(question=question, answer=f"{text}. [1]", abstained=False, intent="generic", confidence=1.0,
                  citations=(assistant.cite(1, clause, span),))


def _share(quoted: str, text: str) -> float:
    """The share of the quote's pairs of words (`quoted` has three words at least) that `text` writes."""
    runs, have = word_pairs(quoted), set(word_pairs(text))
    return sum(r in have for r in runs) / len(runs)


def _span(text: str, quoted: str) -> tuple[int, int] | None:
    """Where the quoted words stand in `text`."""
    key, at = fold_with_offsets(text)
    words = list(re.finditer(r"\w+", key.lower()))
    wanted = quoted.split()
    for i in range(len(words) - len(wanted) + 1):
        if [w.group(0) for w in words[i:i + len(wanted)]] == wanted:
            return at[words[i].start()], at[words[i + len(wanted) - 1].end() - 1] + 1
    return None
