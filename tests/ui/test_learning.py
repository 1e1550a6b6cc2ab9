"""The "Học tập" tab's handlers (fake-embedder index): generating, answering, scoring and the handout."""
import re

import pytest

from corpus.normalize import fold

ALL_TYPES = ["tf", "mc", "cloze"]


@pytest.fixture(scope="module")
def demo(fake_assistant):
    from ui.app import build_app
    app = build_app(fake_assistant)
    assert app.hoidap_handlers.warmup.wait(60)
    return app


@pytest.fixture(scope="module")
def tab(demo):
    return demo.hoidap_learning


@pytest.fixture(scope="module")
def L(tab):
    return tab.h


def _parts(out):
    """generate()'s outputs split into named parts."""
    from ui.learning import MAX_QUESTIONS as M
    state, info, result, md, gift, grade = out[:6]
    rest = out[6:]
    assert len(rest) == 4 * M
    return dict(state=state, info=info, result=result, md=md, gift=gift, grade=grade, groups=rest[:M],
                heads=rest[M:2 * M], radios=rest[2 * M:3 * M], boxes=rest[3 * M:])


def _correct_answers(items):
    return [it["answer"] for it in items]


def _wrong(it):
    if it["type"] == "tf":
        return "Sai" if it["answer"] == "Đúng" else "Đúng"
    if it["type"] == "mc":
        return next(k for k in it["options"] if k != it["answer"])
    return "không phải đáp án này"


def _score(html):
    m = re.search(r"Đúng (\d+)/(\d+)", html)
    assert m, html
    return int(m.group(1)), int(m.group(2))


# -- the tab in the app ------------------------------------------------------------------------------
def test_tab_is_in_the_app(demo, tab):
    labels = [c.get("props", {}).get("label") for c in demo.config["components"]]
    assert "Học tập" in labels
    assert tab.make.value == "Tạo bộ câu hỏi" and tab.grade.value == "Chấm điểm"
    assert len(tab.groups) == len(tab.radios) == len(tab.boxes) == 50


def test_documents_list_main_documents_with_appendix_noted(L, fake_assistant):
    choices = L.doc_choices()
    ids = [v for _, v in choices]
    appendices = {d.id for d in fake_assistant.index.documents if d.part_of}
    assert appendices and not appendices & set(ids)
    assert "03-NQ-CP" in ids and "57-NQ-TW" in ids
    assert "phụ lục" in dict((v, k) for k, v in choices)["03-NQ-CP"]
    assert L.default_docs() == ids


# -- generating --------------------------------------------------------------------------------------
@pytest.mark.parametrize("n, types", [(1, ["tf"]), (5, ["mc"]), (7, ["cloze"]), (12, ALL_TYPES), (4, ["tf", "cloze"])])
def test_generate_respects_n_and_types(L, n, types):
    p = _parts(L.generate(["03-NQ-CP", "57-NQ-TW"], n, types, 3))
    items = p["state"]
    assert len(items) == n
    assert {it["type"] for it in items} <= set(types)
    if n >= 12:
        assert {it["type"] for it in items} == set(types)
    assert [g["visible"] for g in p["groups"]] == [True] * n + [False] * (50 - n)
    assert p["grade"]["visible"] and f"{n} câu hỏi" in p["info"]
    for i, it in enumerate(items):
        radio, box = p["radios"][i], p["boxes"][i]
        assert f"Câu {i + 1}" in p["heads"][i]
        if it["type"] == "cloze":
            assert box["visible"] and not radio["visible"] and box["value"] == ""
        else:
            assert radio["visible"] and not box["visible"] and radio["value"] is None
            if it["type"] == "tf":
                assert radio["choices"] == ["Đúng", "Sai"]
            else:
                assert [v for _, v in radio["choices"]] == list("ABCD")
                assert radio["choices"][0][0].startswith("A. ")
    assert list(p["heads"][n:]) == [""] * (50 - n)


def test_generate_is_seeded_and_regenerate_gives_a_new_set(L):
    a = L.generate(["03-NQ-CP"], 8, ALL_TYPES, 5)[0]
    b = L.generate(["03-NQ-CP"], 8, ALL_TYPES, 5)[0]
    assert a == b
    new_seed, *out = L.regenerate(["03-NQ-CP"], 8, ALL_TYPES, 5)
    assert new_seed == 6 and out[0] != a and len(out[0]) == 8
    assert out[0] == L.generate(["03-NQ-CP"], 8, ALL_TYPES, 6)[0]
    assert "mã bộ đề 6" in out[1]


def test_generate_uses_the_chosen_documents_and_their_appendix(L):
    items = L.generate(["03-NQ-CP"], 50, ALL_TYPES, 0)[0]
    assert {it["citation"]["doc_id"] for it in items} == {"03-NQ-CP", "03-NQ-CP-PL"}
    only = L.generate(["57-NQ-TW"], 50, ALL_TYPES, 0)[0]
    assert only and {it["citation"]["doc_id"] for it in only} == {"57-NQ-TW"}


def test_generate_says_when_fewer_facts_than_asked(L):
    p = _parts(L.generate(["DC-CL-NQ57"], 50, ALL_TYPES, 0))
    k = len(p["state"])
    assert 0 < k < 50 and f"{k}/50" in p["info"]


@pytest.mark.parametrize("docs, n, types, expect", [
    ([], 5, ALL_TYPES, "chọn ít nhất một văn bản"),
    (None, 5, ALL_TYPES, "chọn ít nhất một văn bản"),
    (["57-NQ-TW"], 5, [], "chọn ít nhất một loại câu hỏi"),
    (["57-NQ-TW"], 0, ALL_TYPES, "từ 1 đến 50"),
    (["57-NQ-TW"], 51, ALL_TYPES, "từ 1 đến 50"),
    (["57-NQ-TW"], None, ALL_TYPES, "từ 1 đến 50"),
    (["57-NQ-TW"], "nhiều", ALL_TYPES, "từ 1 đến 50"),
    (["khong-co-van-ban"], 5, ALL_TYPES, "không có trong dữ liệu"),
])
def test_bad_choices_get_a_polite_message(L, docs, n, types, expect):
    p = _parts(L.generate(docs, n, types, 1))
    assert p["state"] == [] and expect in p["info"]
    assert not any(g["visible"] for g in p["groups"]) and not p["grade"]["visible"]
    assert not p["md"]["interactive"] and not p["gift"]["interactive"]
    assert "Traceback" not in p["info"]


def test_no_fact_for_the_selection(L, monkeypatch):
    from ui import learning
    monkeypatch.setattr(learning.quiz, "generate", lambda *a, **k: [])
    p = _parts(L.generate(["57-NQ-TW"], 5, ["mc"], 1))
    assert p["state"] == [] and "Không tạo được câu hỏi nào" in p["info"]


def test_generation_failure_is_polite(L, monkeypatch):
    from ui import learning

    def boom(*a, **k):
        raise RuntimeError("kaboom")
    monkeypatch.setattr(learning.quiz, "generate", boom)
    p = _parts(L.generate(["57-NQ-TW"], 5, ["mc"], 1))
    assert p["state"] == [] and p["info"] == learning.MSG_GEN_ERROR and "kaboom" not in p["info"]


# -- scoring -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def items(L):
    got = L.generate(["03-NQ-CP", "57-NQ-TW", "23-TB-TGV"], 12, ALL_TYPES, 2)[0]
    assert {it["type"] for it in got} == set(ALL_TYPES)
    return got


def test_all_right_all_wrong_and_mixed(L, items):
    n = len(items)
    assert _score(L.score(items, _correct_answers(items))) == (n, n)
    assert _score(L.score(items, [_wrong(it) for it in items])) == (0, n)
    mixed = [it["answer"] if i % 3 == 0 else _wrong(it) for i, it in enumerate(items)]
    html = L.score(items, mixed)
    assert _score(html) == (len(range(0, n, 3)), n)
    assert html.count("✓ Đúng") == len(range(0, n, 3)) and html.count("✗ Sai") == n - len(range(0, n, 3))


def test_result_shows_answer_explanation_and_cited_clause(L, items):
    from ui.render import esc
    from ui.learning import shown_answer
    html = L.score(items, [_wrong(it) for it in items])
    for it in items:
        assert esc(shown_answer(it)) in html
        assert esc(" ".join(it["explanation"].split())) in html
        assert f"Nguồn: {esc(it['citation']['label'])}" in html
        assert esc(it["citation"]["text"][:200]) in html
    assert "Bạn trả lời:" in html and "Giải thích:" in html and "Đáp án:" in html


def test_cloze_is_accent_and_case_insensitive(L, items):
    from ui.learning import is_correct
    cloze = [it for it in items if it["type"] == "cloze"]
    assert cloze
    assert any(fold(it["answer"]).upper() != it["answer"] for it in cloze)
    for it in cloze:
        assert is_correct(it, fold(it["answer"]).upper())
        assert is_correct(it, f"  {it['answer'].lower()}. ")
        assert not is_correct(it, it["answer"] + " và Bộ Tài chính")
        for alt in it["accept"]:
            assert is_correct(it, fold(alt))
    answers = [fold(it["answer"]) if it["type"] == "cloze" else it["answer"] for it in items]
    assert _score(L.score(items, answers)) == (len(items), len(items))


def test_answer_key_forms():
    from ui.learning import answer_key, is_correct
    assert answer_key("Quý II / 2025") == answer_key("quy ii/2025")
    assert answer_key("06/2025") == answer_key("6/2025")
    assert answer_key("“Bộ Y tế”.") == "bo y te"
    item = {"type": "cloze", "answer": "Bộ Khoa học và Công nghệ", "accept": ["Bộ Khoa học và Công nghệ", "Bộ KH&CN"]}
    assert is_correct(item, "bo khoa hoc va cong nghe") and is_correct(item, "BỘ KH&CN")
    assert not is_correct(item, "") and not is_correct(item, None) and not is_correct(item, "Bộ Y tế")
    assert is_correct({"type": "mc", "answer": "C", "options": {}}, "c")
    assert not is_correct({"type": "tf", "answer": "Sai"}, "Đúng") and is_correct({"type": "tf", "answer": "Sai"}, "Sai")


def test_unanswered_questions_count_as_wrong(L, items):
    answers = _correct_answers(items)[:3]
    html = L.score(items, answers)
    assert _score(html) == (3, len(items))
    assert f"chưa trả lời {len(items) - 3} câu" in html and "✗ Chưa trả lời" in html


def test_score_event_reads_the_right_inputs(L, items):
    from ui.learning import MAX_QUESTIONS as M
    radios = [None] * M
    boxes = [""] * M
    for i, it in enumerate(items):
        if it["type"] == "cloze":
            boxes[i] = fold(it["answer"])
        else:
            radios[i] = it["answer"]
    assert _score(L.score_inputs(items, *radios, *boxes)) == (len(items), len(items))
    swapped = [None] * M
    for i, it in enumerate(items):
        swapped[i] = it["answer"] if it["type"] == "cloze" else None    # cloze answers in the radios: ignored
    assert _score(L.score_inputs(items, *swapped, *([""] * M))) == (0, len(items))


def test_score_without_a_quiz(L):
    for state in (None, []):
        html = L.score(state, [])
        assert "Tạo bộ câu hỏi" in html and "Đúng" not in html


def test_markup_in_items_is_escaped():
    from ui.learning import question_html, score_html
    it = {"id": "q1", "type": "mc", "question": "<script>x</script> ${a} là gì?", "answer": "A",
          "options": {"A": "<b>$1</b>", "B": "{b}", "C": "c", "D": "d"}, "answer_text": "<b>$1</b>",
          "explanation": "Vì <i>{x}</i>.", "citation": {"doc_id": "d", "clause_id": "d:1", "label": "<L>", "text": "$t"}}
    for html in (question_html(1, it), score_html([it], ["B"])):
        assert "<script>" not in html and "${" not in html and "{x}" not in html and "$1" not in html
        assert "&lt;script&gt;" in html or "&lt;b&gt;" in html


def test_score_failure_is_polite(L, items, monkeypatch):
    from ui import learning

    def boom(*a, **k):
        raise RuntimeError("kaboom")
    monkeypatch.setattr(learning, "score_html", boom)
    html = L.score(items, [])
    assert learning.MSG_SCORE_ERROR in html and "kaboom" not in html


# -- handout -----------------------------------------------------------------------------------------
def test_handout_download_has_answer_key_and_gift(L):
    p = _parts(L.generate(["57-NQ-TW"], 6, ALL_TYPES, 4))
    items = p["state"]
    assert p["md"]["interactive"] and p["gift"]["interactive"]
    from pathlib import Path
    md = Path(p["md"]["value"]).read_text(encoding="utf-8")
    gift = Path(p["gift"]["value"]).read_text(encoding="utf-8")
    assert Path(p["md"]["value"]).suffix == ".md"
    assert "## Đáp án" in md and "57-NQ/TW" in md.splitlines()[0] and "Câu 6." in md
    assert md.count("**Câu ") == len(items) == 6
    assert gift.count("::Q") == 6 and "::Q1::" in gift
    again = _parts(L.generate(["57-NQ-TW"], 6, ALL_TYPES, 4))
    assert again["md"]["value"] == p["md"]["value"]                 # same set: same file, reused
    other = _parts(L.generate(["57-NQ-TW"], 6, ALL_TYPES, 5))
    assert other["md"]["value"] != p["md"]["value"]
