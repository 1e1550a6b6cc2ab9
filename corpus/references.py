"""Which loaded documents a question names: "Nghị quyết 57", "03/NQ-CP", "Kế hoạch 3260", "Phụ lục II"."""
from __future__ import annotations

import re

from corpus.model import Document
from corpus.normalize import fold

_APPENDIX = re.compile(r"\bphu luc\b")


def _keys(doc: Document) -> list[str]:
    keys = []
    for raw in (doc.number, doc.cite_as):
        if raw:
            f = fold(raw)
            keys.append(f)
            m = re.match(r"(\d{2,})", f)
            if m:
                keys.append(m.group(1))
    return keys


def _score(doc: Document, q: str) -> int:
    score = 0
    for key in _keys(doc):
        if re.search(rf"(?<![\w/]){re.escape(key)}(?![\w])", q):
            score = max(score, len(key) + 2)
    kind = fold(doc.type or "")
    if kind and kind in q and kind not in ("phu luc",):
        score += 1
    return score


def named_document(documents: list[Document], question: str) -> Document | None:
    """The one main document a question names most specifically, or None."""
    q = fold(question)
    scored = [(_score(d, q), d) for d in documents if not d.part_of]
    scored = [x for x in scored if x[0] >= 3]
    return max(scored, key=lambda x: x[0])[1] if scored else None


def referenced_documents(documents: list[Document], question: str) -> tuple[str, ...]:
    """Ids of every document the question refers to (an appendix when it says "phụ lục")."""
    q = fold(question)
    ids = [d.id for d in documents if not d.part_of and _score(d, q) >= 3]
    if _APPENDIX.search(q):
        parts = [d for d in documents if d.part_of]
        named = [d.id for d in parts if d.part_of in ids] or [d.id for d in parts]
        ids = [i for i in ids if i not in {d.part_of for d in parts if d.id in named}] + named
    return tuple(dict.fromkeys(ids))
