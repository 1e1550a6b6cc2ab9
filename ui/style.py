"""The app's look: CSS for citations, documents and tasks, and a theme with Vietnamese-capable system fonts."""
from __future__ import annotations

import gradio as gr

FONTS = ("system-ui", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "Liberation Sans",
         "DejaVu Sans", "sans-serif")
MONO_FONTS = ("ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace")

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


def theme() -> gr.themes.Base:
    """The default theme with system fonts that have Vietnamese glyphs (nothing fetched from the web)."""
    return gr.themes.Default(font=FONTS, font_mono=MONO_FONTS)
