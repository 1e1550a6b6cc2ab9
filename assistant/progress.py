"""Tasks by the state a progress report's table gives them: "Những nhiệm vụ nào chưa triển khai?", "Có bao nhiêu
nhiệm vụ đã hoàn thành?" are answered with the rows whose progress column ("Tiến độ", "Tình hình thực hiện",
"Trạng thái") says that state, as the table writes it."""
from __future__ import annotations

import re

from assistant.intent import ASKS_CAUSE
from assistant.model import Answer
from corpus import Clause
from corpus.normalize import fold
from corpus.references import referenced_documents

# the column a report writes each task's state in
_STATE_COLUMN = re.compile(r"^(?:tien do|tinh hinh thuc hien|tinh trang|trang thai|ket qua thuc hien|"
                           r"muc do hoan thanh)\b")
_TASK_COLUMN = re.compile(r"^(?:ten )?(?:nhiem vu|noi dung|du an|cong viec)\b")
_LEAD_COLUMN = re.compile(r"^(?:co quan|don vi)? ?chu tri\b")
# "những nhiệm vụ nào …", "có bao nhiêu nhiệm vụ …", "liệt kê các nhiệm vụ …"
_ASKS_TASKS = re.compile(r"\b(?:nhiem vu|viec|du an|de an|noi dung)(?: [a-z0-9]+){0,2} nao\b|"
                         r"\b(?:bao nhieu|may|cac|nhung) (?:nhiem vu|viec|du an|de an)\b|\bliet ke\b")
_COUNTS = re.compile(r"\b(?:bao nhieu|may) (?:nhiem vu|viec|du an|de an)\b")
_STATE_END = re.compile(r"\s*[(;,:].*$")
MOST_LISTED = 15


def state(row: Clause) -> str:
    """The state a table row gives its task ("Chậm tiến độ"), without what follows it ("(đạt 30%)"); empty where
    the row has no progress column."""
    cell = next((v for h, v in row.columns if _STATE_COLUMN.match(fold(h).lower())), "")
    return _STATE_END.sub("", cell).strip()


def stated_rows(clauses: list[Clause]) -> list[tuple[Clause, str]]:
    """The table rows that give their task a state, with that state."""
    return [(c, s) for c in clauses if c.kind == "row" and (s := state(c))]


def answer(assistant, q: str, doc_ids: tuple[str, ...] = ()) -> Answer | None:
    """The tasks in the state the question writes, from the progress table of the document it names (or the one
    loaded document that has one); None where the question asks no tasks, or writes no state a table gives."""
    key = fold(q).lower()
    if not _ASKS_TASKS.search(key) or ASKS_CAUSE.search(key):
        return None
    named = set(referenced_documents(assistant.index.documents, q)) | set(doc_ids)
    rows = assistant.stated_rows
    tables = {c.doc_id for c, _ in rows}
    chosen = tables & named if tables & named else tables if len(tables) == 1 and not doc_ids else set()
    rows = [(c, s) for c, s in rows if c.doc_id in chosen]
    written = {fold(s).lower(): s for _, s in rows}
    asked = max((s for s in written if re.search(rf"\b{re.escape(s)}\b", key)), key=len, default="")
    if not asked:
        return None
    found = [c for c, s in rows if fold(s).lower() == asked]
    lines = []
    for i, row in enumerate(found[:MOST_LISTED], 1):
        cols = {fold(h).lower(): v for h, v in row.columns}
        task = next((v for h, v in cols.items() if _TASK_COLUMN.match(h)), row.heading or row.text[:120])
        lead = next((v for h, v in cols.items() if _LEAD_COLUMN.match(h)), "")
        lines.append(f"{i}. {task}" + (f" (chủ trì: {lead})" if lead else "") + f" [{i}]")
    doc = assistant.index.document(found[0].doc_id)
    source = f" theo {doc.citation_name}" if doc else ""
    head = f"Có {len(found)} nhiệm vụ “{written[asked]}”{source}" + ("." if _COUNTS.search(key) else ":")
    return Answer(question=q, answer="\n".join([head, *lines]), abstained=False, intent="list", confidence=1.0,
                  citations=tuple(assistant.cite(i, c) for i, c in enumerate(found[:MOST_LISTED], 1)))
