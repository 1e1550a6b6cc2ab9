"""Tasks and targets extracted from clauses: who must do what, with whom, by when.

Sources, in order of reliability:
- table rows with a lead column ("Cơ quan chủ trì", "Cơ quan thực hiện") and a deadline column;
- target rows ("Chỉ tiêu" with "Đơn vị"/"Kết quả"), with the horizon of their group heading;
- prose: "X chủ trì", "giao X", "X có trách nhiệm/chịu trách nhiệm", an agency as the clause's subject,
  or an agency heading ("- Văn phòng Trung ương Đảng:", "a) Tổ đảng ở Thường trực Ủy ban …") that
  governs the items under it; "phối hợp với …" gives coordinators; deadlines from the clause text.
A clause listing several numbered duties with their own deadlines ("(1) … từ ngày 19/5/2025 …
(2) … trong tháng 5/2025") gives one task per deadline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corpus.agencies import AgencyMention, find_agencies, split_agency_list
from corpus.deadlines import Deadline, find_deadlines, parse_deadline
from corpus.duties import group, numbered, starts_with_verb, unit_deadline, units
from corpus.model import Clause
from corpus.normalize import fold
from corpus.subjects import names_in, subject_names

LEAD_COLUMNS = ("cơ quan chủ trì", "cơ quan thực hiện", "chủ trì", "đơn vị chủ trì", "đơn vị thực hiện",
                "cơ quan, đơn vị chủ trì", "bộ, ngành chủ trì")
COORD_COLUMNS = ("cơ quan phối hợp", "phối hợp", "đơn vị phối hợp", "cơ quan, đơn vị phối hợp")
DEADLINE_COLUMNS = ("thời gian hoàn thành", "thời hạn", "thời gian")
RESULT_COLUMNS = ("kết quả", "sản phẩm")
_VERBS = ("chu tri", "chiu trach nhiem", "co trach nhiem", "khan truong", "phoi hop", "to chuc", "xay dung",
          "nghien cuu", "tiep tuc", "tap trung", "chi dao", "lanh dao", "hoan thanh", "ban hanh", "trinh",
          "rasoat", "ra soat", "theo doi", "huong dan", "bao dam", "dam bao", "thuc hien", "trien khai")


@dataclass(frozen=True)
class Task:
    id: str
    doc_id: str
    clause_id: str
    label: str
    action: str
    lead: tuple[str, ...] = ()          # canonical agency names
    lead_text: str = ""                 # as written
    coordinators: tuple[str, ...] = ()
    result: str = ""
    deadline: Deadline | None = None
    kind: str = "task"                  # task | target
    value: str = ""                     # targets: "≥ 30"
    unit: str = ""
    horizon: str = ""                   # targets: "Đến năm 2030"

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("id", "doc_id", "clause_id", "label", "action", "lead_text",
                                            "result", "kind", "value", "unit", "horizon")}
        d["lead"] = list(self.lead)
        d["coordinators"] = list(self.coordinators)
        d["deadline"] = self.deadline.to_dict() if self.deadline else None
        return d


def _col(columns, names) -> str:
    for h, c in columns:
        hl = h.lower()
        if any(hl.startswith(n) or hl == n for n in names):
            return c
    return ""


def _canon(names) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        n = n.strip(" ,;.:")
        if not n:
            continue
        mentions = find_agencies(n)
        if mentions and len(mentions) == 1 and (mentions[0].end - mentions[0].start) >= len(n) * 0.6:
            name = mentions[0].agency.name
        else:
            name = n
        if name not in out:
            out.append(name)
    return tuple(out)


def _from_row(clause: Clause) -> list[Task]:
    cols = clause.columns
    lead_cell = _col(cols, LEAD_COLUMNS)
    target_value = _col(cols, ("kết quả",)) if _col(cols, ("chỉ tiêu",)) else ""
    if _col(cols, ("chỉ tiêu",)) and not _col(cols, DEADLINE_COLUMNS):
        monitor = _col(cols, ("cơ quan chủ trì theo dõi", "cơ quan theo dõi", "cơ quan chủ trì"))
        horizon = next((c for c in reversed(clause.context) if re.search(r"20\d\d", c)), "")
        dl = None
        m = re.search(r"(20\d\d)", horizon)
        if m:
            dl = parse_deadline(f"năm {m.group(1)}")
        return [Task(id=clause.id, doc_id=clause.doc_id, clause_id=clause.id, label=clause.label,
                     action=_col(cols, ("chỉ tiêu",)), lead=_canon(split_agency_list(monitor)), lead_text=monitor,
                     kind="target", value=target_value, unit=_col(cols, ("đơn vị",)), horizon=horizon,
                     deadline=dl)]
    if not lead_cell:
        return []
    action = _col(cols, ("tên nhiệm vụ", "nhiệm vụ", "nội dung")) or (cols[0][1] if cols else "")
    dl_text = _col(cols, DEADLINE_COLUMNS)
    if dl_text:
        deadline = parse_deadline(dl_text)
    else:                            # no deadline column: "Xây dựng báo cáo định kỳ 6 tháng" dates itself
        deadline = next((d for _, _, d in find_deadlines(action) if d.kind != "unparsed"), None)
    return [Task(id=clause.id, doc_id=clause.doc_id, clause_id=clause.id, label=clause.label, action=action,
                 lead=_canon(split_agency_list(_drop_remarks(lead_cell))), lead_text=lead_cell,
                 coordinators=_canon(split_agency_list(_col(cols, COORD_COLUMNS))),
                 result=_col(cols, RESULT_COLUMNS), deadline=deadline)]


def _drop_remarks(cell: str) -> str:
    """'Chính phủ (chủ trì thiết kế)' -> 'Chính phủ': a lower-case remark naming no agency is not an agency."""
    def keep(m: re.Match) -> str:
        inner = m.group(1).strip()
        return m.group(0) if not inner[:1].islower() or find_agencies(inner) else ""
    return re.sub(r"\s*\(([^()]*)\)", keep, cell)


def _is_agency_heading(text: str) -> list[AgencyMention]:
    """'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo:', 'Tổ đảng ở Thường trực Ủy ban Kinh tế',
    'Đảng ủy Chính phủ chỉ đạo:' -> the agencies it names; [] for a heading that is a task or a topic."""
    t = text.strip()
    if not t or len(t) > 160:
        return []
    mentions = find_agencies(t)
    if not mentions:
        return []
    key = fold(t)
    tail = key[mentions[-1].end:].strip()
    if t.rstrip().endswith(":") and re.fullmatch(r"(chi dao|lanh dao|chu tri|co trach nhiem|thuc hien)?\s*:", tail):
        return _runs(mentions, key)[-1]       # "Về …, Đảng ủy Chính phủ chỉ đạo:" governs the items below
    if mentions[0].start > 40:
        return []
    prefix = key[:mentions[0].start]
    if re.search(r"\b(ve|cua|trong|cho|voi|tai)\s*$", prefix) or len(prefix.split()) > 6:
        return []
    rest = key[mentions[-1].end:].strip(" :.-")
    if t.endswith(":") or rest in ("", "chi dao", "lanh dao") or len(rest.split()) <= 6:
        return mentions
    return []


def _lead_in(text: str) -> tuple[list[AgencyMention], list[AgencyMention]]:
    """(lead mentions, coordinator mentions) found in a prose clause."""
    mentions = find_agencies(text)
    if not mentions:
        return [], []
    key = fold(text)
    coord_zones = [(m.end(), _zone_end(key, m.end())) for m in re.finditer(r"phoi hop( voi)?", key)]
    coords = [m for m in mentions if any(a <= m.start < b for a, b in coord_zones)]
    leads: list[AgencyMention] = []
    for run in _runs([m for m in mentions if m not in coords], key):
        first, last = run[0], run[-1]
        after = key[last.end:last.end + 40]
        before = key[max(0, first.start - 25):first.start]
        if re.search(r"\b(cua|thuoc|voi|den|len|tai|trinh|ve|giua|cho|tu)\s*$", before):
            continue        # "… của Chính phủ", "trình Ban Bí thư", "giữa các bộ": not the one who acts
        if re.search(r"\bde\b(?! nghi| xuat)[^,;.]{0,80}$", key[max(0, first.start - 100):first.start]) or re.search(r"\b(dai bieu|thanh vien|lanh dao)\s*$", before):
            continue        # "để các cơ quan … thực hiện": a purpose; "đại biểu Quốc hội": people, not the body
        if re.match(r"^[\s,]*(va [^,;.]{0,40})?(chu tri|co trach nhiem|chiu trach nhiem|khan truong|"
                    r"tiep tuc|tap trung|chi dao|lanh dao|nghien cuu|xay dung|to chuc|phoi hop|theo doi|"
                    r"bao dam|dam bao|hoan thanh|ra soat|huong dan|chuan bi|trien khai|thuc hien)", after) \
                or re.search(r"(giao( cho)?|de nghi|yeu cau|chi dao)\s*$", before) or first.start <= 3 \
                or re.match(r"^cac (bo|co quan)[^.;]{0,20}:\s*$", key[:first.start].strip() + " "):
            leads.extend(run)
    return leads, coords


def _runs(mentions: list[AgencyMention], key: str) -> list[list[AgencyMention]]:
    """Mentions separated only by commas, 'và' or a colon form one run ('Bộ A, Bộ B và Bộ C')."""
    runs: list[list[AgencyMention]] = []
    for m in mentions:
        if runs and re.fullmatch(r"[\s,;:]*(va)?[\s,]*", key[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _zone_end(key: str, start: int) -> int:
    m = re.compile(r"[;.:]|\b(de|nham|va bao cao|bao cao)\b").search(key, start)
    return m.start() if m else len(key)


def _names(mentions: list[AgencyMention]) -> list[str]:
    return list(dict.fromkeys(m.agency.name for m in mentions))


def _own_leads(text: str) -> list[str]:
    """Who a duty names as acting: its subject, else "giao X", "X chủ trì" and the like."""
    names = subject_names(text)
    if names:
        return names
    return _names(_lead_in(text)[0])


def _has_subject(text: str) -> bool:
    key = fold(text)
    return bool(subject_names(text)) or (bool(re.match(r"(giao( cho)?|yeu cau|de nghi) ", key))
                                        and bool(_lead_in(text)[0]))


def _intro_leads(intro: str) -> list[str]:
    """Lead of an intro before numbered duties: "X chủ trì, phối hợp …:" or "Về …, X:"."""
    names = _own_leads(intro)
    if names:
        return names
    t = intro.rstrip()
    coords = _lead_in(t)[1]
    mentions = [m for m in find_agencies(t) if m not in coords]
    if t.endswith(":") and mentions and len(t[mentions[-1].end:].strip(" :")) == 0:
        return _names(_runs(mentions, fold(t))[-1])
    return []


def _duties(text: str) -> tuple[str, list[str]]:
    """(intro, duties) of a prose clause; the intro ("Chủ trì, phối hợp với …:") is not a duty."""
    listed = numbered(text)
    if listed:
        intro, items = listed
        out = []
        for item in items:
            out.extend(group(units(item), _has_subject))
        return intro, out
    return "", group(units(text), _has_subject)


_ASSIGNS = re.compile(r"\s*(?:giao|de nghi|yeu cau|chi dao)\b")     # a duty that names who does it


def _from_prose(clause: Clause, parent_leads: list[str], parent_deadline: Deadline | None = None) -> list[Task]:
    text = clause.text if clause.kind != "heading" else ""
    if not text or len(text) < 12:
        return []
    intro, pieces = _duties(text)
    intro_leads = _intro_leads(intro) if intro else []
    intro_coords = _lead_in(intro)[1] if intro else []
    out: list[Task] = []
    previous: list[str] = []
    for n, piece in enumerate(pieces, 1):
        dl = unit_deadline(piece) or parent_deadline or _yearless(piece, clause)
        own = _own_leads(piece)
        if parent_leads and starts_with_verb(piece) and not _ASSIGNS.match(fold(piece).lower()):
            own = []        # "4. Văn phòng UBND tỉnh / Theo dõi, …; tham mưu Chủ tịch UBND tỉnh chỉ đạo …": the
            #                 heading's body does it; a body inside the duty is what it acts on
        leads = own or (previous if n > 1 else []) or intro_leads or parent_leads
        if not leads and dl is None:
            continue
        if not leads and not any(v in fold(piece) for v in _VERBS) and \
                not starts_with_verb(piece.split(":", 1)[-1]):
            continue
        previous = leads
        coords = _lead_in(piece)[1] or intro_coords
        tid = clause.id if len(pieces) == 1 else f"{clause.id}#{n}"
        out.append(Task(id=tid, doc_id=clause.doc_id, clause_id=clause.id, label=clause.label,
                        action=piece.strip()[:300], lead=tuple(leads), lead_text="; ".join(leads),
                        coordinators=_canon(m.agency.name for m in coords), deadline=dl))
    return out


def _heading_leads(text: str) -> list[str]:
    """Names an agency heading gives to the items under it ([] when it is not one)."""
    mentions = _is_agency_heading(text)
    if not mentions:
        names = subject_names(text) if text.rstrip().endswith(":") else []
        return names
    names = subject_names(text)
    if names:
        return names
    plain = names_in(text.rstrip(" :"))
    if plain and len(plain) <= len(mentions) + 2:
        return plain
    listed = split_agency_list(text.rstrip(" :."))
    if len(listed) > len(mentions) and all(re.match(r"(?:Các|Những|[A-ZĐ])", p) for p in listed) \
            and len(text) <= 80:
        # "Các sở, ban, ngành, UBND cấp huyện": every body the heading lists, the ones no list knows as written
        known = {m.surface: m.agency.name for m in mentions}
        return list(dict.fromkeys(known.get(p, p) for p in listed))
    return _names(mentions)


def _heading_deadline(clause: Clause) -> Deadline | None:
    """'Trong năm 2025 (Mục tiêu ngắn hạn)' as the parent heading dates the items under it."""
    if not clause.context:
        return None
    head = clause.context[-1]
    if len(head) > 80:
        return None
    found = [(s, d) for s, _, d in find_deadlines(head) if d.kind in ("due", "start") and "mốc mục tiêu" not in d.note]
    return found[0][1] if found and found[0][0] <= 3 else None


# "Chủ trì: Trung tâm …; thời hạn: …", "Đơn vị phối hợp: …": an assignment written as labelled values
_LABELLED = re.compile(r"(?:^|;\s*)(?:(?:cơ quan|đơn vị)\s+)?(?P<role>chủ trì|phối hợp|thực hiện)\s*:\s*(?P<who>[^;]+)",
                       re.IGNORECASE)
_SUPPORT = r"(?:phối hợp|theo dõi|hướng dẫn|tham gia|giám sát|đôn đốc)"
_HELPS = re.compile(rf"^(.+?)\s+{_SUPPORT}(?:\s*,?\s*(?:và\s+)?{_SUPPORT})*$", re.IGNORECASE)
ASSIGNMENT_CHARS = 300      # the longest line read as the assignment of the task above it
# "… khu dân cư (các doanh nghiệp viễn thông … chủ trì; Phòng Chuyển đổi số hướng dẫn, theo dõi; trong quý IV).":
# the assignment in brackets after the task it assigns
_BRACKETED = re.compile(r"\s*\(([^()]*\b(?:chủ trì|phối hợp)\b[^()]*)\)\s*\.?\s*$", re.IGNORECASE)


def _assignment(text: str, clause: Clause | None = None) -> tuple[list[str], list[str], Deadline | None] | None:
    """(leads, coordinators, deadline) of a line that only assigns the task written above it or before it:
    "Phòng Quản lý khoa học chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp; trình trước 30/11/2025.", "Chủ trì:
    Trung tâm Thông tin …; thời hạn: trước 31/12/2025."; None for a line that is a duty of its own."""
    t = text.strip()
    if not t or len(t) > ASSIGNMENT_CHARS:
        return None
    labelled = list(_LABELLED.finditer(t))
    if not labelled and starts_with_verb(t):
        return None
    if labelled:
        leads = [n for m in labelled if m.group("role").lower() != "phối hợp" for n in names_in(m.group("who"))]
        coords = [n for m in labelled if m.group("role").lower() == "phối hợp" for n in names_in(m.group("who"))]
    else:
        parts = t.split(";")
        first = parts[0]
        if not re.search(r"\bchủ trì\b", first, re.IGNORECASE):
            return None
        leads = _own_leads(first) or names_in(re.split(r"\s+chủ trì\b", first, flags=re.IGNORECASE)[0])
        coords = [m.agency.name for m in _lead_in(first)[1]]
        for part in parts[1:]:          # "Sở Giáo dục …, Thành đoàn Bình Giang phối hợp", "Phòng … hướng dẫn, theo dõi"
            helps = _HELPS.match(part.strip(" ."))
            if helps:
                coords.extend(names_in(helps.group(1)))
    if not leads:
        return None
    dates = [d for _, _, d in find_deadlines(t) if d.kind in ("due", "start")]
    due = dates[0] if dates else _yearless(t, clause) if clause is not None else None
    return leads, list(dict.fromkeys(coords)), due


# a date written without its year ("ngày 15/11", "trong quý IV"), as a heading naming the period gives it
_YEARLESS = re.compile(r"(?:(?:trước|chậm nhất|trong|vào|từ)\s+)?(?:ngày\s+(\d{1,2})/(\d{1,2})|quý\s+(?:IV|I{1,3}))(?![\w/])",
                       re.IGNORECASE)
_PERIOD_HEAD = re.compile(r"\b(?:quý|quy|tháng|thang)\b[^:;]{0,25}?\b(20\d\d)\b", re.IGNORECASE)


def _yearless(text: str, clause: Clause) -> Deadline | None:
    """"… gửi Sở Tài chính ngày 15/11" under "V. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025": 15/11/2025."""
    m = _YEARLESS.search(text)
    if m is None:
        return None
    year = next((y.group(1) for head in reversed(clause.context) if len(head) < 160
                 for y in [_PERIOD_HEAD.search(head)] if y), None)
    if year is None:
        return None
    written = f"{m.group(0)}/{year}"
    found = [d for _, _, d in find_deadlines(written) if d.kind in ("due", "start")]
    if found:
        return found[0]
    try:            # "trình Giám đốc Sở ngày 05/12": the day the work is handed in
        day = date(int(year), int(m.group(2)), int(m.group(1))) if m.group(1) else None
    except ValueError:
        return None
    return Deadline(text=written, kind="due", start=day, end=day) if day else None


def _assigned(clause: Clause, action: str, found: tuple[list[str], list[str], Deadline | None],
              at: Clause | None = None) -> Task:
    leads, coords, deadline = found
    where = at or clause
    return Task(id=where.id, doc_id=where.doc_id, clause_id=where.id, label=where.label, action=action.strip()[:300],
                lead=_canon(leads), lead_text="; ".join(leads), coordinators=_canon(coords), deadline=deadline)


def extract_tasks(clauses: list[Clause]) -> list[Task]:
    """Every task and target the clauses assign, in document order. A "(1)" part split out of its
    clause's line gives none of its own: the clause holding it whole gives them, with the intro's lead."""
    heading_leads: dict[str, list[str]] = {}
    tasks: list[Task] = []
    # a duty's first sub-item that only assigns it (who leads, with whom, by when): one task, the duty's
    by_id = {c.id: c for c in clauses}
    assigned_by: dict[str, tuple[Clause, tuple]] = {}
    for c in clauses:
        parent = by_id.get(c.id.rsplit(".", 1)[0]) if "." in c.id.split(":", 1)[1] else None
        if (parent is None or parent.id in assigned_by or c.kind not in ("bullet", "item", "paragraph")
                or parent.kind not in ("bullet", "item", "paragraph")
                or parent.text.rstrip().endswith(":") or _own_leads(parent.text)):
            continue
        found = _assignment(c.text, c)
        if found is not None:
            assigned_by[parent.id] = (c, found)
    assigning = {child.id for child, _ in assigned_by.values()}
    for c in clauses:
        if c.kind in ("part", "recipients"):      # the recipients are sent the document, not given tasks
            continue
        if c.kind == "row":
            tasks.extend(_from_row(c))
            continue
        parent_id = c.id.rsplit(".", 1)[0] if "." in c.id.split(":", 1)[1] else None
        inherited = heading_leads.get(parent_id, []) if parent_id else []
        own = _heading_leads(c.heading or (c.text if len(c.text) < 220 else ""))
        if own and (c.kind == "heading" or c.text.rstrip().endswith(":") or c.heading):
            heading_leads[c.id] = own
        elif inherited:
            heading_leads[c.id] = inherited
        if c.kind == "heading" or (own and c.text.strip().endswith(":") and len(c.text) < 220):
            continue
        if c.id in assigning:           # the task is its parent's, assigned here
            continue
        child = assigned_by.get(c.id)
        if child is not None:           # "- Đưa Sàn giao dịch … vào vận hành" / "  - Chủ trì: …; thời hạn: …"
            tasks.append(_assigned(c, c.text, child[1], child[0]))
            continue
        bracket = _BRACKETED.search(c.text)
        found = _assignment(bracket.group(1), c) if bracket else None
        if found is not None and not _own_leads(c.text[:bracket.start()]):
            tasks.append(_assigned(c, c.text[:bracket.start()], found))
            continue
        headed = own if own and c.heading and c.text != c.heading else inherited
        tasks.extend(_from_prose(c, headed, _heading_deadline(c)))     # "2. Sở Tài chính / Tham mưu …"
    return tasks
