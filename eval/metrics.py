"""Pure metric functions (unit-tested on hand-computed cases, ties included)."""
from __future__ import annotations

import math
import re

from corpus.normalize import normalize


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


def keywords_ok(answer: str, groups: list[list[str]]) -> bool:
    """Every group has at least one alternative inside the answer (case/tone/markdown-insensitive)."""
    a = _key(answer)
    return all(any(_key(alt) in a for alt in group) for group in groups)


# "Điều 12. …" and an item's marker ("- ", "+ ", "• ", "a) ", "1. "): the place's label, not its text
_PLACE_MARK = re.compile(r"^\s*(?:(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\s*[.:]|[-+•–]|[a-zđ]\)|\d{1,2}[.)])\s*", re.IGNORECASE)


def contains_evidence(clause_text: str, evidence: str, min_overlap: float = 0.9) -> bool:
    """The clause holds the evidence passage (verbatim after normalization, or nearly all its words in order)."""
    c, e = _key(clause_text), _key(evidence)
    if not e:
        return False
    if e in c:
        return True
    # "Điều 12. Tổ giúp việc của Ban Chỉ đạo", "- Tỷ lệ …": the article's number, the item's dash are its label
    bare = _key(_PLACE_MARK.sub("", evidence, count=1))
    if bare != e and len(bare.split()) >= 3 and bare in c:
        return True
    if "|" in evidence:         # a table row quoted as written ("Tỷ trọng … (%) | 9 | 13 | 20"): its cells, in order
        cells, at = [k for k in (_key(x) for x in evidence.split("|")) if k], 0
        for cell in cells:
            at = c.find(cell, at)
            if at < 0:
                break
            at += len(cell)
        else:
            if len(cells) >= 2:
                return True
    words = e.split()
    if len(words) < 4:
        return False
    hit = sum(1 for i in range(len(words) - 2) if " ".join(words[i:i + 3]) in c)
    return hit / max(1, len(words) - 2) >= min_overlap


def first_relevant_rank(relevant: list[bool]) -> int | None:
    """1-based rank of the first relevant item, or None."""
    for i, r in enumerate(relevant, 1):
        if r:
            return i
    return None


def recall_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = 10) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def ndcg_at(relevant: list[bool], k: int = 10, n_relevant: int | None = None) -> float:
    """Binary-relevance nDCG@k; the ideal ranking puts all `n_relevant` items first."""
    dcg = sum(1.0 / math.log2(i + 1) for i, r in enumerate(relevant[:k], 1) if r)
    n = sum(relevant) if n_relevant is None else n_relevant
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(n, k) + 1))
    return dcg / idcg if idcg else 0.0


def f_beta(retrieved: set, relevant: set, beta: float = 2.0) -> float:
    if not retrieved or not relevant:
        return 0.0
    tp = len(retrieved & relevant)
    if tp == 0:
        return 0.0
    p, r = tp / len(retrieved), tp / len(relevant)
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r)


def abstention(pred: list[bool], should: list[bool]) -> dict:
    """Precision and recall of abstaining, with false abstentions counted."""
    tp = sum(p and s for p, s in zip(pred, should))
    fp = sum(p and not s for p, s in zip(pred, should))
    fn = sum(s and not p for p, s in zip(pred, should))
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "false_abstentions": fp, "missed_abstentions": fn}


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100)."""
    if not values:
        return 0.0
    v = sorted(values)
    pos = (len(v) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
