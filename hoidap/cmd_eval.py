"""`hoidap eval qa|calibrate|retrieval|speed|tasks|quiz`: benchmark scripts, JSON out."""
from __future__ import annotations

import json
import time
from pathlib import Path

from hoidap.output import UserError, emit_json, say


def _write(out_dir: str | None, name: str, result: dict, report: str | None) -> None:
    if not out_dir:
        return
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    if report:
        (folder / f"{name}.md").write_text(report, encoding="utf-8")


def open_questions(args, files: list[str]):
    """The settings, the questions of `files` (one split) and the assistant they are asked of."""
    from hoidap.cmd_ask import open_assistant
    from hoidap.config import load_settings
    from eval.qa import load_questions
    settings = load_settings({"index_dir": args.index_dir, "corpus_dir": args.corpus_dir}, config_file=args.config)
    try:
        questions = [q for f in files for q in load_questions(f, args.split)]
    except (OSError, ValueError) as exc:
        raise UserError(f"không đọc được bộ câu hỏi: {exc}") from None
    if not questions:
        raise UserError(f"bộ câu hỏi {', '.join(map(str, files))} không có câu nào (split={args.split})")
    return settings, questions, open_assistant(settings)


def qa(args) -> int:
    from eval.qa import git_commit, markdown_report, run_qa, summarize
    settings, questions, assistant = open_questions(args, [args.file])
    t0 = time.perf_counter()
    run = run_qa(assistant, questions, compare=args.compare, show_progress=not args.json)
    result = {
        "dataset": str(args.file), "split": args.split or "", "commit": git_commit(),
        "settings": {**settings.public(), "retriever": assistant.retriever.settings(),
                     "index_hash": assistant.index.manifest.get("corpus_hash"),
                     "embedder": assistant.index.manifest.get("embedder")},
        "metrics": summarize(run, questions), "seconds": round(time.perf_counter() - t0, 1),
        "questions": run["questions"],
    }
    _write(args.out, f"qa-{args.split or 'all'}", result, markdown_report(result))
    if args.json:
        emit_json(result)
    else:
        say(json.dumps(result["metrics"], ensure_ascii=False, indent=2))
    return 0


def run(args) -> int:
    cmd = args.eval_command
    if cmd == "qa":
        return qa(args)
    if cmd == "calibrate":
        from eval.calibrate import main as calibrate_main
        return calibrate_main(args)
    if cmd == "retrieval":
        from eval.alqac import main as alqac_main
        return alqac_main(args)
    if cmd == "speed":
        from eval.speed import main as speed_main
        return speed_main(args)
    if cmd == "tasks":
        from eval.tasks_bench import main as tasks_main
        return tasks_main(args)
    if cmd == "quiz":
        from eval.quiz_check import main as quiz_main
        return quiz_main(args)
    raise UserError(f"không biết phép đo {cmd}")
