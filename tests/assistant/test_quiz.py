"""Quiz generation over the fake-embedder index: reproducible, filtered, sourced, with honest distractors."""
import re
from types import SimpleNamespace as NS

import pytest

from assistant.quiz import QuizError, answer_choice, generate, shorten
from corpus.agencies import lookup
from corpus.normalize import fold

META = {"signer", "date", "issuer", "number"}


@pytest.fixture(scope="session")
def items(fake_assistant):
    return generate(fake_assistant, n=300, seed=0)


def _date_form(text: str) -> str:
    t = fold(text)
    for name, pat in (("day", r"\d{1,2}/\d{1,2}/\d{4}"), ("quarter", r"quy [ivx]+"), ("month", r"\d{1,2} ?/ ?\d{4}"),
                      ("range", r"\d{4} ?- ?\d{4}"), ("year", r"\d{4}")):
        if re.search(pat, t):
            return name
    return ""


def test_reproducible_with_seed(fake_assistant):
    a = [i.to_dict() for i in generate(fake_assistant, n=25, seed=7)]
    b = [i.to_dict() for i in generate(fake_assistant, n=25, seed=7)]
    c = [i.to_dict() for i in generate(fake_assistant, n=25, seed=8)]
    assert a == b
    assert a != c


def test_n_and_types_respected(fake_assistant):
    assert len(generate(fake_assistant, n=7, seed=1)) == 7
    only_mc = generate(fake_assistant, n=15, types=["mc"], seed=2)
    assert len(only_mc) == 15 and {i.type for i in only_mc} == {"mc"}
    two = generate(fake_assistant, n=30, types=("tf", "cloze"), seed=3)
    assert {i.type for i in two} == {"tf", "cloze"}
    for bad in (0, -1, 1001):
        with pytest.raises(QuizError):
            generate(fake_assistant, n=bad)
    with pytest.raises(QuizError):
        generate(fake_assistant, n=5, types=["essay"])


def test_all_types_and_documents_are_covered(items, fake_assistant):
    assert len(items) == 300
    assert {i.type for i in items} == {"tf", "mc", "cloze"}
    assert {i.kind for i in items} >= {"lead", "deadline", "target", "signer", "date", "issuer", "number"}
    docs = {d.id for d in fake_assistant.index.documents}
    assert {i.citation["doc_id"] for i in items} == docs


def test_doc_filter_includes_appendix(fake_assistant):
    got = generate(fake_assistant, n=60, seed=0, doc_ids=["03-NQ-CP"])
    assert {i.citation["doc_id"] for i in got} == {"03-NQ-CP", "03-NQ-CP-PL"}
    only = generate(fake_assistant, n=60, seed=0, doc_ids=["57-NQ-TW"])
    assert only and {i.citation["doc_id"] for i in only} == {"57-NQ-TW"}
    with pytest.raises(QuizError, match="XYZ"):
        generate(fake_assistant, n=5, doc_ids=["XYZ"])


def test_section_filter(fake_assistant):
    got = generate(fake_assistant, n=40, seed=0, doc_ids=["03-NQ-CP"], section="PLII.III")
    assert got
    for i in got:
        assert fake_assistant.clause(i.citation["clause_id"]).path[:2] == ("PLII", "III")
    targets = generate(fake_assistant, n=40, seed=0, section="PLI")
    assert targets and {i.kind for i in targets} == {"target"}
    assert generate(fake_assistant, n=5, section="KHONG.CO") == []


def test_no_duplicate_items(items):
    assert len({i.id for i in items}) == len(items)
    assert len({fold(i.question) for i in items}) == len(items)
    facts = {(i.kind, i.citation["clause_id"] or i.citation["doc_id"], i.answer_text, i.statement) for i in items}
    assert len(facts) == len(items)


def test_distractors_differ_from_answer_and_are_of_its_kind(items):
    for i in items:
        wrong = list(i.distractors)
        assert all(fold(d) != fold(i.answer_text) for d in wrong), i
        assert len({fold(d) for d in wrong}) == len(wrong)
        if i.kind == "lead":
            kind = lookup(i.answer_text).kind
            assert kind != "group"
            assert all(lookup(d) is not None and lookup(d).kind == kind for d in wrong), i
        elif i.kind == "deadline":
            assert all(_date_form(d) == _date_form(i.answer_text) for d in wrong), i
        elif i.kind == "target":
            cmp = re.match(r"[≥≤<>=\s]*", i.answer_text).group(0).strip()
            for d in wrong:
                assert re.match(r"[≥≤<>=\s]*", d).group(0).strip() == cmp
                assert len(re.findall(r"\d+", d)) == len(re.findall(r"\d+", i.answer_text))
        elif i.kind == "date":
            assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in wrong)
        elif i.kind == "signer":
            assert all(d and not re.search(r"\d", d) for d in wrong)


def test_shapes_of_each_type(items):
    tf = [i for i in items if i.type == "tf"]
    true = sum(i.answer == "Đúng" for i in tf)
    assert abs(true - (len(tf) - true)) <= 1
    for i in items:
        if i.type == "mc":
            assert list(i.options) == list("ABCD") and i.options[i.answer] == i.answer_text
            assert len({fold(v) for v in i.options.values()}) == 4
        elif i.type == "cloze":
            assert "____" in i.question and i.answer == i.answer_text
            # the answer is not given away ("2" may sit inside "2030", not stand alone)
            assert not re.search(rf"(?<![\w.,]){re.escape(fold(i.answer_text))}(?![\w.,])", fold(i.question))
            assert i.answer_text in i.accept
        else:
            shown = i.distractors[0] if i.answer == "Sai" else i.answer_text
            assert shown in i.question
        assert i.explanation and i.statement and i.answer_text in i.statement


def test_every_item_cites_a_real_source(items, fake_assistant):
    docs = {d.id for d in fake_assistant.index.documents}
    for i in items:
        c = i.citation
        assert c["doc_id"] in docs
        if i.kind in META:
            assert c["clause_id"] == "" and "thông tin văn bản" in c["label"]
            continue
        clause = fake_assistant.clause(c["clause_id"])
        assert clause is not None and clause.doc_id == c["doc_id"]
        assert c["label"] == clause.label and c["text"] == clause.text


def test_vietnamese_statement_of_a_lead(fake_assistant):
    got = [i for i in generate(fake_assistant, n=200, types=["cloze"], seed=0, doc_ids=["03-NQ-CP"])
           if i.kind == "lead" and i.citation["label"].startswith("03/NQ-CP, Phụ lục II")]
    assert got
    for i in got:
        m = re.fullmatch(r"(.+) chủ trì nhiệm vụ “(.+)” \((03/NQ-CP, Phụ lục II, nhiệm vụ \d+)\)\.", i.statement)
        assert m and m.group(1) == i.answer_text and m.group(3) == i.citation["label"]
        assert len(m.group(2)) <= 121


def test_shorten_cuts_at_a_word():
    text = "Xây dựng " + "cơ sở dữ liệu quốc gia về khoa học, công nghệ và đổi mới sáng tạo; " * 4
    s = shorten(text, 120)
    assert len(s) <= 121 and s.endswith("…")
    assert text.startswith(s[:-1]) and text[len(s) - 1] in " ,;"
    assert shorten("Ngắn gọn.") == "Ngắn gọn"


def test_quiz_check_passes_generated_items_and_catches_bad_ones(items, fake_assistant):
    from eval.quiz_check import check_items
    dicts = [i.to_dict() for i in items]
    report = check_items(dicts, fake_assistant)
    assert report["failed"] == 0, report["failures"][:3]
    bad = []
    for d in dicts:
        if d["type"] == "mc":       # the key points at a wrong option
            bad.append({**d, "answer": next(k for k in "ABCD" if k != d["answer"])})
        elif d["type"] == "tf" and d["answer"] == "Sai":    # a false statement marked true
            bad.append({**d, "answer": "Đúng", "answer_text": d["distractors"][0]})
        elif d["type"] == "cloze":
            bad.append({**d, "question": d["question"].replace("____", d["answer_text"])})
    assert check_items(bad, fake_assistant)["failed"] == len(bad)


def _stub(texts):
    clauses = [NS(id=f"c{n}", label=f"Điều {n}", text=t) for n, t in enumerate(texts)]
    return NS(retrieve=lambda q, k=5: [NS(clause=c, score=1.0) for c in clauses][:k])


def test_answer_choice_true_false():
    a = _stub(["Người lao động được nghỉ hằng năm 12 ngày làm việc nếu làm đủ 12 tháng.",
               "Cơ quan có thẩm quyền cấp giấy phép trong thời hạn 15 ngày."])
    assert answer_choice(a, "Người lao động được nghỉ hằng năm 12 ngày làm việc nếu làm đủ 12 tháng, đúng hay sai?")[
        "answer"] == "Đúng"
    r = answer_choice(a, "Người lao động được nghỉ hằng năm 14 ngày làm việc nếu làm đủ 12 tháng, đúng hay sai?")
    assert r["answer"] == "Sai" and r["clause_id"] == "c0" and r["label"] == "Điều 0"
    assert answer_choice(a, "Người lao động không được nghỉ hằng năm 12 ngày làm việc nếu làm đủ 12 tháng?")[
        "answer"] == "Sai"
    assert answer_choice(_stub([]), "Câu bất kỳ, đúng hay sai?")["answer"] in ("Đúng", "Sai")


def test_answer_choice_multiple_choice():
    a = _stub(["Thời hiệu khởi kiện là 02 năm kể từ ngày quyền và lợi ích hợp pháp bị xâm phạm."])
    choices = {"A": "01 năm", "B": "02 năm kể từ ngày quyền và lợi ích bị xâm phạm", "C": "05 năm", "D": "10 năm"}
    r = answer_choice(a, "Thời hiệu khởi kiện là bao lâu?", choices)
    assert r["answer"] == "B" and r["clause_id"] == "c0"
    both = _stub(["Hồ sơ gồm đơn đề nghị và bản sao giấy tờ tùy thân."])
    r = answer_choice(both, "Hồ sơ gồm những gì?", {"A": "Đơn đề nghị", "B": "Bản sao giấy tờ tùy thân",
                                                   "C": "Cả A, B đều sai", "D": "Cả A, B đều đúng"})
    assert r["answer"] == "D"


def test_answer_choice_over_the_index(fake_assistant):
    r = answer_choice(fake_assistant, "Bộ Công an chủ trì hoàn thành xây dựng Trung tâm dữ liệu quốc gia, đúng hay sai?")
    assert r["answer"] in ("Đúng", "Sai") and fake_assistant.clause(r["clause_id"]) is not None
