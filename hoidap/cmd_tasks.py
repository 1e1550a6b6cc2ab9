"""`hoidap tasks`: who must do what by when, filtered; JSON, CSV or ICS."""
from __future__ import annotations

import sys
from datetime import date

from hoidap.output import UserError, emit_json, say


def _date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what} '{text}' không phải ngày dạng YYYY-MM-DD") from None


def tasks(args, settings) -> int:
    from assistant.core import today
    from assistant.tasks import TaskBook, WindowError, due_window
    from corpus import load_corpus
    try:
        window = due_window(args.due_from, args.due_to)
    except WindowError as exc:
        raise UserError(f"--due-from/--due-to: {exc}") from None
    corpus = load_corpus(settings.corpus_dir or None)
    book = TaskBook.from_clauses(corpus.clauses)
    if args.doc and not any(d.id == args.doc or d.part_of == args.doc for d in corpus.documents):
        raise UserError(f"không có văn bản '{args.doc}'. Văn bản: {', '.join(d.id for d in corpus.documents)}")
    as_of = _date(args.as_of, "--as-of") or today(settings)
    rows = book.query(window=window, agency=args.agency or "", doc_id=args.doc or "", as_of=as_of,
                      overdue=args.overdue, targets=args.targets)
    if args.csv or args.ics:
        from ui.exports import tasks_to_csv, tasks_to_ics
        sys.stdout.write(tasks_to_csv(rows) if args.csv else tasks_to_ics(rows))
        return 0
    if args.json:
        emit_json({"as_of": as_of.isoformat(), "count": len(rows), "tasks": [t.to_dict() for t in rows]})
        return 0
    say(f"{len(rows)} {'chỉ tiêu' if args.targets else 'nhiệm vụ'} (tính đến {as_of.strftime('%d/%m/%Y')})")
    for t in rows:
        due = t.deadline.text if t.deadline else "—"
        lead = ", ".join(t.lead) or "—"
        value = f" = {t.value} {t.unit}".rstrip() if t.kind == "target" else ""
        say(f"- [{due}] {lead}: {t.action[:110]}{value}  ({t.label})")
    return 0
