"""A document's own lines around its body as clauses: the header block (issuer, number, place and date, kind and
title) and the signature with its "Lưu" line. Metadata answers cite them ("23-TB/TGV, phần đầu văn bản"), with the
date or the name marked; they are kept apart from the body's clauses, which retrieval and every list of clauses
read alone."""
from __future__ import annotations

import re

from corpus.model import Clause, Document

HEADER = "header"
SIGNATURE = "signature"
KINDS = (HEADER, SIGNATURE)
HEADER_LINES = 14           # the most header lines kept: a title wrapped over many lines is cut there

_RULE = re.compile(r"[\s*_=\-–—.~`#|]*")        # "---------------", "*": the header's rules, no words


def furniture(doc: Document, text: str, seg, body: list[Clause]) -> list[Clause]:
    """The header and signature clauses of a document segmented as `seg` (a corpus.segment.Segmented), where the
    text has them."""
    out = []
    lines = [line for line in seg.header_lines if not _RULE.fullmatch(line)][:HEADER_LINES]
    if lines:
        start = len(text) - len(text.lstrip())
        end = min((c.span[0] for c in body if c.span[1] > c.span[0]), default=len(text))
        out.append(Clause(id=f"{doc.id}:ĐẦU", doc_id=doc.id, path=("phần đầu",), heading="",
                          label=f"{doc.citation_name}, phần đầu văn bản", text="\n".join(lines),
                          span=(start, max(start, len(text[:end].rstrip()))), kind=HEADER))
    written = ([*seg.signer_titles, seg.signer] if seg.signer else []) + ([seg.filed] if seg.filed else [])
    if written:         # the posts, the name and the copies' places, as the text writes them
        lines = written[:-1] + [f"Lưu: {seg.filed}."] if seg.filed else written
        found = [(a, a + len(w)) for w in written if (a := text.rfind(w)) >= 0]
        span = (min(a for a, _ in found), max(b for _, b in found)) if found else (len(text), len(text))
        out.append(Clause(id=f"{doc.id}:CUỐI", doc_id=doc.id, path=("phần cuối",), heading="",
                          label=f"{doc.citation_name}, phần cuối văn bản", text="\n".join(lines), span=span,
                          kind=SIGNATURE))
    return out
