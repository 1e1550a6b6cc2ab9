"""The "Hỏi đáp" tab: chat with cited answers, the citation panel, and the answer behind the /ask API."""
from __future__ import annotations

import logging
from types import SimpleNamespace

import gradio as gr

from ui import render
from ui.messages import MSG_ERROR, MSG_GARBAGE, error_html, invalid_answer, validate_question

log = logging.getLogger(__name__)

EXAMPLES = (
    "Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?",
    "Những nhiệm vụ nào phải hoàn thành trong quý II/2025?",
    "Quy mô kinh tế số đến năm 2030 đạt bao nhiêu?",
    "Ai ký Nghị quyết 03/NQ-CP?",
    "Bộ Y tế có những nhiệm vụ nào?",
)
ASK_CONCURRENCY = 4
MSG_LOADING = "Đang nạp mô hình… câu trả lời sẽ hiện ngay khi mô hình sẵn sàng."
MSG_THINKING = "Đang tìm câu trả lời…"


class ChatHandlers:
    """The tab's handlers; `ui.app.Handlers` supplies `assistant`, `warmup`, `max_chars`, `_docs` and
    `open_clause`.

    `Assistant.ask` is called from several worker threads at once (the "ask" concurrency group,
    ASK_CONCURRENCY): its index is read-only after warm-up, and concurrent answers were checked
    to equal sequential ones on the dev set."""

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
            return error_html(), gr.update(interactive=False)

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


def _constant(value):
    """A no-argument handler returning `value` (example buttons)."""
    return lambda: value


def build_chat_tab() -> SimpleNamespace:
    """The "Hỏi đáp" tab's components and its state; call inside the app's `gr.Tabs`."""
    with gr.Tab("Hỏi đáp", id="chat", elem_id="hd-tab-chat"):
        answers = gr.State({})          # the answer of each assistant message, by its index
        current = gr.State(None)        # the answer whose citations are shown
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
    return SimpleNamespace(answers=answers, current=current, chatbot=chatbot, question=question, send=send,
                           clear=clear, example_buttons=example_buttons, cite_pick=cite_pick,
                           cite_view=cite_view, to_doc=to_doc)


def wire_chat(h, c: SimpleNamespace, doc_outputs: list) -> None:
    """The tab's events; "Xem trong văn bản" opens the cited clause into `doc_outputs`."""
    chat_inputs = [c.question, c.chatbot, c.answers]
    chat_outputs = [c.question, c.chatbot, c.answers, c.current, c.cite_pick, c.cite_view, c.to_doc]
    c.send.click(h.chat, chat_inputs, chat_outputs, api_visibility="private",
                 concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
    c.question.submit(h.chat, chat_inputs, chat_outputs, api_visibility="private",
                      concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
    for b, q in zip(c.example_buttons, EXAMPLES):
        b.click(_constant(q), None, c.question, api_visibility="private", queue=False).then(
            h.chat, chat_inputs, chat_outputs, api_visibility="private",
            concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
    c.chatbot.clear(lambda: ({}, None, gr.update(choices=[], value=None), render.PLACEHOLDER_CITATION,
                             gr.update(interactive=False)),
                    None, [c.answers, c.current, c.cite_pick, c.cite_view, c.to_doc], api_visibility="private")
    c.clear.click(lambda: ([], {}, None, gr.update(choices=[], value=None), render.PLACEHOLDER_CITATION,
                           gr.update(interactive=False)),
                  None, [c.chatbot, c.answers, c.current, c.cite_pick, c.cite_view, c.to_doc],
                  api_visibility="private")
    c.cite_pick.input(h.select_citation, [c.cite_pick, c.current], [c.cite_view, c.to_doc], api_visibility="private")
    c.chatbot.select(h.select_message, [c.answers], [c.current, c.cite_pick, c.cite_view, c.to_doc],
                     api_visibility="private")
    c.to_doc.click(h.open_citation, [c.cite_pick, c.current], doc_outputs, api_visibility="private")
