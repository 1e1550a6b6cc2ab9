"""Cut a long clause into passages for BM25, so a question that matches one paragraph of a long article
is not drowned by the article's length normalisation (the clause then scores as its best passage)."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")


def split_passages(text: str, max_chars: int) -> list[str]:
    """Pieces of at most `max_chars` characters (one overlong word excepted), cut at line ends first,
    then at sentence ends, then at spaces; consecutive short lines are packed together."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    pieces: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        for sentence in _SENTENCE_END.split(line) if len(line) > max_chars else [line]:
            while len(sentence) > max_chars:
                cut = sentence.rfind(" ", 0, max_chars + 1)
                if cut <= 0:
                    cut = max_chars
                pieces.append(sentence[:cut].strip())
                sentence = sentence[cut:].strip()
            if sentence:
                pieces.append(sentence)
    passages: list[str] = []
    for piece in pieces:
        if passages and len(passages[-1]) + 1 + len(piece) <= max_chars:
            passages[-1] += "\n" + piece
        else:
            passages.append(piece)
    return passages or [text.strip()]
