"""A figure compared across two documents the question names ("Nguồn nhân lực R&D năm 2030 trong Nghị quyết 57 và
trong đề cương có giống nhau không?"): the best clause of each, read alone, and whether they state the same figure."""
from __future__ import annotations

import re

from assistant.extract import coverage, pair_share
from assistant.model import Answer
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold
from corpus.references import referenced_documents, without_names
from indexing import Filters

# "… có giống nhau không?", "… có khác nhau không?", "… có trùng (khớp) nhau không?", "… có như nhau không?" (folded)
_ASKS_SAME = re.compile(r"\b(?:co )?(giong|khac|trung|khop|nhu|bang|thong nhat)(?: khop)? (?:nhau|voi nhau)\s*(?:khong|chua|ko)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
STATED_SHARE = 0.25     # the part stating a figure must write this share of what is asked (words and pairs)
_NUMBER = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)?(?![\w/])")


def answer(assistant, q: str) -> Answer | None:
    """Whether two named documents state the same figure for what the question asks; None unless the question
    names two main documents, asks whether they agree, and each has a clause stating a figure for it."""
    key = fold(q).lower()
    asked = _ASKS_SAME.search(key)
    if asked is None:
        return None
    docs = assistant.index.documents
    named = [d for d in referenced_documents(docs, q) if not assistant.index.document(d).part_of]
    if len(named) != 2:
        return None
    # the sentence asking, without the words naming the documents: "Đang làm slide so sánh. Nguồn nhân lực …?"
    topic = without_names(docs, next((s for s in re.split(r"(?<=[.!?])\s+", q) if _ASKS_SAME.search(fold(s).lower())), q))
    cut, at = fold_with_offsets(topic)
    m = _ASKS_SAME.search(cut.lower())
    if m:           # the words asking whether they agree are no part of what is looked for
        topic = f"{topic[:at[m.start()]]} {topic[at[m.end() - 1] + 1:]}".strip()
    wider = assistant.acronyms.expand(topic)
    found = []
    for doc_id in named:
        ids = tuple(d.id for d in docs if doc_id in (d.id, d.part_of))
        hits = assistant.retrieve(topic, k=3, filters=Filters(doc_ids=ids))
        parts = []          # the sentence parts stating a figure, by how much of what is asked they write
        for h in hits[:3]:
            for m in re.finditer(r"[^.;]+", h.clause.text):
                numbers = {n.replace(",", ".") for n in _NUMBER.findall(m.group(0)) if not _YEAR.fullmatch(n)}
                if numbers:
                    # the words asked, and their pairs ("nguồn nhân lực"), as the documents write them ("R&D")
                    share = (coverage(f"{topic} {wider}", [m.group(0)], assistant.stats)
                             + pair_share(topic, m.group(0), assistant.stats)) / 2
                    parts.append((share, h.clause, (m.start(), m.end()), m.group(0).strip(" -"), numbers))
        parts = [p for p in parts if p[0] >= STATED_SHARE]
        if not parts:
            return None
        found.append(parts)
    # the two parts stating the same measure: each matching what is asked, and the other's words
    (_, *first), (_, *second) = max(((a, b) for a in found[0] for b in found[1]),
                                     key=lambda ab: ab[0][0] + ab[1][0] + coverage(ab[0][3], [ab[1][3]], assistant.stats))
    found = [first, second]
    same = bool(found[0][3] & found[1][3])
    agree = same if asked.group(1) != "khac" else not same
    verdict = ("Có" if agree else "Không") + (", giống nhau" if same else ", khác nhau") + "."
    lines, cites = [verdict], []
    for n, (clause, span, text, _) in enumerate(found, 1):
        name = assistant.index.document(assistant.of_document(clause.doc_id)).citation_name
        lines.append(f"- {name}: {text}. [{n}]")
        cites.append(assistant.cite(n, clause, span))
    return Answer(question=q, answer="\n".join(lines), abstained=False, citations=tuple(cites), intent="generic",
                  confidence=1.0)
