"""QA benchmark: every question through the assistant's own code path, plus retrieval baselines.

The expected answers are read only to score; nothing of them reaches the assistant
(tests/eval/test_blind.py proves the output is the same with them blanked).
"""
from __future__ import annotations

import json
import logging
import resource
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from eval import metrics as M

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answer_keywords: list
    evidence: list
    is_list: bool = False
    tags: tuple = ()
    split: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.answer_keywords)


def load_questions(path: str | Path, split: str | None = None) -> list[Question]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                q = Question(id=str(d["id"]), question=str(d["question"]), answer_keywords=d.get("answer_keywords", []),
                             evidence=d.get("evidence", []), is_list=bool(d.get("list", False)),
                             tags=tuple(d.get("tags", ())), split=d.get("split", ""))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}: dòng {n} không hợp lệ ({exc})") from None
            if split is None or q.split == split:
                out.append(q)
    return out


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def report(result: dict, out: str, as_json: bool) -> None:
    """A script's result: written to `out` when given, and printed (on one line with --json)."""
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=None if as_json else 2))


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _evidence_flags(texts: list[str], evidence: list[dict]) -> list[bool]:
    return [any(M.contains_evidence(t, e["text"]) for e in evidence) for t in texts]


def retrieval_metrics(ranked_texts: dict[str, list[list[str]]], questions: list[Question]) -> dict:
    """Evidence recall@1/@5 and MRR@10 per retriever, over answerable questions with evidence."""
    out = {}
    for name, per_q in ranked_texts.items():
        ranks = []
        for q, texts in zip(questions, per_q):
            if not q.evidence:
                continue
            ranks.append(M.first_relevant_rank(_evidence_flags(texts, q.evidence)))
        out[name] = {"n": len(ranks), "evidence_recall@1": round(M.mean(M.recall_at(r, 1) for r in ranks), 4),
                     "evidence_recall@5": round(M.mean(M.recall_at(r, 5) for r in ranks), 4),
                     "mrr@10": round(M.mean(M.reciprocal_rank(r, 10) for r in ranks), 4)}
    return out


def run_qa(assistant, questions: list[Question], compare: bool = False, show_progress: bool = True) -> dict:
    from tqdm.auto import tqdm
    from indexing import HybridRetriever

    results, latencies = [], []
    texts_by_mode: dict[str, list[list[str]]] = {"fused": []}
    retrievers = {"fused": assistant.retriever}
    if compare:
        for mode in ("bm25", "dense"):
            retrievers[mode] = HybridRetriever(assistant.index, mode=mode)
            texts_by_mode[mode] = []
    for q in tqdm(questions, desc="Đánh giá", unit="câu", disable=not show_progress):
        t0 = time.perf_counter()
        ans = assistant.ask(q.question)
        ms = (time.perf_counter() - t0) * 1000
        latencies.append(ms)
        for name, r in retrievers.items():
            texts_by_mode[name].append([h.clause.full_text for h in assistant.retrieve(q.question, k=10, retriever=r)])
        cited = [c.text for c in ans.citations]
        flags = _evidence_flags(cited, q.evidence) if q.evidence else []
        results.append({
            "id": q.id, "question": q.question, "answer": ans.answer, "abstained": ans.abstained,
            "intent": ans.intent, "confidence": round(ans.confidence, 4), "split": q.split, "tags": list(q.tags),
            "answerable": q.answerable,
            "keywords_ok": bool(q.answerable and not ans.abstained and M.keywords_ok(ans.answer, q.answer_keywords)),
            "citations": [{"doc_id": c.doc_id, "clause_id": c.clause_id, "label": c.label, "text": c.text,
                           "contains_evidence": f} for c, f in zip(ans.citations, flags or [None] * len(cited))],
            "latency_ms": round(ms, 2),
        })
    if compare:
        texts_by_mode["chunks_1000"] = chunk_baseline(assistant, questions, show_progress)
    return {"questions": results, "retrieval": retrieval_metrics(texts_by_mode, questions),
            "latency_ms": latencies}


def summarize(run: dict, questions: list[Question]) -> dict:
    res = run["questions"]
    answerable = [r for r in res if r["answerable"]]
    cited_with_ev = [c for r in res for c in r["citations"] if c["contains_evidence"] is not None]
    cited_all = [c for r in res for c in r["citations"]]
    abst = M.abstention([r["abstained"] for r in res], [not r["answerable"] for r in res])
    lat = run["latency_ms"]
    fused = run["retrieval"].get("fused", {})
    by_tag: dict[str, dict] = {}
    for r in answerable:
        for t in r["tags"]:
            by_tag.setdefault(t, []).append(r["keywords_ok"])
    return {
        "n_questions": len(res), "n_answerable": len(answerable),
        "answer_keyword_accuracy": round(M.mean(r["keywords_ok"] for r in answerable), 4),
        "evidence_recall@1": fused.get("evidence_recall@1"), "evidence_recall@5": fused.get("evidence_recall@5"),
        "mrr@10": fused.get("mrr@10"),
        "abstention_precision": round(abst["precision"], 4), "abstention_recall": round(abst["recall"], 4),
        "false_abstentions": abst["false_abstentions"], "missed_abstentions": abst["missed_abstentions"],
        "citation_precision": round(M.mean(bool(c["contains_evidence"]) for c in cited_with_ev), 4),
        "mean_cited_chars": round(M.mean(len(c["text"]) for c in cited_all), 1),
        "latency_p50_ms": round(M.percentile(lat, 50), 2), "latency_p95_ms": round(M.percentile(lat, 95), 2),
        "peak_rss_mb": peak_rss_mb(),
        "keyword_accuracy_by_tag": {t: round(M.mean(v), 4) for t, v in sorted(by_tag.items())},
        "retrievers": run["retrieval"],
    }


def chunk_baseline(assistant, questions: list[Question], show_progress: bool) -> list[list[str]]:
    """The textbook pipeline: 1,000-character chunks (200 overlap) of each file, same embedder, dense top 10."""
    import numpy as np
    from tqdm.auto import tqdm
    from corpus.loader import BUNDLED_DIR, decode
    from corpus.normalize import clean_markdown

    folder = Path(assistant.settings.corpus_dir) if assistant.settings.corpus_dir else BUNDLED_DIR
    chunks: list[str] = []
    for d in assistant.index.documents:
        text, _ = decode((folder / d.filename).read_bytes())
        text = clean_markdown(text)
        for s in range(0, max(1, len(text)), 800):
            chunks.append(text[s:s + 1000])
    emb = assistant.index.embedder
    vecs = []
    for i in tqdm(range(0, len(chunks), 16), desc="Nhúng đoạn 1000 ký tự", disable=not show_progress):
        vecs.append(emb.embed(chunks[i:i + 16]))
    matrix = np.vstack(vecs)
    out = []
    for q in questions:
        qv = emb.embed([q.question], query=True)[0]
        order = np.argsort(-(matrix @ qv))[:10]
        out.append([chunks[i] for i in order])
    return out


def markdown_report(result: dict) -> str:
    m = result["metrics"]
    lines = [f"# hoidap — QA evaluation ({result['dataset']}, split {result['split'] or 'all'})", "",
             f"commit `{result['commit']}`, {m['n_questions']} questions ({m['n_answerable']} answerable)", "",
             "| metric | value |", "|---|---|"]
    for k, v in m.items():
        if not isinstance(v, dict):
            lines.append(f"| {k} | {v} |")
    lines += ["", "## Retrievers (evidence in the top k clauses)", "", "| retriever | R@1 | R@5 | MRR@10 |",
              "|---|---|---|---|"]
    for name, r in m["retrievers"].items():
        lines.append(f"| {name} | {r['evidence_recall@1']} | {r['evidence_recall@5']} | {r['mrr@10']} |")
    lines += ["", "## Keyword accuracy by tag", "", "| tag | accuracy |", "|---|---|"]
    for t, v in m["keyword_accuracy_by_tag"].items():
        lines.append(f"| {t} | {v} |")
    lines += ["", "## Misses", ""]
    for q in result["questions"]:
        if (q["answerable"] and not q["keywords_ok"]) or (not q["answerable"] and not q["abstained"]):
            lines.append(f"- **{q['id']}** {q['question']} → {q['answer'][:200]!r}")
    return "\n".join(lines) + "\n"
