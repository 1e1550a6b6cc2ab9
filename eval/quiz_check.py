"""`hoidap eval quiz`: generate items from the real index and check every one against its source.

Written apart from the generator on purpose (its own matching code), so a generator bug is not
checked by itself. An item passes when:
- its shape is right (tf: Đúng/Sai, the shown value in the statement; mc: four distinct options A–D, the
  lettered one is the fact; cloze: "____" in the question) and the question of an mc/cloze does not
  give the answer away;
- the fact is in its source: the cited clause exists and its text holds the answer (accent-insensitive;
  a lead agency may be written by an alias), and one of the clause's tasks has that lead / deadline /
  target value; a metadata item's answer is the document's own signer, date, issuer or number;
- no wrong option is an answer of that source: a wrong agency is of the answer's kind, is not a lead
  of the clause's tasks and is not named in the clause; a wrong deadline's date or a wrong number is
  not in the clause text; a wrong signer/date/issuer/number is not the document's.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from corpus.agencies import find_agencies, lookup
from corpus.normalize import fold
from hoidap.output import UserError, emit_json

_DATE = re.compile(r"quy [ivx]+ ?/ ?\d{4}|quy [ivx]+ nam \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2} ?/ ?\d{4}|"
                   r"thang \d{1,2} nam \d{4}|\d{4} ?- ?\d{4}|\d{4}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _key(text: str) -> str:
    """Folded, one space, leading zeros of numbers dropped."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", re.sub(r"\s+", " ", fold(text))).strip(" .")


def _inside(needle: str, hay: str) -> bool:
    n = _key(needle)
    return bool(n) and re.search(r"(?<![0-9a-z])" + re.escape(n) + r"(?![0-9a-z])", _key(hay)) is not None


def _numbers(text: str) -> set[str]:
    return {(x.lstrip("0") or "0").replace(",", ".") for x in _NUMBER.findall(text)}


def _date_part(deadline: str) -> str:
    found = _DATE.findall(_key(deadline))
    return max(found, key=len) if found else ""


def _shape(item: dict) -> list[str]:
    bad, q, ans = [], item["question"], item["answer_text"]
    if item["type"] == "tf":
        shown = item["distractors"][0] if item["answer"] == "Sai" and item["distractors"] else ans
        if item["answer"] not in ("Đúng", "Sai") or (item["answer"] == "Sai" and not item["distractors"]):
            bad.append("tf: answer/distractor missing")
        elif not _inside(shown, q):
            bad.append("tf: statement does not show the value it asserts")
    elif item["type"] == "mc":
        opts = item["options"]
        if sorted(opts) != list("ABCD") or len({_key(v) for v in opts.values()}) != 4:
            bad.append("mc: options are not four distinct A-D")
        elif opts.get(item["answer"]) != ans:
            bad.append("mc: the lettered option is not the fact")
    elif item["type"] == "cloze":
        if "____" not in q or item["answer"] != ans:
            bad.append("cloze: no blank or answer differs from the fact")
    else:
        bad.append(f"unknown type {item['type']}")
    if item["type"] in ("mc", "cloze") and _inside(ans, q):
        bad.append("question gives the answer away")
    if item["type"] in ("mc", "cloze") and item["kind"] == "lead":
        agency = lookup(ans)
        if agency and any(m.agency.id == agency.id for m in find_agencies(q)):
            bad.append("question names the answer agency")
    return bad


def _check_clause_item(item: dict, assistant) -> list[str]:
    cite, ans, wrong = item["citation"], item["answer_text"], item["distractors"]
    clause = assistant.clause(cite.get("clause_id", ""))
    if clause is None or clause.doc_id != cite.get("doc_id"):
        return ["cited clause does not exist"]
    text, tasks, bad = clause.full_text, assistant.tasks.of_clause(clause.id), []
    kind = item["kind"]
    if kind == "lead":
        agency = lookup(ans)
        named = {m.agency.id for m in find_agencies(text)}
        if agency is None or not (_inside(ans, text) or agency.id in named):
            bad.append("answer agency not in the clause")
        if not any(agency and lookup(x) and lookup(x).id == agency.id for t in tasks for x in t.lead):
            bad.append("answer is not a lead of the clause's task")
        leads = {lookup(x).id for t in tasks for x in t.lead if lookup(x)}
        for d in wrong:
            a = lookup(d)
            if a is None or agency is None or a.kind != agency.kind:
                bad.append(f"distractor {d!r} is not an agency of the answer's kind")
            elif a.id in leads or a.id in named or _inside(d, text):
                bad.append(f"distractor {d!r} is a lead of / named in the clause")
    elif kind == "deadline":
        if not _inside(ans, text):
            bad.append("answer deadline not in the clause")
        if not any(t.deadline and _key(t.deadline.text) == _key(ans) for t in tasks):
            bad.append("answer is not a deadline of the clause's tasks")
        for d in wrong:
            part = _date_part(d)
            if not part or _key(d) == _key(ans) or _inside(part, text):
                bad.append(f"distractor deadline {d!r} is in the clause")
    elif kind == "target":
        if not _numbers(ans) or not _numbers(ans) <= _numbers(text):
            bad.append("answer value not in the clause")
        if not any(t.kind == "target" and t.value.strip() == ans for t in tasks):
            bad.append("answer is not the clause's target value")
        for d in wrong:
            if not _numbers(d) or _numbers(d) & _numbers(text):
                bad.append(f"distractor number {d!r} is in the clause")
    else:
        bad.append(f"unknown kind {kind}")
    return bad


def _check_metadata_item(item: dict, assistant) -> list[str]:
    doc = assistant.index.document(item["citation"].get("doc_id", ""))
    if doc is None:
        return ["cited document does not exist"]
    kind, ans = item["kind"], item["answer_text"]
    if kind == "date":
        d = date.fromisoformat(doc.date) if doc.date else None
        truth = f"{d.day}/{d.month}/{d.year}" if d else ""
        ok = lambda v: _key(v) == _key(truth)               # noqa: E731
    else:
        truth = {"signer": doc.signer, "issuer": doc.issuer, "number": doc.number}.get(kind, "")
        ok = lambda v: bool(_key(v)) and (_key(v) == _key(truth) or _key(v) in _key(truth))  # noqa: E731
    bad = [] if truth and ok(ans) else [f"answer {ans!r} is not the document's {kind}"]
    bad += [f"distractor {d!r} is the document's {kind}" for d in item["distractors"]
            if ok(d) or _key(d) == _key(ans)]
    return bad


def check_items(items: list[dict], assistant) -> dict:
    """Verify every item; a summary with the failures."""
    failures, by_type, by_kind, docs = [], {}, Counter(), Counter()
    seen_q: set[str] = set()
    for item in items:
        reasons = _shape(item)
        if _key(item["question"]) in seen_q:
            reasons.append("duplicate question")
        seen_q.add(_key(item["question"]))
        if item["citation"].get("clause_id"):
            reasons += _check_clause_item(item, assistant)
        else:
            reasons += _check_metadata_item(item, assistant)
        t = by_type.setdefault(item["type"], {"n": 0, "passed": 0})
        t["n"] += 1
        t["passed"] += not reasons
        by_kind[item["kind"]] += 1
        docs[item["citation"].get("doc_id", "")] += 1
        if reasons:
            failures.append({"id": item["id"], "type": item["type"], "kind": item["kind"],
                             "question": item["question"], "answer": item["answer_text"],
                             "label": item["citation"].get("label", ""), "reasons": reasons})
    n = len(items)
    return {"n": n, "passed": n - len(failures), "failed": len(failures),
            "pass_rate": round((n - len(failures)) / n, 4) if n else 0.0,
            "by_type": by_type, "by_kind": dict(by_kind), "by_document": dict(docs), "failures": failures}


def main(args) -> int:
    from assistant import Assistant
    from assistant.quiz import QuizError, generate
    from hoidap.config import load_settings
    from indexing import IndexingError
    settings = load_settings({})
    try:
        assistant = Assistant(settings)
    except IndexingError as exc:
        raise UserError(f"{exc} (eval quiz cần chỉ mục thật; lập bằng: hoidap index)") from None
    try:
        items = generate(assistant, n=args.n, seed=0)
    except QuizError as exc:
        raise UserError(str(exc)) from None
    result = check_items([i.to_dict() for i in items], assistant)
    result = {"requested": args.n, "seed": 0, **result}
    emit_json(result)
    return 0 if result["failed"] == 0 else 1
