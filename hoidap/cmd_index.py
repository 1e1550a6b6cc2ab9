"""`hoidap index` and `hoidap search`."""
from __future__ import annotations

import time

from corpus import load_corpus
from hoidap.output import UserError, emit_json, say
from indexing import Filters, HybridRetriever, IndexingError, build_index, load_index


def index(args, settings) -> int:
    corpus = load_corpus(settings.corpus_dir or None)
    for p in corpus.problems:
        say(f"BỎ QUA {p.filename}: {p.reason}") if not args.json else None
    if not corpus.documents:
        raise UserError(f"không có văn bản nào đọc được trong {settings.corpus_dir or 'bộ văn bản kèm theo'}")
    try:
        stats = build_index(corpus, settings.index_path, settings.index, show_progress=not args.json)
    except IndexingError as exc:
        raise UserError(f"{exc} — chỉ mục cũ (nếu có) vẫn được giữ nguyên") from None
    stats.update({"documents": len(corpus.documents), "problems": [p.to_dict() for p in corpus.problems],
                  "settings": settings.index.to_dict()})
    if args.json:
        emit_json(stats)
    elif stats["rebuilt"]:
        say(f"Đã lập chỉ mục {stats['clauses']} điều khoản của {stats['documents']} văn bản tại {stats['folder']} "
            f"({stats['embedded']} nhúng mới, {stats['reused']} dùng lại, {stats['seconds']} s)")
    else:
        say(f"Chỉ mục tại {stats['folder']} đã cập nhật, không có gì thay đổi ({stats['seconds']} s)")
    return 0


def open_retriever(settings) -> HybridRetriever:
    try:
        idx = load_index(settings.index_path, settings.index)
    except IndexingError as exc:
        raise UserError(str(exc)) from None
    return HybridRetriever(idx, mode=settings.mode, fusion=settings.fusion, dense_weight=settings.dense_weight)


def search(args, settings) -> int:
    retriever = open_retriever(settings)
    filters = Filters(doc_ids=tuple(args.doc or ()))
    t0 = time.perf_counter()
    try:
        hits = retriever.search(args.query[: settings.max_question_chars], k=args.k, filters=filters)
    except IndexingError as exc:
        raise UserError(str(exc)) from None
    ms = round((time.perf_counter() - t0) * 1000, 1)
    if args.json:
        emit_json({"query": args.query, "latency_ms": ms, "retriever": retriever.settings(),
                   "hits": [dict(h.to_dict(), text=h.clause.full_text) for h in hits]})
        return 0
    for rank, h in enumerate(hits, 1):
        by = ", ".join(f"{k}#{v['rank']}" for k, v in h.found_by.items())
        say(f"{rank}. {h.clause.label}  [{h.score:.4f}; {by}]")
        say(f"   {h.clause.full_text[:220]}")
    return 0
