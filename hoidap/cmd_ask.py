"""`hoidap ask` and `hoidap chat`."""
from __future__ import annotations

import sys
import time

from hoidap.output import UserError, emit_json, say
from indexing import IndexingError


def open_assistant(settings):
    from assistant import Assistant
    try:
        return Assistant(settings)
    except IndexingError as exc:
        raise UserError(str(exc)) from None


def format_answer(ans) -> str:
    lines = [ans.answer]
    if ans.citations:
        lines.append("")
        lines.append("Trích dẫn:")
        for c in ans.citations:
            lines.append(f"  [{c.n}] {c.label}")
    if ans.related:
        lines.append("")
        lines.append("Có thể liên quan:")
        for c in ans.related:
            lines.append(f"  - {c.label}: {c.text[:140]}")
    if ans.note:
        lines.append(f"({ans.note})")
    return "\n".join(lines)


def ask(args, settings) -> int:
    t0 = time.perf_counter()
    assistant = open_assistant(settings)
    ans = assistant.ask(args.question, k=args.k, doc_ids=tuple(args.doc or ()))
    if args.json:
        d = ans.to_dict()
        d["timings_ms"]["process_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        emit_json(d)
    else:
        say(format_answer(ans))
    return 0


def chat(args, settings) -> int:
    assistant = open_assistant(settings)
    say("hoidap — hỏi đáp trên các văn bản về NQ 57-NQ/TW. Gõ câu hỏi; 'thoát' hoặc Ctrl-D để kết thúc.")
    while True:
        try:
            q = input("\nHỏi> ")
        except EOFError:
            say()
            return 0
        if q.strip().lower() in ("thoát", "thoat", "exit", "quit"):
            return 0
        if not q.strip():
            continue
        say(format_answer(assistant.ask(q)))
        sys.stdout.flush()
