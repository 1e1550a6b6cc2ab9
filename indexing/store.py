"""The index on disk: one folder of plain, inspectable files.

    manifest.json   format version, settings, embedder, dimension, counts, corpus hash
    documents.json  the documents' metadata
    clauses.jsonl   one clause a line (UTF-8): the body's clauses, a row of vectors.npy each, then each document's
                    header and signature blocks (kinds "header", "signature": cited, never searched)
    vectors.npy     float32 unit vectors, one row per clause (no pickle)
    embed_keys.json sha256 of the text each vector embeds (re-indexing re-embeds only changes)
    bm25/           the bm25s index (json + npy)

A build writes a temporary sibling folder and renames it into place, so a crash or a failed
rebuild leaves the previous index serving.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from corpus import Clause, Corpus, Document
from corpus.furniture import KINDS as FURNITURE
from indexing.bm25 import BM25Index
from indexing.dense import DENSE_KINDS, DenseIndex
from indexing.embedders import Embedder, make_embedder
from indexing.errors import IndexMismatchError, IndexMissingError
from indexing.passages import split_passages
from indexing.tokenize import SEGMENTERS, Tokenizer

log = logging.getLogger(__name__)

FORMAT_VERSION = 6
# Settings added after FORMAT_VERSION 4 was written, with the behaviour an index built before them has.
LEGACY_SETTINGS = {"heading_repeat": 0, "bm25_passage_chars": 0}


@dataclass(frozen=True)
class IndexSettings:
    embedder: str = "e5"
    segmenter: str = "underthesea"
    accents: bool = True
    dense: str = "flat"              # flat | hnsw
    bm25_k1: float = 1.2
    bm25_b: float = 0.75
    context_levels: int = 2          # ancestors' headings added to the BM25 text
    dense_chars: int = 512           # characters of a clause the embedder reads (speed ~ length^1.3)
    heading_repeat: int = 0          # extra copies of the clause's own heading in the BM25 text (title weight)
    bm25_passage_chars: int = 0      # >0: BM25 indexes clauses as passages of this size, a clause scores its best

    def __post_init__(self):
        if self.segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, got {self.segmenter!r}")
        if self.dense not in DENSE_KINDS:
            raise ValueError(f"dense must be one of {DENSE_KINDS}, got {self.dense!r}")
        if self.dense_chars < 64:
            raise ValueError(f"dense_chars must be >= 64, got {self.dense_chars}")
        if self.context_levels < 0:
            raise ValueError(f"context_levels must be >= 0, got {self.context_levels}")
        if self.bm25_passage_chars and self.bm25_passage_chars < 100:
            raise ValueError(f"bm25_passage_chars must be 0 (off) or >= 100, got {self.bm25_passage_chars}")
        if not 0 <= self.heading_repeat <= 5:
            raise ValueError(f"heading_repeat must be within 0..5, got {self.heading_repeat}")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_manifest(cls, stored: dict) -> "IndexSettings":
        """The settings an index was built with; keys older manifests lack take their old behaviour."""
        return cls(**{**LEGACY_SETTINGS, **stored})


def indexed_text(clause: Clause, doc: Document | None, levels: int, heading_repeat: int = 0,
                 body: str | None = None) -> str:
    """What BM25 sees of a clause (or of one passage `body` of it): document name, nearest ancestors'
    headings, the clause.

    `heading_repeat` adds the clause's own heading that many more times, so words of a title
    ("Quyền, nghĩa vụ của đương sự") weigh more than the same words once in a long body."""
    parts = []
    if doc is not None:
        parts.append(doc.citation_name)
    if levels:
        parts.extend(c[:300] for c in clause.context[-levels:])
    if clause.heading:
        parts.extend([clause.heading[:300]] * heading_repeat)
    parts.append(clause.full_text if body is None else body)
    return " | ".join(p for p in parts if p)


def bm25_texts(clauses: list[Clause], docs: dict[str, Document], settings: "IndexSettings"
               ) -> tuple[list[str], list[int] | None]:
    """The BM25 texts and, when clauses are cut into passages or "(1)" parts are left out (they are found
    through the clause that holds them), the clause number of each text."""
    if not settings.bm25_passage_chars and not any(c.kind == "part" for c in clauses):
        return [indexed_text(c, docs.get(c.doc_id), settings.context_levels, settings.heading_repeat)
                for c in clauses], None
    texts, owners = [], []
    for i, c in enumerate(clauses):
        if c.kind == "part":
            continue
        pieces = split_passages(c.full_text, settings.bm25_passage_chars) if settings.bm25_passage_chars else [None]
        for piece in pieces:
            texts.append(indexed_text(c, docs.get(c.doc_id), settings.context_levels, settings.heading_repeat,
                                      body=piece))
            owners.append(i)
    return texts, owners


def dense_text(clause: Clause, max_chars: int) -> str:
    """What the embedder reads: the clause alone, cut to `max_chars`.

    Document names and headings stay in the BM25 text only: on the tuning questions adding them to
    the embedded text did not change fused recall@1 (0.857 either way) but cost 39% more tokens,
    i.e. about that much more build time (eval/README.md, "dense text")."""
    return clause.full_text[:max_chars]


def unread_part(holder: Clause | None, part: Clause, chars: int) -> bool:
    """The part runs past the characters of its holder the embedder reads (a part it reads adds nothing)."""
    if holder is None:
        return True
    at = holder.full_text.find(part.text)
    return at < 0 or at + len(part.text) > chars


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def corpus_hash(corpus: Corpus) -> str:
    """Changes with any document's bytes or metadata and with any clause (so a new segmenter rebuilds)."""
    h = hashlib.sha256()
    for d in sorted(corpus.documents, key=lambda d: d.id):
        h.update(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    for c in corpus.clauses + corpus.furniture:
        h.update(json.dumps(c.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()[:16]


@dataclass
class Index:
    folder: Path
    manifest: dict
    settings: IndexSettings
    documents: list[Document]
    clauses: list[Clause]
    vectors: np.ndarray
    bm25: BM25Index
    dense: DenseIndex
    embedder: Embedder
    furniture: list[Clause] = field(default_factory=list)      # header and signature blocks: cited, never searched
    _doc_by_id: dict = field(default_factory=dict)

    def document(self, doc_id: str) -> Document | None:
        if not self._doc_by_id:
            self._doc_by_id = {d.id: d for d in self.documents}
        return self._doc_by_id.get(doc_id)


def _read_previous(folder: Path) -> dict[tuple[str, str], np.ndarray]:
    """Vectors of the index already at `folder`, keyed by (embedder, text sha256)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        keys = json.loads((folder / "embed_keys.json").read_text(encoding="utf-8"))
        vectors = np.load(folder / "vectors.npy", allow_pickle=False)
    except (OSError, ValueError):
        return {}
    name = manifest.get("settings", {}).get("embedder")
    if len(keys) != len(vectors):
        return {}
    return {(name, k): v for k, v in zip(keys, vectors) if v.any()}     # a part left unembedded has a zero vector


def build_index(corpus: Corpus, folder: Path | str, settings: IndexSettings = IndexSettings(),
                embedder: Embedder | None = None, show_progress: bool = True) -> dict:
    """Build (or rebuild) the index at `folder`; returns build statistics."""
    from tqdm.auto import tqdm
    folder = Path(folder)
    t0 = time.perf_counter()
    if not corpus.clauses:
        raise IndexMissingError("không có điều khoản nào để lập chỉ mục (no clauses: check the corpus folder)")
    embedder = embedder or make_embedder(settings.embedder)
    docs = {d.id: d for d in corpus.documents}
    dtexts = [dense_text(c, settings.dense_chars) for c in corpus.clauses]
    keys = [_sha(t) for t in dtexts]
    chash = corpus_hash(corpus)

    previous = _read_previous(folder)
    old_manifest = {}
    if (folder / "manifest.json").is_file():
        try:
            old_manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except ValueError:
            old_manifest = {}
    if (old_manifest.get("corpus_hash") == chash and _same_settings(old_manifest.get("settings"), settings)
            and old_manifest.get("format_version") == FORMAT_VERSION):
        return {"rebuilt": False, "reason": "unchanged", "clauses": len(dtexts), "embedded": 0,
                "reused": len(dtexts), "seconds": round(time.perf_counter() - t0, 3), "folder": str(folder)}

    vectors: list[np.ndarray | None] = [previous.get((embedder.name, k)) for k in keys]
    # a "(1)" part the embedder reads within its clause's first characters adds nothing: only the others are embedded
    by_id = {c.id: c for c in corpus.clauses}
    read = {i for i, c in enumerate(corpus.clauses) if c.kind == "part"
            and not unread_part(by_id.get(c.id.rsplit(".", 1)[0]), c, settings.dense_chars)}
    todo = [i for i, v in enumerate(vectors) if v is None and i not in read]
    same: dict[str, list[int]] = {}     # clauses whose embedded text is the same ("Tên nhiệm vụ: …" twice) share it
    for i in todo:
        same.setdefault(keys[i], []).append(i)
    todo = [ids[0] for ids in same.values()]
    batch = 32
    with tqdm(total=len(todo), desc="Nhúng điều khoản", unit="đk", disable=not show_progress) as bar:
        for s in range(0, len(todo), batch):
            ids = todo[s:s + batch]
            out = embedder.embed([dtexts[i] for i in ids], query=False)
            for i, v in zip(ids, out):
                for j in same[keys[i]]:
                    vectors[j] = v
            bar.update(len(ids))
    dim = next(len(v) for v in vectors if v is not None)
    vectors = [np.zeros(dim, np.float32) if v is None else v for v in vectors]
    matrix = np.vstack(vectors).astype(np.float32)

    tokenizer = Tokenizer(settings.segmenter, settings.accents)
    bm25 = BM25Index(tokenizer, settings.bm25_k1, settings.bm25_b)
    texts, owners = bm25_texts(corpus.clauses, docs, settings)
    bm25.build(texts, show_progress=show_progress, owners=owners, size=len(corpus.clauses))
    dense = DenseIndex(settings.dense)
    dense.build(matrix)

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        manifest = {
            "format_version": FORMAT_VERSION,
            "settings": settings.to_dict(),
            "embedder": embedder.name,
            "dimension": dim,
            "counts": {"documents": len(corpus.documents), "clauses": len(corpus.clauses),
                       "problems": len(corpus.problems)},
            "corpus_hash": chash,
            "problems": [p.to_dict() for p in corpus.problems],
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        (tmp / "documents.json").write_text(
            json.dumps([d.to_dict() for d in corpus.documents], ensure_ascii=False, indent=1), encoding="utf-8")
        with open(tmp / "clauses.jsonl", "w", encoding="utf-8") as fh:
            for c in corpus.clauses + corpus.furniture:    # the body's clauses first, one a row of the vectors
                fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        np.save(tmp / "vectors.npy", matrix, allow_pickle=False)
        (tmp / "embed_keys.json").write_text(json.dumps(keys), encoding="utf-8")
        bm25.save(tmp / "bm25")
        dense.save(tmp)
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        _swap_in(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {"rebuilt": True, "clauses": len(dtexts), "embedded": len(todo), "reused": len(dtexts) - len(todo),
            "seconds": round(time.perf_counter() - t0, 3), "folder": str(folder)}


def _same_settings(stored: dict | None, settings: IndexSettings) -> bool:
    try:
        return stored is not None and IndexSettings.from_manifest(stored) == settings
    except (TypeError, ValueError):
        return False


def _swap_in(tmp: Path, folder: Path) -> None:
    """Replace `folder` by `tmp` with renames only; the old index is removed last."""
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
        os.replace(folder, old)
    os.replace(tmp, folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def load_index(folder: Path | str, settings: IndexSettings | None = None,
               embedder: Embedder | None = None) -> Index:
    """Open an index; refuse one whose manifest does not match the expected settings."""
    folder = Path(folder)
    rebuild = f"hoidap index --index {folder}"
    mpath = folder / "manifest.json"
    if not mpath.is_file():
        raise IndexMissingError(f"chưa có chỉ mục tại {folder} (no index). Hãy chạy: {rebuild}")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise IndexMismatchError(f"manifest.json hỏng ({exc}). Hãy chạy lại: {rebuild}") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(f"chỉ mục tại {folder} có định dạng {manifest.get('format_version')}, "
                                 f"cần {FORMAT_VERSION}. Hãy chạy lại: {rebuild}")
    try:
        stored = IndexSettings.from_manifest(manifest["settings"])
    except (TypeError, ValueError) as exc:
        raise IndexMismatchError(f"chỉ mục tại {folder} có cấu hình lạ ({exc}). Hãy chạy lại: {rebuild}") from exc
    if settings is not None and settings != stored:
        diff = {k: (v, settings.to_dict()[k]) for k, v in stored.to_dict().items() if settings.to_dict()[k] != v}
        raise IndexMismatchError(f"chỉ mục tại {folder} được lập với cấu hình khác {diff} "
                                 f"(index built with other settings). Hãy chạy lại: {rebuild}")
    documents = [Document(**d) for d in json.loads((folder / "documents.json").read_text(encoding="utf-8"))]
    with open(folder / "clauses.jsonl", encoding="utf-8") as fh:
        clauses = [Clause.from_dict(json.loads(line)) for line in fh if line.strip()]
    furniture = [c for c in clauses if c.kind in FURNITURE]
    clauses = [c for c in clauses if c.kind not in FURNITURE]
    vectors = np.load(folder / "vectors.npy", allow_pickle=False)
    if len(vectors) != len(clauses) or vectors.shape[1] != manifest["dimension"]:
        raise IndexMismatchError(f"chỉ mục tại {folder} không nhất quán (vectors/clauses). Hãy chạy lại: {rebuild}")
    embedder = embedder or make_embedder(stored.embedder)
    tokenizer = Tokenizer(stored.segmenter, stored.accents)
    bm25 = BM25Index.load(folder / "bm25", tokenizer)
    dense = DenseIndex.load(folder, vectors, stored.dense)
    return Index(folder=folder, manifest=manifest, settings=stored, documents=documents, clauses=clauses,
                 vectors=vectors, bm25=bm25, dense=dense, embedder=embedder, furniture=furniture)
