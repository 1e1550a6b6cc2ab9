"""Who a person named in the documents is: "Đồng chí Tô Lâm giữ chức vụ gì?", "Ông Nguyễn Hòa Bình là ai?",
"… xuất hiện với những vai trò nào?". The posts the texts write next to the name ("Tổng Bí thư Tô Lâm, Trưởng Ban
Chỉ đạo …") and the documents the person signs, each cited where it is written."""
from __future__ import annotations

import re

from assistant.metadata import display_name
from assistant.model import Answer
from corpus.normalize import fold

_ASKS = re.compile(r"\b(?:la ai|giu (?:chuc vu|cuong vi|vi tri|chuc danh) (?:gi|nao)|(?:chuc vu|cuong vi|vai tro|chuc danh)"
                   r" (?:gi|nao|la gi)|(?:voi|o|giu) (?:nhung |cac )?(?:vai tro|chuc vu|cuong vi) (?:gi|nao))\b")
# a person's name opens with a family name: the common Vietnamese ones ("Trường Sơn" of "Đại học Quốc gia Trường
# Sơn" is a place)
_FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Trịnh Đinh Lâm Mai Lương Tạ Hà "
           "Đào Cao Chu Nông Lục Vương Kiều Thái Triệu Quách Trương Đoàn Tống Khúc Nghiêm Lại Đàm Thân Tăng Châu Âu "
           "Giang La Mạc Doãn Hứa Lưu Đồng Phùng Kim Từ Tôn Ninh Vi Mẫn Hầu Hàn Lò Lường Quan Bế Sầm Ông Văn "
           "Thạch Danh Tiêu Bạch Khổng Diệp Ung Cù Lã Đậu Lạc Thiều Viên Yên").split()
_NAME = rf"(?:{'|'.join(sorted(set(_FAMILY), key=len, reverse=True))})(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){{1,3}}"
# the posts written next to a person's name
_POST = (r"(?:Phó\s+)?(?:Tổng Bí thư|Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Trưởng [Bb]an|Bí thư|Giám đốc|Ủy viên|"
         r"Chánh Văn phòng|Thường trực Ban Bí thư|Tổng Giám đốc|Viện trưởng|Hiệu trưởng)")
_BEFORE = re.compile(rf"(?P<post>{_POST}(?:\s+(?!và\b|đồng\b)[^\s,;.()]+){{0,10}}?)\s+(?P<name>{_NAME})")
_AFTER = re.compile(rf"(?P<name>{_NAME})(?P<posts>(?:,\s*{_POST}(?:(?!\s+và\b)[^,;.()\n]){{0,80}})+)")     # "Tô Lâm, Trưởng Ban …, …"
# where a post written after the name gives way to what the person does ("… Trưởng Ban Chỉ đạo chủ trì với …")
_DOES = re.compile(r"\s+(?:chủ trì|đã|đề nghị|kết luận|ký|phát biểu|tham dự|chỉ đạo|cho|với|tại|để|làm|khi|thì|là|có|"
                   r"được|sẽ|cần|yêu cầu|nhấn mạnh|và các|cùng)\b.*$")
_CALLED = re.compile(rf"(?i:ông|bà|đồng chí)\s+({_NAME})")       # a person named as such in the question
MOST_POSTS = 4


def answer(assistant, question: str) -> Answer | None:
    """The posts of the person the question names and asks about; None where it asks of no person the texts name."""
    key = fold(question).lower()
    if not _ASKS.search(key) or re.search(r"\bky\b", key):      # "… ký Kế hoạch 3260 với cương vị gì?": the signer's
        return None
    found = _posts(assistant)
    person = next((name for name in sorted(found, key=len, reverse=True) if name in question), None)
    if person is None:
        called = _CALLED.search(question)        # "Ông Phạm Minh Chính là ai?" and no text names him
        if called and not any(called.group(1) in c.text for c in assistant.index.clauses):
            return Answer(question=question, answer=f"Các văn bản đã nạp không nhắc tới {called.group(0)[:1].lower()}{called.group(0)[1:]}.",
                          abstained=True, intent="role", confidence=1.0)
        return None
    posts: dict[str, object] = {}       # post (folded) -> (as written, clause or document id)
    for post, source in found[person]:
        posts.setdefault(fold(post).lower(), (post, source))
    # "Trưởng Ban Chỉ đạo" says less than "Trưởng Ban Chỉ đạo Trung ương" beside it
    posts = {k: v for k, v in posts.items()
             if not any(o != k and any(part.startswith(k) for part in o.split(", ")) for o in posts)}
    said, citations = [], []
    for post, source in list(posts.values())[:MOST_POSTS]:
        if isinstance(source, str):     # a document the person signs
            doc = assistant.index.document(source)
            cite = next((c for c in citations if c.doc_id == source and not c.clause_id), None)
            if cite is None:
                cite = assistant.cite_document(len(citations) + 1, source)
                citations.append(cite)
            said.append(f"{post} (ký {display_name(doc)}) [{cite.n}]")
        else:
            cite = next((c for c in citations if c.clause_id == source.id), None)
            if cite is None:
                at = source.text.find(post)
                cite = assistant.cite(len(citations) + 1, source, (at, at + len(post)) if at >= 0 else None)
                citations.append(cite)
            said.append(f"{post} [{cite.n}]")
    return Answer(question=question, answer=f"{person}: " + "; ".join(said), abstained=False,
                  citations=tuple(citations), intent="role", confidence=1.0)


def _posts(assistant) -> dict[str, list[tuple[str, object]]]:
    """Every person the texts name beside a post, with the posts and where each is written (built once)."""
    cached = getattr(assistant, "_people", None)
    if cached is not None:
        return cached
    found: dict[str, list[tuple[str, object]]] = {}
    for doc in assistant.index.documents:
        m = re.match(rf"({_NAME}) \((.+)\)$", doc.signer or "")
        if m:
            found.setdefault(m.group(1), []).append((m.group(2), doc.id))
    for clause in assistant.index.clauses:
        for m in _BEFORE.finditer(clause.text):
            found.setdefault(m.group("name"), []).append((_DOES.sub("", " ".join(m.group("post").split())), clause))
        for m in _AFTER.finditer(clause.text):
            for post in re.split(r",\s*", m.group("posts"))[1:]:
                post = _DOES.sub("", re.sub(r"\s+và(?: đồng chí)?$", "", " ".join(post.split()))).strip()
                if re.match(_POST, post):
                    found.setdefault(m.group("name"), []).append((post, clause))
    assistant._people = found
    return found
