"""Reading a fact out of the best clauses: the clause stating the amount asked, the cells of a table row."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.compound import asks_adjusted
from assistant.extract import (UNIT_HEADER, asked_column, best_sentences, content_terms, counts_asked, coverage, cut_for,
                               sentences, states_asked_unit, whole_sentence, writes_header)
from assistant.model import Answer
from assistant.plain_words import in_document_words
from assistant.ranking import ASKS_HOW_OFTEN, SAYS_HOW_OFTEN, YEARS, asks_reached, other_horizon, states_reached
from assistant.tasks import shorten
from corpus import Clause
from corpus.agencies import find_agencies
from corpus.deadlines import find_deadlines
from corpus.normalize import fold
from corpus.references import without_names
from indexing import Hit

ROW_CHARS = 420          # a table row longer than this answers with the cells matching the question,
FIRST_CELL = 160         # … its first cell (what the row is about) in at most this much
COUNTED_SHARE = 0.5      # a sentence counting what is asked answers when it covers this much of the question
AMOUNT_MARGIN = 1.3      # a runner-up whose number sentence matches the question this much better answers


def unit_read(clause: Clause) -> str:
    """A clause's text as read for the unit of its figures: a table row under the caption giving it ("(đơn vị: tỷ
    đồng)")."""
    return " ".join((*clause.context[-1:], clause.text)) if clause.kind == "row" else clause.text


def states_amount(assistant, q: str, hits: list[Hit]) -> Hit:
    """The clause whose sentence counts what is asked ("bao nhiêu cơ chế" and "… với 12 cơ chế …"); else,
    of the two best clauses stating an amount in the unit asked (of the horizon asked), the one whose
    sentence holding the number matches the question clearly better ("bao nhiêu phần trăm tổng chi ngân
    sách" is not answered by the sentence on the digital economy's share of GDP in the clause ranked first)."""
    counted = counting(assistant, q, hits)
    if counted is not None:
        return counted
    if ASKS_HOW_OFTEN.search(fold(q).lower()):      # "Mấy tháng … họp một lần?": "06 tháng một lần", not a date
        often = [h for h in hits[:3] if SAYS_HOW_OFTEN.search(fold(h.clause.full_text).lower())]
        if often:
            return often[0]
    years = set(YEARS.findall(q))
    stating = [h for h in hits[:3] if states_asked_unit(q, unit_read(h.clause))]
    stating = ([h for h in stating if not other_horizon(years, h.clause)] or stating)[:2]
    if not stating:
        return hits[0]
    if asks_reached(q) and (reached := [h for h in stating if states_reached(h.clause)]):
        return reached[0]           # "… ước đạt bao nhiêu?": the report's figure, not the plan's target row
    named = [h for h in stating if names_row(q, h.clause)]
    if named:           # "… chỉ tiêu tỉ lệ doanh nghiệp công nghệ số …" and the row "Chỉ tiêu: Tỉ lệ doanh nghiệp công nghệ số"
        return named[0]

    def said(h: Hit) -> float:
        s, e = best_sentences(q, h.clause.text, assistant.stats, want_number=True)[0]
        return coverage(q, [h.clause.text[s:e]], assistant.stats)
    if len(stating) == 2 and said(stating[1]) > AMOUNT_MARGIN * said(stating[0]):
        return stating[1]
    return stating[0]


def names_row(q: str, clause) -> bool:
    """The question writes the whole of a table row's first cell (an indicator's or a task's name)."""
    if clause.kind != "row" or not clause.columns:
        return False
    name = fold(clause.columns[0][1]).lower().strip(" .;")
    return len(name.split()) >= 3 and re.search(rf"\b{re.escape(name)}\b", fold(q).lower()) is not None


def counting(assistant, q: str, hits: list[Hit]) -> Hit | None:
    """The clause whose sentence counts what is asked ("bao nhiêu cơ chế" and "… với 12 cơ chế, chính
    sách …"), of the horizon asked first, the sentence (a table row whole) under its heading covering
    COUNTED_SHARE of the question, its everyday words read as the documents write them."""
    years = set(YEARS.findall(q))
    # the words naming the document to read ("… được nhắc trong kết luận phiên họp thứ hai …") are not looked for
    q = without_names(assistant.index.documents, q)
    asked = in_document_words(q)          # "bao nhiêu công ty" counts what the documents call "doanh nghiệp"
    of_year = [h for h in hits if years and not other_horizon(years, h.clause) and YEARS.search(
        " ".join((*h.clause.context[-2:], h.clause.full_text)))]
    for h in of_year + [h for h in hits if h not in of_year]:       # the horizon asked first
        counted = counts_asked(q, h.clause.text) or counts_asked(asked, h.clause.text)
        said = h.clause.text if h.clause.kind == "row" else h.clause.text[counted[0]:counted[1]] if counted else ""
        said = " ".join((*h.clause.context[-1:], said))       # under its heading ("Mục tiêu đến năm 2030")
        share = max(coverage(q, [said], assistant.stats), coverage(asked, [said], assistant.stats))
        if counted and not other_horizon(years, h.clause) and share >= COUNTED_SHARE:
            return h
    return None


_BLANK = "—"        # an empty cell, so that a question may still name its column


def with_asked_column(assistant, q: str, ans: Answer) -> Answer:
    """A table answer is the cell of the column the question names by its header, when the default
    answer does not already hold it or holds every cell of the row ("… ai chịu trách nhiệm cao nhất?" ->
    "Cơ quan chịu trách nhiệm cao nhất: Thủ tướng")."""
    clause = assistant.clause(ans.citations[0].clause_id) if ans.citations else None
    if clause is None or not clause.columns:
        return ans
    col = asked_column(q, [tuple(c) for c in clause.columns])
    blank = asked_column(q, [(h, c or _BLANK) for h, c in clause.columns]) if col is None else None
    if blank is not None and blank[1] == _BLANK:
        # "… có kết quả đầu ra là văn bản gì?" of a row whose "Kết quả" cell is empty: the table does not say
        return replace(ans, abstained=True, citations=(), related=ans.citations[:1],
                       answer=f"{clause.label} để trống ô “{blank[0]}”, nên các văn bản đã nạp không cho biết điều này.")
    # every cell of the row: the one whose header the question writes ("tiến độ ra sao") is the answer
    whole_row = col is not None and ans.answer.startswith(clause.text[:60]) and writes_header(q, col[0])
    if col is None or col[1] in ans.answer and not whole_row or not of_kind_asked(ans.intent, col[1]):
        return ans
    named = {m.agency.id for m in find_agencies(col[1])}
    if named and named <= {m.agency.id for m in find_agencies(ans.answer)}:
        return ans
    task = [line for line in ans.answer.split("\n") if line.startswith("Nhiệm vụ:")]
    return replace(ans, answer="\n".join([f"{col[0]}: {in_row_unit(clause, col[1])}. [1]", *task]))


_UNIT_HEADER = re.compile(rf"^{UNIT_HEADER}$", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"[≥≤<>~]?\s*\d[\d.,]*")


def in_row_unit(row: Clause, cell: str) -> str:
    """A bare figure of a row written with the unit its unit column gives ("Năm 2025: 10" -> "10%")."""
    unit = next((c.strip() for h, c in row.columns if _UNIT_HEADER.match(h.strip()) and c.strip()), "")
    if not unit or not _BARE_FIGURE.fullmatch(cell.strip()):
        return cell
    return f"{cell.strip()}%" if unit == "%" else f"{cell.strip()} {unit}"


def with_status_date(assistant, q: str, ans: Answer) -> Answer:
    """A 'when' question about what is expected or done ("… dự kiến được trình Thủ tướng vào ngày nào?",
    "… đã gửi văn bản ngày nào?") is answered from a report table's progress cell, the dated sentence saying
    so, rather than from the deadline the task was given."""
    clause = assistant.clause(ans.citations[0].clause_id) if ans.citations and ans.intent == "when" else None
    # the status word and the verb after it: "dự kiến (được) trình", "đã gửi"
    asked = [(m.group(1), m.group(2)) for m in _STATUS.finditer(fold(q))]
    if clause is None or not clause.columns or not asked:
        return ans
    found = []
    for head, cell in clause.columns:
        for a, b in sentences(cell):
            said = cell[a:b]
            key = fold(said)
            if any(re.search(rf"\b{w}\b", key) and re.search(rf"\b{v}\b", key) for w, v in asked) \
                    and _DATE.search(said) \
                    and not any(d.kind == "unparsed" for _, _, d in find_deadlines(said)[:1]):
                found.append((coverage(q, [said], assistant.stats), head, said))
    if not found:
        return ans
    share, head, said = max(found, key=lambda f: f[0])
    at = clause.text.find(said)
    if share < STATUS_SHARE or at < 0:
        return ans
    task = [line for line in ans.answer.split("\n") if line.startswith("Nhiệm vụ:")]
    cite = assistant.cite(1, clause, (at, at + len(said)))
    return replace(ans, answer="\n".join([f"{head}: {said.strip(' -')} [1]", *task]), citations=(cite,))


_STATUS = re.compile(r"\b(du kien|da)\s+(?:(?:duoc|se|bi)\s+)?([a-z]+)")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\bngay \d|\bngày \d|\bthang \d|\btháng \d", re.I)
STATUS_SHARE = 0.3       # the progress sentence must cover this much of the question


def row_cells(assistant, q: str, row: Clause, amount: bool = False) -> str:
    """A long table row read for the question, within ROW_CHARS: its first cell (what the row is about) and
    the cells matching the question best, in the row's order, a long cell by its sentence that matches best
    ("… đã thu hút được bao nhiêu chuyên gia?": "KẾT QUẢ HIỆN NAY: … thu hút được 277 chuyên gia …")."""
    cells = [(h, c) for h, c in row.columns if c]
    if not cells:
        return shorten(row.text, ROW_CHARS)
    terms = set(content_terms(q))

    def read(i: int, room: int) -> str:
        """The cell whole when it fits in `room`, else its sentence that matches the question best."""
        h, c = cells[i]
        if len(h) + len(c) + 2 > room:
            spans = sentences(c)
            spans = [(a, b) for a, b in spans if any(ch.isdigit() for ch in c[a:b])] or spans if amount else spans
            a, b = max(spans, key=lambda sp: coverage(q, [c[sp[0]:sp[1]]], assistant.stats))
            width = max(20, room - len(h) - 4)
            if b - a > width:   # too long a part of a long sentence is read from where the question's words are,
                # its sentence's earlier parts included ("… gồm: - Luật A; Luật B; Luật C để …" is one list)
                a, b = cut_for(q, c, whole_sentence(c, a, b)[0], min(len(c), a + width), width, assistant.stats)
            part = " ".join(c[a:b].split()).lstrip("- ")
            more = "" if b >= len(c.rstrip()) else " …" if part[-1:] in ".;:!?" else "…"
            c = ("… " if a > 0 else "") + part + more
        return f"{h}: {c}"
    by_match = sorted(range(len(cells)), key=lambda i: -sum(
        assistant.stats.idf(t) for t in terms & set(content_terms(f"{cells[i][0]} {cells[i][1]}"))))
    said = {0: read(0, ROW_CHARS - FIRST_CELL if by_match[0] == 0 else FIRST_CELL)}   # the best match: room
    size = len(said[0]) + 2
    for rank, i in enumerate(i for i in by_match if i != 0):
        text = read(i, ROW_CHARS - size) if rank == 0 else f"{cells[i][0]}: {cells[i][1]}"
        if size + len(text) <= ROW_CHARS:
            said[i] = text
            size += len(text) + 2
    return "; ".join(said[i] for i in sorted(said))


def of_kind_asked(kind: str, cell: str) -> bool:
    """A cell can answer a 'when' question only with a time: "Kết quả thực hiện … phải báo cáo trong tháng
    nào?" names the column "Kết quả" but asks a date."""
    return kind != "when" or bool(find_deadlines(cell))


# "… được điều chỉnh từ quý III/2025 sang quý II/2026": a deadline moved, and where to
_MOVED = re.compile(r"\bđiều chỉnh (?:từ (?P<old>[^.;,]{3,40}?) )?sang (?P<new>[^.;,()]{3,40})", re.IGNORECASE)
ADJUSTED_POOL = 5
ADJUSTED_COVERAGE = 0.4     # of the question's words, beside the best hit's


def adjusted_deadline(assistant, q: str, hits: list[Hit], conf: float) -> Answer | None:
    """A deadline asked as it now stands, where one of the first clauses says it was moved ("Thời hạn … được điều
    chỉnh từ quý III/2025 sang quý II/2026") and covers the question about as well as the best one; else None."""
    if not hits or not asks_adjusted(q):
        return None
    best = coverage(q, [hits[0].clause.full_text], assistant.stats)
    for h in hits[:ADJUSTED_POOL]:
        moved = _MOVED.search(h.clause.text)
        due = [(a, b) for a, b, d in find_deadlines(moved.group("new")) if d.end] if moved else []
        if due and coverage(q, [h.clause.full_text], assistant.stats) >= ADJUSTED_COVERAGE * best:
            was = f" (trước đó: {moved.group('old').strip()})" if moved.group("old") else ""
            new = moved.group("new")[:due[0][1]].strip()         # "quý II/2026", not what follows it
            text = f"Thời hạn đã được điều chỉnh sang {new}{was}. [1]"
            return Answer(question=q, answer=text, abstained=False, intent="when", confidence=conf,
                          citations=(assistant.cite(1, h.clause, moved.span()),))
    return None
