"""The "Văn bản" tab: a document's metadata and clause tree, searchable, opened at a given clause."""
from __future__ import annotations

import logging
from types import SimpleNamespace

import gradio as gr

from ui import render
from ui.messages import error_html

log = logging.getLogger(__name__)

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


def doc_label(doc, n: int) -> str:
    """'<citation name> — <title cut to n characters>' for a document picker."""
    title = doc.title if len(doc.title) <= n else doc.title[: n - 1].rstrip() + "…"
    return f"{doc.citation_name} — {title}"


class DocumentHandlers:
    """The tab's handlers; `ui.app.Handlers` supplies `assistant`, `documents`, `_docs` and `_clauses_of`."""

    def doc_choices(self) -> list[tuple[str, str]]:
        return [(doc_label(d, 90), d.id) for d in self.documents]

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
            return error_html(), ""

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


def build_documents_tab(h, first_doc: str | None) -> SimpleNamespace:
    """The "Văn bản" tab's components; call inside the app's `gr.Tabs`."""
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
    return SimpleNamespace(doc_pick=doc_pick, search=search, goto=goto, doc_meta=doc_meta, doc_tree=doc_tree)


def wire_documents(h, d: SimpleNamespace, doc_outputs: list) -> None:
    """The tab's events; `doc_outputs` are what `open_clause` returns into (the tabs first)."""
    d.doc_pick.input(lambda doc: h.show_document(doc) + ("",), [d.doc_pick], [d.doc_meta, d.doc_tree, d.goto],
                     api_visibility="private")
    d.search.input(lambda doc, q: h.show_document(doc, q), [d.doc_pick, d.search], [d.doc_meta, d.doc_tree],
                   api_visibility="private", trigger_mode="always_last")
    d.goto.submit(h.open_clause, [d.goto], doc_outputs, api_visibility="private")
