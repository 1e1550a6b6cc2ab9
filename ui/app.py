"""The web UI (Gradio): Hỏi đáp, Văn bản, Nhiệm vụ and Học tập tabs over one `Assistant`.

`build_app(assistant)` returns the `gr.Blocks`; `launch_app(demo, host, port)` serves it on the
given address only (no share link, no analytics, no MCP, no monitoring endpoint). The handlers
live in `Handlers` as plain methods, so tests call them without a browser. Besides the UI there
is one API endpoint for scripts: ``/ask`` (question -> ``Answer.to_dict()``), usable with
``gradio_client.Client(url).predict(question, api_name="/ask")``.
"""
from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"    # before gradio is imported

import hashlib
import logging
import tempfile
import threading
import time
import unicodedata
from datetime import date
from pathlib import Path

import gradio as gr
import pandas as pd

from assistant.core import today
from assistant.tasks import Window, parse_window
from corpus import Clause, Document
from corpus.tasks import Task
from ui import exports, learning, render

log = logging.getLogger(__name__)

TITLE = "hoidap — Hỏi đáp có trích dẫn về Nghị quyết 57-NQ/TW"
EXAMPLES = (
    "Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?",
    "Những nhiệm vụ nào phải hoàn thành trong quý II/2025?",
    "Quy mô kinh tế số đến năm 2030 đạt bao nhiêu?",
    "Ai ký Nghị quyết 03/NQ-CP?",
    "Bộ Y tế có những nhiệm vụ nào?",
)
TASK_HEADERS = ["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Tình trạng", "Văn bản / điều khoản"]
ALL_DOCS = "*"
ASK_CONCURRENCY = 4
FONTS = ("system-ui", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "Liberation Sans",
         "DejaVu Sans", "sans-serif")
MONO_FONTS = ("ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace")

MSG_EMPTY = "Vui lòng nhập câu hỏi về các văn bản đã nạp."
MSG_TOO_LONG = "Câu hỏi dài {n:,} ký tự, vượt giới hạn {limit:,} ký tự. Vui lòng rút gọn câu hỏi."
MSG_GARBAGE = ("Câu hỏi có ký tự không đọc được (dữ liệu nhị phân hoặc ký tự điều khiển). "
               "Vui lòng nhập câu hỏi bằng chữ.")
MSG_NO_LETTERS = "Câu hỏi chưa có chữ nào để tìm. Vui lòng nhập câu hỏi bằng chữ."
MSG_ERROR = "Đã có lỗi khi trả lời, vui lòng thử lại."
MSG_LOADING = "Đang nạp mô hình… câu trả lời sẽ hiện ngay khi mô hình sẵn sàng."
MSG_THINKING = "Đang tìm câu trả lời…"

CSS = """
.hd-cite, .hd-doc { line-height: 1.5; }
.hd-cite-label { font-weight: 600; font-size: 1.05em; margin-bottom: .3em; }
.hd-cite-doc, .hd-cite-path { margin-bottom: .2em; }
.hd-cite-text { margin-top: .5em; padding: .6em .8em; border-left: 4px solid #f97316;
                background: rgba(249,115,22,.06); white-space: pre-wrap; }
.hd-cite mark, .hd-tree mark { background: #fde047; color: #111; padding: 0 .1em; }
.hd-caveat { margin: .4em 0; padding: .4em .6em; border: 1px solid #f59e0b; border-radius: 6px;
             background: rgba(245,158,11,.1); }
.hd-context ol { margin: .2em 0 .2em 1.2em; padding: 0; }
.hd-small, .hd-id, .hd-missing { color: #6b7280; font-size: .9em; }
.hd-heading { font-weight: 600; }
.hd-doc-title { font-weight: 600; font-size: 1.1em; margin-bottom: .4em; }
.hd-meta th { text-align: left; padding-right: 1em; white-space: nowrap; vertical-align: top; }
.hd-tree { max-height: 70vh; overflow-y: auto; padding-right: .5em; }
.hd-clause { padding: .35em .5em; border-bottom: 1px solid rgba(128,128,128,.18); }
.hd-label { display: inline-block; font-size: .85em; color: #c2410c; margin-right: .3em; }
.hd-target { background: rgba(250,204,21,.25); outline: 2px solid #eab308; border-radius: 4px; }
.hd-kind-heading { font-weight: 600; }
.hd-empty { color: #6b7280; padding: .5em 0; }
#hd-task-table, #hd-task-table * { font-family: var(--font); }
"""

# Scrolls the marked clause into view whenever the tree is (re)rendered; the tab may still be
# switching, hence a few retries.
SCROLL_JS = """
const hdScroll = () => {
  let tries = 0;
  const go = () => {
    const t = element.querySelector('.hd-target');
    if (t && t.offsetParent !== null) { t.scrollIntoView({block: 'center'}); return; }
    if (++tries < 20) setTimeout(go, 100);
  };
  go();
};
hdScroll();
watch('value', hdScroll);
"""


# -- input checks -----------------------------------------------------------------------------
def validate_question(text, max_chars: int = 2000) -> tuple[str, str]:
    """(question, "") if usable, else ("", a polite Vietnamese message)."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        return "", MSG_GARBAGE
    text = unicodedata.normalize("NFC", text)
    stripped = text.strip()
    if not stripped:
        return "", MSG_EMPTY
    if len(stripped) > max_chars:
        return "", MSG_TOO_LONG.format(n=len(stripped), limit=max_chars).replace(",", ".")
    bad = sum(1 for ch in stripped if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    if "\x00" in stripped or "\ufffd" in stripped or bad > max(2, len(stripped) // 10):
        return "", MSG_GARBAGE
    if not any(ch.isalpha() for ch in stripped):
        return "", MSG_NO_LETTERS
    return stripped, ""


def invalid_answer(question: str, message: str) -> dict:
    """An Answer-shaped dict for a question that was refused (the API returns it)."""
    return {"question": question[:200] if isinstance(question, str) else "", "answer": message, "abstained": True,
            "citations": [], "related": [], "intent": "invalid", "confidence": 0.0, "generator": "",
            "note": message, "timings_ms": {}, "error": message}


# -- model warm-up -------------------------------------------------------------------------------
class Warmup:
    """Runs `assistant.warm_up()` once in a background thread and reports its state."""

    def __init__(self, assistant):
        self.assistant = assistant
        self.state = "loading"          # loading | ready | failed
        self.error = ""
        self.seconds = 0.0
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "Warmup":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hoidap-warmup", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        t0 = time.perf_counter()
        try:
            self.assistant.warm_up()
            self.state = "ready"
        except Exception as exc:     # reported in the status line; questions still try
            log.exception("warm-up failed")
            self.error = str(exc)
            self.state = "failed"
        finally:
            self.seconds = time.perf_counter() - t0
            self._done.set()
            log.info("warm-up %s in %.1f s", self.state, self.seconds)

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def status(self) -> str:
        idx = self.assistant.index
        counts = f"{len(idx.documents)} văn bản, {len(idx.clauses)} điều khoản"
        if self.state == "loading":
            return f"**Trạng thái:** Đang nạp mô hình… ({counts})"
        if self.state == "failed":
            return f"**Trạng thái:** Không nạp được mô hình ({render.md_text(self.error)[:200]}); câu hỏi có thể lỗi."
        return f"**Trạng thái:** Sẵn sàng — {counts}."


# -- handlers ------------------------------------------------------------------------------------
class Handlers:
    """Everything the UI does, as plain methods over one assistant.

    `Assistant.ask` is called from several worker threads at once (the "ask" concurrency group,
    ASK_CONCURRENCY): its index is read-only after warm-up, and concurrent answers were checked
    to equal sequential ones on the dev set."""

    def __init__(self, assistant, warmup: Warmup | None = None):
        self.assistant = assistant
        self.warmup = warmup or Warmup(assistant)
        self.max_chars = assistant.settings.max_question_chars
        self._export_dir = Path(tempfile.mkdtemp(prefix="hoidap-export-"))
        self.documents: list[Document] = list(assistant.index.documents)
        self._docs = {d.id: d for d in self.documents}
        self._clauses_of: dict[str, list[Clause]] = {}
        for c in assistant.index.clauses:
            self._clauses_of.setdefault(c.doc_id, []).append(c)

    # ---- asking -----------------------------------------------------------------------------
    def answer(self, question) -> dict:
        """One question -> an Answer dict (validated; errors become a polite answer)."""
        q, problem = validate_question(question, self.max_chars)
        if problem:
            return invalid_answer(question if isinstance(question, str) else "", problem)
        self.warmup.wait(timeout=300)
        try:
            return self.assistant.ask(q).to_dict()
        except Exception:
            log.exception("ask failed for %r", q[:200])
            return invalid_answer(q, MSG_ERROR)

    def api_ask(self, question: str) -> dict:
        """API endpoint /ask: a question in, the answer as a JSON object out (Answer.to_dict())."""
        return self.answer(question)

    def chat(self, question, history, answers):
        """Chat handler (a generator): shows a pending message first, then the answer.

        Yields (question box, chat history, answers by message index, current answer,
        citation picker, citation panel, "see in document" button). Never raises."""
        try:
            yield from self._chat(question, history, answers)
        except Exception:
            log.exception("chat handler failed")
            history = [m for m in (history or [])] + [{"role": "assistant", "content": MSG_ERROR}]
            yield (gr.update(), history, answers or {}, None, gr.update(choices=[], value=None),
                   render.PLACEHOLDER_CITATION, gr.update(interactive=False))

    def _chat(self, question, history, answers):
        history = list(history or [])
        answers = dict(answers or {})
        q, problem = validate_question(question, self.max_chars)
        if problem:
            shown = question if isinstance(question, str) and question.strip() and len(question) <= 300 else ""
            if shown and problem == MSG_GARBAGE:
                shown = ""
            if shown:
                history.append({"role": "user", "content": render.md_text(shown)})
            history.append({"role": "assistant", "content": problem})
            yield self._chat_out(question, history, answers, None)
            return
        history.append({"role": "user", "content": render.md_text(q)})
        history.append({"role": "assistant", "content": MSG_THINKING if self.warmup.ready else MSG_LOADING})
        yield ("", list(history), answers, None, gr.update(choices=[], value=None),
               render.PLACEHOLDER_CITATION, gr.update(interactive=False))
        ans = self.answer(q)
        history[-1] = {"role": "assistant", "content": render.answer_markdown(ans)}
        answers[len(history) - 1] = ans
        yield self._chat_out("", history, answers, ans)

    def _chat_out(self, box, history, answers, ans):
        choices = render.citation_choices(ans)
        first = choices[0][1] if choices else None
        panel, can_open = self.citation_panel(ans, first)
        return (box, history, answers, ans, gr.update(choices=choices, value=first), panel,
                gr.update(interactive=can_open))

    def citation_panel(self, ans: dict | None, choice: str | None) -> tuple[str, bool]:
        """(HTML of the chosen citation, whether it has a clause to open in its document)."""
        cite = render.pick_citation(ans, choice)
        if cite is None:
            return render.PLACEHOLDER_CITATION, False
        clause = self.assistant.clause(cite.get("clause_id", "")) if cite.get("clause_id") else None
        doc = self._docs.get(cite.get("doc_id", ""))
        return render.citation_html(cite, clause, doc, related=str(choice).startswith("r")), bool(doc)

    def select_citation(self, choice, ans):
        try:
            panel, can_open = self.citation_panel(ans, choice)
            return panel, gr.update(interactive=can_open)
        except Exception:
            log.exception("citation panel failed")
            return _error_html(), gr.update(interactive=False)

    def select_message(self, answers, evt: gr.SelectData):
        """Clicking an earlier answer in the chat shows its citations."""
        try:
            idx = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            ans = (answers or {}).get(int(idx))
        except (TypeError, ValueError):
            ans = None
        if ans is None:
            return gr.update(), gr.update(), gr.update(), gr.update()
        choices = render.citation_choices(ans)
        first = choices[0][1] if choices else None
        panel, can_open = self.citation_panel(ans, first)
        return ans, gr.update(choices=choices, value=first), panel, gr.update(interactive=can_open)

    def open_citation(self, choice, ans):
        """'Xem trong văn bản': the Văn bản tab at the cited clause (or the document's top)."""
        cite = render.pick_citation(ans, choice)
        if cite is None:
            return (gr.update(),) * 6
        return self.open_clause(cite.get("clause_id") or "", cite.get("doc_id", ""))

    # ---- documents --------------------------------------------------------------------------
    def doc_choices(self) -> list[tuple[str, str]]:
        return [(f"{d.citation_name} — {_cut(d.title, 90)}", d.id) for d in self.documents]

    def show_document(self, doc_id: str, query: str = "", target: str = "") -> tuple[str, str]:
        """(metadata HTML, clause tree HTML) of one document, filtered by `query`."""
        try:
            doc = self._docs.get(doc_id or "")
            if doc is None:
                return '<div class="hd-empty">Chọn một văn bản.</div>', ""
            clauses = self._clauses_of.get(doc.id, [])
            meta = render.document_meta_html(doc, len(clauses), self._docs.get(doc.part_of))
            tree, _ = render.clause_tree_html(doc, clauses, (query or "")[:200], target)
            return meta, tree
        except Exception:
            log.exception("document view failed")
            return _error_html(), ""

    def open_clause(self, clause_id: str, doc_id: str = ""):
        """Outputs (tabs, document picker, search box, clause box, metadata, tree) for a clause id."""
        clause_id = (clause_id or "").strip()
        clause = self.assistant.clause(clause_id) if clause_id else None
        if clause is None and clause_id and ":" not in clause_id and clause_id in self._docs:
            doc_id, clause_id = clause_id, ""
        if clause is not None:
            doc_id = clause.doc_id
        if doc_id not in self._docs:
            msg = f'<div class="hd-empty">Không có điều khoản mã “{render.esc(clause_id)}”.</div>'
            return gr.update(selected="docs"), gr.update(), gr.update(), gr.update(), msg, ""
        meta, tree = self.show_document(doc_id, "", clause.id if clause else "")
        return (gr.update(selected="docs"), gr.update(value=doc_id), gr.update(value=""),
                gr.update(value=clause.id if clause else ""), meta, tree)

    # ---- tasks ------------------------------------------------------------------------------
    def task_doc_choices(self) -> list[tuple[str, str]]:
        return [("Tất cả văn bản", ALL_DOCS)] + [(f"{d.citation_name} — {_cut(d.title, 60)}", d.id)
                                                 for d in self.documents if not d.part_of]

    def default_as_of(self) -> str:
        return today(self.assistant.settings).isoformat()

    def query_tasks(self, agency="", date_from="", date_to="", doc_id=ALL_DOCS, as_of="", overdue=False
                    ) -> tuple[list[Task], date, str]:
        """(tasks, as-of date, message) for the filters; a message explains any unreadable filter."""
        problems = []
        window = None
        start = end = None
        if (date_from or "").strip():
            w = parse_window(date_from)
            if w is None:
                problems.append(f"không hiểu mốc “{date_from.strip()}” ở ô Từ")
            else:
                start = w.start
        if (date_to or "").strip():
            w = parse_window(date_to)
            if w is None:
                problems.append(f"không hiểu mốc “{date_to.strip()}” ở ô Đến")
            else:
                end = w.end
        if start or end:
            window = Window(start, end, f"{date_from or ''} – {date_to or ''}")
        as_of_date = today(self.assistant.settings)
        if (as_of or "").strip():
            w = parse_window(as_of)
            if w is None or w.start is None:
                problems.append(f"không hiểu ngày “{as_of.strip()}” ở ô Quá hạn tính đến")
            else:
                as_of_date = w.start
        doc = "" if doc_id in (None, "", ALL_DOCS) else doc_id
        rows = self.assistant.tasks.query(window=window, agency=(agency or "").strip()[:200], doc_id=doc,
                                          as_of=as_of_date, overdue=bool(overdue))
        msg = ""
        if problems:
            msg = ("**Lưu ý:** " + "; ".join(problems) +
                   ". Hãy nhập ví dụ 2025-04-01, 6/2025 hoặc quý II/2025 (bộ lọc đó được bỏ qua).")
        return rows, as_of_date, msg

    def task_rows(self, tasks: list[Task], as_of: date) -> list[list[str]]:
        out = []
        for t in tasks:
            d = t.deadline
            due = exports.due_date(t)
            state = "—" if due is None else ("Quá hạn" if due < as_of else "Còn hạn")
            out.append([t.action, ", ".join(t.lead) or t.lead_text or "chưa rõ", ", ".join(t.coordinators),
                        d.text if d else "không ghi", state, t.label])
        return out

    def export_files(self, tasks: list[Task]) -> tuple[Path, Path]:
        """CSV and ICS files of these rows; one folder per distinct row set, reused (bounded disk use)."""
        digest = hashlib.sha1("\n".join(t.id for t in tasks).encode("utf-8")).hexdigest()[:16]
        folder = self._export_dir / digest
        csv_path, ics_path = folder / "nhiem-vu.csv", folder / "nhiem-vu.ics"
        if not (csv_path.is_file() and ics_path.is_file()):
            exports.write_exports(tasks, folder)
        return csv_path, ics_path

    def filter_tasks(self, agency, date_from, date_to, doc_id, as_of, overdue):
        """Outputs (summary, table, CSV file, ICS file, task ids shown)."""
        try:
            tasks, as_of_date, msg = self.query_tasks(agency, date_from, date_to, doc_id, as_of, overdue)
            table = pd.DataFrame(self.task_rows(tasks, as_of_date), columns=TASK_HEADERS)
            csv_path, ics_path = self.export_files(tasks)
            with_due = sum(1 for t in tasks if exports.due_date(t))
            summary = (f"**{len(tasks)} nhiệm vụ** ({with_due} có hạn cụ thể; tình trạng tính đến "
                       f"{as_of_date.strftime('%d/%m/%Y')}). Chọn một dòng rồi bấm “Xem điều khoản”.")
            if msg:
                summary = f"{msg}\n\n{summary}"
            return (summary, table, gr.update(value=str(csv_path), interactive=True),
                    gr.update(value=str(ics_path), interactive=bool(with_due)), [t.clause_id for t in tasks], None)
        except Exception:
            log.exception("task filter failed")
            return (MSG_ERROR, pd.DataFrame([], columns=TASK_HEADERS), gr.update(interactive=False),
                    gr.update(interactive=False), [], None)

    def select_task(self, task_ids, evt: gr.SelectData):
        try:
            row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            clause_id = (task_ids or [])[int(row)]
        except (TypeError, ValueError, IndexError):
            return None, gr.update(interactive=False)
        return clause_id, gr.update(interactive=True)

    def open_task(self, clause_id):
        if not clause_id:
            return (gr.update(),) * 6
        return self.open_clause(clause_id)


def _constant(value):
    """A no-argument handler returning `value` (example buttons)."""
    return lambda: value


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _error_html() -> str:
    return f'<div class="hd-empty">{MSG_ERROR}</div>'


# -- layout --------------------------------------------------------------------------------------
def build_app(assistant, warmup: Warmup | None = None) -> gr.Blocks:
    """The Gradio app over `assistant`; starts the model warm-up in the background."""
    h = Handlers(assistant, (warmup or Warmup(assistant)).start())
    first_doc = h.documents[0].id if h.documents else None

    with gr.Blocks(title="hoidap — Hỏi đáp NQ 57-NQ/TW", analytics_enabled=False,
                   delete_cache=(3600, 7200)) as demo:
        gr.Markdown(f"## {TITLE}\nTrả lời chỉ từ các văn bản đã nạp; mỗi câu trả lời kèm trích dẫn điều khoản.")
        status = gr.Markdown(h.warmup.status(), elem_id="hd-status")
        timer = gr.Timer(1.0, active=not h.warmup.ready)
        answers = gr.State({})
        current = gr.State(None)
        task_ids = gr.State([])
        picked_task = gr.State(None)

        with gr.Tabs(selected="chat") as tabs:
            with gr.Tab("Hỏi đáp", id="chat", elem_id="hd-tab-chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="Hội thoại", height=480, elem_id="hd-chat",
                                             feedback_options=None, buttons=["copy", "copy_all"],
                                             placeholder="Hãy đặt câu hỏi về Nghị quyết 57-NQ/TW và các văn bản "
                                                         "triển khai.")
                        question = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: " + EXAMPLES[0], lines=2,
                                              max_lines=6, elem_id="hd-question")
                        with gr.Row():
                            send = gr.Button("Gửi câu hỏi", variant="primary", elem_id="hd-send")
                            clear = gr.Button("Xóa hội thoại", elem_id="hd-clear")
                        gr.Markdown("**Câu hỏi mẫu** (bấm để hỏi):")
                        with gr.Row():
                            example_buttons = [gr.Button(q, size="sm", elem_classes=["hd-example"]) for q in EXAMPLES]
                    with gr.Column(scale=2):
                        cite_pick = gr.Radio(label="Trích dẫn", choices=[], elem_id="hd-cite-pick")
                        cite_view = gr.HTML(render.PLACEHOLDER_CITATION, elem_id="hd-cite-view")
                        to_doc = gr.Button("Xem trong văn bản", interactive=False, elem_id="hd-to-doc")

            with gr.Tab("Văn bản", id="docs", elem_id="hd-tab-docs"):
                with gr.Row():
                    doc_pick = gr.Dropdown(h.doc_choices(), value=first_doc, label="Văn bản", scale=3,
                                           elem_id="hd-doc-pick")
                    search = gr.Textbox(label="Tìm trong văn bản (có dấu hoặc không dấu)", scale=2,
                                        placeholder="ví dụ: cong nghe chien luoc", elem_id="hd-doc-search")
                    goto = gr.Textbox(label="Đi tới điều khoản (mã)", scale=2,
                                      placeholder="ví dụ: 03-NQ-CP-PL:PLII.III.44", elem_id="hd-goto")
                meta0, tree0 = h.show_document(first_doc) if first_doc else ("", "")
                doc_meta = gr.HTML(meta0, elem_id="hd-doc-meta")
                doc_tree = gr.HTML(tree0, elem_id="hd-doc-tree", js_on_load=SCROLL_JS)

            with gr.Tab("Nhiệm vụ", id="tasks", elem_id="hd-tab-tasks"):
                with gr.Row():
                    agency = gr.Textbox(label="Cơ quan (chủ trì hoặc phối hợp)", placeholder="ví dụ: Bộ Y tế",
                                        elem_id="hd-agency")
                    date_from = gr.Textbox(label="Hạn từ", placeholder="2025-04-01, 4/2025, quý II/2025",
                                           elem_id="hd-from")
                    date_to = gr.Textbox(label="Hạn đến", placeholder="2025-06-30, 6/2025, quý II/2025",
                                         elem_id="hd-to")
                with gr.Row():
                    task_doc = gr.Dropdown(h.task_doc_choices(), value=ALL_DOCS, label="Văn bản", elem_id="hd-task-doc")
                    as_of = gr.Textbox(h.default_as_of(), label="Quá hạn tính đến ngày", elem_id="hd-as-of")
                    overdue = gr.Checkbox(False, label="Chỉ nhiệm vụ quá hạn", elem_id="hd-overdue")
                with gr.Row():
                    run_filter = gr.Button("Lọc", variant="primary", elem_id="hd-filter")
                    open_task = gr.Button("Xem điều khoản", interactive=False, elem_id="hd-open-task")
                    csv_file = gr.DownloadButton("Tải CSV", interactive=False, elem_id="hd-csv")
                    ics_file = gr.DownloadButton("Tải lịch ICS", interactive=False, elem_id="hd-ics")
                task_info = gr.Markdown(elem_id="hd-task-info")
                table = gr.Dataframe(headers=TASK_HEADERS, datatype="str", interactive=False, wrap=True,
                                     max_height=640, elem_id="hd-task-table",
                                     column_widths=["38%", "16%", "16%", "10%", "7%", "13%"])

            learn = learning.build_tab(assistant)           # Học tập: study questions, scored in the page

        # chat
        chat_outputs = [question, chatbot, answers, current, cite_pick, cite_view, to_doc]
        send.click(h.chat, [question, chatbot, answers], chat_outputs, api_visibility="private",
                   concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
        question.submit(h.chat, [question, chatbot, answers], chat_outputs, api_visibility="private",
                        concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
        for b, q in zip(example_buttons, EXAMPLES):
            b.click(_constant(q), None, question, api_visibility="private", queue=False).then(
                h.chat, [question, chatbot, answers], chat_outputs, api_visibility="private",
                concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
        chatbot.clear(lambda: ({}, None, gr.update(choices=[], value=None), render.PLACEHOLDER_CITATION,
                               gr.update(interactive=False)),
                      None, [answers, current, cite_pick, cite_view, to_doc], api_visibility="private")
        clear.click(lambda: ([], {}, None, gr.update(choices=[], value=None), render.PLACEHOLDER_CITATION,
                             gr.update(interactive=False)),
                    None, [chatbot, answers, current, cite_pick, cite_view, to_doc], api_visibility="private")
        cite_pick.input(h.select_citation, [cite_pick, current], [cite_view, to_doc], api_visibility="private")
        chatbot.select(h.select_message, [answers], [current, cite_pick, cite_view, to_doc],
                       api_visibility="private")
        doc_outputs = [tabs, doc_pick, search, goto, doc_meta, doc_tree]
        to_doc.click(h.open_citation, [cite_pick, current], doc_outputs, api_visibility="private")

        # documents
        doc_pick.input(lambda d: h.show_document(d) + ("",), [doc_pick], [doc_meta, doc_tree, goto],
                       api_visibility="private")
        search.input(lambda d, q: h.show_document(d, q), [doc_pick, search], [doc_meta, doc_tree],
                     api_visibility="private", trigger_mode="always_last")
        goto.submit(h.open_clause, [goto], doc_outputs, api_visibility="private")

        # tasks
        filters = [agency, date_from, date_to, task_doc, as_of, overdue]
        task_outputs = [task_info, table, csv_file, ics_file, task_ids, picked_task]
        for trigger in (run_filter.click, agency.submit, date_from.submit, date_to.submit, as_of.submit,
                        task_doc.input, overdue.input):
            trigger(h.filter_tasks, filters, task_outputs, api_visibility="private").then(
                lambda: gr.update(interactive=False), None, open_task, api_visibility="private")
        table.select(h.select_task, [task_ids], [picked_task, open_task], api_visibility="private")
        open_task.click(h.open_task, [picked_task], doc_outputs, api_visibility="private")

        # status line and start-up
        def tick():
            return h.warmup.status(), gr.Timer(active=not h.warmup.ready)
        timer.tick(tick, None, [status, timer], api_visibility="private", queue=False)
        demo.load(tick, None, [status, timer], api_visibility="private", queue=False)
        demo.load(h.filter_tasks, filters, task_outputs, api_visibility="private")

        gr.api(h.api_ask, api_name="ask", concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)

    demo.hoidap_handlers = h            # for tests and the load script
    demo.hoidap_learning = learn
    return demo


def theme() -> gr.themes.Base:
    """The default theme with system fonts that have Vietnamese glyphs (nothing fetched from the web)."""
    return gr.themes.Default(font=FONTS, font_mono=MONO_FONTS)


def launch_app(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, block: bool = True, **kwargs):
    """Serve on host:port only: no share link, no analytics, no MCP or monitoring endpoints."""
    demo.queue(max_size=256, default_concurrency_limit=4)
    result = demo.launch(server_name=host, server_port=port, share=False, inbrowser=False, quiet=True,
                         prevent_thread_lock=True, footer_links=["api"], run_history=False,
                         enable_monitoring=False, mcp_server=False, ssr_mode=False, css=CSS,
                         pwa=False, theme=theme(), **kwargs)
    if block:
        demo.block_thread()
    return result


__all__ = ["build_app", "launch_app", "Handlers", "Warmup", "validate_question", "EXAMPLES", "TASK_HEADERS"]
