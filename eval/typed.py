"""Answers kept when a question is typed otherwise: the answerable tuning questions asked as written and again
in another form, counting the answers right as written that the other form loses.

Forms: `nomarks` (lower case, without diacritics: "bo nao chu tri …"), `chat` (a preamble and a polite ending:
"Cho em hỏi, … ạ?"). Questions already typed without marks are left out of `nomarks`. Only tuning halves are
asked: a form that loses answers is read and mended, which a blind half must never be.

Run: `python -m eval.typed --index .hoidap/index [--files eval/data/dev20.jsonl …] [--json] [--out FILE]`.
"""
from __future__ import annotations

import argparse
import glob
import sys

from corpus.normalize import fold
from eval import metrics as M
from eval.qa import git_commit, load_questions, report

FORMS = {
    "nomarks": lambda q: fold(q).lower(),
    "chat": lambda q: f"Cho em hỏi, {q[:1].lower()}{q[1:].rstrip(' ?')} ạ?",
}


def _right(answer, question) -> bool:
    return not answer.abstained and M.keywords_ok(answer.answer, question.answer_keywords)


def measure(assistant, questions, form: str) -> dict:
    """Of the answerable questions, how many are right as written and in the form, and which the form loses."""
    if form not in FORMS:
        raise ValueError(f"không biết cách gõ {form!r} (có: {', '.join(FORMS)})")
    asked = [q for q in questions if q.answerable and not (form == "nomarks" and "nodiacritics" in q.tags)]
    right = lost = lost_abstaining = gained = 0
    lost_ids = []
    for q in asked:
        as_written = _right(assistant.ask(q.question), q)
        other = assistant.ask(FORMS[form](q.question))
        in_form = _right(other, q)
        right += as_written
        if as_written and not in_form:
            lost += 1
            lost_abstaining += other.abstained
            lost_ids.append(q.id)
        gained += in_form and not as_written
    return {"form": form, "questions": len(asked), "right_as_written": right, "lost": lost,
            "lost_by_abstaining": lost_abstaining, "gained": gained, "lost_ids": lost_ids}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.typed", description=__doc__.splitlines()[0])
    p.add_argument("--index", default=".hoidap/index", help="thư mục chỉ mục")
    p.add_argument("--files", nargs="*", default=sorted(glob.glob("eval/data/dev*.jsonl")), help="bộ câu hỏi")
    p.add_argument("--forms", nargs="*", default=list(FORMS), choices=list(FORMS), help="cách gõ")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.add_argument("--out", default="", help="ghi kết quả JSON vào tệp này")
    args = p.parse_args(argv)
    from hoidap.cmd_ask import open_assistant
    from hoidap.config import load_settings
    from hoidap.output import UserError
    try:
        assistant = open_assistant(load_settings({"index_dir": args.index}))
        questions = [q for f in args.files for q in load_questions(f, "tune")]
    except (UserError, OSError, ValueError) as exc:
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2
    result = {"commit": git_commit(), "files": args.files, "split": "tune",
              "forms": [measure(assistant, questions, f) for f in args.forms]}
    report(result, args.out, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
