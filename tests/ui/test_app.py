"""Fast tests of the web UI's handlers, HTML rendering, exports and input checks (fake-embedder index)."""
import csv
import io
import socket
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest

from corpus.deadlines import Deadline
from corpus.tasks import Task

Q_LEAD = "Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?"
CLAUSE_44 = "03-NQ-CP-PL:PLII.III.44"


@pytest.fixture(scope="session")
def ui_assistant(fake_index_dir):
    from assistant import Assistant, Settings
    from indexing import IndexSettings
    return Assistant(Settings(index_dir=str(fake_index_dir), index=IndexSettings(embedder="fake"), today="2025-07-01"))


@pytest.fixture(scope="session")
def demo(ui_assistant):
    from ui.app import build_app
    app = build_app(ui_assistant)
    assert app.hoidap_handlers.warmup.wait(60)
    return app


@pytest.fixture(scope="session")
def h(demo):
    return demo.hoidap_handlers


def _final(gen):
    outs = list(gen)
    return outs[0], outs[-1]


# -- input checks -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expect", [
    ("", "Vui lòng nhập câu hỏi"),
    ("   \n\t ", "Vui lòng nhập câu hỏi"),
    (None, "Vui lòng nhập câu hỏi"),
    ("a" * 2001, "vượt giới hạn 2.000 ký tự"),
    ("\x00\x01\x02binary\x03\x04\x05\x06\x07", "ký tự không đọc được"),
    ("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "ký tự không đọc được"),
    ("abc\ufffd\ufffddef", "ký tự không đọc được"),
    ("??? !!! 123", "chưa có chữ"),
    (b"bytes", "ký tự không đọc được"),
])
def test_validate_question_refuses_politely(text, expect):
    from ui.app import validate_question
    q, msg = validate_question(text, 2000)
    assert q == "" and expect in msg


def test_validate_question_accepts_normal_text():
    from ui.app import validate_question
    assert validate_question("  Ai ký Nghị quyết 03/NQ-CP?\n", 2000) == ("Ai ký Nghị quyết 03/NQ-CP?", "")
    assert validate_question("x" * 2000, 2000)[1] == ""
    assert validate_question("Câu hỏi có một ký tự lạ\x07 ở giữa", 2000)[1] == ""


@pytest.mark.parametrize("text", ["", "a" * 5000, "\x00\x01\x02\x03\x04\x05"])
def test_chat_shows_message_not_error(h, text):
    first, last = _final(h.chat(text, [], {}))
    history = last[1]
    assert history[-1]["role"] == "assistant"
    assert "Lỗi" not in history[-1]["content"] and "Traceback" not in history[-1]["content"]
    assert history[-1]["content"].startswith(("Vui lòng", "Câu hỏi"))
    assert last[3] is None                                  # no current answer


def test_first_question_during_model_loading_says_so(ui_assistant):
    from ui.app import MSG_LOADING, Handlers, Warmup
    warmup = Warmup(ui_assistant)                       # not started yet: the model is "loading"
    h = Handlers(ui_assistant, warmup)
    assert "Đang nạp mô hình" in warmup.status()
    gen = h.chat("Ai ký Nghị quyết 03/NQ-CP?", [], {})
    first = next(gen)
    assert first[1][-1]["content"] == MSG_LOADING
    warmup.start()
    last = list(gen)[-1]
    assert "Nguyễn Hòa Bình" in last[1][-1]["content"]
    assert warmup.ready and "Sẵn sàng" in warmup.status()


def test_warmup_failure_is_reported(ui_assistant, monkeypatch):
    from ui.app import Warmup

    def fail():
        raise RuntimeError("không có mô hình")
    monkeypatch.setattr(ui_assistant, "warm_up", fail)
    w = Warmup(ui_assistant).start()
    assert w.wait(10) and w.state == "failed" and "Không nạp được mô hình" in w.status()


def test_task_exports_are_reused(h):
    tasks, _, _ = h.query_tasks("Bộ Y tế")
    a = h.export_files(tasks)
    b = h.export_files(list(tasks))
    assert a == b and a[0].is_file() and a[0].name == "nhiem-vu.csv"
    assert h.export_files(tasks[:1])[0] != a[0]


def test_api_ask_refuses_with_answer_shape(h):
    d = h.api_ask("")
    assert d["abstained"] and d["citations"] == [] and "Vui lòng" in d["answer"] and d["error"]


def test_handler_exception_becomes_polite_message(ui_assistant, monkeypatch):
    from ui.app import MSG_ERROR, Handlers, Warmup

    def boom(*a, **k):
        raise RuntimeError("kaboom")
    h = Handlers(ui_assistant, Warmup(ui_assistant).start())
    monkeypatch.setattr(ui_assistant, "ask", boom)
    _, last = _final(h.chat(Q_LEAD, [], {}))
    assert MSG_ERROR in last[1][-1]["content"] and "kaboom" not in last[1][-1]["content"]
    assert h.api_ask(Q_LEAD)["answer"] == MSG_ERROR


def test_chat_render_failure_becomes_polite_message(h, monkeypatch):
    from ui import render
    from ui.app import MSG_ERROR

    def broken(ans):
        raise ValueError("render broke")
    monkeypatch.setattr(render, "answer_markdown", broken)
    _, last = _final(h.chat(Q_LEAD, [], {}))
    assert last[1][-1]["content"] == MSG_ERROR


# -- chat and citations ---------------------------------------------------------------------------
def test_chat_answers_with_citations_and_highlight(h):
    first, last = _final(h.chat("Ai ký Nghị quyết 03/NQ-CP?", [], {}))
    assert first[1][-1]["content"].startswith("Đang")              # pending message before the answer
    box, history, answers, ans, pick, panel, to_doc = last
    assert box == "" and history[0] == {"role": "user", "content": "Ai ký Nghị quyết 03/NQ-CP?"}
    assert "Nguyễn Hòa Bình" in history[-1]["content"] and "Trích dẫn" in history[-1]["content"]
    assert answers[len(history) - 1] is ans
    assert pick["value"] == "c0" and pick["choices"][0][0].startswith("[1] ")
    assert "03/NQ-CP" in panel and "hd-cite-text" in panel


def test_citation_panel_marks_span_and_shows_context(h):
    _, last = _final(h.chat("Những nhiệm vụ nào của Bộ Y tế?", [], {}))
    ans = last[3]
    assert ans["citations"], ans
    cite = ans["citations"][0]
    panel, can_open = h.citation_panel(ans, "c0")
    assert can_open and "<mark>" in panel and cite["label"] in panel
    assert "Thuộc phần" in panel and "Lưu ý" in panel             # ancestors' headings; unofficial copy
    s, e = cite["highlight"]
    from ui.render import esc
    assert f"<mark>{esc(cite['text'][s:e])}</mark>" in panel


def test_select_earlier_message_and_open_in_document(h):
    _, one = _final(h.chat("Bộ Y tế có những nhiệm vụ nào?", [], {}))
    _, two = _final(h.chat("Ai ký Nghị quyết 03/NQ-CP?", one[1], one[2]))
    answers = two[2]
    assert set(answers) == {1, 3}
    ans, pick, panel, _ = h.select_message(answers, SimpleNamespace(index=1))
    assert ans is answers[1] and "Bộ Y tế" in ans["answer"]
    out = h.open_citation("c0", ans)
    tabs, doc_pick, search, goto, meta, tree = out
    clause_id = ans["citations"][0]["clause_id"]
    assert tabs["selected"] == "docs" and goto["value"] == clause_id
    from ui.render import anchor
    assert f'id="{anchor(clause_id)}"' in tree and "hd-target" in tree


def test_abstention_lists_related_clauses(h, ui_assistant):
    from assistant.model import Answer, Citation
    c = ui_assistant.clause(CLAUSE_44)
    rel = Citation(n=1, doc_id=c.doc_id, clause_id=c.id, label=c.label, path=c.path, text=c.text)
    ans = Answer(question="Lương cơ sở?", answer="Các văn bản đã nạp không có thông tin …", abstained=True,
                 related=(rel,)).to_dict()
    from ui.render import answer_markdown, citation_choices
    md = answer_markdown(ans)
    assert "Có thể liên quan" in md and c.label in md
    assert citation_choices(ans) == [(f"Có thể liên quan: {c.label}", "r0")]
    panel, can_open = h.citation_panel(ans, "r0")
    assert "Có thể liên quan" in panel and can_open


def test_whole_document_citation_panel(h):
    ans = h.answer("Ai ký Nghị quyết 03/NQ-CP?")
    panel, can_open = h.citation_panel(ans, "c0")
    assert "Nguyễn Hòa Bình" in panel and can_open
    out = h.open_citation("c0", ans)
    assert out[1]["value"] == "03-NQ-CP" and "hd-target" not in out[5]


def test_markup_in_question_is_escaped(h):
    _, last = _final(h.chat("<script>alert(1)</script> Bộ Y tế có nhiệm vụ nào?", [], {}))
    assert "<script>" not in last[1][0]["content"]
    from ui.render import citation_html, esc
    html = citation_html({"n": 1, "label": "<b>x</b>", "text": "a<b>${x}</b>", "highlight": [0, 1]}, None, None)
    assert "<b>x</b>" not in html and "${" not in html and esc("<") in html


# -- documents ----------------------------------------------------------------------------------------
def test_document_metadata_and_tree(h):
    meta, tree = h.show_document("03-NQ-CP")
    for text in ("Số hiệu", "03/NQ-CP", "09/01/2025", "Chính phủ", "Nguyễn Hòa Bình", "Nguồn"):
        assert text in meta
    assert tree.count('class="hd-clause') == len(h._clauses_of["03-NQ-CP"])
    meta, _ = h.show_document("57-NQ-TW")
    assert "Lưu ý" in meta and "không chính thức" in meta                  # caveat of an unofficial copy
    meta, _ = h.show_document("DC-CL-NQ57")
    assert "không ghi" in meta


def test_parts_show_in_the_tree_only_when_opened(h):
    part = "TB-BCD-TW-PH2:III.2.e.(2)"
    clauses = h._clauses_of["TB-BCD-TW-PH2"]
    _, tree = h.show_document("TB-BCD-TW-PH2")
    assert tree.count('class="hd-clause') == sum(c.kind != "part" for c in clauses) < len(clauses)
    *_, tree = h.open_clause(part)
    assert tree.count('class="hd-clause') == sum(c.kind != "part" for c in clauses) + 1
    assert f'data-clause="{part}"' in tree


def test_tree_indents_by_depth(h):
    _, tree = h.show_document("03-NQ-CP-PL")
    assert 'style="margin-left:0.0em"' in tree and 'style="margin-left:2.8em"' in tree


def test_document_search_is_accent_insensitive(h):
    _, with_accents = h.show_document("03-NQ-CP-PL", "Danh mục Công nghệ chiến lược")
    _, without = h.show_document("03-NQ-CP-PL", "danh muc cong nghe chien luoc")
    from ui.render import anchor
    assert f'id="{anchor(CLAUSE_44)}"' in without
    assert with_accents == without.replace("danh muc cong nghe chien luoc", "Danh mục Công nghệ chiến lược")
    assert "<mark>Danh mục Công nghệ chiến lược</mark>" in without
    assert without.count('class="hd-clause') < 10
    _, none = h.show_document("03-NQ-CP-PL", "zzzkhongco")
    assert "Không có điều khoản nào khớp" in none


def test_open_clause_by_id(h):
    tabs, doc_pick, search, goto, meta, tree = h.open_clause(CLAUSE_44)
    assert tabs["selected"] == "docs" and doc_pick["value"] == "03-NQ-CP-PL" and search["value"] == ""
    assert 'hd-target" id="cl-03-NQ-CP-PL_3aPLII_2eIII_2e44"' in tree
    *_, meta, tree = h.open_clause("khong:ton-tai")
    assert "Không có điều khoản" in meta and tree == ""


def test_anchor_ids_are_unique_and_safe(ui_assistant):
    from ui.render import anchor
    ids = [c.id for c in ui_assistant.index.clauses]
    anchors = {anchor(i) for i in ids}
    assert len(anchors) == len(set(ids))
    assert all(a.replace("-", "").replace("_", "").isalnum() and a.isascii() for a in anchors)


# -- tasks ------------------------------------------------------------------------------------------
def test_task_filter_by_agency(h):
    from ui.app import TASK_HEADERS
    summary, table, csv_file, ics_file, ids, _ = h.filter_tasks("Bộ Y tế", "", "", "*", "2025-07-01", False)
    assert list(table.columns) == TASK_HEADERS and len(table) >= 2
    assert all("Bộ Y tế" in " ".join(row) for row in table.astype(str).values.tolist())
    assert len(ids) == len(table) and f"{len(table)} nhiệm vụ" in summary
    assert csv_file["value"].endswith(".csv") and ics_file["value"].endswith(".ics")
    rows = list(csv.reader(io.StringIO(open(csv_file["value"], encoding="utf-8-sig").read())))
    assert len(rows) == len(table) + 1


def test_task_filter_window_and_overdue(h):
    _, q2, *_ = h.filter_tasks("", "quý II/2025", "quý II/2025", "*", "", False)
    assert len(q2) > 0
    tasks, as_of, msg = h.query_tasks("", "quý II/2025", "quý II/2025", "*", "", False)
    assert msg == "" and all(date(2025, 4, 1) <= t.deadline.start and t.deadline.end <= date(2025, 6, 30)
                             for t in tasks)
    tasks, as_of, _ = h.query_tasks("", "", "", "*", "2025-05-01", True)
    assert as_of == date(2025, 5, 1) and tasks and all(t.deadline.end < date(2025, 5, 1) for t in tasks)
    _, table, *_ = h.filter_tasks("", "", "", "*", "2025-05-01", True)
    assert set(table["Tình trạng"]) == {"Quá hạn"}


def test_task_filter_one_phrase_means_what_the_cli_means(h):
    q2, _, _ = h.query_tasks("", "quý II/2025", "quý II/2025", "*", "", False)
    assert h.query_tasks("", "quý II/2025", "", "*", "", False)[0] == q2         # the whole quarter
    assert h.query_tasks("", "", "quý II/2025", "*", "", False)[0] == q2
    after, _, _ = h.query_tasks("", "2025-04-01", "", "*", "", False)            # a day: open-ended
    assert len(after) > len(q2) and all(t.deadline.start >= date(2025, 4, 1) for t in after)
    tasks, _, msg = h.query_tasks("", "quý III/2025", "quý II/2025", "*", "", False)
    assert "sau mốc kết thúc" in msg and "bỏ qua" in msg and len(tasks) > len(q2)   # refused, filter ignored


def test_task_filter_by_document_and_bad_dates(h):
    tasks, _, _ = h.query_tasks("", "", "", "03-NQ-CP", "", False)
    assert tasks and all(t.doc_id.startswith("03-NQ-CP") for t in tasks)
    summary, table, *_ = h.filter_tasks("", "hôm qua", "", "*", "không phải ngày", False)
    assert "không hiểu mốc “hôm qua”" in summary and "Quá hạn tính đến" in summary and len(table) > 0
    assert h.default_as_of() == "2025-07-01"


def test_select_task_row_opens_clause(h):
    *_, ids, _ = h.filter_tasks("Bộ Y tế", "", "", "*", "", False)
    clause_id, button = h.select_task(ids, SimpleNamespace(index=[0, 2]))
    assert clause_id == ids[0] and button["interactive"]
    out = h.open_task(clause_id)
    assert out[3]["value"] == clause_id and "hd-target" in out[5]
    assert h.select_task(ids, SimpleNamespace(index=[999, 0]))[0] is None


# -- exports ------------------------------------------------------------------------------------------
def _task(i, action, due=None, lead=("Bộ Y tế",)):
    dl = Deadline(text=due.isoformat(), kind="due", start=due, end=due) if due else None
    return Task(id=f"D:{i}", doc_id="D", clause_id=f"D:{i}", label=f"D, mục {i}", action=action, lead=lead,
                coordinators=("Bộ Tài chính", "các địa phương"), deadline=dl)


TASKS = [
    _task(1, "Xây dựng, ban hành Đề án; báo cáo Thủ tướng\nChính phủ " + "rất dài " * 30, date(2025, 6, 30)),
    _task(2, "Nhiệm vụ thường xuyên", None),
    _task(3, "Sửa đổi Luật \\ Khoa học, Công nghệ", date(2025, 12, 31), lead=("Bộ Khoa học và Công nghệ",)),
]


def _unfold(text):
    return text.replace("\r\n ", "")


def test_ics_is_valid_rfc5545():
    from ui.exports import tasks_to_ics
    ics = tasks_to_ics(TASKS, stamp=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    lines = ics.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)                     # something was folded
    for kind in ("VCALENDAR", "VEVENT"):
        assert lines.count(f"BEGIN:{kind}") == lines.count(f"END:{kind}")
    depth = 0
    for line in lines:
        depth += line.startswith("BEGIN:") - line.startswith("END:")
        assert depth >= 0
    assert depth == 0 and lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    logical = _unfold(ics).split("\r\n")
    assert logical.count("BEGIN:VEVENT") == 2                               # the task without a date is left out
    assert "DTSTART;VALUE=DATE:20250630" in logical and "DTSTART;VALUE=DATE:20251231" in logical
    assert "DTSTAMP:20250102T030405Z" in logical
    summary = next(x for x in logical if x.startswith("SUMMARY:Xây dựng"))
    assert "ban hành Đề án\\; báo cáo Thủ tướng\\nChính phủ" not in summary    # whitespace collapsed in SUMMARY
    assert "Xây dựng\\, ban hành Đề án\\; báo cáo" in summary and summary.endswith("…")
    desc = next(x for x in logical if x.startswith("DESCRIPTION:") and "Khoa học" in x)
    assert desc == ("DESCRIPTION:Chủ trì: Bộ Khoa học và Công nghệ\\nĐiều khoản: D\\, mục 3"
                    "\\nThời hạn: 2025-12-31")
    assert "SUMMARY:Sửa đổi Luật \\\\ Khoa học\\, Công nghệ" in logical
    # folding never splits a UTF-8 character
    for line in lines:
        line.encode("utf-8").decode("utf-8")


def test_fold_line_limits():
    from ui.exports import fold_line
    line = "DESCRIPTION:" + "Đổi mới sáng tạo " * 20
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts) and all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line
    assert fold_line("SHORT") == "SHORT"


def test_csv_export_roundtrip():
    from ui.exports import CSV_COLUMNS, tasks_to_csv
    text = tasks_to_csv(TASKS)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(CSV_COLUMNS) and len(rows) == 4
    assert rows[1][1] == TASKS[0].action and rows[1][3] == "Bộ Tài chính, các địa phương"
    assert rows[1][6:8] == ["2025-06-30", "2025-06-30"] and rows[2][5:8] == ["", "", ""]


def test_write_exports(tmp_path):
    from ui.exports import write_exports
    c, i = write_exports(TASKS, tmp_path)
    assert c.read_bytes().startswith(b"\xef\xbb\xbf") and i.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


# -- the app and its API --------------------------------------------------------------------------------
def test_app_has_three_tabs_and_named_api(demo):
    import gradio as gr
    assert isinstance(demo, gr.Blocks)
    cfg = demo.get_config_file()
    labels = {c.get("props", {}).get("label") for c in cfg["components"]}
    assert {"Hỏi đáp", "Văn bản", "Nhiệm vụ", "Câu hỏi", "Trích dẫn"} <= labels
    public = [d["api_name"] for d in cfg["dependencies"] if d.get("api_visibility") == "public"]
    assert public == ["ask"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gradio_client_calls_ask(ui_assistant):
    from gradio_client import Client

    from ui.app import build_app, launch_app
    app = build_app(ui_assistant)
    _, url, _ = launch_app(app, "127.0.0.1", _free_port(), block=False)
    try:
        client = Client(url, verbose=False, analytics_enabled=False, download_files=False)
        d = client.predict("Ai ký Nghị quyết 03/NQ-CP?", api_name="/ask")
        assert "Nguyễn Hòa Bình" in d["answer"] and d["citations"]
        d = client.predict("\x00\x01\x02\x03\x04\x05", api_name="/ask")
        assert d["abstained"] and "không đọc được" in d["answer"]
    finally:
        app.close()


def test_serve_refuses_missing_index(tmp_path):
    from assistant import Settings
    from hoidap.cmd_serve import serve
    from hoidap.output import UserError
    with pytest.raises(UserError) as err:
        serve(SimpleNamespace(host="127.0.0.1", port=_free_port()), Settings(index_dir=str(tmp_path / "none")))
    assert "hoidap index --index" in str(err.value)


def test_serve_cli_prints_error_for_missing_index(tmp_path, capsys):
    from hoidap.cli import main
    assert main(["serve", "--index", str(tmp_path / "none"), "--port", str(_free_port())]) == 1
    assert "Lỗi:" in capsys.readouterr().err
