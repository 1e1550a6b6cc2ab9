"""The task table: queries (window, agency, document, overdue) and answers built from it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.extract import coverage
from assistant.intent import NOT_YET_DUE, Intent
from assistant.model import Answer, Citation
from corpus import Clause
from corpus.agencies import find_agencies
from corpus.deadlines import Deadline, find_deadlines, parse_deadline
from corpus.normalize import clean_markdown, fold
from corpus.tasks import Task, extract_tasks

MAX_LISTED = 15
LISTED_ACTION_CHARS = 170      # a listed task keeps enough of its action to be recognised
ACTION_CHARS = 300             # the task an answer names is quoted whole up to this, cut at a word with "…" beyond


@dataclass(frozen=True)
class Window:
    start: date | None
    end: date | None
    text: str = ""

    def contains(self, d: Deadline | None) -> bool:
        """A task is due in the window when its whole due interval lies inside it."""
        if d is None or d.kind != "due" or d.start is None or d.end is None:
            return False
        if self.start and d.start < self.start:
            return False
        if self.end and d.end > self.end:
            return False
        return True


def parse_window(text: str) -> Window | None:
    """'quý II/2025', 'tháng 6/2025', 'năm 2025', '2025-04-01' -> a window; None if not a date."""
    if not text or not text.strip():
        return None
    t = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        try:
            d = date.fromisoformat(t)
        except ValueError:                      # 2025-13-01
            return None
        return Window(d, d, t)
    found = [d for _, _, d in find_deadlines(t) if d.kind == "due" and d.start and d.end]
    if not found:
        d = parse_deadline(t)
        found = [d] if d.kind == "due" and d.start and d.end else []
    if not found:
        return None
    return Window(min(d.start for d in found), max(d.end for d in found), t)


class WindowError(ValueError):
    """A due window that cannot be read (the Vietnamese message is for the user)."""


def due_window(first: str | None = "", last: str | None = "") -> Window | None:
    """The window of tasks due between two phrases: the UI's "Hạn từ"/"Hạn đến", the CLI's --due-from/--due-to.

    From = the start of the first phrase's interval, to = the end of the last's. A lone phrase that names
    a period (quarter, month, year, range of years) is that whole period; a lone day leaves the other side
    open. None when both are blank; WindowError for a phrase that is not a date, or from after to."""
    first, last = (first or "").strip(), (last or "").strip()
    if not first and not last:
        return None
    a = parse_window(first) if first else None
    b = parse_window(last) if last else None
    bad = [t for t, w in ((first, a), (last, b)) if t and w is None]
    if bad:
        raise WindowError(f"không hiểu mốc {', '.join(f'“{t}”' for t in bad)} "
                          "(ví dụ: 2025-04-01, 6/2025, quý II/2025)")
    lone = a if b is None else b if a is None else None
    if lone is not None and lone.start != lone.end:
        return lone
    start, end = a.start if a else None, b.end if b else None
    if start and end and start > end:
        raise WindowError(f"mốc bắt đầu “{first}” ({start:%d/%m/%Y}) sau mốc kết thúc “{last}” ({end:%d/%m/%Y})")
    return Window(start, end, f"{first or '…'} – {last or '…'}")


def _agency_matches(task: Task, name: str, role: str = "any") -> bool:
    key = fold(name)
    names = (task.lead if role in ("any", "lead") else ()) + (task.coordinators if role in ("any", "coord") else ())
    return any(key == fold(n) or key in fold(n) for n in names)


# the words of a deadline that is a date alone ("tháng 3/2025", "trước quý II/2025"), folded
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d (?:19|20)\d\d")       # "2025-2026", as _words writes it
_DATE_WORDS = {"thang", "quy", "nam", "ngay", "truoc", "trong", "den", "tu", "cuoi", "dau", "i", "ii", "iii", "iv"}


# the output a question names as the output: "… có đầu ra là Quyết định của Bộ trưởng?", "kết quả là Nghị định"
_OUTPUT_NAMED = re.compile(r"\b(?:dau ra|ket qua|san pham)(?: la| bang)?\s+([^?,.;]+?)\s*(?:[?,.;]|$)")
# a target asked by its value: "mục nào ghi con số 09", "chỉ tiêu nào đạt 100%" (folded; not a year)
_BY_VALUE = re.compile(r"\b(?:con so|gia tri|muc|ghi|dat|la|bang)\s+(?:≥|>=|≤|<=|toi thieu\s+)?(?!(?:19|20)\d\d\b)(\d+(?:,\d+)?)\b")
_ASKS_TARGET = re.compile(r"\b(?:chi tieu|muc|dong|hang) (?:nao|gi)\b")


class TaskBook:
    def __init__(self, tasks: list[Task], clauses: dict[str, Clause]):
        self.all = tasks
        self.tasks = [t for t in tasks if t.kind == "task"]
        self.targets = [t for t in tasks if t.kind == "target"]
        self.clauses = clauses
        self._by_clause: dict[str, list[Task]] = {}
        for t in tasks:
            self._by_clause.setdefault(t.clause_id, []).append(t)

    @classmethod
    def from_clauses(cls, clauses: list[Clause]) -> "TaskBook":
        return cls(extract_tasks(clauses), {c.id: c for c in clauses})

    def context_agency(self, clause: Clause) -> str:
        """The agency a clause's own task, the task of the clause introducing it ("Văn phòng Trung ương Đảng
        chủ trì, phối hợp với …:" above "(i) Nghiên cứu …") or its nearest agency heading names ('' if none)."""
        for t in self.of_clause(clause.id):
            if t.lead:
                return ", ".join(t.lead)
        introduced = self.introduced_lead(clause)
        if introduced:
            return introduced
        for ctx in reversed(clause.context):
            mentions = find_agencies(ctx)
            if mentions and len(ctx) < 160:
                return ctx.rstrip(":")
        return ""

    def introduced_lead(self, clause: Clause) -> str:
        """The lead the clause introducing this one names ("Văn phòng Trung ương Đảng chủ trì, phối hợp với
        …:" above "(i) Nghiên cứu …"), or ''."""
        parent = self.clauses.get(clause.id.rsplit(".", 1)[0]) if "." in clause.id.split(":", 1)[-1] else None
        if parent is None or not parent.text.rstrip().endswith(":"):
            return ""
        return next((", ".join(t.lead) for t in self.of_clause(parent.id) if t.lead), "")

    def of_clause(self, clause_id: str) -> list[Task]:
        return self._by_clause.get(clause_id, [])

    def query(self, window: Window | None = None, agency: str = "", doc_id: str = "", as_of: date | None = None,
              overdue: bool = False, targets: bool = False, role: str = "any") -> list[Task]:
        rows = self.targets if targets else self.tasks
        out = []
        for t in rows:
            if doc_id and t.doc_id != doc_id and not t.doc_id.startswith(doc_id + "-"):
                continue
            if agency and not _agency_matches(t, agency, role):
                continue
            if window and not window.contains(t.deadline):
                continue
            if overdue:
                d = t.deadline
                if not (d and d.kind == "due" and d.end and as_of and d.end < as_of):
                    continue
            out.append(t)
        return sorted(out, key=_deadline_key)

    def written_cell(self, question: str) -> tuple[str, str]:
        """The cell the question writes as the task table writes it, folded: a deadline that is more than a date
        ("2025 và những năm tiếp theo", "thường xuyên"), or an output it names as the output ("… có đầu ra là
        Quyết định của Bộ trưởng"); ("deadline" or "result", the words), or ("", "") where it writes none."""
        key = _words(question)
        due = {_words(t.deadline.text) for t in self.tasks if t.deadline}
        # … or a span of years ("2025 - 2026"), which no window of one date reads
        due = [d for d in due if ({w for w in d.split() if not w.isdigit()} - _DATE_WORDS or _YEAR_SPAN.fullmatch(d))
               and len(d.split()) >= 2 and re.search(rf"\b{d}\b", key)]
        named = _OUTPUT_NAMED.search(fold(question).lower())
        said = _words(named.group(1)) if named else ""
        made = [said] if said and any(_writes(t, "result", said) for t in self.tasks) else []
        return max([("deadline", d) for d in due] + [("result", r) for r in made], key=lambda x: len(x[1]),
                   default=("", ""))

    @staticmethod
    def counts_of_agency(question: str) -> bool:
        """"Bộ Nội vụ chủ trì tổng cộng bao nhiêu nhiệm vụ?": the number of one agency's tasks, which the list of
        them answers ("Có 6 nhiệm vụ của Bộ Nội vụ (chủ trì): …")."""
        return bool(_COUNTS_TASKS.search(fold(question).lower())) and \
            any(m.agency.kind != "group" for m in find_agencies(question))

    # -- answers ---------------------------------------------------------------
    def answer_state(self, assistant, question: str, hits) -> Answer | None:
        """"Chương trình phát triển Chính phủ số đã quá hạn chưa?", "Nếu đến 1/10/2025 mà … chưa xong thì đã trễ
        hạn chưa?": the best hit's task, its deadline against that day (or today); None where no hit has a task
        with a dated deadline."""
        from assistant.core import today
        day, _ = as_of_day(question)
        day = day or _one_day([d for _, _, d in find_deadlines(question) if d.kind == "due" and d.end]) \
            or today(assistant.settings)
        found = [(h, t) for h in hits[:STATE_HITS] for t in self.of_clause(h.clause.id) if t.deadline and t.deadline.end]
        if not found:
            return None
        # the task the question names most of: "Chương trình phát triển Chính phủ số" over a long clause that
        # mentions programmes
        h, task = max(found, key=lambda x: coverage(x[1].action, [question], assistant.stats))
        late = task.deadline.end < day
        head = f"{'Đã quá hạn' if late else 'Chưa quá hạn'} tính đến {day.strftime('%d/%m/%Y')}: hạn {task.deadline.spoken}"
        lead = f"; chủ trì: {', '.join(task.lead)}" if task.lead else ""
        return Answer(question=question, answer=f"{head}{lead}. [1]\nNhiệm vụ: “{task.action}”", abstained=False,
                      intent="when", confidence=h.score, citations=(assistant.cite(1, h.clause),))

    def answer_list(self, assistant, question: str, intent: Intent, doc_ids=()) -> Answer | None:
        from assistant.core import today
        window = None
        field, written = self.written_cell(question)
        # "trong quý II/2025", "tháng 12/2028"; "trước 30/6/2025" (no start: anything due by then)
        pending = bool(_PENDING.search(fold(question).lower()))
        # "Tính đến 1/10/2025, … đã quá hạn?": that day, not a window; "Tính đến 30/6/2025, Bộ X phải hoàn thành
        # những nhiệm vụ nào?" is a window
        as_of, said = as_of_day(question) if intent.overdue or pending else (None, "")
        asked_text = question.replace(said, " ") if said else question
        dated = find_deadlines(asked_text)
        located = [(a, d) for a, _, d in dated if d.kind == "due" and d.end]
        if not located and _DUE_WORDS.search(fold(asked_text).lower()):
            # "Tháng 5/2025 là mốc của những việc gì?": a period the question names bare, as what work is due by
            located = [(m.start(), d) for m in _BARE_PERIOD.finditer(asked_text)
                       if not asked_text[:m.start()].strip() or re.match(r"\s+(?:là|la)\b", asked_text[m.end():])
                       or _MARKED_AS.search(fold(asked_text[:m.start()]).lower())
                       for _, _, d in find_deadlines(f"trong {'tháng ' if m.group(0)[0].isdigit() else ''}{m.group(0)}")[:1]
                       if d.kind == "due" and d.end]
        # "Trong các nhiệm vụ trọng tâm quý IV/2025 …": the period names a section of tasks, not their deadlines
        section, located = self._section_named(asked_text, located)
        found = [d for _, d in located]
        if intent.overdue and as_of is None and _one_day(found):
            as_of, found = _one_day(found), []  # "Đến 1/10/2025 những nhiệm vụ nào đã quá hạn?": that day
        after = _AFTER.search(fold(question).lower()) if not found and not written else None
        if after:           # "… hạn muộn hơn năm 2026", "từ năm 2027 trở đi": due from then on, no end
            year = int(after.group(1) or after.group(2))
            window = Window(date(year + 1 if after.group(1) else year, 1, 1), None,
                            f"sau năm {year}" if after.group(1) else f"từ năm {year} trở đi")
        if found and not written:
            # "trước 30/6/2025", "tính đến 30/6/2025": anything due by then
            starts = [None if _BY.match(fold(d.text).lower()) or _UNTIL.search(fold(asked_text[:a] + d.text).lower()) else d.start
                      for a, d in located]
            window = Window(None if None in starts else min(starts), max(d.end for d in found),
                            found[0].spoken or found[0].text)
            if len(located) == 1:
                window = _from_first(asked_text, dated, located[0]) or window
        qf = fold(question)
        asked = _ASKED_NOUN.search(qf)
        if asked and asked.group(1).split()[0] not in _TASK_NOUNS:
            return None                         # "… gồm những chủ đề nào?" asks the topics, not the tasks
        # an agency owning what is asked about ("kế hoạch của Chính phủ") is not the one doing the tasks
        # nor are the initials closing a document's number ("Thông báo 23-TB/TGV")
        # … but "những nhiệm vụ đến hạn năm 2025 của Bộ Công an" names who does them, unless the body issued a
        # loaded document ("… của Chính phủ": its programme's tasks)
        issuers = {fold(d.issuer.split("(")[0]).lower().strip() for d in assistant.index.documents if d.issuer}
        mentions = [m for m in find_agencies(question) if m.agency.kind != "group"
                    and not owned(question[:m.start], doers=window is not None
                                  and fold(m.agency.name).lower() not in issuers) and question[max(0, m.start - 1):m.start] not in ("/", "-")
                    and not _SETS_OUT.match(question, m.end)]
        agency = mentions[0].agency.name if mentions else ""
        # "Bộ Công an và Bộ Quốc phòng mỗi bộ được giao chủ trì việc gì?": the tasks of each body named together
        both = [m.agency.name for m in mentions[:1]]
        for a, m in zip(mentions, mentions[1:]):        # the run of names the first one opens
            if not _TOGETHER.fullmatch(fold(question[a.end:m.start]).lower()):
                break
            both.append(m.agency.name)
        both = list(dict.fromkeys(both))
        role = "lead" if re.search(r"\bchu tri\b", qf) and "phoi hop" not in qf else (
            "coord" if "phoi hop" in qf and "chu tri" not in qf else "any")
        if not doc_ids:
            from corpus.references import named_document, referenced_documents
            named = named_document(assistant.index.documents, question)
            if named is not None:
                doc_ids = tuple(d.id for d in assistant.index.documents if d.id == named.id or d.part_of == named.id)
            else:                   # "… trong Phụ lục II": an appendix the question names is where to look
                refs = [assistant.index.document(r) for r in referenced_documents(assistant.index.documents, question)]
                doc_ids = tuple(d.id for d in refs if d is not None and d.part_of)[:1]
        if section is None and agency:
            section = self._place_named(assistant, question, doc_ids)
        if window is None and not agency and not intent.overdue and not written and section is None:
            return None
        as_of = as_of or today(assistant.settings)
        # "… những chỉ tiêu nào?", "Chỉ tiêu nào do Bộ Công an theo dõi?": the targets
        targets = bool(asked) and asked.group(1).startswith("chi tieu") or bool(re.search(r"\bchi tieu (?:nao|gi)\b|\bbao nhieu chi tieu\b", qf.lower()))
        rows = []
        for doc in (doc_ids or ("",)):
            for one in both if agency else [agency]:
                rows.extend(self.query(window=window, agency=one, doc_id=doc, as_of=as_of, overdue=intent.overdue,
                                       role=role, targets=targets))
        rows = list({t.id: t for t in rows}.values())
        if written:         # "… có thời hạn '2025 và những năm tiếp theo'?": that cell as written
            rows = [t for t in rows if _writes(t, field, written)]
        if section is not None:
            rows = [t for t in rows if t.clause_id == section.id or t.clause_id.startswith(section.id + ".")]
        elif _IN_APPENDIX.search(fold(question).lower()) and any(_APPENDIX_LABEL.search(t.label) for t in rows):
            # "… những nhiệm vụ nào trong phụ lục …": the appendix's rows, not the plan's prose
            rows = [t for t in rows if _APPENDIX_LABEL.search(t.label)]
        elif _IN_TABLE.search(fold(question).lower()) and any(self._in_row(t) for t in rows):
            rows = [t for t in rows if self._in_row(t)]     # "Theo Bảng 2 …, X chủ trì những nhiệm vụ nào?"
        if agency and role == "any":            # what the agency leads comes before what it supports
            rows.sort(key=lambda t: agency not in t.lead)
        if len(both) > 1 and not _EACH.search(qf.lower()):
            # "… do Bộ A và Bộ B chủ trì": the tasks they share, if any; "mỗi bộ", "lần lượt": each one's
            shared = [t for t in rows if all(_agency_matches(t, a, role) for a in both)]
            rows = shared or rows
        if len(both) > 1:                       # each body's tasks together, in the order the question names them
            rows.sort(key=lambda t: next((i for i, a in enumerate(both) if _agency_matches(t, a, role)), len(both)))
        if pending:         # "… còn những nhiệm vụ nào chưa tới hạn?": due after that day
            rows = [t for t in rows if t.deadline and t.deadline.kind == "due" and t.deadline.end
                    and t.deadline.end >= as_of]
        rows = self._on_topic(assistant, question, mentions, rows)
        what = []
        if agency:
            what.append(f"của {', '.join(both)} ({ {'lead': 'chủ trì', 'coord': 'phối hợp'}.get(role, 'chủ trì hoặc phối hợp')})")
        if written:
            cell = (rows[0].deadline.text if field == "deadline" else rows[0].result) if rows else next(
                (t.deadline.text for t in self.tasks if t.deadline and _words(t.deadline.text) == written), written)
            what.append(f"có thời hạn “{cell}”" if field == "deadline" else f"có kết quả “{cell}”")
        elif window:
            words = window.text.split()         # the date alone: "hạn cuối cùng là tháng 12/2028" -> "tháng 12/2028"
            while len(words) > 1 and (fold(words[0]).lower() in _LEADING or fold(" ".join(words[:2])).lower() == "ngay trong"):
                words = words[1:]       # "ngay trong ba tháng đầu năm 2025" -> "ba tháng đầu năm 2025"
            span = " ".join(words)
            ranged = re.match(r"tu\s", fold(span).lower()) is not None      # "từ tháng 4 đến tháng 6 năm 2025"
            span = span[:1].lower() + span[1:] if ranged else span
            what.append(f"đến hạn {span}" if _BY.match(fold(span).lower()) or window.end is None or ranged else
                        f"đến hạn đến {span}" if window.start is None else f"đến hạn trong {span}")
        if section is not None:
            what.insert(0, f"trong mục “{section.heading or section.text}”")
        if intent.overdue:
            what.append(f"đã quá hạn tính đến {as_of.strftime('%d/%m/%Y')}")
        elif pending:
            what.append(f"chưa đến hạn tính đến {as_of.strftime('%d/%m/%Y')}")
        noun = "chỉ tiêu" if targets else "nhiệm vụ"
        if targets and agency:
            what[0] = f"do {agency} theo dõi, đánh giá"
        if not rows:
            # "Thanh tra Chính phủ chủ trì nhiệm vụ nào?" of a body the table names only as a coordinator
            other_role = agency and role != "any" and any(
                self.query(agency=agency, doc_id=d, role="any") for d in (doc_ids or ("",)))
            if not (window or intent.overdue or pending or written or other_role) or not _NAMES_TASKS.search(qf.lower()):
                return None         # "… phải lượng hóa những gì …": no task list asked, the clauses answer
            # the table answers: none of the agency's tasks falls in the window asked
            where = ", ".join(dict.fromkeys(self._table_name(assistant, d) for d in doc_ids)) or "các bảng nhiệm vụ"
            return Answer(question=question, intent="list", abstained=True, confidence=1.0,
                          answer=f"Không có {noun} nào {' '.join(what)} trong {where} đã nạp.")
        return self._listed(assistant, question, rows, f"Có {len(rows)} {noun} {' '.join(what)}:", targets)

    def _in_row(self, task: Task) -> bool:
        """The task is a table's row."""
        clause = self.clauses.get(task.clause_id)
        return clause is not None and clause.kind == "row"

    def _place_named(self, assistant, question: str, doc_ids) -> Clause | None:
        """"Mục V (Tổ chức thực hiện) … giao Văn phòng UBND tỉnh những nhiệm vụ gì?", "Theo mục Tổ chức thực hiện,
        Sở Tài chính …": the section the question names, by its number or its heading, where tasks sit under it."""
        from assistant import lists
        from assistant.locate import places, section_at
        from corpus.references import named_document
        doc = named_document(assistant.index.documents, question)
        mains = [d for d in assistant.index.documents if not d.part_of]
        if doc is None and len(mains) == 1:
            doc = mains[0]
        wanted = [w for w in places(question) if not w.startswith("phu luc")]   # an appendix is where to look
        place = section_at(assistant, wanted, doc, tuple(doc_ids))
        if place is None and doc is not None:
            place = lists.named_section(assistant, question, doc)
        if place is None or not any(t.clause_id.startswith(place.id + ".") for t in self.tasks):
            return None
        return place

    def _section_named(self, question: str, located: list) -> tuple[Clause | None, list]:
        """The heading of tasks a question names by its period ("các nhiệm vụ trọng tâm quý IV/2025" and the
        report's "V. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025"), and the periods left to be deadlines ("… trong tháng
        11/2025")."""
        key = fold(question).lower()
        for n, (at, d) in enumerate(located):
            period = fold(d.text).lower().removeprefix("trong ").strip()
            if not re.search(rf"\b(?:nhiem vu|viec|cong viec)\b(?: \w+){{0,3}} (?:trong )?{re.escape(period)}",
                             key[:at + len(d.text) + 8]):
                continue
            for c in self.clauses.values():
                head = fold(c.heading or (c.text if c.kind == "heading" else "")).lower()
                if period in head and re.search(r"\bnhiem vu\b", head) and len(head) < 160:
                    return c, located[:n] + located[n + 1:]
        return None, located

    @staticmethod
    def _table_name(assistant, doc_id: str) -> str:
        doc = assistant.index.document(doc_id)
        return doc.citation_name if doc is not None else doc_id

    def answer_by_value(self, assistant, question: str) -> Answer | None:
        """"Trong bảng chỉ tiêu …, mục nào ghi con số 09 cho năm 2030?": the targets whose value is the number
        the question gives (of the horizon it names, if any); None where it asks no target by a value or none has
        it."""
        key = fold(question).lower()
        m = _BY_VALUE.search(key)
        if not m or not _ASKS_TARGET.search(key):
            return None
        asked = float(m.group(1).replace(",", "."))
        years = set(re.findall(r"\b20[2-5]\d\b", key))
        rows = [t for t in self.targets if asked in {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:,\d+)?", t.value)}
                and (not years or years & set(re.findall(r"\b20\d\d\b", t.horizon)))]
        if not rows:
            return None
        head = f"Có {len(rows)} chỉ tiêu ghi {m.group(1)}" + (f" ({', '.join(sorted(years))})" if years else "") + ":"
        return self._listed(assistant, question, rows, head, targets=True)

    def _listed(self, assistant, question: str, rows: list[Task], head: str, targets: bool) -> Answer:
        """The rows as a numbered list under `head`, each cited once."""
        noun = "chỉ tiêu" if targets else "nhiệm vụ"
        lines = [head]
        cites: dict[str, Citation] = {}         # by clause: two tasks of one clause cite it once
        for i, t in enumerate(rows[:MAX_LISTED], 1):
            clause = self.clauses.get(t.clause_id)
            lead = ", ".join(t.lead) or "chưa rõ"
            due = t.deadline.spoken if t.deadline else "không ghi"
            mark = ""
            if clause is not None:
                c = assistant.cite(len(cites) + 1, clause, action_span(clause.text, t.action))
                c = cites.setdefault(c.clause_id, c)
                mark = f" [{c.n}]"
            if targets:
                value = f"{value_with_unit(t)}" + (f" ({t.horizon})" if t.horizon else "") if t.value else "không ghi"
                lines.append(f"{i}. {shorten(t.action, LISTED_ACTION_CHARS)} — chỉ tiêu: {value}{mark}")
            else:
                action = _with_topic(clause, shorten(t.action, LISTED_ACTION_CHARS))
                lines.append(f"{i}. {action} — chủ trì: {lead}; hạn: {due}{mark}")
        if len(rows) > MAX_LISTED:
            lines.append(f"… và {len(rows) - MAX_LISTED} {noun} khác (xem tab Nhiệm vụ hoặc `hoidap tasks`).")
        return Answer(question=question, answer="\n".join(lines), abstained=False, citations=tuple(cites.values()),
                      intent="list", confidence=1.0)

    def _on_topic(self, assistant, question: str, mentions, rows: list[Task]) -> list[Task]:
        """The tasks about what the question names besides the agency ("Sở Thông tin và Truyền thông chủ trì
        những nhiệm vụ gì về bảo đảm an toàn thông tin?"): those whose clause matches half the topic's weight,
        when some do; all of them otherwise."""
        from assistant.extract import content_terms
        topic = question[mentions[-1].end:] if mentions else question
        m = re.search(r"\b(về|ve|liên quan đến|lien quan den|trong lĩnh vực|trong linh vuc)\s+(.+)$", topic)
        if not m:
            return rows
        terms = set(content_terms(m.group(2)))
        total = sum(assistant.stats.idf(t) for t in terms)
        if not total:
            return rows

        def share(t: Task) -> float:
            clause = self.clauses.get(t.clause_id)
            words = set(content_terms(" ".join((t.action, *(clause.context[-1:] if clause else ())))))
            return sum(assistant.stats.idf(w) for w in terms & words) / total
        on_topic = [t for t in rows if share(t) >= TOPIC_SHARE]
        return on_topic or rows

    def answer_fact(self, assistant, question: str, intent: Intent, hits, conf: float) -> Answer | None:
        """Lead agency / coordinators / deadline from the task of the best clause that has one."""
        from assistant.extract import content_terms
        terms = set(content_terms(question))
        sources = when_sources(hits)
        for rank, h in enumerate(hits[:2]):
            if intent.kind == "when" and h not in sources:
                break
            if intent.kind == "when" and h.clause.kind != "row":
                ans = self._deadline_in_text(assistant, question, intent, h.clause, conf)
                if ans is not None:
                    return ans
            candidates = []
            for t in self.of_clause(h.clause.id):
                if intent.kind in ("lead", "coord") and not (t.lead or t.coordinators):
                    continue
                if intent.kind == "when" and not (t.deadline and t.deadline.answers_when):
                    continue
                overlap = len(terms & set(content_terms(t.action)))
                # on a tie, the task naming its own lead ("Chỉ đạo Bộ Nông nghiệp và Môi trường …") over one
                # whose lead the heading gives ("Đảng ủy Chính phủ chỉ đạo:")
                own = any(fold(name) in fold(t.action) for name in t.lead)
                candidates.append((overlap, own, t))
            if candidates:
                t = max(candidates, key=lambda x: x[:2])[2]
                return self._fact_answer(assistant, question, intent, t, h.clause, conf)
            if rank == 0 and (h.clause.kind == "row" or intent.kind in ("lead", "coord") and self.introduced_lead(h.clause)):
                return None     # the top row answers by itself (its cells), an item with the lead that introduces it
        return None

    def _deadline_in_text(self, assistant, question, intent, clause: Clause, conf: float) -> Answer | None:
        """The deadline(s) of the sentence of a prose clause that best matches the question."""
        from assistant.extract import content_terms, sentences
        found = [(s, e, d) for s, e, d in find_deadlines(clause.text) if d.kind != "unparsed"]
        if not found:
            return None
        terms = set(content_terms(question))
        scored = []
        for s, e in _listed_sentences(clause.text, sentences(clause.text)):
            inside = [x for x in found if s <= x[0] < e]
            if inside:
                scored.append((len(terms & set(content_terms(clause.text[s:e]))), s, e, inside))
        if not scored:
            return None
        scored.sort(key=lambda x: -x[0])
        chosen = [scored[0]]
        if len(scored) > 1 and scored[1][0] >= 0.6 * scored[0][0] > 0:
            chosen.append(scored[1])           # "khi nào … và từ ngày nào …": both parts
        chosen.sort(key=lambda x: x[1])
        s, e = chosen[0][1], chosen[-1][2]
        when = "; ".join(dict.fromkeys(clean_markdown(d.text) for c in chosen for _, _, d in c[3]))
        sentence = " ".join(clause.text[c[1]:c[2]].strip() for c in chosen)
        text = f"Thời hạn: {when}. [1]\n“{sentence[:400]}”"
        return Answer(question=question, answer=text, abstained=False,
                      citations=(assistant.cite(1, clause, (s, e)),), intent=intent.kind, confidence=conf)

    def _fact_answer(self, assistant, question, intent, t: Task, clause: Clause, conf: float) -> Answer:
        from assistant.extract import chaired_by
        parts = []
        people = chaired_by(clause.text) if intent.kind == "lead" else None
        if people:                          # a meeting chaired by people: name them, not the bodies in their titles
            s, e = people
            text = f"{clause.text[s:e][:1].upper()}{clause.text[s + 1:e]} chủ trì. [1]"
            return Answer(question=question, answer=text, abstained=False,
                          citations=(assistant.cite(1, clause, (s, e)),), intent=intent.kind, confidence=conf)
        if intent.kind == "coord" and not t.coordinators and t.lead and clause.kind == "row":
            # "… những bộ nào phối hợp …?" and a row whose coordinators' cell is empty: none is named
            text = (f"{clause.label} không ghi cơ quan phối hợp cho nhiệm vụ “{shorten(t.action, ACTION_CHARS)}” "
                    f"(chỉ ghi cơ quan chủ trì: {as_written(t.lead, clause.text)}).")
            return Answer(question=question, answer=text, abstained=True, intent=intent.kind, confidence=conf,
                          related=(assistant.cite(1, clause, action_span(clause.text, t.action)),))
        if t.lead:
            does = "theo dõi, đánh giá" if t.kind == "target" else "chủ trì"
            parts.append(f"{as_written(t.lead, clause.text)} {does}")
        if t.coordinators and intent.kind in ("coord", "lead"):
            parts.append(f"phối hợp: {as_written(t.coordinators, clause.text)}")
        if t.deadline and (intent.kind == "when" or t.deadline.kind != "unparsed"):
            parts.append(f"thời hạn: {t.deadline.spoken}")
        if t.kind == "target" and t.value:
            parts.append(f"chỉ tiêu: {value_with_unit(t)}" + (f" ({t.horizon})" if t.horizon else ""))
        elif t.result and intent.kind != "when":
            parts.append(f"kết quả: {t.result}")
        head = "; ".join(parts)
        head = head[:1].upper() + head[1:]
        text = f"{head}. [1]\nNhiệm vụ: “{shorten(t.action, ACTION_CHARS)}”"
        return Answer(question=question, answer=text, abstained=False,
                      citations=(assistant.cite(1, clause, action_span(clause.text, t.action)),),
                      intent=intent.kind, confidence=conf)

    def answer_target(self, assistant, question: str, hits, conf: float) -> Answer | None:
        for h in hits[:1]:
            for t in self.of_clause(h.clause.id):
                if t.kind == "target" and t.value:
                    when = f" ({t.horizon})" if t.horizon else ""
                    text = f"{t.action}: {value_with_unit(t)}{when}. [1]"
                    return Answer(question=question, answer=text, abstained=False,
                                  citations=(assistant.cite(1, h.clause),), intent="amount", confidence=conf)
        return None


TOPIC_SHARE = 0.5         # a listed task matches this much of the topic a list question names ("… về an toàn thông tin")
WHEN_RUNNER_UP = 0.75     # a second clause nearly as good may give the date the best one lacks
TWIN_SHARE = 0.6          # … as may one restating the same task (an appendix row beside the body clause)
RESTATED = 0.5            # … scoring at least this share of the best: a row far below only shares its words


# "Chương trình hành động (của) Chính phủ": the agency owns the document asked about, it is not the one doing
OWNER = re.compile(r"\b(của|cua|thuộc|thuoc|chương trình hành động|chuong trinh hanh dong|kế hoạch|ke hoach|"
                   r"nghị quyết|nghi quyet|chỉ thị|chi thi)\s+$", re.IGNORECASE)
_DOC_NOUN = re.compile(r"\b(?:danh muc|chuong trinh|ke hoach|nghi quyet|chi thi|van ban|thong bao|de cuong|phu luc|quyet dinh|"
                       r"bao cao|cong van|ket luan)\b")
_WORK_NOUN = re.compile(r"\b(?:nhiem vu|viec)\b")


def _from_first(text: str, dated: list, due: tuple[int, Deadline]) -> Window | None:
    """The window a range asks, from its first end to `due` (at `due[0]` in `text`): "từ tháng 4/2025 đến tháng
    6/2025", or "từ tháng 4 đến tháng 6 năm 2025" whose first end takes the year of the last; None for no range."""
    at, d = due
    begun = [(a, s) for a, b, s in dated if s.kind == "start" and s.start and not text[b:at].strip()]
    if begun:
        return Window(begun[0][1].start, d.end, text[begun[0][0]:at] + d.text)
    opened = _FROM_YEARLESS.search(fold(text[:at]).lower())
    if opened is None:
        return None
    kind, first = opened.groups()
    month = int(first) if kind == "thang" and first.isdigit() else 3 * _QUARTERS.get(first, 0) - 2 if kind == "quy" else 0
    if not 1 <= month <= 12 or date(d.end.year, month, 1) >= d.end:
        return None
    return Window(date(d.end.year, month, 1), d.end, text[opened.start():at] + d.text)


def bodies_named(text: str) -> set[str]:
    """The ids of the bodies a text names of its own: no group ("các bộ, ngành"), none owning a document it cites
    ("Nghị quyết của Chính phủ")."""
    return {m.agency.id for m in find_agencies(text) if m.agency.kind != "group" and not owned(text[:m.start])}


def owned(before: str, doers: bool = False) -> bool:
    """The agency named after `before` owns the document asked about ("kế hoạch của Chính phủ"); `doers` (a list
    of the work due in a window): not the work when the nearer noun is the work ("những nhiệm vụ đến hạn trong năm
    2025 của Bộ Công an")."""
    m = OWNER.search(before)
    if m is None:
        return False
    if not doers or fold(m.group(1)).lower() not in ("cua", "thuoc"):
        return True
    head = fold(before[:m.start()]).lower()
    work = [w.end() for w in _WORK_NOUN.finditer(head)]
    docs = [d.end() for d in _DOC_NOUN.finditer(head)]
    return not work or bool(docs) and max(docs) > max(work)


# "những <noun> nào": a list of tasks when the noun names work ("những nhiệm vụ nào", "các đề án nào")
_DUE_WORDS = re.compile(r"\b(?:moc|han|hoan thanh|xong|ket thuc)\b")
_BARE_PERIOD = re.compile(r"\b(?:(?:[Tt]háng|[Qq]uý)\s+(?:\d{1,2}|I{1,3}|IV)/20\d\d|[Nn]ăm\s+20\d\d)\b|"
                          r"(?<![\d/])(?:0?[1-9]|1[0-2])/20\d\d(?![\d/])")
# the word a period is written after as the due mark itself: "Mốc 03/2025 …", "… cột thời gian hoàn thành ghi 9/2026" (folded)
_MARKED_AS = re.compile(r"\b(?:moc|ghi|han la|han)\s*$")
# "từ tháng 4 đến tháng 6 năm 2025", "từ quý II đến quý III/2025": a range whose first end names no year (folded)
_FROM_YEARLESS = re.compile(r"\btu\s+(thang|quy)\s+(\d{1,2}|i{1,3}|iv)(?:\s+(?:den|toi))?\s*$")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "b) Về phát triển trí tuệ nhân tạo: Xác định … . Đảng ủy Chính phủ chỉ đạo …": the topic a clause opens with
_TOPIC = re.compile(r"\s*(Về\s[^:.;]{3,80}):")


def _with_topic(clause, action: str) -> str:
    """A task cut from the middle of a clause keeps the topic the clause opens with ("Về phát triển trí tuệ nhân
    tạo: Đảng ủy Chính phủ chỉ đạo rà soát lại Chiến lược quốc gia …"), which its own sentence does not repeat."""
    m = _TOPIC.match(clause.text) if clause is not None else None
    if m is None or action.lstrip().startswith(m.group(1)):
        return action
    return f"{m.group(1)}: {action}"


# "… trong phụ lục", "ở danh mục kèm theo": the tasks an appendix lists (folded); and an appendix's label
_IN_APPENDIX = re.compile(r"\b(?:trong|o|tai|cua|theo) (?:cac )?(?:phu luc|danh muc (?:nhiem vu )?kem theo)\b")
_APPENDIX_LABEL = re.compile(r"\bPhụ lục\b", re.IGNORECASE)
_IN_TABLE = re.compile(r"\b(?:trong|o|tai|cua|theo) (?:cac )?bang(?: \d{1,2}| (?:nhiem vu|phan cong|danh muc))?\b")

# "Bộ Công an và Bộ Quốc phòng", "Bộ A, Bộ B": bodies named together (folded text between them)
_TOGETHER = re.compile(r"\s*(?:,|va|hoac|cung|voi)\s*")
_EACH = re.compile(r"\b(?:moi|tung|lan luot|rieng)\b")
# "… các nhiệm vụ mà Sở KH&CN Bình Giang đề ra": the agency that sets the tasks out, not the one doing them
_SETS_OUT = re.compile(r"(?:(?!được|duoc)[^,.;?]){0,25}?\b(?:đề ra|đặt ra|nêu ra|ban hành|de ra|dat ra|ban hanh)\b",
                       re.IGNORECASE)
_ASKED_NOUN = re.compile(r"\b(?:nhung|cac) ((?:[a-z]+ ){0,3}?[a-z]+) (?:nao|gi)\b")
_TASK_NOUNS = {"nhiem", "viec", "cong", "trach", "hoat", "noi", "de", "chuong", "du", "van", "luat", "nghi", "ke",
               "giai", "chinh", "san", "ket", "bao", "quy", "thong", "chi", "muc", "nhom", "linh", "dong"}


def _writes(task: Task, field: str, words: str) -> bool:
    """The task's deadline cell is those folded words, or its output cell starts with them ("Nghị định" of
    "Nghị định của Chính phủ")."""
    if field == "deadline":
        return task.deadline is not None and _words(task.deadline.text) == words
    return bool(task.result) and _words(task.result).startswith(words)


def _words(text: str) -> str:
    """The words of a text, folded, one space apart: how two cells are compared."""
    return " ".join(re.findall(r"\w+", fold(text).lower()))


def as_written(names: tuple[str, ...], text: str) -> str:
    """Agencies by their full names, each with the shorter form the clause writes it by, if it does
    ("Đài Truyền hình Việt Nam (VTV)", "Ban Kinh tế Trung ương (Ban Kinh tế TW)"): the reader sees the clause's
    own words in the answer."""
    short = {m.agency.name: m.surface for m in find_agencies(text)
             if len(m.surface) < len(m.agency.name) and fold(m.surface).lower() not in fold(m.agency.name).lower()}
    return ", ".join(f"{n} ({short[n]})" if n in short else n for n in names)


def when_sources(hits: list) -> list:
    """The clauses a "when" question may take its date from: the best one, and the runner-up when it
    scores nearly as well or restates the best one (shares most of its content words)."""
    if len(hits) < 2:
        return hits[:1]
    top, second = hits[0], hits[1]
    if second.score >= WHEN_RUNNER_UP * top.score or (second.score >= RESTATED * top.score
                                                      and restates(top.clause, second.clause)):
        return [top, second]
    return [top]


def restates(a: Clause, b: Clause) -> bool:
    """Two clauses state the same task: most content words of the shorter are in the longer."""
    from assistant.extract import content_terms
    x, y = set(content_terms(a.text)), set(content_terms(b.text))
    return bool(x and y) and len(x & y) >= TWIN_SHARE * min(len(x), len(y))


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def value_with_unit(t: Task) -> str:
    """'≥ 55' + '%' -> '≥ 55%'; '2' + '% GDP' -> '2% GDP'; '12' + 'Người/vạn dân' -> '12 Người/vạn dân'."""
    if not t.unit or t.unit in t.value:
        return t.value
    glue = "" if t.unit.startswith("%") else " "
    return f"{t.value}{glue}{t.unit}"


def _deadline_key(t: Task):
    d = t.deadline
    if d and d.kind == "due" and d.end:
        return (0, d.end, t.id)
    return (1, date.max, t.id)


def action_span(text: str, part: str) -> tuple[int, int] | None:
    """Where `part` (maybe cut short) starts and ends inside `text`, ending on a word boundary."""
    i = text.find(part[:80]) if part else -1
    if i < 0:
        return None
    end = min(len(text), i + len(part))
    while end < len(text) and text[end].isalnum():
        end += 1
    return (i, end)


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind(";", 0, pos)) + 1
    ends = [i for i in (text.find(".", pos), text.find(";", pos)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()[:300]


_BY = re.compile(r"(truoc|cham nhat|muon nhat|khong muon hon|khong qua)\b")     # "trước 30/6/2025": by then
STATE_HITS = 3            # the hits whose task a question about one task's state may be about
_NAMES_TASKS = re.compile(r"\b(?:nhiem vu|viec|dau viec|cong viec)\b")
_COUNTS_TASKS = re.compile(r"\bbao nhieu (?:nhiem vu|viec|dau viec|chi tieu)\b")
# "muộn hơn năm 2026", "sau năm 2026" (group 1); "từ năm 2027 trở đi" (group 2), folded
_AFTER = re.compile(r"\b(?:sau|muon hon|tre hon|vuot qua)\s+(?:nam\s+)?(20\d\d)\b|"
                    r"\btu\s+(?:nam\s+)?(20\d\d)\s+tro\s+(?:di|ve sau)\b")
_UNTIL = re.compile(r"\b(?:tinh (?:den|toi)|den het|cho (?:den|toi)|den truoc)\s+(?:ngay\s+)?\d")
# the day a question counts from: "Tính đến 1/10/2025, …", "Nếu hôm nay là 15/6/2025 …", folded
_AS_OF = re.compile(r"\b(?:tinh (?:den|toi)|tai thoi diem|(?:neu )?hom nay(?: la)?|(?:neu )?bay gio(?: la)?|den thoi diem)\s+"
                    r"(?:ngay\s+)?(\d{1,2})/(\d{1,2})/(20\d\d)\b")
# "… còn những nhiệm vụ nào chưa tới hạn?", folded
_PENDING = re.compile(rf"\b{NOT_YET_DUE}\b")


def _one_day(found: list[Deadline]) -> date | None:
    """The day of the one deadline a question writes when it is a single day ("đến 1/10/2025"), else None: the
    day an overdue question counts from."""
    return found[0].end if len(found) == 1 and found[0].start == found[0].end else None


def as_of_day(question: str) -> tuple[date | None, str]:
    """The day the question counts from and the words that say it, as written; (None, "") where none."""
    key = fold(question).lower()
    m = _AS_OF.search(key) if len(key) == len(question) else None
    if not m:
        return None, ""
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), question[m.start():m.end()]
    except ValueError:
        return None, ""
# the words a due phrase of a question opens with before its date ("hạn cuối cùng là", "hoàn thành trong")
_LEADING = {"trong", "vao", "den", "toi", "hoan", "thanh", "thoi", "han", "cuoi", "cung", "la", "chot", "xong", "dung"}
_ITEM_START = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\)|[-–+•])\s")


def _listed_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with the numbered items of a list a colon opens joined to it: "… chuẩn bị nội dung Hội nghị
    chuyên đề về: (1) Công nghệ chiến lược. (2) … (4) Dữ liệu …, hoàn thành trong quý II/2025." is one sentence,
    its deadline that of the whole."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _ITEM_START.match(text[s:e]) and ":" in text[out[-1][0]:out[-1][1]]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
