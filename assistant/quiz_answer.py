"""Answering ALQAC-style true/false and multiple-choice questions from the clauses the assistant retrieves."""
from __future__ import annotations

import re

from corpus.normalize import normalize

_STOP = frozenset("""
và hoặc của các những là thì mà có được cho với trong theo về từ đến để này đó khi nếu một hai
bị do tại trên dưới như đã sẽ đang cũng phải việc người cơ quan tổ chức nào gì sau đây đúng sai hay
luật quy định điều khoản không
""".split())
_NEGATION = re.compile(r"\b(không|chưa|cấm|nghiêm cấm|chẳng|trừ)\b")
_COMBO = re.compile(r"\s*(cả|tất cả)\b")
_TF_TAIL = re.compile(r"[,\s]*(đúng hay sai|đúng hoặc sai)\s*[?.!]*\s*$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text))


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in _STOP]


# a document named by its number ("nq57", "Nghị quyết 57", "03/NQ-CP", "Kế hoạch 3260"): no figure of the statement
DOC_REF = re.compile(r"(?i)\b(?:nq|nghị quyết|nghi quyet|kế hoạch|ke hoach|thông báo|thong bao|quyết định|quyet dinh|"
                      r"nghị định|nghi dinh|kl|tb|kh|qđ|qd|nđ|nd)\s*(?:số\s*|so\s*)?\d+(?:[-/][\w/-]+)?|"
                      r"\b\d+[-/](?:[A-ZĐ]{2,}|[a-zđ]{2,}[-/])[\w/-]*")


def numbers(text: str) -> set[str]:
    return {n.lstrip("0") or "0" for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


def _support(statement: str, text: str) -> float:
    """Share of the statement's content words, and of its word pairs, found in ``text``."""
    words = _content(statement)
    if not words:
        return 0.0
    have = set(_words(text))
    joined = " " + " ".join(_words(text)) + " "
    uni = sum(w in have for w in words) / len(words)
    pairs = [f" {a} {b} " for a, b in zip(words, words[1:])]
    bi = sum(p in joined for p in pairs) / len(pairs) if pairs else uni
    return 0.5 * uni + 0.5 * bi


def _best_passage(statement: str, hits) -> tuple[object | None, str, float]:
    """(clause, sentence, support): the retrieved sentence that best supports the statement."""
    best = (None, "", -1.0)
    for rank, h in enumerate(hits):
        clause = h.clause
        parts = [p for p in re.split(r"(?<=[.;:])\s+|\n+", clause.text) if p.strip()] or [clause.text]
        windows = parts + [" ".join(parts[i:i + 2]) for i in range(len(parts) - 1)]
        for w in windows:
            s = _support(statement, w) - 0.01 * rank
            if s > best[2]:
                best = (clause, w, s)
    return best


def _cite(clause) -> dict:
    return {"clause_id": getattr(clause, "id", "") if clause else "",
            "label": getattr(clause, "label", "") if clause else ""}


def answer_choice(assistant, question: str, choices: dict[str, str] | None = None, source: tuple[str, ...] = ()) -> dict:
    """Answer an ALQAC-style question from the clauses ``assistant.retrieve`` returns (top 5).

    ``source``: the documents the statement says it is from ("Theo kết luận Phiên họp thứ hai, …"): its passage
    is looked for in them (or in a text carrying them out) first.

    ``choices`` None: a true/false statement. Its best-supporting sentence decides: "Sai" when the
    statement names a number the clause lacks, when negation ("không", "cấm" …) differs, or when less than
    half of its words (and word pairs) are there; otherwise "Đúng". With choices: each option, read with
    the question, is scored the same way; an option "Cả A, B (và C) đều đúng" / "Cả 3 phương án trên"
    wins when every option it names is fairly supported, one that says "… đều sai" never does.
    """
    if choices is None:
        q = _TF_TAIL.sub("", normalize(question or "").strip())
        hits = assistant.retrieve(q, k=5)
        if source:
            hits = assistant.of_the_source(source, hits, deeper=q)[:5] or hits
        clause, sentence, support = _best_passage(q, hits)
        if clause is None:
            return {"answer": "Đúng", "clause_id": "", "label": "", "support": 0.0}
        wrong = bool(numbers(DOC_REF.sub(" ", q)) - numbers(normalize(clause.text))) or support < 0.5 or \
            bool(_NEGATION.search(q)) != bool(_NEGATION.search(normalize(sentence)))
        return {"answer": "Sai" if wrong else "Đúng", **_cite(clause), "support": round(support, 3)}
    from assistant.ranking import YEARS, other_horizon
    hits = assistant.retrieve(question, k=5)
    if source:
        hits = assistant.of_the_source(source, hits, deeper=question)[:5] or hits
    years = set(YEARS.findall(question))       # "… đến 2030 …": not the 2045 vision
    hits = [h for h in hits if not other_horizon(years, h.clause)] or hits
    combos = {k: t for k, t in ((k, normalize(v)) for k, v in choices.items()) if _COMBO.match(t)
              and re.search(r"\b[a-d]\b|phương án|đáp án|trên|đều đúng", t)}
    scores = {k: _best_passage(f"{question} {v}", hits) for k, v in choices.items() if k not in combos}
    pick = max(scores, key=lambda k: scores[k][2]) if scores else next(iter(choices))
    for k, text in combos.items():
        named = {x.upper() for x in re.findall(r"\b([a-d])\b", text)} or set(scores)
        named &= set(scores)
        if not re.search(r"\b(sai|không)\b", text) and named and min(scores[x][2] for x in named) >= 0.3:
            return {"answer": k, **_cite(scores[max(named, key=lambda x: scores[x][2])][0]),
                    "support": round(min(scores[x][2] for x in named), 3)}
    clause, _, support = scores.get(pick, (None, "", 0.0))
    return {"answer": pick, **_cite(clause), "support": round(max(support, 0.0), 3)}
