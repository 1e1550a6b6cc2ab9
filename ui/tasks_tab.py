"""The "Nhiệm vụ" tab: tasks filtered by agency, due window, document and overdue state, with CSV/ICS export."""
from __future__ import annotations

import hashlib
import logging
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pandas as pd

from assistant.core import today
from assistant.tasks import WindowError, due_window, parse_window
from corpus.tasks import Task
from ui import exports
from ui.documents_tab import doc_label
from ui.messages import MSG_ERROR

log = logging.getLogger(__name__)

TASK_HEADERS = ["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Tình trạng", "Văn bản / điều khoản"]
ALL_DOCS = "*"


class TaskHandlers:
    """The tab's handlers; `ui.app.Handlers` supplies `assistant`, `documents`, `_export_dir` and `open_clause`."""

    def task_doc_choices(self) -> list[tuple[str, str]]:
        return [("Tất cả văn bản", ALL_DOCS)] + [(doc_label(d, 60), d.id) for d in self.documents if not d.part_of]

    def default_as_of(self) -> str:
        return today(self.assistant.settings).isoformat()

    def query_tasks(self, agency="", date_from="", date_to="", doc_id=ALL_DOCS, as_of="", overdue=False
                    ) -> tuple[list[Task], date, str]:
        """(tasks, as-of date, message) for the filters; a message explains any unreadable filter."""
        problems = []
        try:
            window = due_window(date_from, date_to)
        except WindowError as exc:
            window = None
            problems.append(f"Hạn từ/Hạn đến: {exc}")
        as_of_date = today(self.assistant.settings)
        if (as_of or "").strip():
            w = parse_window(as_of)
            if w is None or w.start is None:
                problems.append(f"không hiểu ngày “{as_of.strip()}” ở ô Quá hạn tính đến (ví dụ: 2025-07-01)")
            else:
                as_of_date = w.start
        doc = "" if doc_id in (None, "", ALL_DOCS) else doc_id
        rows = self.assistant.tasks.query(window=window, agency=(agency or "").strip()[:200], doc_id=doc,
                                          as_of=as_of_date, overdue=bool(overdue))
        msg = f"**Lưu ý:** {'; '.join(problems)} — bộ lọc đó được bỏ qua." if problems else ""
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


def build_tasks_tab(h) -> SimpleNamespace:
    """The "Nhiệm vụ" tab's components and its state; call inside the app's `gr.Tabs`."""
    with gr.Tab("Nhiệm vụ", id="tasks", elem_id="hd-tab-tasks"):
        task_ids = gr.State([])         # the clause id of each row shown
        picked_task = gr.State(None)    # the clause id of the selected row
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
    return SimpleNamespace(task_ids=task_ids, picked_task=picked_task, agency=agency, date_from=date_from,
                           date_to=date_to, task_doc=task_doc, as_of=as_of, overdue=overdue, run_filter=run_filter,
                           open_task=open_task, csv_file=csv_file, ics_file=ics_file, task_info=task_info,
                           table=table, filters=[agency, date_from, date_to, task_doc, as_of, overdue],
                           outputs=[task_info, table, csv_file, ics_file, task_ids, picked_task])


def wire_tasks(h, t: SimpleNamespace, doc_outputs: list) -> None:
    """The tab's events; "Xem điều khoản" opens the selected row's clause into `doc_outputs`."""
    for trigger in (t.run_filter.click, t.agency.submit, t.date_from.submit, t.date_to.submit, t.as_of.submit,
                    t.task_doc.input, t.overdue.input):
        trigger(h.filter_tasks, t.filters, t.outputs, api_visibility="private").then(
            lambda: gr.update(interactive=False), None, t.open_task, api_visibility="private")
    t.table.select(h.select_task, [t.task_ids], [t.picked_task, t.open_task], api_visibility="private")
    t.open_task.click(h.open_task, [t.picked_task], doc_outputs, api_visibility="private")
