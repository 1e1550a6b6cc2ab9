"""Questions about what the loaded documents do not hold: an unloaded document number, a law, an
acronym or a numbered sitting that no document mentions. Checked before retrieval, answered plainly."""
from __future__ import annotations

import re

from assistant import metadata
from assistant.intent import Intent
from assistant.model import Answer
from corpus.agencies import find_agencies
from corpus.normalize import fold
from corpus.references import meeting_ordinal, meeting_ordinals

_ACRONYM = re.compile(r"(?<![\w/-])[A-ZĐ]{3,}(?![\w/-])")
_LAW_NAME = re.compile(r"\b(?:Bộ luật|Luật|Nghị định|Thông tư|Pháp lệnh)(?:\s+(?!có\b|được\b|do\b|quy\b|ban\b|gồm\b|thông\b|ra\b|ký\b|"
                       r"năm\b|số\b|này\b|đó\b|nào\b|sửa\b)[^\s,?.;:()]+){1,6}")
_ASKS_ITSELF = re.compile(r"\b(hieu luc|quy dinh (gi|nhung gi|the nao|ra sao|nhu the nao|ve)|noi dung (chinh|gi)|"
                          r"gom (bao nhieu|may) (dieu|chuong)|dieu \d+)\b")
# a technology named by a number and letters ("6G", "3D")
CODE = re.compile(r"(?<![\w/.,-])\d{1,2}[A-Z]{1,2}(?![\w/-])")
_PLACE = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|Tỉnh|Thành phố|Huyện|Quận)\s+((?:[^\W\d_]+ ?){1,4})")
_LOCAL_BODY = re.compile(r"\b(Thành ủy|Tỉnh ủy|Thành uỷ|Tỉnh uỷ|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+"
                         r"(TP\.?|Tp\.?|thành phố|tỉnh)?\s*((?:[^\W\d_]+\s?){1,4})")
# a proper name is a run of capitalised words within one stretch of a question between punctuation
_NAME_BREAK = re.compile(r"[,;:?!.()\"“”'‘’\[\]]")
# a body named by its kind and a capitalised name: "Bộ Chuyển đổi số …", "Ủy ban Quốc gia về …"
_BODY = re.compile(r"(?<!\w)(Ủy ban|Uỷ ban|Hội đồng|Bộ|Ban|Cục|Viện|Quỹ|Trung tâm|Tổng cục|Học viện|Sở|Tập đoàn|Tiểu ban)"
                   r"\s+(\w[^\s,?.;:()]*(?:\s+[^\s,?.;:()]+){0,5})")
_NOT_A_FIELD = frozenset("những các việc nội vấn gì nào một mọi này đó".split())
_NAME_ENDS = re.compile(r"\s(?:được|có|là|chủ trì|phải|do|đã|sẽ|giao|thực hiện|trong|theo)\s|[,?.;:]")


_DOES = re.compile(r"\s+(?:được giao\s+)?(?:chủ trì|được giao|chịu trách nhiệm)\b", re.IGNORECASE)


def _as_named(text: str) -> str:
    """The name as the question writes it, up to the verb or the punctuation after it (at most ten words)."""
    m = _NAME_ENDS.search(text)
    return " ".join((text[:m.start()] if m else text).split()[:10])


_ASKS_CONTENT = re.compile(r"\b(quy dinh|noi dung|de cap|ban ve|noi ve|ve (?:chuyen|van de|viec|linh vuc) gi)\b")


# what a document is asked about itself: when it was adopted, issued, signed or took effect
_TO_BE_DONE = re.compile(r"\b(phai|du kien|se (duoc|phai)|trinh|xay dung|sua doi|hoan thanh)\b")  # a task's deadline
# items a document numbers: "Chương trình 2: …", "nhiệm vụ 45" (a row's label), folded
_NUMBERED_KINDS = r"(chuong trinh|nhom nhiem vu|nhiem vu|chi tieu|giai doan|dot)"
_NUMBERED = re.compile(rf"\b{_NUMBERED_KINDS} (\d{{1,3}})\b(?![./]\d)")
# … and as a question names one: "chương trình chiến lược số 6", "nhiệm vụ thứ 150"
_NUMBERED_ASKED = re.compile(rf"\b{_NUMBERED_KINDS}(?: chien luoc)? (?:so |thu )?(\d{{1,3}})\b(?![./]\d)(?!\s*%)")   # "chỉ tiêu 90%" is a value
_FIELD_INITIALS = re.compile(r"[A-ZĐ][A-ZĐ&]*,\s?[A-ZĐ][A-ZĐ&]*(?:,|\b)")    # "KH,CN,ĐMST,CĐS": fields, in initials
_INITIALS = re.compile(r"[A-ZĐ]{2,}(?:&[A-ZĐ]{2,})*")        # "ĐMST&CĐS", "UBND": a name in initials
# the kinds of body a proper name starts with (two words of them in lower case: "Ban Chỉ đạo", "Tổ công tác"), and
# what may follow them (folded) without being part of the name
_BODY_NAMED = re.compile(r"\b(Ban Chỉ đạo|Hội đồng|Ủy ban|Uỷ ban|Quỹ|Trung tâm|Viện|Cục|Tổ công tác|Sàn|Cổng|Mạng lưới|"
                   r"Liên minh|Hiệp hội|Học viện)\s+((?:[^\s,.;:?!()\"“”]+\s*){1,6})")
_NOT_NAME = {"do", "la", "co", "duoc", "truc", "thuoc", "nao", "gi", "phai", "se", "da", "can", "va", "cua", "trong",
             "theo", "tai", "o", "cho", "voi", "ve", "nhu", "khi", "nay", "dang", "thi"}
_SCOPE_WORDS = {"quoc", "gia", "trung", "uong"}
_OWNER_HEADS = {"bo", "so", "tinh", "thanh", "huyen", "ubnd", "uy", "tong", "vu", "cuc", "dang"}   # whose body it is
_OWN_DATE = re.compile(r"\b(thong qua|ban hanh|ky|co hieu luc|hieu luc|ra doi)\b.*\b(ngay nao|khi nao|bao gio|luc nao|"
                       r"nam nao|thang nao)\b")


def _asks_what_it_holds(q: str, number: str) -> bool:
    """The question asks what is inside the document numbered so ("12 cơ chế trong Nghị quyết 193/2025/NQ-QH15
    cụ thể là những cơ chế nào?"), not what the loaded documents say of it."""
    key = fold(q)
    at = key.find(fold(number))
    return at >= 0 and bool(_INSIDE.search(key[:at])) and bool(_WHICH.search(key))


_INSIDE = re.compile(r"\b(trong|tai)\s+(cac\s+)?(nghi quyet|quyet dinh|luat|nghi dinh|thong tu|chi thi|ket luan|"
                     r"ke hoach|chuong trinh|de an|van ban)?\s*(so\s+)?$")
_WHICH = re.compile(r"\b(nhung \w+( \w+)? nao|gom nhung gi|gom nhung|cu the la gi|la nhung gi|co nhung gi)\b")


def _opens_with(q: str, number: str) -> bool:
    """The question is about the document numbered so: it opens with it ("Nghị quyết 193/2025/NQ-QH15 được
    Quốc hội thông qua vào ngày nào?", at most three words before the number), not a task that names it."""
    key = fold(q)
    at = key.find(fold(number))
    return 0 <= at and len(key[:at].split()) <= 3


def compared_names(q: str) -> list[str]:
    """The proper names of two capitalised words or more a question writes after its first word ("Hàn
    Quốc", "Hoa Kỳ"), but for Việt Nam, which every document is about."""
    names, run = [], []
    for word in q.split()[1:] + [""]:
        word = word.strip(",;:?!.()\"“”'")
        if word[:1].isupper() and word[1:].islower() and word.isalpha():
            run.append(word)
            continue
        if len(run) >= 2 and " ".join(run) != "Việt Nam":
            names.append(" ".join(run))
        run = []
    return names


class Scope:
    """What the index mentions, computed once, and the checks that use it."""

    def __init__(self, assistant):
        self.assistant = assistant
        index = assistant.index
        self.documents = index.documents
        self.numbers = re.sub(r"\s", "", " ".join(fold(c.text) for c in index.clauses))
        # a document's header names its issuer and place ("Ủy ban nhân dân thành phố Bình Giang"), if no clause does
        heads = [x for d in index.documents for x in (d.title, d.signer, d.issuer, d.place) if x]
        texts = heads + [c.full_text for c in index.clauses]
        self.named = self.numbers + re.sub(r"\s", "", " ".join(fold(x) for x in heads))
        folded = [fold(t) for t in texts]
        self.sittings = {n for t in folded for n in meeting_ordinals(t)}
        # every text as words between spaces: "Hàn Quốc" is not in "… thời hạn quốc gia"
        self.words = " " + " ".join(re.sub(r"[^\w]+", " ", t.lower()) for t in folded) + " "
        self.raw = " ".join(" ".join(t.split()) for t in texts)        # as written, for names with capitals
        self._texts, self._agencies, self._by_document = texts, None, None
        # the numbers each kind of numbered item is written with ("Chương trình 1" … "Chương trình 5")
        self.numbered: dict[str, set[int]] = {}
        for t in [t.lower() for t in folded] + [fold(c.label).lower() for c in index.clauses]:
            for m in _NUMBERED.finditer(t):
                self.numbered.setdefault(m.group(1), set()).add(int(m.group(2)))

    def check(self, q: str, intent: Intent) -> Answer | None:
        """An answer (an abstention, or the date a clause gives a cited document) or None to go on."""
        def refuse(text: str) -> Answer:
            return Answer(question=q, intent=intent.kind, abstained=True, confidence=1.0, answer=text)

        unknown = metadata.unknown_number(self.documents, q)
        if unknown:
            mentioned = re.sub(r"\s", "", fold(unknown)) in self.numbers
            about_it = _opens_with(q, unknown)
            # its date as the citing clause gives it, when the question asks about it, not about a task naming it
            # ("Hội nghị quán triệt Nghị quyết 57 phải hoàn thành trước ngày nào?")
            if mentioned and intent.kind in ("date", "when", "issuer") and (
                    about_it or intent.kind == "issuer" or _OWN_DATE.search(fold(q))):
                ans = metadata.referenced_date(self.assistant, q, unknown)
                if ans is not None:
                    return ans
            # a document no loaded text names: nothing is known of it
            if not mentioned or _ASKS_CONTENT.search(fold(q)) and about_it or _asks_what_it_holds(q, unknown) or (
                    about_it and _OWN_DATE.search(fold(q))):
                said = "chỉ được nhắc tới" if mentioned else "và không văn bản nào nhắc tới văn bản này"
                return refuse(f"Các văn bản đã nạp không có văn bản số {unknown} ({said}); "
                              "hoidap chỉ trả lời từ nội dung các văn bản đã nạp.")
        law = _LAW_NAME.search(q)
        if law and intent.kind in ("date", "when") and _OWN_DATE.search(fold(q)) \
                and not _TO_BE_DONE.search(fold(q[:law.start()] + " " + q[law.end():]).lower()):
            # "… căn cứ vào Luật Tổ chức Chính phủ được ban hành ngày nào?": the date the citing clause gives
            ans = metadata.referenced_date(self.assistant, q, law.group(0).strip(), titled=True)
            if ans is not None:
                return ans
        name = self.unknown_acronym(q)
        if name:
            return refuse(f"Các văn bản đã nạp không nhắc tới “{name}”, nên không có thông tin để trả lời.")
        law = self.unloaded_law(q)
        if law:
            return refuse(f"{law} không nằm trong các văn bản đã nạp (chỉ có thể được nhắc tới), nên hoidap không "
                          "có nội dung hay hiệu lực của nó để trả lời.")
        code = self.unknown_code(q)
        if code:
            return refuse(f"Các văn bản đã nạp không nhắc tới “{code}”, nên không có thông tin để trả lời.")
        agency = self.unknown_agency(q)
        if agency:
            return refuse(f"Các văn bản đã nạp không nhắc tới “{agency}”, nên không có thông tin để trả lời.")
        place = self.unknown_place(q)
        if place:
            return refuse(f"Các văn bản đã nạp không nhắc tới {place}, nên không có thông tin để trả lời.")
        name = self.unknown_name(q) or self.unknown_body(q)
        if name:
            return refuse(f"Các văn bản đã nạp không nhắc tới “{name}”, nên không có thông tin để trả lời.")
        beyond = self.unknown_numbered(q)
        if beyond:
            return refuse(f"Các văn bản đã nạp không có {beyond}, nên không có thông tin để trả lời.")
        ordinal = self.past_last_item(q)
        if ordinal:
            return refuse(f"{ordinal[0]} chỉ nêu {ordinal[1]} mục, không có {ordinal[2]}, nên không có thông tin để "
                          "trả lời.")
        article = self.unknown_article(q)
        if article:
            return refuse(f"{article[0]} không có {article[1]}, nên không có thông tin để trả lời.")
        sitting = self.unknown_sitting(q)
        if sitting:
            return refuse(f"Các văn bản đã nạp không nói về phiên họp thứ {sitting}, nên không có thông tin để "
                          "trả lời.")
        return None

    def unknown_acronym(self, q: str) -> str:
        """An acronym the question names (NAFOSTED, USD) that no clause mentions in any form."""
        df = self.assistant.stats.df
        for word in _ACRONYM.findall(q):
            if word in self.assistant.acronyms.long or self.assistant.acronyms.spelled(word):
                continue        # defined by a document, a common one ("UBND"), or the initials of its words ("TMĐT")
            key = fold(word)
            if df.get(key, 0) == 0 and not any(t.startswith(key) for t in df):
                return word
        return ""

    def unknown_body(self, q: str) -> str:
        """A body, fund or centre the question names by its proper name ("Ban Chỉ đạo quốc gia về Chính phủ số",
        "Quỹ Bảo lãnh tín dụng …") whose name no document writes: its kind and the capitalised words after it (or
        its scope, "quốc gia", "Trung ương"), two words at least."""
        for m in _BODY_NAMED.finditer(q):
            after = m.group(2).split()
            if _FIELD_INITIALS.match(q, m.start(2)):
                continue        # "Ban Chỉ đạo KH,CN,ĐMST,CĐS" is named by its field, in initials, not by a name
            if after and fold(after[0]).lower() in _OWNER_HEADS:
                continue        # "Ban Chỉ đạo Bộ Hạ tầng …" is the ministry's Ban Chỉ đạo, named by its owner
            kept = []
            for w in after:
                key = fold(w).lower()
                if key in _NOT_NAME or not (w[0].isupper() or key in _SCOPE_WORDS):
                    break
                kept.append(w)
            if len(kept) == 1 and len(after) > 1 and fold(after[1]).lower() not in _NOT_NAME \
                    and not _INITIALS.fullmatch(kept[0]):
                kept.append(after[1])       # "Quỹ Hỗ trợ …": one capital, then the name goes on in lower case
            if len(kept) < 2 and not (kept and _INITIALS.fullmatch(kept[0])):     # "Cục ĐMST&CĐS" is whole
                continue
            name = f"{m.group(1)} {' '.join(kept)}"
            written = re.sub(r"[^\w]+", " ", fold(name).lower()).strip()     # as `words` holds the texts
            if f" {written} " not in self.words:
                return _as_named(q[m.start():])
        return ""

    def unknown_code(self, q: str) -> str:
        """A technology named by a number and letters ("6G", "3D") that no document writes:
        "5G" in the documents says nothing of "6G"."""
        for code in CODE.findall(q):
            if f" {fold(code).lower()} " not in self.words:
                return code
        return ""

    def unloaded_law(self, q: str) -> str:
        """A law, decree or circular the question asks about itself (its effect, its content) that is not
        one of the loaded documents: "Luật Dữ liệu có hiệu lực từ ngày nào?"."""
        if not _ASKS_ITSELF.search(fold(q)):
            return ""
        m = _LAW_NAME.search(q)
        if not m:
            return ""
        name = fold(m.group(0))
        loaded = any(name in fold(f"{d.type} {d.title}") for d in self.documents)
        return "" if loaded else m.group(0).strip()

    @property
    def agencies_written(self) -> set[str]:
        """The ids of the agencies the documents name anywhere (their texts, titles, issuers), found once."""
        if self._agencies is None:
            texts = self._texts + [d.issuer for d in self.documents if d.issuer]
            self._agencies = {m.agency.id for t in texts for m in find_agencies(t)}
        return self._agencies

    def unknown_agency(self, q: str) -> str:
        """A body the question names by its kind and a capitalised name ("Bộ Chuyển đổi số quốc gia", "Ủy ban
        Quốc gia về trí tuệ nhân tạo") that no document writes: the capitalised name never written, or its field
        ("về trí tuệ …") never written after it; a body the agency list knows ("Kiểm toán nhà nước") that no
        document names in any of its forms."""
        if sum(w[:1].isupper() for w in q.split()) > len(q.split()) / 2:
            return ""      # a question written Title Case throughout: capitals mark no name
        mentions = find_agencies(q)
        # "Kiểm toán nhà nước": a central body the agency list knows and no document names; not a local one
        # ("các địa phương" may stand for it), nor a unit found by its name alone
        # … nor a local one asked about as the body doing the work ("Sở Y tế được giao chủ trì …"), which no task
        # of a text never naming it gives it
        unwritten = [m for m in mentions if m.agency.id not in self.agencies_written
                     and (m.agency.kind not in ("local", "unit") or m.agency.kind == "local" and _DOES.match(q, m.end))]
        if unwritten:       # as the question writes it, or as the list does where it was typed in lower case
            first = unwritten[0]
            return first.agency.name if first.surface[:1].islower() else first.surface
        known = [(m.start, m.end) for m in mentions]
        for m in _BODY.finditer(q):
            if any(a <= m.start() < b for a, b in known):
                continue
            rest = m.group(2).split()
            words = [m.group(1)]
            for w in rest:
                if not (w[:1].isupper() and w[1:].islower() and w.isalpha() or w == "và" and len(words) > 1):
                    break
                words.append(w)
            while words[-1] == "và":
                words.pop()
            if len(words) < 2:
                continue
            name = " ".join(words)
            if name not in self.raw:
                return _as_named(q[m.start():])
            tail = rest[len(words) - 1:]
            at = next((i for i, w in enumerate(tail[:3]) if w == "về"), None)
            if at is None:
                continue
            field = [w.strip(",.;:?").lower() for w in tail[at + 1:at + 3]]
            if not field or field[0].lower() in _NOT_A_FIELD:
                continue        # "… của Ban Chỉ đạo về những chủ đề nào?": "về" is the question's, not the name's
            # "… của Ban Chỉ đạo về: (1) Công nghệ chiến lược. (2) Trí tuệ nhân tạo …" writes "trí tuệ" after it
            after = [[w.strip(",.;:?()").lower() for w in self.raw[x.end():].split()[:10]]
                     for x in re.finditer(re.escape(name), self.raw)]
            if not any(all(w in words_after for w in field) for words_after in after):
                return _as_named(q[m.start():])
        return ""

    def unknown_place(self, q: str) -> str:
        """A province, city or district the question names with capitals ("tỉnh Đồng Tháp") that no document
        mentions: what the documents give a place cannot be about it."""
        for m in _PLACE.finditer(q):
            words = []
            for w in m.group(2).split():
                if not w[:1].isupper():
                    break
                words.append(w)
            if words and re.sub(r"\s", "", fold(" ".join(words))) not in self.named:
                return f"{m.group(1)} {' '.join(words)}"
        # a place's own party committee or people's committee ("Thành ủy TP Hồ Chí Minh") the documents never name,
        # though they name the place
        for m in _LOCAL_BODY.finditer(q):
            words = []
            for w in m.group(3).split():
                if not w[:1].isupper():
                    break
                words.append(w)
            if not words:
                continue
            body, place = fold(m.group(1)).lower().replace(" ", ""), fold("".join(words)).lower()
            kinds = ("", "thanhpho", "tp", "tinh") if not m.group(2) else ("", fold(m.group(2)).lower().replace(" ", "").rstrip("."))
            body = {"ubnd": "uybannhandan", "hdnd": "hoidongnhandan"}.get(body, body)
            if not any(f"{body}{k}{place}" in self.named for k in kinds + ("thanhpho",)) \
                    and not self._own_body(body, place):
                return " ".join([m.group(1), *filter(None, [m.group(2)]), *words])
        return ""

    def _own_body(self, body: str, place: str) -> bool:
        """A document of the place ("Tỉnh ủy Hòa Lâm" issues it) names the body without the place's name ("Văn phòng
        UBND tỉnh"): the place's own body (folded, without spaces)."""
        if self._by_document is None:
            texts: dict[str, list[str]] = {}
            for c in self.assistant.index.clauses:
                texts.setdefault(c.doc_id, []).append(c.full_text)
            self._by_document = {d: re.sub(r"\s", "", fold(" ".join(t)).lower()) for d, t in texts.items()}
        short = {"uybannhandan": "ubnd", "hoidongnhandan": "hdnd"}.get(body, body)
        return any(place in re.sub(r"\s", "", fold(f"{d.issuer} {d.place} {d.title}").lower())
                   and (body in self._by_document.get(d.id, "") or short in self._by_document.get(d.id, ""))
                   for d in self.documents)

    def unknown_name(self, q: str) -> str:
        """A proper name of two capitalised words or more ("Khu công nghệ cao Đà Nẵng", "Hoa Kỳ", a person)
        that no document or title mentions: nothing the documents say can be about it. A sentence's first
        word is capitalised as any first word is ("Theo Thông báo …"), so it starts no name; nor does a
        question written Title Case throughout, where capitals mark no name."""
        if sum(w[:1].isupper() for w in q.split()) > len(q.split()) / 2:
            return ""
        for sentence in re.split(r"[?!.:]\s", q):     # "Đúng hay sai: Theo …" starts a sentence too
            for n, part in enumerate(_NAME_BREAK.split(sentence.strip())):
                words = part.split()[1:] if n == 0 else part.split()
                name = self._unknown_run(words)
                if name:
                    return name
        return ""

    def _unknown_run(self, words: list[str]) -> str:
        """The first run of two capitalised words or more that the documents never write."""
        run: list[str] = []
        for word in words + [""]:
            if word[:1].isupper() and word[1:].islower() and word.isalpha():      # not "II", not "UBND"
                run.append(word)
                continue
            if len(run) >= 2 and f" {fold(' '.join(run)).lower()} " not in self.words:
                return " ".join(run)
            run = []
        return ""

    def unknown_numbered(self, q: str) -> str:
        """"chương trình chiến lược số 6" where the documents number their programmes 1 to 5: an item past the
        last number a kind is written with (two numbers at least), as the question writes it."""
        for m in _NUMBERED_ASKED.finditer(fold(q).lower()):
            known = self.numbered.get(m.group(1), set())
            if len(known) >= 2 and int(m.group(2)) > max(known):
                return q[m.start():m.end()]
        return ""

    def past_last_item(self, q: str) -> tuple[str, int, str] | None:
        """(heading, how many items it lists, the item asked) where the question asks the Nth of what a heading
        lists ("cú hích chiến lược thứ bảy" under "CÁC CÚ HÍCH CHIẾN LƯỢC" with six items) and every heading
        writing those words lists fewer than N."""
        from assistant.locate import nth_asked
        asked = nth_asked(self.assistant, q)
        if asked is None:
            return None
        n, phrase, lists = asked
        if any(count >= n for _, count in lists):
            return None
        first, count = lists[0]
        return first.text.strip(" :*") if first.kind == "heading" else first.label, count, phrase

    def unknown_article(self, q: str) -> tuple[str, str] | None:
        """("Nghị quyết 03/NQ-CP", "Điều 4") where the question names an article of a document that has
        articles, but not that one (its appendices and attached programme included); ("Điều 13", "khoản 7") where
        it names a clause of an article written with fewer."""
        from assistant.locate import label_parts, places
        from corpus.references import named_document
        where = places(q)
        asked = [p for p in where if p.startswith("dieu ") and p[5:].isdigit()]
        if not asked:
            return None
        doc = named_document(self.documents, q)
        ids = {d.id for d in self.documents if doc is None or doc.id in (d.id, d.part_of)}
        labels = [label_parts(c) for c in self.assistant.index.clauses if c.doc_id in ids]
        written = {p for parts in labels for p in parts if p.startswith("dieu ")}
        missing = [p for p in asked if p not in written]
        if doc is not None and written and missing:
            return metadata.display_name(doc), f"Điều {missing[0][5:]}"
        # "khoản 7 Điều 13" where Điều 13 is written with fewer clauses: that article has no such clause
        clause = next((p for p in where if p.startswith("muc ") and p[4:].split(".")[0].isdigit()), "")
        if not clause or missing or len(asked) != 1:
            return None
        numbered = [parts for parts in labels if asked[0] in parts and any(p.startswith("muc ") for p in parts)]
        if numbered and not any(clause in parts for parts in numbered):
            point = clause[4:].split(".")
            name = f"khoản {point[0]}" if len(point) == 1 else f"điểm {point[1]} khoản {point[0]}"
            return f"Điều {asked[0][5:]}", name
        return None

    def unknown_sitting(self, q: str) -> int:
        """A numbered sitting ("Phiên họp thứ nhất") that no loaded document or clause mentions."""
        asked = meeting_ordinal(fold(q))
        return asked if asked and asked not in self.sittings else 0
