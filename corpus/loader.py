"""Loading a folder of documents: decoding, catalog metadata, segmentation, problems.

A file that cannot be read (not text, empty, no recognisable structure) is reported as a Problem
and skipped; the other files still load.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus.docx_text import docx_text
from corpus.errors import DecodeError
from corpus.furniture import furniture
from corpus.pdf_text import pdf_text
from corpus.labels import clause_id, clause_label
from corpus.model import Clause, Document, Problem
from corpus.normalize import nfc
from corpus.segment import segment_text

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf"}
CATALOG_NAME = "catalog.json"
BUNDLED_DIR = Path(__file__).resolve().parent / "documents"
BUNDLED_CATALOG = Path(__file__).resolve().parent / CATALOG_NAME


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    furniture: list[Clause] = field(default_factory=list)     # header and signature blocks, apart from the body
    problems: list[Problem] = field(default_factory=list)

    def document(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    def clauses_of(self, doc_id: str) -> list[Clause]:
        return [c for c in self.clauses if c.doc_id == doc_id]


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, then Windows-1258."""
    if not data.strip():
        raise DecodeError("tệp rỗng (empty file)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return nfc(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 hỏng (broken UTF-16): {exc.reason}") from exc
    if b"\x00" in data:
        raise DecodeError("tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        return nfc(data.decode("utf-8-sig")), "utf-8"     # marks composed: "ế" one character, as columns count it
    except UnicodeDecodeError:
        pass
    controls = sum(b < 9 or 13 < b < 32 for b in data)
    if controls > len(data) * 0.01:
        raise DecodeError("tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise DecodeError("không đọc được bảng mã (not UTF-8, UTF-16 or Windows-1258)") from exc
    return nfc(text), "cp1258"


def load_catalog(folder: Path) -> dict:
    """The folder's catalog.json, else the bundled one (for the bundled documents)."""
    for path in (folder / CATALOG_NAME, BUNDLED_CATALOG):
        if path.is_file():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                log.warning("catalog %s unreadable: %s", path, exc)
    return {}


def _slug(stem: str) -> str:
    return re.sub(r"[^\w\-]+", "-", stem).strip("-") or "doc"


_UNLISTED_BODY = re.compile(r"(?:Bộ|Sở|Cục|Tổng cục|Vụ|Viện|Trung tâm|Ban) ", re.IGNORECASE)


def written_as_titles(line: str) -> str:
    """An upper-case header or signature line as running text writes it: sentence case, with the agencies it
    names as the agency list writes them ("T/M ĐẢNG ĐOÀN QUỐC HỘI" -> "T/M Đảng đoàn Quốc hội")."""
    from corpus.agencies import find_agencies
    from corpus.normalize import fold
    text = line[:1] + line[1:].lower()
    for m in reversed(find_agencies(text)):
        name = m.agency.name if fold(m.surface) == fold(m.agency.name) else m.surface[:1].upper() + m.surface[1:]
        text = text[:m.start] + name + text[m.end:]
    # a ministry or department the list does not know: its name's first word, and the first after "và", capitalised
    # ("BỘ HẠ TẦNG VÀ ĐÔ THỊ" -> "Bộ Hạ tầng và Đô thị")
    if not find_agencies(text) and (m := _UNLISTED_BODY.match(text)):
        rest = re.sub(r"(^|\bvà |, )(\w)", lambda x: x.group(1) + x.group(2).upper(), text[m.end():])
        text = text[:m.end()] + rest
    # the place named after its kind or its party committee: "ủy ban nhân dân tỉnh Bắc Ninh", "Tỉnh ủy Hòa Lâm"
    text = re.sub(r"\b(tỉnh ủy|thành ủy|huyện ủy|quận ủy|tỉnh|thành phố|huyện|quận|xã|phường) (.+)$",
                  lambda m: f"{m.group(1)} {m.group(2).title()}", text, flags=re.IGNORECASE)
    return re.sub(r"^(t/m|tm\.|kt\.|tl\.|tuq\.|q\.)\s*(\w)", lambda m: f"{m.group(1).upper()} {m.group(2).upper()}", text,
                  flags=re.IGNORECASE)


def signed_by(name: str, titles: tuple[str, ...]) -> str:
    """"Nguyễn Hòa Bình (KT. Thủ tướng, Phó Thủ tướng)" from the signature block's lines."""
    return f"{name} ({', '.join(written_as_titles(t) for t in titles)})" if name and titles else name


def header_issuer(lines: tuple[str, ...]) -> str:
    """The issuing body a header block names: its last upper-case line, written as the agency list writes
    it ("ĐẢNG ĐOÀN QUỐC HỘI" -> "Đảng đoàn Quốc hội"), else in sentence case."""
    from corpus.agencies import lookup
    if not lines:
        return ""
    last = lines[-1]
    if len(lines) > 1 and _PLACE.match(last):           # "ỦY BAN NHÂN DÂN" / "TỈNH BẮC NINH"
        return written_as_titles(f"{lines[-2]} {last}")
    if len(lines) > 1 and len(last.split()) <= 2 and lookup(last) is None:
        # "ĐẢNG ỦY CHÍNH PHỦ" / "VĂN PHÒNG": the office of that body
        whole = lookup(f"{last} {lines[-2]}")
        return whole.name if whole is not None else written_as_titles(f"{last} {lines[-2]}")
    agency = lookup(last)
    return agency.name if agency is not None else written_as_titles(last)


def as_the_text_writes(name: str, text: str) -> str:
    """A name read from a header in capitals, as the document's own running text writes it where the casing guessed
    is not found: "Đại học quốc gia trường sơn" -> "Đại học Quốc gia Trường Sơn"; unchanged where the text writes
    it so, or only in capitals."""
    if not name or name in text:
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    forms = Counter(" ".join(m.group(0).split()) for m in pattern.finditer(text))
    mixed = [form for form, _ in forms.most_common() if not form.isupper() and form[:1].isupper()]
    return mixed[0] if mixed else name


_PLACE = re.compile(r"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ)\b")


def _signer(listed: str, read: str) -> str:
    """The catalogue's signer, or the one read from the signature block when the catalogue has none or names
    the same person without the capacity the block gives ("Trần Thanh Mẫn" -> "… (T/M Đảng đoàn Quốc hội,
    Bí thư)")."""
    if not listed or read.startswith(listed) and read[len(listed):len(listed) + 2] == " (":
        return read
    return listed


def load_document(path: Path, meta: dict | None = None) -> tuple[Document, list[Clause]]:
    """Decode and segment one file. Raises DecodeError for unusable files."""
    doc, clauses, _ = _read(path, meta)
    return doc, clauses


def _read(path: Path, meta: dict | None) -> tuple[Document, list[Clause], list[Clause]]:
    """A document, the clauses of its body and those of its header and signature blocks."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    text, encoding = (docx_text(data), "docx") if suffix == ".docx" else (pdf_text(data), "pdf") if suffix == ".pdf" \
        else decode(data)
    seg = segment_text(text)
    if not seg.records:
        raise DecodeError("không nhận ra cấu trúc văn bản nào (no recognisable structure)")
    meta = dict(meta or {})
    doc = Document(
        id=meta.get("id") or _slug(path.stem),
        filename=path.name,
        title=meta.get("title") or seg.title or path.stem,
        number=meta.get("number", seg.number),
        type=meta.get("type", seg.type),
        date=meta.get("date", seg.date),
        issuer=meta.get("issuer", as_the_text_writes(header_issuer(seg.issuer_lines), text)),
        signer=_signer(meta.get("signer", ""), signed_by(seg.signer, seg.signer_titles)),
        source=meta.get("source", ""),
        caveat=meta.get("caveat", ""),
        part_of=meta.get("part_of", ""),
        cite_as=meta.get("cite_as", ""),
        place=meta.get("place", seg.place),
        filed=meta.get("filed", seg.filed),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
    )
    by_node = {r["node"]: r for r in seg.records}
    clauses: list[Clause] = []
    seen: dict[str, int] = {}
    for r in seg.records:
        context, parent = [], by_node.get(r["parent"])
        while parent is not None:
            context.append(parent["heading"] or parent["text"][:200])
            parent = by_node.get(parent["parent"])
        cid = clause_id(doc.id, r["path"])
        if cid in seen:                       # a document that repeats a number
            seen[cid] += 1
            cid = f"{cid}~{seen[cid]}"
        else:
            seen[cid] = 1
        clauses.append(Clause(
            id=cid, doc_id=doc.id, path=tuple(r["path"]),
            label=clause_label(doc, r["path"], r["columns"]),
            heading=r["heading"], text=r["text"] or r["heading"], context=tuple(reversed(context)),
            span=tuple(r["span"]), kind=r["kind"], columns=tuple(r["columns"]),
        ))
    return doc, clauses, furniture(doc, text, seg, clauses)


def _unsupported(suffix: str) -> str:
    if suffix == ".doc":
        return "bỏ qua: tệp Word cũ (.doc) — hãy lưu lại thành .docx (old Word format: save it as .docx)"
    return f"bỏ qua: đuôi tệp {suffix or '(không có)'} không được hỗ trợ (unsupported file type)"


def load_corpus(folder: Path | str | None = None) -> Corpus:
    """Load every document of a folder (default: the bundled corpus)."""
    folder = Path(folder) if folder else BUNDLED_DIR
    corpus = Corpus()
    if not folder.is_dir():
        corpus.problems.append(Problem(str(folder), "thư mục không tồn tại (folder not found)"))
        return corpus
    catalog = load_catalog(folder)
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    for path in files:
        if path.suffix.lower() not in DOCUMENT_SUFFIXES or path.name.upper().startswith("README"):
            if path.name != CATALOG_NAME and path.suffix.lower() not in DOCUMENT_SUFFIXES:
                corpus.problems.append(Problem(path.name, _unsupported(path.suffix.lower())))
            continue
        try:
            doc, clauses, around = _read(path, catalog.get(path.name))
        except DecodeError as exc:
            corpus.problems.append(Problem(path.name, str(exc)))
            log.warning("skipped %s: %s", path.name, exc)
            continue
        except OSError as exc:
            corpus.problems.append(Problem(path.name, f"không đọc được tệp (cannot read): {exc.strerror}"))
            continue
        if any(d.id == doc.id for d in corpus.documents):
            corpus.problems.append(Problem(path.name, f"trùng mã văn bản {doc.id} (duplicate document id)"))
            continue
        corpus.documents.append(doc)
        corpus.clauses.extend(clauses)
        corpus.furniture.extend(around)
    return corpus
