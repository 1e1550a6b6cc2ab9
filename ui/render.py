"""HTML and Markdown for the web UI: answers, citations, document metadata and clause trees.

Pure functions of the assistant's data (no Gradio here), so they are tested directly.
Every piece of text from documents or users is escaped; ``$`` and braces are escaped too,
because Gradio's HTML component treats its value as a template.
"""
from __future__ import annotations

import html
import re
from datetime import date

from corpus import Clause, Document
from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold

PLACEHOLDER_CITATION = ('<div class="hd-empty">Chọn một trích dẫn để xem nguyên văn điều khoản, '
                        'đoạn trả lời được tô đậm.</div>')


def esc(text) -> str:
    """HTML-escape, plus the characters Gradio's HTML templates would interpret."""
    return (html.escape(str(text or ""), quote=True)
            .replace("$", "&#36;").replace("{", "&#123;").replace("}", "&#125;"))


def md_text(text: str) -> str:
    """Text for a Markdown chat message: no raw HTML."""
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def anchor(clause_id: str) -> str:
    """A stable, HTML-safe element id for a clause id ('03-NQ-CP:II.1' -> 'cl-03-NQ-CP_3aII_2e1')."""
    return "cl-" + "".join(c if (c.isascii() and c.isalnum()) or c == "-" else f"_{ord(c):x}" for c in clause_id)


def vn_date(iso: str) -> str:
    """'2025-01-09' -> '09/01/2025'; anything else unchanged."""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return iso or ""


def highlight_span(text: str, span) -> str:
    """Escaped `text` with the span [start, end) inside <mark>; no mark for an invalid span."""
    text = text or ""
    if span:
        s, e = int(span[0]), int(span[1])
        s, e = max(0, s), min(len(text), e)
        if s < e:
            return f"{esc(text[:s])}<mark>{esc(text[s:e])}</mark>{esc(text[e:])}"
    return esc(text)


def highlight_query(text: str, query: str) -> str:
    """Escaped `text` with every accent-insensitive match of `query` inside <mark>."""
    key = " ".join(fold(query or "").split())
    if not key:
        return esc(text)
    folded, offsets = fold_with_offsets(text)
    spans, i = [], folded.find(key)
    while i >= 0 and key:
        spans.append((offsets[i], offsets[i + len(key) - 1] + 1))
        i = folded.find(key, i + len(key))
    if not spans:
        return esc(text)
    out, last = [], 0
    for s, e in spans:
        if s < last:
            continue
        out.append(esc(text[last:s]) + "<mark>" + esc(text[s:e]) + "</mark>")
        last = e
    out.append(esc(text[last:]))
    return "".join(out)


def short_label(clause: Clause, doc: Document | None) -> str:
    """The clause label without the document name ('03/NQ-CP, mục II.1' -> 'mục II.1')."""
    if doc is not None:
        prefix = f"{doc.citation_name}, "
        if clause.label.startswith(prefix):
            return clause.label[len(prefix):]
    return clause.label or ".".join(clause.path)


# -- chat ---------------------------------------------------------------------------------------
def answer_markdown(ans: dict) -> str:
    """The chat message for an answer dict (Answer.to_dict()): text, citations, related clauses."""
    parts = [md_text(ans.get("answer", "")).replace("\n", "  \n")]
    cites = ans.get("citations") or []
    if cites:
        parts.append("**Trích dẫn** (bấm vào để xem nguyên văn ở khung bên phải):")
        parts.append("\n".join(f"- [{c['n']}] {md_text(c['label'])}" for c in cites))
    related = ans.get("related") or []
    if related:
        parts.append("**Có thể liên quan:**")
        parts.append("\n".join(f"- {md_text(c['label'])}: {md_text(_cut(c.get('text', ''), 140))}"
                               for c in related))
    if ans.get("note"):
        parts.append(f"_({md_text(ans['note'])})_")
    return "\n\n".join(parts)


def _cut(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def citation_choices(ans: dict | None) -> list[tuple[str, str]]:
    """(display, value) pairs for the citation picker: 'c<i>' for citations, 'r<i>' for related."""
    if not ans:
        return []
    out = [(f"[{c['n']}] {c['label']}", f"c{i}") for i, c in enumerate(ans.get("citations") or [])]
    out += [(f"Có thể liên quan: {c['label']}", f"r{i}") for i, c in enumerate(ans.get("related") or [])]
    return out


def pick_citation(ans: dict | None, choice: str | None) -> dict | None:
    """The citation dict a picker value names, or None."""
    if not ans or not choice or not re.fullmatch(r"[cr]\d+", str(choice)):
        return None
    items = ans.get("citations" if choice[0] == "c" else "related") or []
    i = int(choice[1:])
    return items[i] if i < len(items) else None


def citation_html(cite: dict, clause: Clause | None, doc: Document | None, related: bool = False) -> str:
    """The citation panel: label, document, path, caveat, ancestors' headings, text with the span marked."""
    head = "Có thể liên quan" if related else f"[{cite.get('n', '')}]"
    rows = [f'<div class="hd-cite-label">{esc(head)} {esc(cite.get("label", ""))}</div>']
    if doc is not None:
        bits = [x for x in (doc.number, vn_date(doc.date), doc.issuer) if x]
        meta = f" ({esc(', '.join(bits))})" if bits else ""
        rows.append(f'<div class="hd-cite-doc">Văn bản: <b>{esc(doc.title)}</b>{meta}</div>')
    elif cite.get("document"):
        rows.append(f'<div class="hd-cite-doc">Văn bản: <b>{esc(cite["document"])}</b></div>')
    path = cite.get("path") or []
    if path:
        rows.append(f'<div class="hd-cite-path">Vị trí: {" › ".join(esc(p) for p in path)}'
                    f' <span class="hd-id">({esc(cite.get("clause_id", ""))})</span></div>')
    caveat = cite.get("caveat") or (doc.caveat if doc else "")
    if caveat:
        rows.append(f'<div class="hd-caveat">Lưu ý: {esc(caveat)}</div>')
    context = list(clause.context) if clause is not None else []
    if context:
        items = "".join(f"<li>{esc(_cut(c, 300))}</li>" for c in context)
        rows.append(f'<div class="hd-context"><div class="hd-small">Thuộc phần:</div><ol>{items}</ol></div>')
    if clause is not None and clause.heading and clause.heading not in cite.get("text", ""):
        rows.append(f'<div class="hd-heading">{esc(clause.heading)}</div>')
    rows.append(f'<div class="hd-cite-text">{highlight_span(cite.get("text", ""), cite.get("highlight"))}</div>')
    if cite.get("clause_text"):         # the passage shown is part of a long clause: the whole one on demand
        rows.append(f'<details class="hd-whole"><summary>Toàn văn điều khoản</summary>'
                    f'<div class="hd-cite-text">{esc(cite["clause_text"])}</div></details>')
    return f'<div class="hd-cite">{"".join(rows)}</div>'


# -- documents ---------------------------------------------------------------------------------
def document_meta_html(doc: Document, n_clauses: int, parent: Document | None = None) -> str:
    """The document's metadata table (số hiệu, ngày, cơ quan ban hành, người ký, nguồn, lưu ý)."""
    missing = '<span class="hd-missing">không ghi</span>'
    rows = [
        ("Số hiệu", esc(doc.number) if doc.number else missing),
        ("Loại văn bản", esc(doc.type) if doc.type else missing),
        ("Ngày", esc(vn_date(doc.date)) if doc.date else missing),
        ("Cơ quan ban hành", esc(doc.issuer) if doc.issuer else missing),
        ("Người ký", esc(doc.signer) if doc.signer else missing),
        ("Nguồn", esc(doc.source) if doc.source else missing),
    ]
    if parent is not None:
        rows.append(("Thuộc văn bản", esc(f"{parent.citation_name} — {parent.title}")))
    rows.append(("Số điều khoản", str(n_clauses)))
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    caveat = f'<div class="hd-caveat">Lưu ý: {esc(doc.caveat)}</div>' if doc.caveat else ""
    return (f'<div class="hd-doc"><div class="hd-doc-title">{esc(doc.title)}</div>'
            f'<table class="hd-meta">{body}</table>{caveat}</div>')


def clause_matches(clause: Clause, query: str) -> bool:
    """Accent-insensitive search over a clause's label, heading and text."""
    key = " ".join(fold(query or "").split())
    if not key:
        return True
    return key in fold(f"{clause.label} {clause.heading} {clause.text}")


def clause_tree_html(doc: Document, clauses: list[Clause], query: str = "", target: str = "") -> tuple[str, int]:
    """The document's clauses indented by path depth; (html, number shown). `target` is marked. A "(1)"
    part shows only as a target: its clause already reads whole."""
    shown = [c for c in clauses if (c.kind != "part" and clause_matches(c, query)) or c.id == target]
    if not shown:
        return (f'<div class="hd-empty">Không có điều khoản nào khớp với “{esc(query)}”.</div>', 0)
    items = []
    for c in shown:
        depth = max(0, len(c.path) - 1)
        classes = ["hd-clause", f"hd-kind-{esc(c.kind)}"] + (["hd-target"] if c.id == target else [])
        heading = ""
        if c.heading and c.heading not in c.text:
            heading = f'<span class="hd-heading">{highlight_query(c.heading, query)}</span> '
        items.append(
            f'<div class="{" ".join(classes)}" id="{anchor(c.id)}" data-clause="{esc(c.id)}" '
            f'style="margin-left:{min(depth, 6) * 1.4:.1f}em">'
            f'<span class="hd-label">{esc(short_label(c, doc))}</span> {heading}'
            f'<span class="hd-text">{highlight_query(c.text, query)}</span></div>')
    note = ""
    if query:
        note = f'<div class="hd-small">{len(shown)} điều khoản khớp với “{esc(query)}”.</div>'
    return f'{note}<div class="hd-tree">{"".join(items)}</div>', len(shown)
