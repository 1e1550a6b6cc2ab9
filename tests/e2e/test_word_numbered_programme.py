"""End-to-end on an eighth document no rule was written against (eval/data/synthetic8: a fictional ministry's
programme written in Word: section headings, items and points numbered by Word itself, lists restarted by
instance overrides and a style list shown as "a)" by an override, a task table with "Đơn vị chủ trì" columns and
group rows merged across the table), read from the .docx with the real default model."""
import pytest

from tests.e2e.one_document import assert_answers, one_document_assistant

pytestmark = pytest.mark.e2e

DOC = "1268-QD-BHHDT-chuong-trinh-hanh-dong-nq57.docx"


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "eval/data/synthetic8", DOC)


def test_word_numbering_and_the_task_table(programme):
    labels = [c.label for c in programme.index.clauses]
    assert len(labels) == len(set(labels))          # restarted lists and "a)" overrides give no label twice
    assert {"1268/QĐ-BHHĐT, mục VI.1.c", "1268/QĐ-BHHĐT, mục VI.6.c", "1268/QĐ-BHHĐT, mục III.4.a"} <= set(labels)
    rows = [c for c in programme.index.clauses if c.kind == "row" and "nhiệm vụ" in c.label]
    # the task table, under its caption "Bảng 2. …" in section IV, in its three groups I, II, III
    assert len(rows) == 16 and {c.label.split(", ")[1:3] == ["mục IV", "Bảng 2"] for c in rows} == {True}
    assert {c.path[:-1] for c in rows} == {("IV", "Bảng 2", "I"), ("IV", "Bảng 2", "II"), ("IV", "Bảng 2", "III")}
    leads = {t.clause_id: t.lead for t in programme.tasks.tasks}
    assert all(leads.get(r.id) for r in rows)       # the "Đơn vị chủ trì" column gives each row its lead


@pytest.mark.parametrize("question, must_say, label", [
    ("Diễn tập an ninh mạng toàn Ngành do đơn vị nào chủ trì, bao lâu một lần?", "Trung tâm CNTT&DL",
     "1268/QĐ-BHHĐT, mục IV, Bảng 2, nhiệm vụ 12"),
    # a section named by its number, answered from what is under it
    ("Mục III.4 giao ai chủ trì nghiên cứu công nghệ?", "Viện Khoa học Hàng hải và Đường thủy", "1268/QĐ-BHHĐT, mục III.4"),
])
def test_programme_answers(programme, question, must_say, label):
    assert_answers(programme, question, must_say, label)


def test_a_units_tasks_in_the_table_named(programme):
    ans = programme.ask("Theo Bảng 2, Cục Hàng hải chủ trì những nhiệm vụ nào?")
    assert ans.intent == "list" and ans.citations and all(", nhiệm vụ " in c.label for c in ans.citations)
