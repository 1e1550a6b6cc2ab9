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
    said, citations, signed = [], [], {}
    for post, source in list(posts.values())[:MOST_POSTS]:
        if isinstance(source, str):     # a document the person signs
            doc = assistant.index.document(source)
            cite = signed.get(source)
            if cite is None:
                cite = signed[source] = assistant.cite_document(len(citations) + 1, source, "signer")
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


# "Ông X được giao lo chuyện gì?", "… phụ trách việc gì?", "… có nhiệm vụ gì?": what a person named does (folded)
_ASKS_DUTY = re.compile(r"\b(?:duoc giao(?: lo)?|lo|phu trach|dam nhiem|co nhiem vu|co trach nhiem|lam)\s+"
                        r"(?:nhung |cac )?(?:viec|chuyen|nhiem vu|cong viec|mang|linh vuc)?\s*(?:gi|nao)\b")
# the post a roster writes after a member's name: "ông Ngô Quang Huy, Vụ trưởng Vụ Kế hoạch - Tài chính;"
_ROSTER_POST = re.compile(r",\s*((?:Phó\s+)?[A-ZĐ][\w]*\s+(?:trưởng|Giám đốc|Chánh|Tổng)?[^;.()\n]{3,100}?)\s*(?:[;.]|$)")


def duties(assistant, question: str) -> Answer | None:
    """"Trong Ban Chỉ đạo, ông Ngô Quang Huy được giao lo chuyện gì?": the member's post read from where the texts
    name him ("ông Ngô Quang Huy, Vụ trưởng Vụ Kế hoạch - Tài chính"), and the clause giving that post its duty
    ("d) Vụ trưởng Vụ Kế hoạch - Tài chính tổng hợp, cân đối, bố trí kinh phí …"); None where either is missing."""
    called = _CALLED.search(question)
    if called is None or not _ASKS_DUTY.search(fold(question).lower()):
        return None
    words = called.group(1).split()
    # the range À-Ỹ of `_NAME` holds lower-case letters too ("Ngô Quang Huy được"): the name ends at the first one
    name = " ".join(words[:next((i for i, w in enumerate(words) if not w[0].isupper()), len(words))])
    post = None
    for clause in assistant.index.clauses:
        at = clause.text.find(name)
        m = _ROSTER_POST.match(clause.text, at + len(name)) if at >= 0 else None
        if m:
            post, named_in = m.group(1).strip(), clause
            break
    if post is None:
        return None
    key = fold(post).lower()
    for clause in assistant.index.clauses:      # the clause opening with the post, a duty after it
        opening = fold(clause.text[:len(post) + 2]).lower()
        after = clause.text[len(post):].split()[:1]       # the duty's verb, not the next of a list ("…, Giám đốc …")
        if clause is not named_in and opening.startswith(key) and after and after[0][:1].islower():
            at = assistant.cite(2, clause, (0, len(clause.text)))
            where = named_in.text.find(post)
            return Answer(question=question, answer=f"{name}, {post} [1]: {clause.text} [2]", abstained=False,
                          citations=(assistant.cite(1, named_in, (where, where + len(post))), at), intent="role",
                          confidence=1.0)
    return None
