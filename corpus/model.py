"""Frozen dataclasses that cross package borders: Document and Clause."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """One source file with the metadata its text lacks or hides."""

    id: str
    filename: str
    title: str
    number: str = ""          # "03/NQ-CP"; empty when the document has none
    type: str = ""            # "Nghị quyết", "Kế hoạch", "Thông báo", "Đề cương", "Phụ lục"
    date: str = ""            # ISO date of issue, or of the meeting it reports
    issuer: str = ""
    signer: str = ""
    source: str = ""          # where the text comes from
    caveat: str = ""          # e.g. unofficial transcription
    part_of: str = ""         # id of the document this one belongs to (appendices)
    cite_as: str = ""         # the name a citation uses ("03/NQ-CP")
    place: str = ""           # where it was issued, as its header writes it ("Hà Nội")
    filed: str = ""           # where its copies are kept, as its "Lưu:" line writes it ("VT, KGVX (2b)")
    sha256: str = ""          # of the raw file bytes
    encoding: str = "utf-8"

    @property
    def citation_name(self) -> str:
        return self.cite_as or self.number or self.title

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Clause:
    """A citable unit of a document: a numbered item, a bullet, a paragraph or a table row."""

    id: str                         # "03-NQ-CP:II.3.i"
    doc_id: str
    path: tuple[str, ...]           # the document's own markers: ("II", "3", "i")
    label: str                      # "03/NQ-CP, mục II.3.i"
    heading: str                    # the clause's own heading line (may be empty)
    text: str                       # display text: wraps joined, markdown stripped, NFC
    context: tuple[str, ...] = ()   # ancestors' headings, outermost first
    span: tuple[int, int] = (0, 0)  # character offsets in the decoded source text
    kind: str = "item"              # item | bullet | paragraph | row | heading | part | recipients, and apart from
    # the body: header | signature (corpus.furniture)
    # part: a "(1)" item written inside its parent's line; the parent keeps the whole text and is what
    # retrieval finds, a citation narrows to the part
    columns: tuple[tuple[str, str], ...] = field(default=())  # table rows: (header, cell)

    @property
    def full_text(self) -> str:
        """Heading and text together, as a reader sees the clause."""
        if self.heading and self.heading not in self.text:
            return f"{self.heading} {self.text}".strip()
        return self.text

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = list(self.path)
        d["context"] = list(self.context)
        d["span"] = list(self.span)
        d["columns"] = [list(c) for c in self.columns]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Clause":
        return cls(
            id=d["id"], doc_id=d["doc_id"], path=tuple(d["path"]), label=d["label"],
            heading=d.get("heading", ""), text=d["text"], context=tuple(d.get("context", ())),
            span=tuple(d.get("span", (0, 0))), kind=d.get("kind", "item"),
            columns=tuple(tuple(c) for c in d.get("columns", ())),
        )


@dataclass(frozen=True)
class Problem:
    """A document that could not be loaded or segmented, and why."""

    filename: str
    reason: str

    def to_dict(self) -> dict:
        return asdict(self)
