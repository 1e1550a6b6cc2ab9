"""One Settings object with defaults; the CLI fills it from flags > environment > config file."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from indexing import IndexSettings

GENERATORS = ("extractive", "openai")


@dataclass(frozen=True)
class Settings:
    corpus_dir: str = ""                 # empty: the bundled corpus
    index_dir: str = ".hoidap/index"
    index: IndexSettings = field(default_factory=IndexSettings)
    mode: str = "hybrid"                 # hybrid | bm25 | dense
    fusion: str = "weighted"             # weighted | rrf (measured on the dev set's tuning split: eval/README.md)
    dense_weight: float = 0.4
    doc_boost: float = 1.5               # clauses of a document the question names score higher
    k: int = 5                           # clauses considered for an answer
    abstain_threshold: float = 0.15      # calibrated on the tuning halves: `hoidap eval calibrate`
    max_question_chars: int = 2000
    generator: str = "extractive"        # extractive | openai
    openai_base_url: str = ""
    openai_model: str = ""
    openai_api_key: str = field(default="", repr=False)
    openai_timeout_s: float = 20.0
    today: str = ""                      # ISO date for "overdue" questions; empty: the real today

    def __post_init__(self):
        if self.generator not in GENERATORS:
            raise ValueError(f"generator must be one of {GENERATORS}, got {self.generator!r}")
        if self.k < 1 or self.k > 50:
            raise ValueError(f"k must be within 1..50, got {self.k}")
        if not 0 <= self.abstain_threshold <= 1:
            raise ValueError(f"abstain_threshold must be within [0, 1], got {self.abstain_threshold}")
        if self.generator == "openai" and not (self.openai_base_url and self.openai_model):
            raise ValueError("generator 'openai' needs openai_base_url and openai_model "
                             "(HOIDAP_OPENAI_BASE_URL, HOIDAP_OPENAI_MODEL)")

    def public(self) -> dict:
        """Settings safe to print or report (no key)."""
        d = asdict(self)
        d["openai_api_key"] = "***" if self.openai_api_key else ""
        return d

    def with_(self, **changes) -> "Settings":
        index_changes = {k: v for k, v in changes.items() if k in {f.name for f in fields(IndexSettings)}}
        rest = {k: v for k, v in changes.items() if k not in index_changes}
        s = replace(self, **rest)
        if index_changes:
            s = replace(s, index=replace(s.index, **index_changes))
        return s

    @property
    def index_path(self) -> Path:
        return Path(self.index_dir)
