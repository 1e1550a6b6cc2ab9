"""Which body, or which part of a document, is given the most (or the fewest) tasks: "Bộ nào chủ trì nhiều nhiệm vụ
nhất?", "Mục nào trong Phụ lục II có nhiều nhiệm vụ nhất?". Counted over the task table, not read from one clause."""
from __future__ import annotations

import re
from collections import Counter

from assistant.model import Answer
from corpus.normalize import fold

_MOST = re.compile(r"\b(nhieu|it)\s+(?:(?:nhiem vu|viec|dau viec|chi tieu|de an|du an)\s+nhat\b|nhat\b(?!\s*(?:\d|(?:bao nhieu|"
                   r"may|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|la)\b)))")    # not "ít nhất 15%", "nhiều nhất 3 lần"
_WHO = re.compile(r"\b(?:(bo|co quan|don vi|bo nganh|nganh|dia phuong|ban|so)\s+nao|ai)\b")
_MINISTRY = re.compile(r"^bo (?!truong)")         # "Bộ nào …": a ministry, not "Bộ trưởng"
_WHERE = re.compile(r"\b(?:muc|nhom|phan|linh vuc|chuong|nhom nhiem vu|tieu muc)\s+nao\b")
_TARGETS = re.compile(r"\bchi tieu\b")
_BY_ROLE = {"lead": re.compile(r"\bchu tri\b"), "coord": re.compile(r"\bphoi hop\b")}
RUNNERS_UP = 3          # the bodies or parts named after the first
PART_NAME = 90          # the longest part title written out


def answer(assistant, question: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    """The count's winner (ties together), how many, the next ones, and citations of its tasks; None where the
    question asks no such thing or the table holds no task to count."""
    q = fold(question).lower()
    most = _MOST.search(q)
    who, where = _WHO.search(q), _WHERE.search(q)
    if not most or not (who or where):
        return None
    tasks = [t for t in assistant.tasks.all if (t.kind == "target") == bool(_TARGETS.search(q))]
    rows = {t.clause_id: _whole(assistant, t.clause_id) for t in tasks}    # a "(1)" part counts as its clause
    scope = _scope(assistant, question, doc_ids)
    if scope:
        tasks = [t for t in tasks if t.doc_id in scope]
    if re.search(r"\bphu luc\b", q):
        tasks = [t for t in tasks if "Phụ lục" in t.label] or tasks
    by_part = bool(where) and (not who or where.start() < who.start())
    owned: dict[str, list[str]] = {}        # each body or part -> the clauses of its tasks
    if by_part:
        for t in tasks:
            if "." in rows[t.clause_id].split(":", 1)[-1]:
                owned.setdefault(rows[t.clause_id].rsplit(".", 1)[0], []).append(rows[t.clause_id])
    else:
        role = next((r for r, p in _BY_ROLE.items() if p.search(q)), "lead")
        ministry = bool(who) and who.group(1) == "bo"
        for t in tasks:
            for body in (t.coordinators if role == "coord" else t.lead):
                # "Các bộ, ngành, địa phương" is not one body; "Bộ nào …" asks for a ministry
                if not body.lower().startswith("các ") and (not ministry or _MINISTRY.match(fold(body).lower())):
                    owned.setdefault(body, []).append(rows[t.clause_id])
    owned = {g: list(dict.fromkeys(ids)) for g, ids in owned.items()}      # a row read as two tasks counts once
    counts = Counter({g: len(ids) for g, ids in owned.items()})
    if not counts:
        return None
    ranked = counts.most_common() if most.group(1) == "nhieu" else sorted(counts.items(), key=lambda x: x[1])
    best = ranked[0][1]
    first = [g for g, n in ranked if n == best]
    name = (lambda g: _part_name(assistant.clause(g))) if by_part else str     # noqa: E731
    rest = [f"{name(g)} ({n})" for g, n in ranked[len(first):len(first) + RUNNERS_UP]]
    noun = "chỉ tiêu" if _TARGETS.search(q) else "nhiệm vụ"
    word = "nhiều" if most.group(1) == "nhieu" else "ít"
    text = f"{'; '.join(name(g) for g in first)}: {best} {noun}, {word} nhất"
    text += f" (trong {len({rows[t.clause_id] for t in tasks})} {noun} được đếm)." + (f" Tiếp theo: {', '.join(rest)}." if rest else "")
    cited = [assistant.clause(g) for g in first] if by_part else \
        [assistant.clause(i) for i in dict.fromkeys(x for g in first for x in owned[g])]
    cited = [c for c in cited if c is not None]
    citations = tuple(assistant.cite(n, c) for n, c in enumerate(cited[:3], 1))
    markers = "".join(f" [{c.n}]" for c in citations)
    return Answer(question=question, answer=text + markers, abstained=False, citations=citations, intent="list",
                  confidence=1.0)


def _scope(assistant, question: str, doc_ids: tuple[str, ...]) -> set[str]:
    """The documents the count runs over: those given, the one the question names with its parts, the appendix it
    names ("… trong Phụ lục II"), or all."""
    from corpus.references import named_document, referenced_documents
    if doc_ids:
        return set(doc_ids)
    documents = assistant.index.documents
    named = named_document(documents, question)
    if named is not None:
        return {d.id for d in documents if d.id == named.id or d.part_of == named.id}
    refs = [assistant.index.document(r) for r in referenced_documents(documents, question)]
    return {d.id for d in refs if d is not None and d.part_of}


def _whole(assistant, clause_id: str) -> str:
    clause = assistant.clause(clause_id)
    return clause_id.rsplit(".", 1)[0] if clause is not None and clause.kind == "part" else clause_id


def _part_name(clause) -> str:
    if clause is None:
        return ""
    number = clause.path[-1] if clause.path else ""
    title = clause.heading or clause.text
    title = title if len(title) <= PART_NAME else title[:PART_NAME].rsplit(" ", 1)[0] + " …"
    return f"{number}. {title}" if number and not title.startswith(number) else title
