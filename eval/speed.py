"""Speed benchmark: index build, no-change rebuild, cold `hoidap ask`, warm latency, memory.

Bundled corpus: everything measured with the real default model (e5). Large corpus (100× the
bundled clause count: the ALQAC laws plus synthetic clauses made by recombining real sentences):
BM25 + FAISS HNSW build and search are measured with the fake embedder's vectors, and e5's
embedding throughput is measured on a sample; the e5 build time of the large corpus is reported
as a projection from that measured throughput, labelled as such.
"""
from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import Clause, Document, load_corpus
from eval import metrics as M
from eval.alqac import DEFAULT_DIR, law_corpus
from eval.qa import git_commit, load_questions, peak_rss_mb
from hoidap.output import emit_json, say
from indexing import HybridRetriever, IndexSettings, build_index, load_index, make_embedder

DEV = Path(__file__).resolve().parent / "data" / "dev.jsonl"


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)


def bundled(tmp: Path) -> dict:
    from assistant import Assistant, Settings
    corpus = load_corpus()
    folder = tmp / "index"
    t0 = time.perf_counter()
    first = build_index(corpus, folder, IndexSettings(), show_progress=False)
    build_s = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    again = build_index(load_corpus(), folder, IndexSettings(), show_progress=False)
    rebuild_s = round(time.perf_counter() - t0, 3)
    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "hoidap.cli", "ask", "Bộ nào chủ trì xây dựng Danh mục công nghệ "
                              "chiến lược?", "--index", str(folder), "--json"], capture_output=True, text=True)
        cold.append(_ms(t0))
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
    assistant = Assistant(Settings(index_dir=str(folder)))
    assistant.warm_up()
    questions = [q.question for q in load_questions(DEV)]
    ask_ms, search_ms = [], []
    for q in questions:
        t0 = time.perf_counter()
        assistant.ask(q)
        ask_ms.append(_ms(t0))
        assistant.index.__dict__.pop("_query_cache", None)     # time the query embedding too
        t0 = time.perf_counter()
        assistant.retrieve(q, k=10)
        search_ms.append(_ms(t0))
    return {
        "clauses": len(corpus.clauses), "index_build_s": build_s, "embedded": first["embedded"],
        "no_change_rebuild_s": rebuild_s, "rebuild_skipped": not again["rebuilt"],
        "cold_ask_ms": {"runs": cold, "median": sorted(cold)[1]},
        "warm_ask_ms": {"n": len(ask_ms), "p50": round(M.percentile(ask_ms, 50), 1),
                        "p95": round(M.percentile(ask_ms, 95), 1), "max": max(ask_ms)},
        "warm_search_ms": {"p50": round(M.percentile(search_ms, 50), 1), "p95": round(M.percentile(search_ms, 95), 1)},
        "peak_rss_mb": peak_rss_mb(),
        "child_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def large_corpus(target: int):
    """ALQAC articles plus synthetic clauses recombined from real sentences, `target` clauses in all."""
    base = load_corpus()
    corpus = law_corpus(DEFAULT_DIR) if (DEFAULT_DIR / "law.json").is_file() else base
    sentences = [s.strip() for c in base.clauses + corpus.clauses for s in c.text.split(".") if len(s.strip()) > 30]
    rng = random.Random(0)
    doc = Document(id="synthetic", filename="-", title="Synthetic clauses")
    corpus.documents.append(doc)
    n = target - len(corpus.clauses)
    for i in range(max(0, n)):
        text = ". ".join(rng.sample(sentences, 3)) + "."
        corpus.clauses.append(Clause(id=f"synthetic:{i}", doc_id="synthetic", path=(str(i),), label=f"S {i}",
                                     heading="", text=text, kind="item"))
    return corpus


def large(tmp: Path, factor: int = 100) -> dict:
    target = len(load_corpus().clauses) * factor
    corpus = large_corpus(target)
    settings = IndexSettings(embedder="fake", dense="hnsw")
    t0 = time.perf_counter()
    build_index(corpus, tmp / "large", settings, show_progress=False)
    build_s = round(time.perf_counter() - t0, 1)
    index = load_index(tmp / "large", settings)
    r = HybridRetriever(index, fusion="weighted", dense_weight=0.4)
    qs = [q.question for q in load_questions(DEV)][:100]
    lat = []
    for q in qs:
        t0 = time.perf_counter()
        r.search(q, k=10)
        lat.append(_ms(t0))
    e5 = make_embedder("e5")
    sample = [c.text for c in corpus.clauses[:: max(1, len(corpus.clauses) // 300)]][:300]
    t0 = time.perf_counter()
    e5.embed(sample)
    per_s = len(sample) / (time.perf_counter() - t0)
    return {
        "clauses": len(corpus.clauses), "factor": factor,
        "build_s_fake_vectors_hnsw": build_s,
        "search_ms_hnsw": {"p50": round(M.percentile(lat, 50), 1), "p95": round(M.percentile(lat, 95), 1)},
        "e5_passages_per_s_measured": round(per_s, 1), "e5_sample": len(sample),
        "e5_build_s_projected": round(len(corpus.clauses) / per_s, 0),
        "peak_rss_mb": peak_rss_mb(),
    }


def main(args) -> int:
    with tempfile.TemporaryDirectory(prefix="hoidap-speed-") as tmp:
        result = {"commit": git_commit(), "machine": {"cpus": __import__("os").cpu_count()},
                  "bundled": bundled(Path(tmp))}
        if not args.skip_large:
            result["large"] = large(Path(tmp))
    if args.json:
        emit_json(result)
    else:
        say(json.dumps(result, ensure_ascii=False, indent=2))
    return 0
