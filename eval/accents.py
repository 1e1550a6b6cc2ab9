"""Questions typed without diacritics: how well the restorer puts them back, and what it does for retrieval.

Two measures, JSON out:
- restoration: the dev questions written with diacritics are folded ("bo nao chu tri") and restored; word
  accuracy against the question as written (tone marks unified);
- retrieval: the dev questions typed without diacritics (with evidence), searched by each retriever alone
  (`HybridRetriever.search`, no question-aware reranking) with the restorer on and off: evidence R@1 and R@5.

Run: `python -m eval.accents --index .hoidap/index [--json] [--out eval/reports/accents.json]`.
"""
from __future__ import annotations

import argparse
import glob
import re
import sys

from corpus.normalize import fold, has_diacritics, unify_tones
from eval import metrics as M
from eval.qa import git_commit, load_questions, report

_WORD = re.compile(r"\w+")


class _AsTyped:
    """A restorer that leaves the question as typed (the 'off' arm)."""

    @staticmethod
    def restore(text: str) -> str:
        return text


def restoration(restorer, questions) -> dict:
    ok = n = 0
    for q in questions:
        gold = _WORD.findall(unify_tones(q.question.lower()))
        got = _WORD.findall(restorer.restore(fold(q.question)).lower())
        n += len(gold)
        ok += sum(a == b for a, b in zip(gold, got))
    return {"questions": len(questions), "words": n, "word_accuracy": round(ok / max(1, n), 4)}


def retrieval(index, questions) -> dict:
    from indexing import HybridRetriever
    out = {}
    for mode in ("dense", "bm25", "hybrid"):
        r = HybridRetriever(index, mode=mode)
        restorer = r.restorer()
        for arm in ("as_typed", "restored"):
            r.restorer = (lambda: _AsTyped) if arm == "as_typed" else (lambda rs=restorer: rs)
            ranks = []
            for q in questions:
                hits = r.search(q.question, k=10)
                ranks.append(M.first_relevant_rank([any(M.contains_evidence(h.clause.full_text, e["text"])
                                                        for e in q.evidence) for h in hits]))
            out[f"{mode}_{arm}"] = {"evidence_recall@1": round(M.mean(M.recall_at(x, 1) for x in ranks), 4),
                                    "evidence_recall@5": round(M.mean(M.recall_at(x, 5) for x in ranks), 4)}
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.accents", description=__doc__.splitlines()[0])
    p.add_argument("--index", default=".hoidap/index", help="thư mục chỉ mục")
    p.add_argument("--files", nargs="*", default=sorted(glob.glob("eval/data/dev*.jsonl")), help="bộ câu hỏi")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.add_argument("--out", default="", help="ghi kết quả JSON vào tệp này")
    args = p.parse_args(argv)
    from hoidap.cmd_ask import open_assistant
    from hoidap.config import load_settings
    from hoidap.output import UserError
    try:
        assistant = open_assistant(load_settings({"index_dir": args.index}))
    except UserError as exc:
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2
    questions = [q for f in args.files for q in load_questions(f)]
    written = [q for q in questions if has_diacritics(q.question)]
    plain = [q for q in questions if not has_diacritics(q.question) and q.evidence]
    from indexing import HybridRetriever
    result = {"commit": git_commit(), "files": args.files,
              "restoration": restoration(HybridRetriever(assistant.index).restorer(), written),
              "retrieval_without_diacritics": {"questions": len(plain), **retrieval(assistant.index, plain)}}
    report(result, args.out, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
