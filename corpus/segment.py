"""Segmenting a document's text into citable clauses.

One pass over the lines with a stack of open markers. Hard-wrapped lines are joined to the clause
they continue; a marker opens a clause whose path is its ancestors' markers plus its own; bullets
are numbered by position under their parent; a markdown table row is a clause that keeps its column
headers. The header block and the signature are metadata, read here (corpus.furniture makes them clauses kept
apart from the body); "Nơi nhận" is a clause of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.duties import starts_with_verb
from corpus.markers import RANKS, Marker, detect, is_roman
from corpus.normalize import clean_markdown, nfc

_RANGE_WRAPPED = re.compile(r"[-–]\s*(?:19|20)\d\d\b(?!\s*%)")     # "- 2030." under "… giai đoạn 2025"
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~`]{3,}|\||\*|```.*)\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
_RECIPIENTS = re.compile(r"^\W*n[ơo]i\s+nh[ậa]n\W*$", re.IGNORECASE)
_RECIPIENT_LINE = re.compile(r"^\s*(?:[-–•+]\s*|\*\s+)\S")                 # "- Đồng chí …, Trưởng Ban … (để báo cáo),"
_FILED = re.compile(r"^\W*(lưu|luu)\b", re.IGNORECASE)           # "- Lưu: VT, …": the file copy, no recipient
_PLACE_DATE = re.compile(r"^[\w\s.,]{0,40},\s*ngày\s+\d", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*\S+", re.IGNORECASE)
_PASSED = re.compile(r"^(?:Nghị quyết|Luật|Pháp lệnh|Bộ luật) này (?:đã )?được .{5,200}?\bthông qua\b")
_ITALIC_LINE = re.compile(r"^\*([^*\s].*[^*\s])\*$")
_EMPHASISED_MARK = re.compile(r"^([*_])([^*_\s]{1,12}?)\1(?=\s)")     # "*3.6.1.* Ký kết …": a number in italics
_TERMINAL = ".;:!?…\"”)"
_FOOTNOTE_DEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
# an appendix after the signature ends the signature block ("PHỤ LỤC", "Phụ lục: Tiến độ thực hiện …")
_APPENDIX_LINE = re.compile(r"^PH[ỤU] L[ỤU]C\b", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"^V/v\b", re.IGNORECASE)      # "V/v xin ý kiến …": a letter's subject, in its header
_SIGNED = re.compile(r"^\(?\s*(?:ĐÃ KÝ|DẤU\b|KÝ\b)", re.IGNORECASE)    # "(Đã ký)", "(Dấu của …)"
_NAME_WORDS = r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"        # "Nguyễn Hòa Bình"
_NAME = re.compile(rf"^(?:(?:GS|PGS|TS|TSKH|ThS|KS|BS)\.\s*)*({_NAME_WORDS})$")      # "PGS.TS. Trịnh Khải Hoàn"
_FOOTNOTE_REF = re.compile(r"\[\^(\d+)\](?!:)")
_LEAD_MARK = re.compile(r"^(?:[-*+•]\s+|\(?[0-9a-zđ]{1,3}[.)]\s+)+", re.IGNORECASE)
_TERM_WORDS = 12


def _footnote_terms(text: str) -> dict[str, str]:
    """For each footnote number, the words just before its first reference: the term the note
    explains ("Năng suất nhân tố tổng hợp (TFP)[^1] đóng góp …" gives "Năng suất nhân tố tổng hợp (TFP)")."""
    terms: dict[str, str] = {}
    for line in text.split("\n"):
        if _FOOTNOTE_DEF.match(line.strip()):
            continue
        for ref in _FOOTNOTE_REF.finditer(line):
            if ref.group(1) in terms:
                continue
            before = clean_markdown(line[:ref.start()]).strip()
            before = re.split(r"[.;:!?]\s", before)[-1]
            words = _LEAD_MARK.sub("", before).split()[-_TERM_WORDS:]
            if words:
                terms[ref.group(1)] = " ".join(words).strip(" ,")
    return terms


@dataclass
class _Open:
    """A clause being built."""

    key: tuple
    rank: float
    indent: int
    path: tuple[str, ...]
    kind: str
    start: int
    end: int
    paras: list[str] = field(default_factory=list)
    bold_heading: str = ""
    children: int = 0
    bullets: int = 0
    rows: int = 0
    paragraphs: int = 0
    columns: tuple = ()
    parent: "_Open | None" = None
    inline: list["_Open"] = field(default_factory=list)   # "(1) (2)" items split out of this clause's line


@dataclass
class Segmented:
    """What segmentation found: raw clause records plus metadata seen in the text."""

    records: list[dict]
    signer: str = ""
    number: str = ""
    date: str = ""
    place: str = ""                      # "Hà Nội" of "Hà Nội, ngày 09 tháng 01 năm 2025"
    filed: str = ""                      # "VT, KGVX (2b)" of "- Lưu: VT, KGVX (2b).": where its copies are kept
    title: str = ""
    type: str = ""
    issuer_lines: tuple[str, ...] = ()   # the header lines naming the issuing body, outermost first
    signer_titles: tuple[str, ...] = ()  # the lines above the signer's name: "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"
    header_lines: tuple[str, ...] = ()   # the header block's lines, as read: issuer, number, place and date, title


_INLINE_ITEM = re.compile(r"(?:(?<=^)|(?<=[:.;]\s)|(?<=[:.;]\*\*\s))\((\d{1,2})\)\s+(?=\S)")


def _lines(text: str):
    pos = 0
    for raw in text.split("\n"):
        yield pos, pos + len(raw), raw.rstrip("\r")
        pos += len(raw) + 1


_NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})\.\s")
_RUN_ON_ITEM = re.compile(r"(?<=[.;])\s+(\d{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _inline_items(lines):
    """Lines, with an enumeration written inside one line ("…như: (1) Công tác … (2) Thể chế …")
    split before each of its numbers, so that every numbered item becomes a clause of its own.
    The numbers must run 1, 2, 3 … and follow a colon, a full stop or a semicolon; table rows and
    footnote definitions stay whole."""
    last = 0        # the number of the last line opened by "N. "
    for start, end, raw in lines:
        if raw.lstrip().startswith(("|", "[^")):
            yield start, end, raw, False
            continue
        opened = _NUMBERED_LINE.match(raw)
        last = int(opened.group(1)) if opened else last
        # "… không quá 02 lần/năm. 3. Hỗ trợ 30% …": the next item of the list run into the line before it (a
        # copy from a web page), read as the line of its own it was
        run_on = next((m for m in _RUN_ON_ITEM.finditer(raw) if last and int(m.group(1)) == last + 1), None)
        if run_on is not None:
            yield start, start + run_on.start(), raw[:run_on.start()], False
            yield start + run_on.start(), end, raw[run_on.start():], False
            last += 1
            continue
        cuts, want = [], 1
        for m in _INLINE_ITEM.finditer(raw):
            if int(m.group(1)) == want:
                cuts.append(m.start())
                want += 1
        cuts = [c for c in cuts if any(ch.isalnum() for ch in raw[:c])] if want > 2 else []
        if not cuts:
            yield start, end, raw, False
            continue
        bounds = [0, *cuts, len(raw)]
        for a, b in zip(bounds, bounds[1:]):
            yield start + a, start + b, raw[a:b], a > 0


def _clean_line(raw: str) -> tuple[str, int]:
    """A line without markdown heading marks, bold or escapes; and its indentation."""
    indent = len(raw) - len(raw.lstrip(" \t"))
    s = raw.strip()
    s = re.sub(r"^#{1,6}\s*", "", s)
    m = _ITALIC_LINE.match(s)
    if m:
        s = m.group(1)
    s = _EMPHASISED_MARK.sub(r"\2", s)
    return clean_markdown(s), indent


def _is_upper(s: str) -> bool:
    """Written in capitals ("KINH PHÍ THỰC HIỆN"), not a quarter's numeral or a document's number that a wrap put
    first ("III/2025.", "57-NQ/TW;")."""
    letters = [c for c in re.sub(r"\d+\s*[-/][\w/&-]*", "", s) if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) \
        and any(not is_roman(w) for w in re.findall(r"[^\W\d_]+", s))


def _bold_prefix(raw: str) -> str:
    """'**a) Thiết lập**: (i) ...' -> 'Thiết lập' (the bold label of a marker line)."""
    s = raw.strip()
    m = re.match(r"^(?:[-*+]\s+)?\*\*(.+?)\*\*", s)
    if not m:
        return ""
    label = clean_markdown(m.group(1))
    if re.fullmatch(r"\(?\w{1,4}[.)]?\)?", label):
        return ""
    mk = detect(label)
    if mk is not None:
        label = mk.rest
    return label.strip(" :")


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [clean_markdown(c) for c in s.split("|")]


class _Segmenter:
    def __init__(self, text: str):
        self.text = text
        self.stack: list[_Open] = []
        self.done: list[_Open] = []
        self.current: _Open | None = None   # the clause receiving text
        self.preamble = 0
        self.closing = 0
        self.meta = Segmented(records=[])
        self.header_lines: list[str] = []
        self.in_body = False
        self.skipping = False               # inside "Nơi nhận" / signature
        self.recipients: _Open | None = None    # the "Nơi nhận" clause, receiving its lines
        self.addressees: _Open | None = None    # a letter's "Kính gửi:" list, while it is being read
        self.sign_titles: list[str] = []    # the signer's capacity and post, above the name
        self.prev_blank = True
        self.prev_was_heading_line = False
        self.title_line = False
        self.bold_title_open = False    # a bold title under the kind line, wrapped: its bold not yet closed
        self.footnote_terms = _footnote_terms(text)
        self.note: _Open | None = None        # the footnote whose text indented lines go on with
        self.table_header: list[str] | None = None
        self.table_tt = False

    # -- stack -------------------------------------------------------------
    def _parent(self) -> _Open | None:
        return self.stack[-1] if self.stack else None

    def _close_to(self, keep) -> None:
        while self.stack and not keep(self.stack[-1]):
            self.stack.pop()

    def _push(self, key, rank, indent, comp, kind, start, end, first="", bold="") -> _Open:
        parent = self._parent()
        path = (parent.path if parent else ()) + (comp,)
        node = _Open(key=key, rank=rank, indent=indent, path=path, kind=kind, start=start, end=end,
                     bold_heading=bold, parent=parent)
        if first:
            node.paras.append(first)
        if parent:
            parent.children += 1
        self.stack.append(node)
        self.done.append(node)
        self.current = node
        return node

    def _addressee(self, clean: str, indent: int, mk_line, end: int) -> bool:
        """A line of the "Kính gửi:" list: an item ("- Sở Tài chính;"), or the rest of one wrapped onto the next line
        ("dân dụng và công nghiệp thành phố;"); False at the first line that is neither."""
        node = self.addressees
        if mk_line is not None and mk_line.type == "bullet":
            node.paras.append(mk_line.rest.strip())
        elif node.paras and clean[:1].islower() and node.paras[-1][-1:] not in ".;":
            node.paras[-1] = f"{node.paras[-1]} {clean}"
        else:
            return False
        node.end = end
        return True

    def open_recipients(self, start: int, end: int) -> None:
        """"Nơi nhận": the list of who receives the document, a clause of its own (it names who holds a
        post: "Đồng chí … Trần Cẩm Tú, Trưởng Ban Chỉ đạo …"), outside every section."""
        self.stack.clear()
        self.current = None
        self.recipients = self._push(("recipients",), 99, 0, "NN", "recipients", start, end)
        self.stack.clear()
        self.current = None

    def recipient(self, line: str, end: int) -> None:
        filed = _FILED.match(line)
        if filed and not self.meta.filed:
            self.meta.filed = line[filed.end():].strip(" :.;,")
        if self.recipients is not None and not filed:
            self.recipients.paras.append(line.strip())
            self.recipients.end = end

    def open_marker(self, mk: Marker, indent: int, start: int, end: int, raw: str, nested: bool = False) -> None:
        """Open the clause a marker line begins. ``nested``: an item split out of its parent's line,
        which belongs to the clause that line opened, whatever its marker's rank."""
        bold = _bold_prefix(raw)
        if nested:
            indent += 1
        # a numbered line indented under an open bullet is a list inside it; at the bullet's own indent (a page laid
        # out with every paragraph indented alike) it ends the bullets
        bullets = [o.indent for o in self.stack if o.key[0] == "bullet"]
        dynamic = nested or mk.type == "bullet" or (indent >= 4 and bool(bullets) and indent > min(bullets))
        if not dynamic:
            rank = mk.rank
            node = self.current
            if not self.stack and node is not None and node.kind == "paragraph" and rank > RANKS["num1"]:
                node.rank = rank - 0.5          # "(1) (2)" items listed by a preamble paragraph
                self.stack.append(node)
            self._close_to(lambda o: o.rank < rank)
            comp = mk.value
            parent = self._parent()
            if "." in comp and parent is not None and comp.rsplit(".", 1)[0] == ".".join(parent.path[-comp.count("."):]):
                comp = comp.rsplit(".", 1)[1]          # "2.1." under "2." is item 1 of 2
            self._push((mk.type,), rank, indent, comp, "item", start, end, mk.rest, bold)
            return
        key = ("bullet", mk.char, indent) if mk.type == "bullet" else ("nested", mk.type, indent)
        same = [i for i, o in enumerate(self.stack) if o.key == key]
        if same:
            del self.stack[same[-1]:]
        else:
            # a new list after a blank line is a sibling list; directly under a line it is nested
            deeper = (lambda o: o.indent >= indent) if self.prev_blank else (lambda o: o.indent > indent)
            self._close_to(lambda o: not (o.key[0] in ("bullet", "nested") and deeper(o)))
        parent = self._parent()
        if mk.type == "bullet":
            if parent is None:
                self.preamble += 1
                comp = f"-{self.preamble}"
            else:
                parent.bullets += 1
                comp = f"-{parent.bullets}"
        else:
            comp = f"({mk.value})" if mk.type == "pnum" else mk.value
        rank = max(parent.rank if parent else 0, 12) + 1
        kind = "part" if nested else "bullet" if mk.type == "bullet" else "item"
        node = self._push(key, rank, indent, comp, kind, start, end, mk.rest, bold)
        if nested and parent is not None:
            parent.inline.append(node)

    # -- lines ---------------------------------------------------------------
    def add_text(self, clean: str, start: int, end: int, new_para: bool) -> None:
        node = self.current
        if node is None or (new_para and not self.stack):
            self.preamble += 1
            node = _Open(key=("preamble",), rank=99, indent=0, path=("MĐ", str(self.preamble)),
                         kind="paragraph", start=start, end=end)
            self.done.append(node)
            self.current = node
            node.paras.append(clean)
            return
        if new_para and node.kind == "item" and self.stack and self.stack[0].key == ("preamble",):
            # items listed by an opening paragraph are one paragraph each: what follows is the next paragraph
            self.stack.clear()
            self.current = None
            self.add_text(clean, start, end, new_para)
            return
        if new_para or not node.paras:
            node.paras.append(clean)
        else:
            node.paras[-1] = f"{node.paras[-1]} {clean}"
        node.end = end

    def table_row(self, raw: str, start: int, end: int) -> None:
        cells = _split_row(raw)
        if self.table_header is None:
            self.table_header = cells
            first = cells[0].strip(" .").lower() if cells else ""
            self.table_tt = first in ("tt", "stt", "số tt")
            return
        if _TABLE_SEP.match(raw):
            return
        header = self.table_header
        cells = cells + [""] * (len(header) - len(cells))
        if self.table_tt:
            tt = cells[0].strip(" .")
            if not tt:
                prev = self.current
                if prev is not None and prev.kind == "row" and prev.columns:
                    merged = []
                    for (h, c), extra in zip(prev.columns, cells[1:] + [""] * len(prev.columns)):
                        merged.append((h, f"{c} {extra}".strip() if extra else c))
                    prev.columns = tuple(merged)
                    prev.end = end
                return
            if is_roman(tt):
                self._close_to(lambda o: o.key[0] not in ("tgroup", "row"))
                node = self._push(("tgroup",), 40, 0, tt, "heading", start, end, cells[1])
                node.paras = [c for c in cells[1:] if c][:1]
                self.current = node
                return
            if _TOTAL_ROW.match(tt):
                self._close_to(lambda o: o.key[0] not in ("tgroup", "row"))    # "TỔNG CỘNG (A + B + C)": no group's
            group = _GROUP_CELL.match(tt)
            if group and not cells[1].strip() and _is_upper(group.group(3)):
                # "| A. HẠ TẦNG SỐ |  |  | 1.079 |": a group of rows named in the number's column, its subtotal beside
                self._close_to(lambda o: o.key[0] not in ("tgroup", "row"))
                node = self._push(("tgroup",), 40, 0, group.group(2), "heading", start, end, group.group(3))
                node.paras = [group.group(3)] + [f"{h}: {c}" for h, c in zip(header[1:], cells[1:]) if h and c]
                self.current = node
                return
            self._close_to(lambda o: o.key[0] != "row")
            comp = tt
            cols = tuple((h, c) for h, c in zip(header[1:], cells[1:]) if h or c)
        else:
            self._close_to(lambda o: o.key[0] != "row")
            parent = self._parent()
            if parent is not None:
                parent.rows += 1
                comp = f"r{parent.rows}"
            else:
                self.preamble += 1
                comp = f"r{self.preamble}"
            cols = tuple((h, c) for h, c in zip(header, cells) if h or c)
        node = self._push(("row",), 45, 0, comp, "row", start, end)
        node.columns = cols

    def end_table(self) -> None:
        self.table_header = None
        self._close_to(lambda o: o.key[0] not in ("tgroup", "row"))
        self.current = self._parent()

    def header_meta(self, clean: str) -> None:
        self.header_lines.append(clean)

    def _in_title(self) -> bool:
        """The header lines end with a document kind ("KẾ HOẠCH") and the lines of its title after it."""
        for line in reversed(self.header_lines[-4:]):
            if any(line.upper().startswith(k) for k in _KINDS):
                return True
            if _NUMBER_LINE.match(line) or _PLACE_DATE.match(line):
                return False
        return False

    def run(self) -> Segmented:
        body = [ln.strip() for ln in self.text.split("\n") if ln.strip()]
        lengths = sorted(len(ln) for ln in body) or [0]
        open_ends = sum(ln[-1] not in _TERMINAL for ln in body) / max(1, len(body))
        self.wrapped = lengths[len(lengths) // 2] < 100 and open_ends > 0.3
        self.paged = "\f" in self.text        # laid out page by page from a PDF
        prev_clean = ""
        furniture = _page_furniture(self.text) | _above_header(self.text)
        grid, inside = _grid_tables(self.text, furniture)
        furniture |= inside
        aligned, inside = _layout_tables(self.text, furniture | set(grid))
        aligned.update(grid)
        furniture |= inside
        aligned.update(_aligned_tables(self.text, furniture | set(aligned)))
        captions = _table_captions(self.text, furniture, aligned)
        signature, titles, name = _signature_lines(self.text)
        if name:
            furniture |= signature
            self.meta.signer, self.meta.signer_titles = name, titles
        for start, end, raw, inline in _inline_items(_lines(self.text)):
            if start in furniture:      # a page number or running header copied from a PDF: the text runs on
                continue
            raw = aligned.get(start, raw)   # a table laid out with spaces, read as the rows of a table
            clean, indent = _clean_line(raw)
            if not clean or _SEPARATOR.match(raw):
                if self.table_header is not None and not clean:
                    self.end_table()
                self.prev_blank = True
                continue
            if self.note is not None and indent >= 2:
                # a footnote's text goes on on indented lines ("[^1]: Nghị quyết … ban hành" / "    Chương trình …")
                self.note.paras[-1] = f"{self.note.paras[-1]} {clean}"
                self.note.end = end
                continue
            self.note = None
            note = _FOOTNOTE_DEF.match(raw.strip())
            if note and self.in_body:
                self.stack.clear()
                self.current = None
                node = self._push(("note",), 98, 0, f"CT{note.group(1)}", "paragraph", start, end,
                                  clean_markdown(note.group(2)))
                term = self.footnote_terms.get(note.group(1))
                node.bold_heading = term or ""
                self.note = node
                self.stack.clear()
                self.prev_blank = False
                continue
            is_table = raw.strip().startswith("|") and raw.count("|") >= 2
            if self.table_header is not None and not is_table:
                self.end_table()
            if start in captions:       # "Bảng 1. Danh mục dự án" above a table: the table's own section
                self._close_to(lambda o: o.rank < CAPTION_RANK)
                self.current = self._push(("caption",), CAPTION_RANK, 0, captions[start], "heading", start, end, clean)
                self.prev_blank = False
                continue
            if is_table and self.table_header is None and self._laid_out_block(raw, start, end):
                self.prev_blank = False     # a header or signature block laid out as a table, not a table
                continue
            mk = detect(clean) if not is_table else None
            if mk is not None and mk.type == "bullet" and self.wrapped and not self.prev_blank \
                    and _RANGE_WRAPPED.match(clean) and re.search(r"\b(?:19|20)\d\d$", prev_clean):
                mk = None       # "… trong giai đoạn 2025" / "- 2030.": a range the wrap cut, not a bullet
            parts = _columns(raw)
            if _RECIPIENTS.match(clean) or len(parts) > 1 and _RECIPIENTS.match(_clean_line(parts[0])[0]):
                self.skipping = True                # "Nơi nhận:        TM. ỦY BAN NHÂN DÂN": the signature beside
                if len(parts) > 1 and _is_upper(parts[-1]):
                    self.sign_titles.append(_clean_line(parts[-1])[0])
                self.open_recipients(start, end)
                continue
            if self.skipping:
                if mk is not None and mk.type in ("appendix", "part", "chapter", "roman", "article", "num1") \
                        or _APPENDIX_LINE.match(clean):
                    self.skipping = False
                else:
                    if len(parts) > 1 and re.fullmatch(r"[-–•+*]", parts[0].strip()):
                        parts = [raw]                   # "*   Ban Bí thư …": a bullet, not two columns
                    listed = _RECIPIENT_LINE.match(parts[0] if len(parts) > 1 else raw)
                    if listed:
                        self.recipient(_clean_line(parts[0])[0] if len(parts) > 1 else clean, end)
                    if len(parts) > 1:                  # "- Lưu: VT.          Nguyễn Văn An": the signature's column
                        clean = _clean_line(parts[-1])[0]
                    elif listed:
                        continue
                    if (named := _NAME.match(clean)) and not self.meta.signer:
                        self.meta.signer, self.meta.signer_titles = named.group(1), tuple(self.sign_titles[-2:])
                    elif _is_upper(clean) and not _SIGNED.match(clean):    # "KT. THỦ TƯỚNG", "CHÁNH VĂN PHÒNG"
                        self.sign_titles.append(clean.strip("* "))
                    continue
            if self.addressees is not None:
                if self._addressee(clean, indent, mk_line=detect(clean), end=end):
                    continue
                self.addressees = None
            if not self.in_body and _ADDRESSED.match(clean):      # "Kính gửi: - Sở …; - Sở …": whom a letter is to
                self.addressees = self._push(("addressees",), 99, 0, "KG", "recipients", start, end)
                self.stack.clear()
                self.current = None
                first = _ADDRESSED.sub("", clean).strip()
                if first:
                    self.addressees.paras.append(first)
                self.prev_blank = False
                continue
            if not self.in_body and not raw.lstrip().startswith("|") and _page_trail(clean):
                continue                # "Trang chủ > Văn bản > …", "Đăng lúc: … | Lượt xem: … | In bài": a web page's
            if not self.in_body:
                columns = _columns(raw)
                if len(columns) > 1 and all(len(c.split()) < 15 for c in columns) and not is_table:
                    for column in columns:      # "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …": two columns side by side
                        self.header_meta(_clean_line(column)[0])
                    self.prev_blank = False
                    continue
                sentence = sum(any(c.isalpha() for c in w) for w in clean.split()) >= 8 and not _is_upper(clean) \
                    and not _PLACE_DATE.match(clean) and not _SUBJECT_LINE.match(clean)
                bold_short = raw.strip().startswith("**") and raw.strip().endswith("**") and len(clean.split()) < 15
                heading_md = raw.lstrip().startswith("#") and mk is None
                # the title's centred lines under "KẾ HOẠCH" ("      Thực hiện Nghị quyết số 57-NQ/TW …")
                # (on a page laid out from a PDF, a centred line as wide as the page is barely indented)
                titled = (indent >= 4 or self.paged) and not self.prev_blank and bool(self.header_lines) \
                    and self._in_title()
                # the subject line under "QUYẾT ĐỊNH", in bold however long ("**Ban hành Quy chế hoạt động …**")
                # … or wrapped over lines, the bold closing on the last ("**Triển khai … của Bộ" / "… 2025--2030**")
                opens = raw.strip().startswith("**") and (raw.strip().endswith("**") or raw.count("**") == 1)
                bold_title = self.bold_title_open or opens and bool(self.header_lines) \
                    and _is_upper(self.header_lines[-1]) and any(self.header_lines[-1].startswith(k) for k in _KINDS) \
                    and clean[-1:] not in _TERMINAL
                self.bold_title_open = bold_title and (raw.count("**") == 1) != self.bold_title_open
                if (mk is None or mk.type == "bullet") and not is_table and (not sentence or bold_short or heading_md
                                                                              or titled or bold_title):
                    self.header_meta(clean)
                    self.prev_blank = False
                    continue
                self.in_body = True
            if is_table:
                self.row_or_start(raw, start, end)
                self.prev_blank = False
                continue
            if mk is not None:
                rest = mk.rest.strip()
                # a title: a high-ranked or capitalised one, or, in hard-wrapped text, a numbered noun phrase of a
                # few words ("2. Hạn chế, tồn tại" before "Bên cạnh …"), not a duty's first words cut by the wrap
                # ("k) Nghiên cứu phương án giao Bộ", "4. Bộ Khoa học và Công nghệ, Bộ")
                self.title_line = bool(rest) and rest[-1:] not in _TERMINAL and len(rest) < 120 and (
                    mk.rank <= RANKS["article"] or _is_upper(rest)
                    or self.wrapped and len(rest.split()) <= SHORT_TITLE and mk.type != "bullet"
                    and rest[-1:] != "," and not rest.split()[-1][:1].isupper() and not starts_with_verb(rest))
                self.open_marker(mk, indent, start, end, raw, nested=inline)
                self.prev_was_heading_line = True
                self.prev_blank = False
                prev_clean = clean
                continue
            if _is_upper(clean) and len(clean) < 200:
                node = self.current
                if (node is not None and node.kind == "item" and not node.children and node.rank <= RANKS["article"]
                        and (not node.paras or _is_upper(node.paras[-1])) and prev_clean[-1:] not in _TERMINAL):
                    if not node.paras:
                        node.paras.append("")
                    node.paras[-1] = f"{node.paras[-1]} {clean}".strip()   # a wrapped capitalised heading
                    node.end = end
                else:                                        # a section title: a new part begins
                    self.stack.clear()
                    self.current = None
                    self.prev_was_heading_line = False
                prev_clean = clean
                self.prev_blank = False
                continue
            if mk is None and self.in_body and _PASSED.match(clean):
                # "Nghị quyết này đã được Hội đồng nhân dân tỉnh … thông qua ngày …": the closing words of a text
                # a body passed, under no article or item (the last one ends above them)
                self.stack.clear()
                self.closing += 1
                self.current = _Open(key=("closing",), rank=99, indent=0, path=("PK", str(self.closing)),
                                     kind="paragraph", start=start, end=end)
                self.current.paras.append(clean)
                self.done.append(self.current)
                prev_clean = clean
                self.prev_blank = False
                continue
            starts_upper = clean[:1].isupper() or clean[:1].isdigit()
            new_para = self.prev_blank or not self.wrapped or (starts_upper and prev_clean[-1:] in ".;:!?…") or (
                starts_upper and self.prev_was_heading_line and self.title_line)
            node = self.current
            if (new_para and self.prev_blank and node is not None and node.kind == "bullet"
                    and indent <= node.indent):
                # an unindented paragraph after a list belongs to the list's parent
                self._close_to(lambda o: o.key[0] != "bullet")
                parent = self._parent()
                if parent is not None:
                    parent.paragraphs += 1
                    self.current = self._push(("para",), 60, indent, f"¶{parent.paragraphs}", "paragraph",
                                              start, end, clean)
                    self.stack.pop()
                    self.current = self.done[-1]
                    prev_clean = clean
                    self.prev_blank = False
                    continue
            self.add_text(clean, start, end, new_para)
            self.prev_was_heading_line = False
            prev_clean = clean
            self.prev_blank = False
        return self.finish()

    def _laid_out_block(self, raw: str, start: int, end: int) -> bool:
        """A document converted from a word processor keeps its two-column header ("| BỘ …<br>------- | CỘNG HÒA
        …<br>Độc lập … |", "| Số: … | *Hà Nội, ngày …* |") and its "Nơi nhận" beside the signature ("| Nơi nhận:
        - …; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Tạ Minh Khôi |") as table rows: read as the header
        lines, the recipients and the signature they are. True when the row was one of those."""
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        if all(_TABLE_SEP.match(c) or not c for c in cells):
            return not self.in_body or self.skipping     # the separator row of such a block
        lines = [[_clean_line(x)[0] for x in re.split(r"<br\s*/?>", c, flags=re.IGNORECASE)] for c in cells]
        lines = [[x for x in ls if x and not re.fullmatch(r"[-_=.]+", x)] for ls in lines]
        first = " ".join(lines[0]) if lines else ""
        if _RECIPIENTS.match(first.split(":")[0] + ":") and len(cells) > 1:
            self.open_recipients(start, end)
            for said in re.split(r"(?:^|[;,.]?\s+)[-–•+]\s+", first.split(":", 1)[1] if ":" in first else ""):
                if said.strip(" ;.,"):
                    self.recipient(said.strip(" ;"), end)
            titles, name = _signature(" ".join(" ".join(ls) for ls in lines[1:]))
            if name and not self.meta.signer:
                self.meta.signer, self.meta.signer_titles = name, titles
            self.skipping = True
            return True
        if self.in_body:
            return False
        pieces = [x for ls in lines for x in ls]
        if not pieces or any(len(x.split()) >= 15 for x in pieces) or not any(
                _is_upper(x) or _NUMBER_LINE.match(x) or _PLACE_DATE.match(x) for x in pieces):
            return False
        for piece in pieces:
            self.header_meta(piece)
        return True

    def row_or_start(self, raw: str, start: int, end: int) -> None:
        self.table_row(raw, start, end)

    def finish(self) -> Segmented:
        # each node's end is the end of its last descendant's own text? No: its own text only.
        records = []
        for node in self.done:
            records.append(self._record(node))
        self.meta.records = [r for r in records if r["text"] or r["heading"]]
        self._header_metadata()
        return self.meta

    def _record(self, node: _Open) -> dict:
        paras = [p.strip() for p in node.paras if p.strip()]
        heading = ""
        kind = node.kind
        if node.inline and paras:
            # the clause reads whole, as written; its items are also clauses of their own
            own = ("\n".join(p.strip() for p in k.paras) for k in node.inline)
            paras[-1] = " ".join([paras[-1], *(f"{k.path[-1]} {t}" for k, t in zip(node.inline, own))])
        children = node.children - len(node.inline)
        if node.kind == "recipients":
            named = "Kính gửi" if node.path == ("KG",) else "Nơi nhận"
            heading, text = (named if paras else ""), "\n".join(p.lstrip("-–•+* ") for p in paras)
        elif node.kind == "row":
            text = "; ".join(f"{h}: {c}" for h, c in node.columns if c)
            heading = next((c for _, c in node.columns if c), "")
        elif children and paras:
            heading = paras[0]
            text = "\n".join(paras[1:]) or heading
            if len(paras) == 1 and node.kind == "item":
                kind = "heading"
        elif len(paras) > 1 and paras[0][-1:] not in _TERMINAL and len(paras[0]) < 200:
            heading, text = paras[0], "\n".join(paras[1:])
        else:
            heading = node.bold_heading if node.bold_heading and paras and paras[0] != node.bold_heading else ""
            text = "\n".join(paras)
        return {
            "path": node.path, "kind": kind, "heading": heading, "text": text,
            "span": (node.start, node.end), "columns": node.columns,
            "parent": id(node.parent) if node.parent else None, "node": id(node),
        }

    def _header_metadata(self) -> None:
        joined = " ".join(self.header_lines)
        m = re.search(r"Số\s*:?\s*([0-9]+[\w/\-ĐđÀ-ỹ.]*)", joined)
        if m:
            self.meta.number = m.group(1).rstrip(".,")
        m = re.search(r"(?:^|\s)([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s*,\s*ngày\s+\d", joined)
        if m:
            self.meta.place = m.group(1)
        m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", joined)
        if m:
            d, mo, y = (int(x) for x in m.groups())
            if 1 <= d <= 31 and 1 <= mo <= 12:
                self.meta.date = f"{y:04d}-{mo:02d}-{d:02d}"
        # the kind in capitals ("BÁO CÁO") before a title that merely begins with it ("# Báo cáo kết quả …")
        order = sorted(range(len(self.header_lines)), key=lambda i: not _is_upper(self.header_lines[i]))
        for i in order:
            line = self.header_lines[i]
            kind = next((k for k in _KINDS if line.upper().startswith(k)), "")
            if kind:
                rest = [x for x in self.header_lines[i:i + 5] if not _NUMBER_LINE.match(x)]
                # "BỘ TRƯỞNG BỘ …" under the title is who decides, not the title's last line
                rest = rest[:next((j for j, x in enumerate(rest) if j > 1 and _AUTHORITY.match(x)), len(rest))]
                self.meta.title = " ".join(rest)[:300]
                kind = "THÔNG BÁO KẾT LUẬN" if re.match(r"THÔNG BÁO\s+KẾT LUẬN", " ".join(rest).upper()) else kind
                self.meta.type = kind.capitalize()
                break
        else:
            subject = next((i for i, line in enumerate(self.header_lines) if _SUBJECT_LINE.match(line)), None)
            if subject is not None:         # a letter ("công văn") has no kind line, its subject is "V/v …"
                lines = [_SUBJECT_LINE.sub("", self.header_lines[subject]).strip()]
                for line in self.header_lines[subject + 1:]:
                    if not line[:1].islower() and not line[:1].isdigit() or _PLACE_DATE.match(line):
                        break           # wrapped, the subject runs on in lower case ("quý IV/2025 thực hiện …")
                    lines.append(line)
                self.meta.title = " ".join(lines)[:300]
                self.meta.type = "Công văn"
        self.meta.issuer_lines = tuple(_issuer_lines(self.header_lines))
        self.meta.header_lines = tuple(self.header_lines)


_AUTHORITY = re.compile(r"^(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|THỦ TƯỚNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÍNH PHỦ$|"
                        r"ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\b")
_KINDS = ("NGHỊ QUYẾT", "KẾ HOẠCH", "THÔNG BÁO", "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾT LUẬN", "CHƯƠNG TRÌNH",
          "ĐỀ CƯƠNG", "LUẬT", "NGHỊ ĐỊNH", "THÔNG TƯ", "CÔNG VĂN", "BÁO CÁO", "ĐỀ ÁN", "HƯỚNG DẪN", "QUY ĐỊNH")
# the national and party mottos of a header block name no issuer
_MOTTO_OPENING = r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI"      # the first words of either motto
_MOTTO = re.compile(rf"^(?:{_MOTTO_OPENING}|CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP\b)")


# where a second post begins in a signature written on one line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG")
_SECOND_POST = re.compile(r"\s(?=(?:PHÓ|THỨ|CHÁNH|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TỔNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN)\b)")


# an academic degree written before the signer's name ("PGS.TS. Trịnh Khải Hoàn", "GS. TSKH. …"): not a post
_DEGREE = re.compile(r"(?:\s*\b(?:GS|PGS|TS|TSKH|ThS|THS|KS|BS|CN|NGƯT|NGND)\.)+\s*$")


def _signature(block: str) -> tuple[tuple[str, ...], str]:
    """The posts and the name of a signature block flattened into one line: "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký)
    Tạ Minh Khôi" -> (("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), "Tạ Minh Khôi")."""
    block = re.sub(r"\((?:đã ký|ký|dấu)[^)]*\)", " ", block, flags=re.IGNORECASE)
    name = re.search(rf"({_NAME_WORDS})\s*$", block.strip())
    posts = _DEGREE.sub("", " ".join(block[:name.start() if name else len(block)].split()))
    if not posts or not _is_upper(posts):
        return (), name.group(1) if name else ""
    capacity = re.match(r"(?:KT|TM|TL|TUQ|Q)\.\s*", posts)
    at = capacity.end() if capacity else 0
    cut = _SECOND_POST.search(posts, at + 1)
    titles = (posts[:cut.start()], posts[cut.end():]) if cut else (posts,)
    return tuple(t.strip() for t in titles if t.strip()), name.group(1) if name else ""


# a line that is only a page number, as text copied from a PDF keeps it: "2", "- 3 -", "Trang 4", "5/6"
_PAGE_NUMBER = re.compile(r"\s*(?:[-–]\s*)?(?:Trang\s+)?(\d{1,3})(?:\s*/\s*\d{1,3})?(?:\s*[-–])?\s*", re.IGNORECASE)
SHORT_TITLE = 8             # the most words of a numbered line read as a title in hard-wrapped text
RUNNING_HEADER = 150        # the longest line read as a running header


PAGE_TOP = 15               # the most lines a web page puts above the header block of the document it shows


def _above_header(text: str) -> set[int]:
    """The lines a web page puts above the header block of the document it shows (its menus, its own name in
    capitals, the page's title: "Đăng nhập | Đăng ký", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …", "Nghị quyết số 15/2025/NQ-HĐND
    quy định …"), by their start. The header block is the run of capitals, rules, number and place-date lines that
    holds the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and the number line ("Số: …") within a few lines of it;
    none when the document opens with it, has no such block, or more than PAGE_TOP lines stand above it."""
    lines = [(start, raw.strip(" \t#*_|")) for start, _, raw in _lines(text) if raw.strip(" \t#*_|-")]
    head = lines[:PAGE_TOP + 12]
    motto = next((i for i, (_, ln) in enumerate(head) if _is_upper(ln) and re.search(_MOTTO_OPENING, ln)), None)
    if motto is None:
        return set()
    numbered = [i for i, (_, ln) in enumerate(head) if _NUMBER_LINE.match(ln) and abs(i - motto) <= 4]
    if not numbered:
        return set()
    top = min(motto, *numbered)
    while top > 0 and (_is_upper(lines[top - 1][1]) or _NUMBER_LINE.match(lines[top - 1][1])
                       or _PLACE_DATE.match(lines[top - 1][1]) or not re.search(r"\w", lines[top - 1][1])):
        top -= 1
    # only when a line of running words stands above it (which would open the body before the header)
    above = [ln for _, ln in lines[:top]]
    if top > PAGE_TOP or not any(len(ln.split()) >= 8 and not _is_upper(ln) for ln in above):
        return set()
    return {start for start, _ in lines[:top]}


def _page_furniture(text: str) -> set[int]:
    """The starts of the lines a PDF's pages add to copied text: page numbers (two at least, counting up) and
    a line repeated beside them (a running header such as "Thông báo kết luận số 318-TB/TU ngày …")."""
    lines = list(_lines(text))
    numbers = [i for i, (_, _, raw) in enumerate(lines) if raw.strip() and _PAGE_NUMBER.fullmatch(raw)]
    pages = [int(_PAGE_NUMBER.fullmatch(lines[i][2]).group(1)) for i in numbers]
    if len(numbers) < 2 or pages != sorted(set(pages)):
        return set()
    seen: dict[str, int] = {}
    for _, _, raw in lines:
        if raw.strip():
            seen[raw.strip()] = seen.get(raw.strip(), 0) + 1
    beside = {lines[j][2].strip() for i in numbers for j in (i - 1, i + 1) if 0 <= j < len(lines)
              and 1 < seen.get(lines[j][2].strip(), 0) and len(lines[j][2].strip()) <= RUNNING_HEADER
              and not _PAGE_NUMBER.fullmatch(lines[j][2])}
    found = {i for i, (_, _, raw) in enumerate(lines) if i in numbers or raw.strip() in beside}
    # the blank lines around a page break are the page's margin, not a paragraph's end: "… 100% cơ sở giáo" /
    # "Trang 3/8" / running header / "dục phổ thông …" is one sentence
    for i in sorted(found):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j][2].strip():
                found.add(j)
                j += step
    return {lines[i][0] for i in found}


_GAP = re.compile(r"\s{2,}")
ALIGNED_ROWS = 3            # lines in a row laid out in three columns or more, to be a table
ALIGNED_CELL = 60           # the longest cell of such a table


def _aligned_tables(text: str, skip: set[int]) -> dict[int, str]:
    """Tables laid out with spaces ("TT  Chỉ tiêu      Kế hoạch 2025   Thực hiện"), as copied from a PDF: each of
    their lines (the start of each, to the line written as a table row "| TT | Chỉ tiêu | … |")."""
    out: dict[int, str] = {}
    block: list[tuple[int, list[str]]] = []

    def close() -> None:
        width = len(block[0][1]) if block else 0
        if len(block) >= ALIGNED_ROWS and all(width - 1 <= len(cells) <= width for _, cells in block):
            out.update({start: "| " + " | ".join(cells) + " |" for start, cells in block})
        block.clear()

    for start, _, raw in _lines(text):
        if start in skip:
            continue
        cells = [c for c in _GAP.split(raw.strip()) if c]
        if len(cells) >= 3 and not raw.lstrip().startswith("|") and all(len(c) <= ALIGNED_CELL for c in cells):
            block.append((start, cells))
            continue
        close()
    close()
    return out


_CELL = re.compile(r"\S+(?: \S+)*")          # a cell of a line laid out with spaces: words one space apart
_ROW_KEY = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)?)")   # "1", "1.2", "II", "a)"
CELL_SLACK = 2              # how far a cell may start from its column's start


def _layout_tables(text: str, skip: set[int]) -> tuple[dict[int, str], set[int]]:
    """Tables copied from a PDF laid out in columns ("pdftotext -layout"), whose cells wrap onto the lines below:
    a header of three columns or more, then rows each opened by its number at the margin ("1", "II") and
    continued on indented lines, across blank lines and page breaks (`skip`). Each line becomes a table row with
    its words put in the column they start under (a continuation row has an empty first cell, which the
    segmenter joins to the row above); the blank lines inside are returned to be passed over."""
    lines = list(_lines(text))
    rows: dict[int, str] = {}
    absorbed: set[int] = set()

    def cells(raw: str) -> list[tuple[int, str]]:
        return [(m.start(), m.group()) for m in _CELL.finditer(raw.replace("\f", " "))]

    i = 0
    while i < len(lines):
        start, _, raw = lines[i]
        head = cells(raw)
        i += 1
        if start in skip or len(head) < 3 or raw.lstrip().startswith("|") or raw[:1].isspace() \
                or any(len(c) > ALIGNED_CELL for _, c in head):
            continue
        columns = [pos for pos, _ in head]
        names = [c for _, c in head]

        def place(found: list[tuple[int, str]]) -> list[str]:
            out = [""] * len(columns)
            for pos, c in found:
                k = max(j for j, col in enumerate(columns) if col <= pos + CELL_SLACK or j == 0)
                out[k] = f"{out[k]} {c}".strip()
            return out

        table, blanks, keys, j = {}, [], 0, i
        while j < len(lines):
            s, _, line = lines[j]
            found = cells(line)
            group = _GROUP_CELL.match(line) if len(found) == 1 and not line[:1].isspace() else None
            if s in skip:
                pass
            elif not found:
                blanks.append(s)
            elif _SEPARATOR.match(line) and not keys:
                absorbed.add(s)     # the rule under the header ("-------")
            elif group and group.group(2) in _ROMAN_GROUPS:
                # "I. NÂNG CAO NHẬN THỨC …": a group row across the columns, its numeral and its name
                table[s] = [group.group(2), group.group(3)] + [""] * (len(columns) - 2)
                absorbed.update(blanks)
                blanks = []
            elif not line[:1].isspace() and _ROW_KEY.fullmatch(found[0][1]) and len(found) >= 2:
                table[s], keys = place(found), keys + 1
                absorbed.update(blanks)
                blanks = []
            elif line[:1].isspace() and found[0][0] >= columns[1] - CELL_SLACK and (keys or not blanks):
                if keys:        # a row's cells going on, maybe after a page break
                    table[s] = place(found)
                    absorbed.update(blanks)
                    blanks = []
                else:           # the header's own second line ("Thời gian / hoàn thành")
                    names = [f"{a} {b}".strip() for a, b in zip(names, place(found))]
                    absorbed.add(s)
            else:
                break
            j += 1
        if keys >= ALIGNED_ROWS:
            rows[start] = "| " + " | ".join(names) + " |"
            rows.update({s: "| " + " | ".join(c) + " |" for s, c in table.items()})
            i = j
    return rows, absorbed


_ROMAN_GROUPS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+\s*$")        # "+------+-------+" / "+======+=======+"
_CAPTION = re.compile(r"^\W*(Bảng|Biểu)\s+(?:số\s+)?(\d{1,2}|[IVX]{1,4})\s*[.:\-–]\s*\S")
_TOTAL_ROW = re.compile(r"(?i)^\W*(?:tổng cộng|tổng số|cộng|tổng)\b")
CAPTION_RANK = 30       # under a document's sections and items, above a table's group rows (40) and rows (45)


def _table_captions(text: str, skip: set[int], aligned: dict[int, str]) -> dict[int, str]:
    """The lines that caption the table right below them ("Bảng 1. Danh mục dự án", "Biểu số 2: …"), each with the
    name its rows are cited under ("Bảng 1"). A line that only mentions a table ("… tại Bảng 1 Phụ lục") is none."""
    lines = [(start, aligned.get(start, raw)) for start, _, raw in _lines(text) if start not in skip and raw.strip()]
    found = {}
    for (start, raw), (_, after) in zip(lines, lines[1:]):
        m = _CAPTION.match(raw.strip())
        if m and len(raw.split()) <= 30 and after.strip().startswith("|"):
            found[start] = f"{m.group(1)} {m.group(2)}"
    return found


_GROUP_CELL = re.compile(r"^(\W*)([IVXL]{1,5}|[A-Z])\.?\s+(.+)$")     # "**I. THỂ CHẾ, …**": a group's numeral


def _parse_grid(block: list[str]):
    """docutils' reading of a grid table (column widths, header rows, body rows); None where it is malformed.
    docutils is loaded only for a text holding one."""
    from docutils.parsers.rst.tableparser import GridTableParser, TableMarkupError
    from docutils.statemachine import StringList
    try:
        return GridTableParser().parse(StringList(block))
    except (TableMarkupError, IndexError, ValueError):
        return None


def _grid_tables(text: str, skip: set[int]) -> tuple[dict[int, str], set[int]]:
    """Grid tables, as pandoc writes a Word table into markdown ("+----+----+" borders, cells wrapped over several
    lines, a group row spanning every column), read with docutils' grid-table parser. A table with a header
    (a "+====+" line) becomes one "| … |" row a row, its cells' lines joined, on the line where the row starts;
    a group row spanning the columns is split into its numeral and its name ("| I | THỂ CHẾ … |"); a cell spanning
    rows is repeated in each. A table without one lays out a page (the signature beside "Nơi nhận") and becomes one
    row whose cells keep their lines ("<br>"). Its other lines are returned to be passed over."""
    lines = list(_lines(text))
    rows: dict[int, str] = {}
    covered: set[int] = set()
    i = 0
    while i < len(lines):
        if lines[i][0] in skip or not _GRID_BORDER.match(lines[i][2]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][2][:1] in ("+", "|"):
            j += 1
        parsed = _parse_grid([raw.rstrip() for _, _, raw in lines[i:j]])
        if parsed is None:
            i = j
            continue
        widths, head, body = parsed
        width = len(widths)
        layout = not head
        spanned: dict[int, tuple[int, str]] = {}        # column -> (rows left, text) of a cell spanning rows
        placed: dict[int, str] = {}
        for row in head + body:
            cells, top = [""] * width, None
            for k, cell in enumerate(row):
                if cell is None:
                    if k in spanned and spanned[k][0] > 0:
                        left, said = spanned[k]
                        cells[k], spanned[k] = said, (left - 1, said)
                    continue
                more_rows, more_cols, offset, content = cell
                said = ("<br>" if layout else " ").join(x.strip() for x in content if x.strip())
                cells[k] = said
                top = offset if top is None else min(top, offset)
                if more_rows:
                    spanned[k] = (more_rows, said)
                if more_cols == width - 1 and not layout and (m := _GROUP_CELL.match(said)):
                    cells[k:k + 2] = [m.group(2), m.group(1) + m.group(3)]
            if top is not None:
                placed[top] = "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
        for n in range(i, j):
            start = lines[n][0]
            if n - i in placed:
                rows[start] = placed[n - i]
            else:
                covered.add(start)
        i = j
    return rows, covered


_ADDRESSED = re.compile(r"^\W*k[íi]nh\s+g[ửu]i\s*:?\s*", re.IGNORECASE)
_TRAIL = re.compile(r"\s+[>|»›]\s+")
TRAIL_PART = 6              # the most words of each part of a web page's breadcrumb or posting line


def _page_trail(line: str) -> bool:
    """A web page's breadcrumb ("Trang chủ > Văn bản - Báo cáo > Báo cáo định kỳ") or posting line ("Đăng lúc:
    08:42, 06/10/2025 | Lượt xem: 1.384 | In bài"), as a document saved from a portal keeps above its header:
    three short parts or more, split by ">" or "|"."""
    parts = _TRAIL.split(line.strip())
    return len(parts) >= 3 and all(0 < len(p.split()) <= TRAIL_PART for p in parts)


# the first line of a signature block: a capacity ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ") or a post alone
_SIGNING = re.compile(r"^(?:(?:KT|TM|T/M|TL|TUQ|Q)\.?\s+[A-ZĐÀ-Ỹ]|(?:PHÓ |TỔNG |THỨ |CHÁNH )?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ "
                      r"TRƯỞNG|TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|VĂN PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|VIỆN TRƯỞNG)$)")
SIGNATURE_LINES = 6         # the most lines of a signature block, blank ones left out


def _signature_lines(text: str) -> tuple[set[int], tuple[str, ...], str]:
    """A signature block written in lines of its own, wherever it stands (a letter signs above its "Nơi nhận"):
    the capacity and post in capitals, "(đã ký)", then the name ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (đã ký) / Lương
    Thị Thanh Vân"). The starts of its lines, its posts and its signer; the first such block of the text (an
    attachment after it signs for itself)."""
    lines = [(start, raw.strip().strip("*").strip()) for start, _, raw in _lines(text) if raw.strip()]
    for i, (_, line) in enumerate(lines):
        if not _SIGNING.match(line) or len(_columns(line)) > 1:
            continue
        posts, starts = [], []
        for start, later in lines[i:i + SIGNATURE_LINES]:
            if (named := _NAME.match(later)) and posts:
                return {*starts, start}, tuple(posts[-2:]), named.group(1)
            if _SIGNED.match(later):
                starts.append(start)
            elif _is_upper(later) and len(_columns(later)) == 1:
                posts.append(later)
                starts.append(start)
            else:
                break
    return set(), (), ""


def _columns(raw: str) -> list[str]:
    """The parts of a line laid out in columns (three spaces or more between them), as in text taken from a
    two-column header or signature block."""
    return [p for p in re.split(r"\s{3,}", raw.strip()) if p.strip()]


def _issuer_lines(header: list[str]) -> list[str]:
    """The upper-case lines above the number line ("Số …"), mottos left out: "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "ĐẢNG ĐOÀN QUỐC HỘI" (the issuing body is the last)."""
    out = []
    for line in header:
        if _NUMBER_LINE.match(line):
            break
        text = line.strip(" *-_")
        if text and _is_upper(text) and not _MOTTO.match(text.upper()) and not any(text.startswith(k) for k in _KINDS):
            out.append(text)
    return out


# bullets a PDF writes in a symbol font's private code points ("" U+F0B7, "" U+F0A7) or as shapes ("▪", "●"):
# read as "•", one character for one, so that spans still index the text
_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25aa\u25cf\u25e6", "•"))


def segment_text(text: str) -> Segmented:
    """Segment a decoded document text. Spans index into ``text`` itself."""
    text = text.translate(_BULLETS)
    return _Segmenter(nfc(text) if text != nfc(text) and len(nfc(text)) == len(text) else text).run()
