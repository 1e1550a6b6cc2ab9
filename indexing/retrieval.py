"""Retrievers over clauses: BM25, dense, and their fusion (reciprocal rank or weighted sum)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from corpus import Clause
from corpus.normalize import has_diacritics
from indexing.accents import Restorer
from indexing.store import Index, unread_part

log = logging.getLogger(__name__)

FUSIONS = ("rrf", "weighted")
MODES = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Hit:
    clause: Clause
    score: float
    found_by: dict = field(default_factory=dict)   # retriever -> {"rank": r, "score": s}

    def to_dict(self) -> dict:
        return {"clause_id": self.clause.id, "label": self.clause.label, "score": round(self.score, 5),
                "found_by": self.found_by}


@dataclass(frozen=True)
class Filters:
    doc_ids: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    date_from: str = ""     # ISO; documents dated on or after
    date_to: str = ""

    def empty(self) -> bool:
        return not (self.doc_ids or self.doc_types or self.date_from or self.date_to)


class Retriever(Protocol):
    def search(self, query: str, k: int = 10) -> list[Hit]: ...


class HybridRetriever:
    """Dense + BM25 over the same clauses, fused; `mode` restricts to one of them."""

    def __init__(self, index: Index, mode: str = "hybrid", fusion: str = "rrf", rrf_k: int = 60,
                 dense_weight: float = 0.5, candidates: int = 100,
                 plain_factor: float = 0.5, doc_boost: float = 1.3):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {FUSIONS}, got {fusion!r}")
        if not 0 <= dense_weight <= 1:
            raise ValueError(f"dense_weight must be within [0, 1], got {dense_weight}")
        self.index = index
        self.mode, self.fusion, self.rrf_k = mode, fusion, rrf_k
        self.dense_weight = dense_weight
        self.candidates = candidates
        self.plain_factor = plain_factor
        self.doc_boost = doc_boost
        # parts are found through the clause that holds them whole: by its words (BM25 reads the whole) and by
        # the best of its own and its parts' embeddings (the embedder reads a long clause's first characters only,
        # "(4) Việc đầu tư, hoàn thiện hạ tầng … chưa được quan tâm đúng mức" is its 700th)
        parts = np.array([c.kind == "part" for c in index.clauses], dtype=bool)
        self._searchable = ~parts if parts.any() else None
        at = {c.id: i for i, c in enumerate(index.clauses)}
        pairs = [(i, at[c.id.rsplit(".", 1)[0]]) for i, c in enumerate(index.clauses)
                 if c.kind == "part" and c.id.rsplit(".", 1)[0] in at
                 and unread_part(index.clauses[at[c.id.rsplit(".", 1)[0]]], c, index.settings.dense_chars)]
        self._parts = np.array([p for p, _ in pairs], dtype=np.int64)
        self._holders = np.array([h for _, h in pairs], dtype=np.int64)

    def settings(self) -> dict:
        return {"mode": self.mode, "fusion": self.fusion, "rrf_k": self.rrf_k,
                "dense_weight": self.dense_weight, "candidates": self.candidates,
                "plain_factor": self.plain_factor, "doc_boost": self.doc_boost}

    def _allowed(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or filters.empty():
            return self._searchable
        ok_docs = set()
        for d in self.index.documents:
            if filters.doc_ids and d.id not in filters.doc_ids and d.part_of not in filters.doc_ids:
                continue
            if filters.doc_types and d.type not in filters.doc_types:
                continue
            if filters.date_from and (not d.date or d.date < filters.date_from):
                continue
            if filters.date_to and (not d.date or d.date > filters.date_to):
                continue
            ok_docs.add(d.id)
        ok = np.array([c.doc_id in ok_docs for c in self.index.clauses], dtype=bool)
        return ok if self._searchable is None else ok & self._searchable

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, remembered for the last few hundred questions (shared by all modes)."""
        cache = self.index.__dict__.setdefault("_query_cache", {})
        qv = cache.get(query)
        if qv is None:
            qv = self.index.embedder.embed([query], query=True)[0]
            if len(cache) > 512:
                cache.clear()
            cache[query] = qv
        return qv

    def restorer(self) -> Restorer:
        """The diacritics restorer of this index's text, built at the first search (every query passes through
        it; words typed with diacritics are kept as they are)."""
        r = self.index.__dict__.get("_restorer")
        if r is None:
            texts = [" ".join((*c.context, c.text)) for c in self.index.clauses]
            r = self.index.__dict__["_restorer"] = Restorer(texts + [d.title for d in self.index.documents])
        return r

    def dense_scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        qv = self.query_vector(query)
        n = len(self.index.clauses)
        if self.index.dense.kind == "flat" or n <= self.candidates:
            scores = self.index.vectors @ qv
            if len(self._parts):
                np.maximum.at(scores, self._holders, scores[self._parts])
            return np.arange(n), scores
        ids, scores = self.index.dense.search(qv, self.candidates)
        keep = ids >= 0
        ids, scores = ids[keep], scores[keep]
        if len(self._parts):
            holder = dict(zip(self._parts.tolist(), self._holders.tolist()))
            best: dict[int, float] = {}
            for i, s in zip(ids.tolist(), scores.tolist()):
                i = holder.get(i, i)
                best[i] = max(best.get(i, s), s)
            ids = np.array(list(best), dtype=np.int64)
            scores = np.array(list(best.values()), dtype=np.float32)
        return ids, scores

    def search(self, query: str, k: int = 10, filters: Filters | None = None,
               boost_docs: tuple[str, ...] = ()) -> list[Hit]:
        """Top-k clauses; clauses of `boost_docs` (documents the question names) score higher."""
        n = len(self.index.clauses)
        if n == 0 or not query.strip():
            return []
        allowed = self._allowed(filters)
        ranked: dict[str, list[tuple[int, float]]] = {}
        if self.mode in ("hybrid", "bm25"):
            s = self.index.bm25.scores(query)
            order = np.argsort(-s, kind="stable")
            ranked["bm25"] = [(int(i), float(s[i])) for i in order[: self.candidates * 3]
                              if s[i] > 0 and (allowed is None or allowed[i])][: self.candidates]
        if self.mode in ("hybrid", "dense"):
            # the embedder reads Vietnamese written with diacritics: a question typed without gets them back
            ids, s = self.dense_scores(self.restorer().restore(query))
            order = np.argsort(-s, kind="stable")
            ranked["dense"] = [(int(ids[i]), float(s[i])) for i in order[: self.candidates * 3]
                               if allowed is None or allowed[ids[i]]][: self.candidates]
        # the embedder was trained on text with diacritics: trust it less on a question typed without
        weight = self.dense_weight if has_diacritics(query) else self.dense_weight * self.plain_factor
        return self._fuse(ranked, k, weight, boost_docs)

    def _fuse(self, ranked: dict[str, list[tuple[int, float]]], k: int, dense_weight: float | None = None,
              boost_docs: tuple[str, ...] = ()) -> list[Hit]:
        dense_weight = self.dense_weight if dense_weight is None else dense_weight
        total: dict[int, float] = {}
        found: dict[int, dict] = {}
        for name, lst in ranked.items():
            for r, (i, s) in enumerate(lst, start=1):
                found.setdefault(i, {})[name] = {"rank": r, "score": round(s, 5)}
        if len(ranked) == 1:
            (name, lst), = ranked.items()
            for i, s in lst:
                total[i] = s
        elif self.fusion == "rrf":
            for name, lst in ranked.items():
                w = dense_weight if name == "dense" else 1 - dense_weight
                for r, (i, _) in enumerate(lst, start=1):
                    total[i] = total.get(i, 0.0) + 2 * w / (self.rrf_k + r)
        else:
            for name, lst in ranked.items():
                if not lst:
                    continue
                vals = np.array([s for _, s in lst])
                top, low = float(vals.max()), float(vals.min())
                w = dense_weight if name == "dense" else 1 - dense_weight
                for i, s in lst:
                    norm = (s - low) / (top - low) if top > low else 1.0
                    total[i] = total.get(i, 0.0) + w * norm
        if boost_docs:
            clauses = self.index.clauses
            for i in total:
                if clauses[i].doc_id in boost_docs:
                    total[i] *= self.doc_boost
        order = sorted(total, key=lambda i: (-total[i], i))[:k]
        return [Hit(self.index.clauses[i], total[i], found.get(i, {})) for i in order]
