"""CSV and iCalendar (RFC 5545) exports of task rows, shared by the web UI and (later) the CLI.

Both writers return text; ``write_exports`` puts them in files for a download button.
The ICS has one all-day VEVENT per task with a due date: DTSTART is the end of the task's
due interval (the last day it may be done), SUMMARY the action (truncated), DESCRIPTION the
lead agencies and the clause label. Text values are escaped (backslash, comma, semicolon,
newline), lines end with CRLF and lines longer than 75 octets are folded.
"""
from __future__ import annotations

import csv
import io
import logging
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from corpus.tasks import Task

log = logging.getLogger(__name__)

CSV_COLUMNS = ("mã", "nhiệm vụ", "chủ trì", "phối hợp", "kết quả", "thời hạn", "hạn từ", "hạn đến",
               "văn bản", "điều khoản", "mã điều khoản")
SUMMARY_CHARS = 120
PRODID = "-//hoidap//Nhiem vu NQ 57-NQ/TW//VI"


def due_date(task: Task) -> date | None:
    """The last day of a task's due interval, or None if it has no concrete due date."""
    d = task.deadline
    if d is None or d.kind != "due" or d.end is None:
        return None
    return d.end


def task_row(task: Task) -> list[str]:
    """One CSV row (the columns of CSV_COLUMNS)."""
    d = task.deadline
    return [
        task.id, task.action, ", ".join(task.lead) or task.lead_text, ", ".join(task.coordinators), task.result,
        d.text if d else "",
        d.start.isoformat() if d and d.start else "", d.end.isoformat() if d and d.end else "",
        task.doc_id, task.label, task.clause_id,
    ]


def tasks_to_csv(tasks: Iterable[Task]) -> str:
    """CSV text (header + one row per task), written with the csv module."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for t in tasks:
        writer.writerow(task_row(t))
    return buf.getvalue()


def ics_escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(ch for ch in text if ch == "\t" or ord(ch) >= 32 and ord(ch) != 127)


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line to at most `limit` octets per line, never splitting a UTF-8 character."""
    if len(line.encode("utf-8")) <= limit:
        return line
    parts: list[str] = []
    current, size = "", 0
    budget = limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > budget:
            parts.append(current)
            current, size = "", 0
            budget = limit - 1                  # continuation lines start with one space
        current += ch
        size += n
    parts.append(current)
    return "\r\n ".join(parts)


def _truncate(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tasks_to_ics(tasks: Iterable[Task], stamp: datetime | None = None) -> str:
    """An iCalendar with one all-day event per task that has a due date."""
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    dtstamp = stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for t in tasks:
        due = due_date(t)
        if due is None:
            continue
        lead = ", ".join(t.lead) or t.lead_text or "chưa rõ"
        description = f"Chủ trì: {lead}\nĐiều khoản: {t.label}"
        if t.deadline is not None:
            description += f"\nThời hạn: {t.deadline.spoken}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_escape(t.id)}@hoidap",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(due + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{ics_escape(_truncate(t.action, SUMMARY_CHARS))}",
            f"DESCRIPTION:{ics_escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_exports(tasks: list[Task], folder: str | Path | None = None, stem: str = "nhiem-vu") -> tuple[Path, Path]:
    """Write `stem`.csv (UTF-8 with BOM, for spreadsheets) and `stem`.ics into a fresh folder."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="hoidap-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, ics_path = folder / f"{stem}.csv", folder / f"{stem}.ics"
    csv_path.write_bytes(tasks_to_csv(tasks).encode("utf-8-sig"))
    ics_path.write_bytes(tasks_to_ics(tasks).encode("utf-8"))
    log.debug("exported %d tasks to %s", len(tasks), folder)
    return csv_path, ics_path
