"""Two questions in one ("Bộ nào chủ trì X và Ban Chỉ đạo yêu cầu hoàn thành khi nào?"): split, answer
each part, merge the answers with one numbering of citations."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.extract import content_terms, has_person
from assistant.intent import classify
from assistant.model import Answer
from corpus.normalize import fold

# where a second question may start: "… và …", "…, còn …", "…; …", "… có … không, ai …?"
_JOINS = re.compile(r",?\s+(?:và|va|còn|con)\s+|\s*;\s+|\?\s+|(?:(?<=không)|(?<=khong)|(?<=chưa)|(?<=chua)),\s+|"
                    # "… là bao nhiêu, tổng dung lượng bao nhiêu Tbps?": a question word ends the first question
                    r"(?:(?<=\bbao nhiêu)|(?<=\bbao nhieu)|(?<=\bnào)|(?<=\bnao)|(?<=\bgì)|(?<=\bgi)|(?<=\bai)),\s+")
# question words (folded); "AI" in capitals is artificial intelligence, not "who"
_ASKS = re.compile(r"\b(nao|gi|bao nhieu|bao gio|bao lau|may|ai|co phai|ra sao|the nao|(?:o|tai|tren|toi|den|ve) dau)\b|"
                   r"\b(khong|chua|chu|a|ha)\s*\??$")      # "… vẫn tiếp tục chứ?", "… chủ trì à?"
# one question about two horizons: "… vào năm 2030 và năm 2045?", "… đến 2030, và đến 2045?"
_TWO_YEARS = re.compile(r"\b(?:năm\s+)?(20\d\d)\s*(?:,\s*(?:và|va)|,|và|va)\s+(?:(?:vào|vao|đến|den|tới|toi)\s+)?(?:năm\s+|nam\s+)?"
                        r"(20\d\d)\b", re.IGNORECASE)
# words a question for an agency or a time has without naming its subject ("bộ nào lo việc này?")
_ASKING_TERMS = {"bo", "quan", "co", "don", "vi", "nganh", "viec", "nay", "lo", "lam",
                 "nam", "thang", "ngay", "quy", "luc", "thoi", "diem", "den",      # "…, đến năm nào?"
                 "ket", "qua", "dau", "ra", "san", "pham"}                         # "…, kết quả đầu ra là gì?"
_ASKS_POST = re.compile(r"^(?:va |con )?(?:(?:giu|dam nhiem|la) )?(?:chuc|chuc vu|chuc danh|cuong vi) (?:gi|nao)\b")
# "… thời hạn hiện nay / đã được điều chỉnh …" (folded): the value as it now stands
_ASKS_ADJUSTED = re.compile(r"\b(?:hien nay|hien tai|dieu chinh)\b")
# ", so với mục tiêu năm 2025 đặt ra trong Kế hoạch 47?": a figure asked against its target
_AGAINST_TARGET = re.compile(r",\s+so với\s+((?:mục tiêu|chỉ tiêu|kế hoạch|yêu cầu)\b[^,;]*?)\s*\??\s*$", re.IGNORECASE)
_IF_SO = re.compile(r"(?:neu|trong truong hop) (?:co|dung|vay|duoc|phai)\b")
_WHERE_ALONE = re.compile(r"\s*(?:o|tai) dau\s*\??\s*")
_ASKS_OUTPUT = re.compile(r"\b(?:ket qua|dau ra|san pham)\b")       # what a task is to produce
_VERDICT = re.compile(r"^(?:Có|Không|Đúng|Sai)\. ")
OF_DOCUMENT = ("signer", "date", "issuer", "number")       # what one metadata answer states together
SHORT_PART = 3          # a first part with fewer content words borrows the topic of the second


# what a part asks, not what it is about: left out of the topic it lends the other part
_ASKING = re.compile(r"^(?:(?:bo|co quan|don vi|ben|to chuc|ai|cai|viec|linh vuc|nhung|cac) nao|nao|gi|ai|bao nhieu|"
                     r"bao gio|khi|do|la|chu tri|phoi hop|thoi han|han|hoan thanh|yeu cau|may)$")


def _subject(part: str) -> str:
    """A part's words without its asking ones: "Danh mục Công nghệ chiến lược do bộ nào chủ trì xây dựng?"
    lends "Danh mục Công nghệ chiến lược xây dựng"."""
    words = part.rstrip(" ?").split()
    keep, i = [], 0
    while i < len(words):
        pair = fold(" ".join(words[i:i + 2])).lower()
        if i + 1 < len(words) and _ASKING.match(pair) and words[i + 1:i + 2] != ["AI"]:
            i += 2
        elif _ASKING.match(fold(words[i]).lower()) and words[i] != "AI":
            i += 1
        else:
            keep.append(words[i])
            i += 1
    return " ".join(keep)


# "A và B lần lượt do ai chủ trì?", "… ở phía Chính phủ và ở phía Quốc hội là những cơ quan nào?": one question
# put to each of two subjects
_RESPECTIVELY = re.compile(r"^(?P<a>.+?)\s+(?:và|va)\s+(?P<b>.+?)\s+(?:lần lượt|lan luot)\s+(?P<ask>.+)$", re.IGNORECASE)
_EACH_SIDE = re.compile(r"^(?P<pre>.*?)\b(?P<p>(?:ở|o|tại|tai) (?:phía|phia)|(?:về|ve) (?:phía|phia))\s+(?P<a>[^,?]+?)\s+"
                        r"(?:và|va)\s+(?P=p)\s+(?P<b>[^,?]+?)\s+(?P<ask>(?:là|la|do|thì|thi)\b.+)$", re.IGNORECASE)


def _respectively(question: str) -> list[tuple[str, str]]:
    """Each subject with the question asked of both: "A và B lần lượt do ai chủ trì?" -> "A do ai chủ trì?",
    "B do ai chủ trì?"; "X ở phía A và ở phía B là gì?" -> "X ở phía A là gì?", "X ở phía B là gì?"."""
    m = _RESPECTIVELY.match(question.strip())
    if m and _asks(m.group("ask")):
        return [(f"{m.group('a').strip(' ,')} {m.group('ask')}", ""), (f"{m.group('b').strip(' ,')} {m.group('ask')}", "")]
    m = _EACH_SIDE.match(question.strip())
    if m and _asks(m.group("ask")):
        pre, p, ask = m.group("pre"), m.group("p"), m.group("ask")
        return [(f"{pre}{p} {m.group(side)} {ask}", "") for side in ("a", "b")]
    return []


def _tail_question(question: str) -> list[tuple[str, str]]:
    """"… xây dựng X và đưa vào khai thác, bộ nào chủ trì?", "…, và khi nào phải xong?": a last question
    after a comma that names no subject of its own asks about everything before it."""
    commas = list(re.finditer(r",\s+", question))
    if not commas:
        return []
    left, tail = question[:commas[-1].start()].strip(), question[commas[-1].end():].strip()
    tail = re.sub(r"^(và|va|còn|con)\s+", "", tail, flags=re.IGNORECASE)
    if not _asks(tail) or set(content_terms(tail)) - _ASKING_TERMS or not _asks(left) or not content_terms(left):
        return []
    return [(left if left.endswith("?") else left + "?", ""), (tail, _subject(left))]


def names_no_subject(part: str) -> bool:
    """"…, bộ nào chủ trì?", "và hạn hoàn thành là khi nào?": the part asks about what the rest of the
    question is about."""
    return not set(content_terms(part)) - _ASKING_TERMS


def answered_by(part: str, earlier: Answer, topic: str = "") -> bool:
    """A part that names no subject of its own is already answered when the answer to the rest of the
    question states what it asks (a task's lead, its deadline; a document's issuer, date and signer, which
    its metadata answer states together)."""
    if earlier.abstained:
        return False
    if earlier.intent in OF_DOCUMENT and classify(f"{topic} {part}").kind in OF_DOCUMENT \
            and classify(part).kind not in ("event", "basis", "title") and "hieu luc" not in fold(part).lower():
        # "…, còn cuộc họp … diễn ra ngày nào?" asks another date; "… và căn cứ văn bản nào?", "… có hiệu lực từ
        # khi nào?" what no summary says
        return True
    if earlier.intent == "date" and classify(part).kind in ("when", "date") and names_no_subject(part):
        return True         # "Văn bản nào ban hành muộn nhất, ngày nào?": the answer gives the date
    if _ASKS_POST.search(fold(part).lower()) and has_person(earlier.answer):
        return True         # "… là ai, giữ chức gì …?": the persons named with their posts ("…, Phó Trưởng Ban …")
    if not names_no_subject(part):
        return False
    # "Có. Chủ trì, phối hợp với …" names no lead: "Văn phòng Trung ương Đảng chủ trì; …" does
    head = fold(_VERDICT.sub("", earlier.answer.split("\n", 1)[0])).lower()
    kind = classify(part).kind
    if kind == "when" and asks_adjusted(part):
        return False        # "…, và thời hạn đã được điều chỉnh thế nào?": not the deadline first given
    return (kind == "lead" and re.search(r"\w\s+chu tri\b", head) is not None) or (kind == "when" and "thoi han" in head) or (
        kind == "coord" and "phoi hop:" in head) or (
        asks_output(part) and "ket qua:" in head)     # "…, sản phẩm đầu ra là gì?"


def asks_adjusted(part: str) -> bool:
    """"… thời hạn hiện nay / đã được điều chỉnh thế nào?": the value as it now stands, which the clause giving
    the first one may not say."""
    return bool(_ASKS_ADJUSTED.search(fold(part).lower()))


def asks_output(part: str) -> bool:
    """"…, và sản phẩm đầu ra là gì?": what a task is to produce (a table's "Kết quả" / "Sản phẩm" column)."""
    return bool(_ASKS_OUTPUT.search(fold(part).lower()))


def _asks(part: str) -> bool:
    return bool(_ASKS.search(fold(part.replace("AI", "")).strip()))


def split_compound(question: str) -> list[tuple[str, str]]:
    """[(part, topic)] for a question that asks two things, else [(question, "")]. `topic` is the other
    part's text, added to the part's retrieval query when the part does not name its subject itself.
    A question about two years ("… năm 2030 và năm 2045?") is asked once for each."""
    each = _respectively(question)
    if each:
        return each
    if any(_IF_SO.match(fold(question[m.end():]).lower()) for m in re.finditer(r",\s+", question)):
        return [(question, "")]     # "Có việc nào … không, nếu có là những việc gì?": one question, its "any" listed
    tail = _tail_question(question)
    if tail:
        return tail
    against = _AGAINST_TARGET.search(question)
    if against and _asks(question[:against.start()]):
        # "… ước đạt bao nhiêu, so với mục tiêu năm 2025 trong Kế hoạch 47?": the figure, then the target
        left = question[:against.start()].strip(" ,")
        target = f"{against.group(1).rstrip(' ?')} là bao nhiêu?"
        return [(f"{left}?", ""), (target, _subject(left))]
    for m in _JOINS.finditer(question):
        left, right = question[:m.start()].strip(" ,"), question[m.end():].strip()
        if not (_asks(left) and _asks(right)) or _WHERE_ALONE.fullmatch(fold(right).lower()):
            continue        # "… vào ngày nào và ở đâu?": one event's time and place, asked together
        if not content_terms(left):
            continue
        left_q = left if left.endswith("?") else left + "?"
        if not content_terms(right) or names_no_subject(right):
            # "… diễn ra ngày nào và do ai chủ trì?": the second part asks about the first one's subject
            if not names_no_subject(left):
                return [(left_q, ""), (right, _subject(left))]
            continue
        return [(left_q, _subject(right) if len(content_terms(left)) < SHORT_PART else ""), (right, _subject(left))]
    years = _TWO_YEARS.search(question)
    if years and years.group(1) != years.group(2):
        return [(f"{question[:years.start()]}năm {y}{question[years.end():]}", "") for y in years.groups()]
    return [(question, "")]


def merge(question: str, answers: list[Answer]) -> Answer:
    """One answer from the answers to the parts: texts in order, citations renumbered without duplicates."""
    cites, texts, key_to_n = [], [], {}
    # an answer already given, maybe after a verdict ("Có. X" then "X"), is not given again; one given again
    # under the heading asked ("Có. X" then "Thách thức Y: X") takes the earlier one's place, after its verdict
    said = [_VERDICT.sub("", a.answer) for a in answers]
    kept: list[Answer] = []
    for i, ans in enumerate(answers):
        if said[i] in said[:i]:
            continue
        again = next((j for j, k in enumerate(kept) if _VERDICT.sub("", k.answer) in said[i]
                      and k.citations[:1] == ans.citations[:1] and k.citations), None)
        if again is None:
            kept.append(ans)
        else:
            verdict = _VERDICT.match(kept[again].answer)
            kept[again] = replace(ans, answer=(verdict.group(0) if verdict else "") + said[i])
    answers = kept
    for ans in answers:
        renumber = {}
        for c in ans.citations:
            key = c.clause_id or c.label
            if key not in key_to_n:
                key_to_n[key] = len(cites) + 1
                cites.append(replace(c, n=key_to_n[key]))
            renumber[c.n] = key_to_n[key]
        texts.append(re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), int(m.group(1)))}]",
                            ans.answer))
    answered = [a for a in answers if not a.abstained]
    related = tuple(c for a in answers for c in a.related)[:3]
    return Answer(question=question, answer="\n\n".join(texts), abstained=not answered, citations=tuple(cites),
                  related=related if not answered else (), intent="+".join(a.intent for a in answers),
                  confidence=min(a.confidence for a in answers), note="câu hỏi gồm nhiều ý: trả lời từng ý")
