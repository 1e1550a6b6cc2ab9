"""Quiz items from facts: Đúng/Sai, A–D and fill-in-the-blank, reproducible with a seed."""
from __future__ import annotations

import hashlib
import random
from dataclasses import asdict, dataclass, field

from assistant.quiz_distractors import distractors
from assistant.quiz_facts import Fact, QuizError, extract_facts
from assistant.quiz_text import appears
from corpus.normalize import fold

LETTERS = "ABCD"
TYPES = ("tf", "mc", "cloze")


@dataclass(frozen=True)
class QuizItem:
    id: str
    type: str                       # tf | mc | cloze
    kind: str                       # lead | deadline | target | signer | date | issuer | number
    question: str
    answer: str                     # tf: "Đúng"/"Sai"; mc: a letter; cloze: the missing text
    answer_text: str                # the true fact, whatever the type
    explanation: str
    citation: dict                  # doc_id, clause_id ("" for a document's own metadata), label, text
    options: dict = field(default_factory=dict)         # mc: {"A": …, "D": …}
    accept: tuple[str, ...] = ()    # cloze: every accepted answer
    distractors: tuple[str, ...] = ()                   # the wrong values shown (mc options, a false tf)
    statement: str = ""             # the true statement, in Vietnamese

    def to_dict(self) -> dict:
        d = asdict(self)
        d["accept"], d["distractors"] = list(self.accept), list(self.distractors)
        return d


def _item_id(kind: str, fact: Fact, question: str, answer: str) -> str:
    h = hashlib.sha1(f"{kind}|{fact.key}|{question}|{answer}".encode("utf-8")).hexdigest()
    return f"q{h[:10]}"


def _build(fact: Fact, qtype: str, rng: random.Random, truth: bool) -> QuizItem | None:
    label, true = fact.citation["label"], fact.statement()
    base = dict(kind=fact.kind, answer_text=fact.answer, citation=fact.citation, statement=true,
                explanation=true if label in true else f"{true} (Nguồn: {label})")
    if qtype == "tf":
        if truth:
            q, wrong = fact.statement(), ()
        else:
            d = distractors(fact, 1, rng)
            if not d:
                return None
            q, wrong = fact.statement(d[0]), (d[0],)
        answer = "Đúng" if truth else "Sai"
        return QuizItem(id=_item_id("tf", fact, q, answer), type="tf", question=q, answer=answer,
                        distractors=wrong, **base)
    if qtype in ("mc", "cloze") and appears(fact.answer, fact.mc_question if qtype == "mc" else fact.cloze_question):
        return None                 # the question would give the answer away
    if qtype == "mc":
        d = distractors(fact, 3, rng, fact.mc_question)
        if len(d) < 3:
            return None
        values = [fact.answer, *d]
        rng.shuffle(values)
        options = dict(zip(LETTERS, values))
        letter = LETTERS[values.index(fact.answer)]
        q = fact.mc_question
        return QuizItem(id=_item_id("mc", fact, q, letter), type="mc", question=q, answer=letter,
                        options=options, distractors=tuple(d), **base)
    if qtype == "cloze":
        q = fact.cloze_question
        return QuizItem(id=_item_id("cloze", fact, q, fact.answer), type="cloze", question=q,
                        answer=fact.answer, accept=tuple(dict.fromkeys((fact.answer, *fact.accept))), **base)
    raise QuizError(f"loại câu hỏi không rõ: {qtype}")


def _spread(facts: list[Fact], rng: random.Random) -> list[Fact]:
    """Facts in the order items are made: documents take turns, and within one, kinds take turns."""
    by_doc: dict[str, dict[str, list[Fact]]] = {}
    for f in facts:
        by_doc.setdefault(f.doc_id, {}).setdefault(f.kind, []).append(f)
    queues: list[list[Fact]] = []
    for doc in sorted(by_doc):
        kinds = by_doc[doc]
        for lst in kinds.values():
            rng.shuffle(lst)
        names = sorted(kinds)
        rng.shuffle(names)
        q: list[Fact] = []
        while any(kinds[k] for k in names):
            q += [kinds[k].pop(0) for k in names if kinds[k]]
        queues.append(q)
    rng.shuffle(queues)
    out: list[Fact] = []
    while any(queues):
        out += [q.pop(0) for q in queues if q]
    return out


def _check_args(n: int, types) -> tuple[str, ...]:
    if not isinstance(n, int) or n < 1 or n > 1000:
        raise QuizError(f"số câu hỏi phải từ 1 đến 1000 (nhận được {n})")
    types = tuple(dict.fromkeys(t.strip() for t in types if t and t.strip()))
    bad = [t for t in types if t not in TYPES]
    if bad or not types:
        raise QuizError(f"loại câu hỏi không rõ: {', '.join(bad) or '(trống)'}; chọn trong tf, mc, cloze")
    return types


def generate_from(documents, clauses, tasks, n: int = 10, types=TYPES, seed: int = 0,
                  doc_ids=None, section: str | None = None) -> list[QuizItem]:
    """Up to ``n`` items from documents/clauses/tasks (fewer when the filters leave fewer facts)."""
    types = _check_args(n, types)
    rng = random.Random(seed)
    facts = extract_facts(documents, clauses, tasks, doc_ids=doc_ids, section=section)
    order = list(types)
    rng.shuffle(order)
    items: list[QuizItem] = []
    seen_q: set[str] = set()
    seen_fact: set[str] = set()
    truths: list[bool] = []
    for i, fact in enumerate(_spread(facts, rng)):
        if len(items) >= n:
            break
        if fact.key in seen_fact:
            continue
        for j in range(len(order)):
            qtype = order[(i + j) % len(order)]
            if qtype == "tf" and not truths:
                truths = [True, False] if rng.random() < 0.5 else [False, True]
            item = _build(fact, qtype, rng, truths[0] if qtype == "tf" else True)
            if item is None or fold(item.question) in seen_q:
                continue
            if qtype == "tf":
                truths.pop(0)
            items.append(item)
            seen_q.add(fold(item.question))
            seen_fact.add(fact.key)
            break
    return items


def generate(assistant, n: int = 10, types=TYPES, seed: int = 0, doc_ids=None,
             section: str | None = None) -> list[QuizItem]:
    """Items from the assistant's index and task table."""
    return generate_from(assistant.index.documents, assistant.index.clauses, assistant.tasks.all, n=n,
                         types=types, seed=seed, doc_ids=doc_ids, section=section)
