"""`hoidap quiz`: study questions from the indexed documents, as JSON, Markdown, GIFT or Aiken."""
from __future__ import annotations

import sys

from hoidap.output import UserError

FORMATS = ("json", "md", "gift", "aiken")


def _types(text: str | None) -> list[str]:
    from assistant.quiz import TYPES
    types = [t.strip().lower() for t in (text or "").split(",") if t.strip()]
    bad = [t for t in types if t not in TYPES]
    if bad or not types:
        raise UserError(f"loại câu hỏi không rõ: {', '.join(bad) or '(trống)'}; "
                        f"chọn một hoặc nhiều trong: {', '.join(TYPES)} (ví dụ --types tf,mc)")
    return types


def quiz(args, settings) -> int:
    from assistant import Assistant
    from assistant.quiz import QuizError, generate
    from assistant.quiz_formats import aiken_skipped, to_aiken, to_gift, to_json, to_markdown
    from indexing import IndexingError

    n = getattr(args, "n", 10)
    if not isinstance(n, int) or n < 1 or n > 1000:
        raise UserError(f"số câu hỏi -n phải từ 1 đến 1000 (nhận được {n})")
    fmt = getattr(args, "format", "json") or "json"
    if fmt not in FORMATS:
        raise UserError(f"định dạng không rõ: {fmt}; chọn trong {', '.join(FORMATS)}")
    types = _types(getattr(args, "types", "tf,mc,cloze"))
    if fmt == "aiken":
        if "mc" not in types:
            raise UserError("định dạng Aiken chỉ chứa câu trắc nghiệm: hãy chọn --types mc")
        if len(types) > 1:
            sys.stderr.write("Lưu ý: Aiken chỉ chứa câu trắc nghiệm; chỉ sinh câu loại mc.\n")
        types = ["mc"]
    try:
        assistant = Assistant(settings)
    except IndexingError as exc:
        raise UserError(str(exc)) from None
    doc_ids = list(args.doc) if getattr(args, "doc", None) else None
    try:
        items = generate(assistant, n=n, types=types, seed=getattr(args, "seed", 0) or 0, doc_ids=doc_ids,
                         section=getattr(args, "section", None))
    except QuizError as exc:
        raise UserError(str(exc)) from None
    if not items:
        where = f" trong mục {args.section}" if getattr(args, "section", None) else ""
        raise UserError(f"không sinh được câu hỏi nào từ văn bản đã chọn{where} "
                        "(không có nhiệm vụ, thời hạn, chỉ tiêu hay thông tin văn bản phù hợp)")
    if len(items) < n:
        sys.stderr.write(f"Lưu ý: chỉ sinh được {len(items)}/{n} câu hỏi từ phạm vi đã chọn.\n")
    if fmt == "json":
        text = to_json(items) + "\n"
    elif fmt == "md":
        names = ", ".join(doc_ids) if doc_ids else "các văn bản về Nghị quyết 57-NQ/TW"
        text = to_markdown(items, title=f"Câu hỏi ôn tập: {names}")
    elif fmt == "gift":
        text = to_gift(items)
    else:
        skipped = aiken_skipped(items)
        if skipped:
            sys.stderr.write(f"Lưu ý: Aiken chỉ chứa câu trắc nghiệm; bỏ qua {skipped} câu khác.\n")
        text = to_aiken(items)
    sys.stdout.write(text)
    return 0
