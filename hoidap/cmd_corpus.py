"""`hoidap corpus check` and `hoidap corpus show`."""
from __future__ import annotations

from corpus import load_corpus
from hoidap.output import UserError, emit_json, say


def check(args) -> int:
    corpus = load_corpus(args.dir)
    docs = []
    for d in corpus.documents:
        clauses = corpus.clauses_of(d.id)
        docs.append({"id": d.id, "file": d.filename, "number": d.number, "encoding": d.encoding,
                     "clauses": len(clauses), "problems": []})
    report = {
        "folder": str(args.dir or "bundled"),
        "documents": len(corpus.documents),
        "clauses": len(corpus.clauses),
        "problems": [p.to_dict() for p in corpus.problems],
        "per_document": docs,
    }
    if args.json:
        emit_json(report)
    else:
        say(f"{len(corpus.documents)} văn bản, {len(corpus.clauses)} điều khoản, {len(corpus.problems)} lỗi")
        for d in docs:
            say(f"  {d['id']:<18} {d['clauses']:>4} điều khoản  ({d['file']}, {d['encoding']})")
        for p in corpus.problems:
            say(f"  BỎ QUA {p.filename}: {p.reason}")
    return 0 if corpus.documents else 1


def show(args) -> int:
    corpus = load_corpus(args.dir)
    target = args.id
    clause = next((c for c in corpus.clauses if c.id == target), None)
    if clause is not None:
        if args.json:
            emit_json(clause.to_dict())
        else:
            say(clause.label)
            for ctx in clause.context:
                say(f"  › {ctx[:120]}")
            if clause.heading and clause.heading != clause.text:
                say(f"[{clause.heading}]")
            say(clause.text)
        return 0
    doc = corpus.document(target)
    if doc is None:
        known = ", ".join(d.id for d in corpus.documents)
        raise UserError(f"không có văn bản hay điều khoản '{target}' (no such document or clause). "
                        f"Văn bản: {known}")
    clauses = corpus.clauses_of(doc.id)
    if args.json:
        emit_json({"document": doc.to_dict(), "clauses": [c.to_dict() for c in clauses]})
        return 0
    say(f"{doc.citation_name} — {doc.title}")
    for c in clauses:
        indent = "  " * (len(c.path) - 1)
        first = (c.heading or c.text).split("\n")[0]
        say(f"{indent}{c.path[-1]:<5} {first[:100]}   [{c.id}]")
    return 0
