"""Calibrating the abstention threshold on the tuning halves: `hoidap eval calibrate [FILES] --json`.

Each question is asked twice, with the threshold at 0 and at 1: what is answered at 1 never meets the
coverage gate (a document's metadata, a task list, a choice, a scope check), what is abstained at 0 was
refused by an answer-type check; the rest is answered at a threshold t exactly when its confidence reaches
t. The sweep counts, at each t, the unanswerable questions answered (missed abstentions), the answerable
ones abstained (false abstentions) and the keyword accuracy; the threshold kept is the highest (the most
cautious) that makes the fewest mistakes of both kinds together.
"""
from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from eval import metrics as M
from eval.qa import Question, git_commit


def _set_number(path: Path) -> int:
    digits = path.stem[3:]
    return int(digits) if digits.isdigit() else 1      # "dev.jsonl" is the first set


# every dev set of the bundled corpus, in the order they were written (a new one joins without an edit here)
DEFAULT_FILES = tuple(str(p) for p in sorted(Path("eval/data").glob("dev*.jsonl"), key=_set_number))
STEPS = [round(i * 0.05, 2) for i in range(0, 17)]          # 0.00 … 0.80


def observe(assistant, questions: list[Question], show_progress: bool = True) -> list[dict]:
    """Per question: answerable, confidence, and how it fares at threshold 0 and 1."""
    from tqdm.auto import tqdm
    from assistant import Assistant

    settings = assistant.settings
    low = Assistant(replace(settings, abstain_threshold=0.0), index=assistant.index)
    high = Assistant(replace(settings, abstain_threshold=1.0), index=assistant.index)
    out = []
    for q in tqdm(questions, desc="Hiệu chỉnh", unit="câu", disable=not show_progress):
        a0, a1 = low.ask(q.question), high.ask(q.question)
        out.append({"id": q.id, "answerable": q.answerable, "confidence": round(a0.confidence, 4),
                    "refused": a0.abstained, "gated": not a0.abstained and a1.abstained,
                    "keywords_ok": bool(q.answerable and not a0.abstained
                                        and M.keywords_ok(a0.answer, q.answer_keywords))})
    return out


def sweep(observed: list[dict], steps=STEPS) -> list[dict]:
    rows = []
    for t in steps:
        abstains = [o["refused"] or (o["gated"] and o["confidence"] < t) for o in observed]
        answerable = [(o, a) for o, a in zip(observed, abstains) if o["answerable"]]
        rows.append({
            "threshold": t,
            "false_abstentions": sum(a for _, a in answerable),
            "missed_abstentions": sum(not a for o, a in zip(observed, abstains) if not o["answerable"]),
            "answer_keyword_accuracy": round(M.mean(o["keywords_ok"] and not a for o, a in answerable), 4),
        })
    return rows


def best(rows: list[dict]) -> dict:
    return min(rows, key=lambda r: (r["false_abstentions"] + r["missed_abstentions"], -r["answer_keyword_accuracy"],
                                    -r["threshold"]))


def main(args) -> int:
    from hoidap.cmd_eval import open_questions
    from hoidap.output import emit_json, say

    files = args.files or list(DEFAULT_FILES)
    settings, questions, assistant = open_questions(args, files)
    t0 = time.perf_counter()
    observed = observe(assistant, questions, show_progress=not args.json)
    rows = sweep(observed)
    chosen = best(rows)
    result = {"files": files, "split": args.split or "", "commit": git_commit(),
              "n_questions": len(questions), "n_unanswerable": sum(not q.answerable for q in questions),
              "n_gated": sum(o["gated"] for o in observed), "current": settings.abstain_threshold,
              "best": chosen, "at_current": next((r for r in rows if r["threshold"] == settings.abstain_threshold),
                                                 None),
              "sweep": rows, "seconds": round(time.perf_counter() - t0, 1)}
    if args.out:
        from pathlib import Path
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.json:
        emit_json(result)
    else:
        say(json.dumps({k: v for k, v in result.items() if k != "sweep"}, ensure_ascii=False, indent=2))
    return 0
