"""What the assistant returns: an Answer with numbered Citations to real clauses."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    n: int                          # the marker used in the answer: [1], [2] …
    doc_id: str
    clause_id: str                  # "" for a citation of a whole document (metadata answers)
    label: str                      # "03/NQ-CP, mục III.5"
    path: tuple[str, ...]
    text: str                       # the cited passage: the clause, or of a long one the sentences around the
                                    # answer, "…" marking what is left out
    highlight: tuple[int, int] | None = None   # the answering span inside `text`
    span: tuple[int, int] = (0, 0)  # the clause's place in its source file
    document: str = ""              # the document's title
    caveat: str = ""                # e.g. unofficial transcription
    clause_text: str = ""           # the whole clause, when `text` is a passage of it

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = list(self.path)
        d["span"] = list(self.span)
        d["highlight"] = list(self.highlight) if self.highlight else None
        return d


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    related: tuple[Citation, ...] = ()         # "có thể liên quan" when abstaining
    intent: str = "generic"
    confidence: float = 0.0
    generator: str = "extractive"
    note: str = ""
    timings_ms: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "question": self.question, "answer": self.answer, "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "intent": self.intent, "confidence": round(self.confidence, 4), "generator": self.generator,
            "note": self.note, "timings_ms": self.timings_ms,
        }
