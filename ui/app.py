"""The web UI (Gradio): Hỏi đáp, Văn bản, Nhiệm vụ and Học tập tabs over one `Assistant`.

`build_app(assistant)` returns the `gr.Blocks`; `launch_app(demo, host, port)` serves it on the
given address only (no share link, no analytics, no MCP, no monitoring endpoint). Each tab lives in
its own module (`chat_tab`, `documents_tab`, `tasks_tab`, `learning`); their handlers are plain
methods of `Handlers`, so tests call them without a browser. Besides the UI there is one API
endpoint for scripts: ``/ask`` (question -> ``Answer.to_dict()``), usable with
``gradio_client.Client(url).predict(question, api_name="/ask")``.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from corpus import Clause, Document
from ui import learning
from ui.chat_tab import ASK_CONCURRENCY, EXAMPLES, MSG_LOADING, ChatHandlers, build_chat_tab, wire_chat
from ui.documents_tab import DocumentHandlers, build_documents_tab, wire_documents
from ui.messages import MSG_ERROR, validate_question
from ui.style import CSS, theme
from ui.tasks_tab import TASK_HEADERS, TaskHandlers, build_tasks_tab, wire_tasks
from ui.warmup import Warmup

TITLE = "hoidap — Hỏi đáp có trích dẫn về Nghị quyết 57-NQ/TW"


class Handlers(ChatHandlers, DocumentHandlers, TaskHandlers):
    """Everything the UI does, as plain methods over one assistant (the tabs' handlers share this state)."""

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


def build_app(assistant, warmup: Warmup | None = None) -> gr.Blocks:
    """The Gradio app over `assistant`; starts the model warm-up in the background."""
    h = Handlers(assistant, (warmup or Warmup(assistant)).start())
    first_doc = h.documents[0].id if h.documents else None

    with gr.Blocks(title="hoidap — Hỏi đáp NQ 57-NQ/TW", analytics_enabled=False,
                   delete_cache=(3600, 7200)) as demo:
        gr.Markdown(f"## {TITLE}\nTrả lời chỉ từ các văn bản đã nạp; mỗi câu trả lời kèm trích dẫn điều khoản.")
        status = gr.Markdown(h.warmup.status(), elem_id="hd-status")
        timer = gr.Timer(1.0, active=not h.warmup.ready)

        with gr.Tabs(selected="chat") as tabs:
            chat = build_chat_tab()
            docs = build_documents_tab(h, first_doc)
            tasks = build_tasks_tab(h)
            learn = learning.build_tab(assistant)           # Học tập: study questions, scored in the page

        doc_outputs = [tabs, docs.doc_pick, docs.search, docs.goto, docs.doc_meta, docs.doc_tree]
        wire_chat(h, chat, doc_outputs)
        wire_documents(h, docs, doc_outputs)
        wire_tasks(h, tasks, doc_outputs)

        # status line and start-up
        def tick():
            return h.warmup.status(), gr.Timer(active=not h.warmup.ready)
        timer.tick(tick, None, [status, timer], api_visibility="private", queue=False)
        demo.load(tick, None, [status, timer], api_visibility="private", queue=False)
        demo.load(h.filter_tasks, tasks.filters, tasks.outputs, api_visibility="private")

        gr.api(h.api_ask, api_name="ask", concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)

    demo.hoidap_handlers = h            # for tests and the load script
    demo.hoidap_learning = learn
    return demo


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


__all__ = ["build_app", "launch_app", "Handlers", "Warmup", "validate_question", "EXAMPLES", "TASK_HEADERS",
           "MSG_ERROR", "MSG_LOADING"]
