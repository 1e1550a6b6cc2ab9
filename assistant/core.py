"""The assistant: `Assistant.ask(question) -> Answer`, shared by the CLI, the UI and the evaluation."""
from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import replace
from datetime import date

from assistant import amendments, between, catalogue, compare, counting, courtesy, english, facts, lists, metadata, most, outline, people, progress, quoted, ranking, recipients, yesno
from assistant.acronyms import Acronyms, long_form
from assistant.extract import (GLUED_UNITS, TermStats, asked_column, asked_count, asks_chair, asks_place, chair_sentence, best_sentences, content_terms, counts_what_is_asked, coverage,
                               has_person, meeting_fact, names_measure, names_what_is_asked, ordinal_conflict, pair_share, role_holder,
                               sentences, states_asked_unit, states_change, asks_money, enumerated_items, CELL)
from assistant.intent import OFFICES, OVERDUE_STATE, SAYS_ABOUT, STATE_ASKED, Intent, asked_body, asked_grain, asked_role, classify, names_document
from assistant.llm import GeneratorError, OpenAIGenerator
from assistant.model import Answer, Citation
from assistant.plain_words import document_words, everyday_phrase, in_document_words
from assistant.settings import Settings
from assistant.compound import OF_DOCUMENT, answered_by, asks_adjusted, asks_output, merge, names_no_subject, split_compound
from assistant.locate import located, nth_item, places, section_at
from assistant.scope import CODE, Scope, compared_names
from assistant.tasks import TaskBook, as_of_day, bodies_named, restates, shorten, when_sources
from corpus import Clause, Document
from corpus.agencies import find_agencies, lookup
from corpus.deadlines import find_deadlines, fold_with_offsets
from corpus.normalize import clean_markdown, fold, has_diacritics
from corpus.references import (approving_document, head_type, named_document, named_not_carried_out, naming_spans, referenced_documents,
                               without_names)
from indexing import Filters, Hit, HybridRetriever, Index, load_index
from indexing.tokenize import STOPWORDS, STOPWORDS_WRITTEN

log = logging.getLogger(__name__)

# the words by which a part of a two-part question refers back to what the other names ("vị trí này")
_REFERS_BACK = re.compile(r"\b(này|đó|ấy|trên)\s*\??$")
_COORDINATES = re.compile(r"\b(phoi hop|cung voi)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def sanitize(question: str, max_chars: int) -> tuple[str, str]:
    """(clean question, note): control characters removed, length bounded."""
    q = unicodedata.normalize("NFC", str(question or ""))
    q = _CONTROL.sub(" ", q)
    q = re.sub(r"\s+", " ", q).strip()
    note = ""
    if len(q) > max_chars:
        q = q[:max_chars]
        note = f"Câu hỏi dài quá {max_chars} ký tự nên chỉ phần đầu được xét."
    return q, note


def _part_spans(by_id: dict[str, Clause], clauses) -> dict[str, list[tuple[int, int, int, Clause]]]:
    """Where each "(1)" part lies in the clause that holds it: {holder id: [(marker, start, end, part)]}."""
    spans: dict[str, list[tuple[int, int, int, Clause]]] = {}
    for c in clauses:
        holder = by_id.get(c.id.rsplit(".", 1)[0]) if c.kind == "part" else None
        if holder is None:
            continue
        found = spans.setdefault(holder.id, [])
        marker = holder.text.find(f"{c.path[-1]} ", found[-1][1] if found else 0)
        start = holder.text.find(c.text, marker)
        if marker >= 0 and start >= 0:
            found.append((marker, start, start + len(c.text), c))
    return spans


RESULT_COLUMNS_FOLDED = {"ket qua", "san pham", "ket qua dau ra", "san pham dau ra"}   # what a task row is to produce
_FIND = object()          # retrieve() looks for the clause to lead with itself


class Assistant:
    def __init__(self, settings: Settings | None = None, index: Index | None = None):
        self.settings = settings or Settings()
        self.index = index or load_index(self.settings.index_path, self.settings.index)
        self.retriever = HybridRetriever(self.index, mode=self.settings.mode, fusion=self.settings.fusion,
                                         dense_weight=self.settings.dense_weight, doc_boost=self.settings.doc_boost)
        self._stats: TermStats | None = None
        self._book: TaskBook | None = None
        self._stated_rows: list[tuple[Clause, str]] | None = None
        self._scope: Scope | None = None
        self._folded: dict[str, str] | None = None
        self._amended: dict | None = None
        self._type_written: dict[str, int] = {}         # folded type word -> clauses writing it
        self._initials: dict[str, str] | None = None     # folded initials -> as written ("iuu" -> "IUU")
        self._cited: dict[str, set[str]] = {}           # main document -> the main documents it names
        self._by_id = {c.id: c for c in self.index.clauses}
        self.clause_agencies: dict[str, frozenset[str]] = {}
        self.parents = {c.id.rsplit(".", 1)[0] for c in self.index.clauses if "." in c.id.split(":", 1)[-1]}
        self.children: dict[tuple[str, tuple[str, ...]], list[Clause]] = {}    # (doc, parent path) -> clauses
        for c in self.index.clauses:
            self.children.setdefault((c.doc_id, c.path[:-1]), []).append(c)
        self.acronyms = Acronyms(self.index.clauses)
        self.parts = _part_spans(self._by_id, self.index.clauses)
        self.generator = None
        if self.settings.generator == "openai":
            self.generator = OpenAIGenerator(self.settings.openai_base_url, self.settings.openai_model,
                                             self.settings.openai_api_key, self.settings.openai_timeout_s)

    # -- lazily built helpers -------------------------------------------------
    @property
    def stats(self) -> TermStats:
        if self._stats is None:
            self._stats = TermStats(self.index.clauses)
        return self._stats

    @property
    def scope(self) -> Scope:
        if self._scope is None:
            self._scope = Scope(self)
        return self._scope

    @property
    def tasks(self) -> TaskBook:
        if self._book is None:
            self._book = TaskBook.from_clauses(self.index.clauses)
        return self._book

    @property
    def stated_rows(self) -> list[tuple[Clause, str]]:
        """The rows of progress tables, each with the state it gives its task (`progress.stated_rows`)."""
        if self._stated_rows is None:
            self._stated_rows = progress.stated_rows(self.index.clauses)
        return self._stated_rows

    def warm_up(self) -> None:
        self.index.embedder.embed(["khởi động"], query=True)
        _ = self.stats, self.tasks, self.scope, self.folded_contexts

    def clause(self, clause_id: str) -> Clause | None:
        return self._by_id.get(clause_id)

    def retrieve(self, question: str, k: int = 10, filters: Filters | None = None, retriever=None,
                 about: str = "", intent: Intent | None = None, first=_FIND) -> list[Hit]:
        """Ranked clauses for a question, favouring the documents it names; `about` adds words to the
        search without adding the documents it names, as do the other forms of the acronyms it uses and the
        documents' words for its everyday ones ("tiền" -> "kinh phí"). `first` is the clause to lead with when
        the caller has found it already (the place the question names, or the section it asks by heading)."""
        refs = referenced_documents(self.index.documents, question)
        bare = () if refs else self._by_its_type(question)
        asked = without_names(self.index.documents, question) if refs else question
        if len(content_terms(asked)) < 2:       # "Phiên họp thứ hai do ai chủ trì?": the sitting is the subject
            asked = question
        query = " ".join(x for x in (asked, about, self.acronyms.expand(question), document_words(question)) if x)
        hits = (retriever or self.retriever).search(query, k=max(k + RERANK_EXTRA, ranking.SENTENCE_POOL),
                                                    filters=filters, boost_docs=refs or bare)
        hits = ranking.by_best_sentence(self, query, hits)[:k + RERANK_EXTRA]
        intent = intent or classify(question)
        if hits:
            have = {h.clause.id for h in hits}
            found = [c for c in self._holding_what_is_asked(question, intent)
                     if c.id not in have and (not refs or c.doc_id in refs)]
            hits = hits + [Hit(c, hits[0].score * VALUE_SEED) for c in found[:VALUE_ROWS]]
        ranked = ranking.prefer_content(ranking.fits_question(self, question, intent, hits),
                                        basis=intent.kind == "basis" or ranking.asks_founding_text(question),
                                        holders=intent.kind in ("role", "person"))
        ranked = ranking.saying_asked_first(self, question, ranking.lead_in_first(self, question, ranked))
        ranked = ranking.in_force_first(self, question, ranked, tuple(refs))
        about_named = len(refs) == 1 and _about_named(self.index.documents, question)
        if intent.kind in OF_DOCUMENT and about_named:
            # "Nghị quyết 57 do ai ký?" asks that document alone
            named = self.of_document(refs[0])
            ranked = sorted(ranked, key=lambda h: self.of_document(h.clause.doc_id) != named)
        if about_named:
            # "Thông báo 23 ký ngày nào?", "… được lưu ở đâu?": the line of the document's own that says it leads
            block = self._block_asked(question, intent, refs[0])
            if block is not None:
                ranked = [Hit(block, max([h.score for h in ranked], default=1.0))] + \
                         [h for h in ranked if h.clause.id != block.id]
        ranked = ranking.from_named(ranked, refs if _names_as_source(self.index.documents, question) else bare)
        ranked = self._quoting_first(question, ranked)
        narrowed = filters is not None and (filters.doc_types or filters.date_from or filters.date_to)
        doc_ids = filters.doc_ids if filters else ()
        # the place the question names ("Theo Điều 3 …"), or the section it asks by its heading, leads with its
        # first items, as in the answer
        if first is _FIND:
            first = None if narrowed else (located(self, question, doc_ids) or nth_item(self, question)
                                           or self._headed_section(question, intent, doc_ids))
            first = self._item_of_named_body(first, question) if first is not None else None
        if first is not None:
            top = max([h.score for h in ranked], default=1.0)
            lead = [first, *self.children.get((first.doc_id, first.path), [])[:SECTION_ITEMS]]
            ids = {c.id for c in lead}
            ranked = [Hit(c, top) for c in lead] + [h for h in ranked if h.clause.id not in ids]
        return ranked[:k]

    def _block_asked(self, question: str, intent: Intent, doc_id: str) -> Clause | None:
        """The clause of a document's own that states the metadata asked: the line of its header or signature
        block that says it, or its "Nơi nhận". Not for who issued it: "… phải đón đoàn của cơ quan nào?", "… do
        cơ quan nào thông báo?" are answered in the body as often."""
        asked = "filed" if recipients.asks_filed(question) else intent.kind
        if asked == "recipients":
            return next((c for c in recipients.lists_of(self, doc_id) if c.path == ("NN",)), None)
        if asked not in ("signer", "date", "number", "place", "filed"):
            return None
        stated = metadata.where_stated(self.index.furniture, doc_id, asked)
        return stated[0] if stated else None

    def _by_its_type(self, question: str) -> tuple[str, ...]:
        """"Đề cương muốn …": a document named by its type alone, where one loaded document has that type and
        the documents seldom write the word for anything else (unlike "kế hoạch" or "thông báo")."""
        head = head_type(fold(question).lower())
        typed = [d.id for d in self.index.documents if not d.part_of and fold(d.type or "").lower() == head]
        if not head or len(typed) != 1:
            return ()
        if head not in self._type_written:
            self._type_written[head] = sum(1 for c in self.index.clauses
                                           if re.search(rf"\b{head}\b", fold(c.full_text).lower()))
        return tuple(typed) if self._type_written[head] <= BARE_TYPE else ()

    def _quoting_first(self, question: str, ranked: list[Hit]) -> list[Hit]:
        """A phrase the question quotes ("'Talent Development Program'", "phong trào “học tập số”") is looked
        for as written: the few clauses (a heading too) that write it lead, in their order; a phrase many
        clauses write says nothing of which."""
        quoted = [fold(m.group(1)).lower() for m in _QUOTED.finditer(question) if len(m.group(1).split()) >= 2]
        if not quoted:
            return ranked
        writing = [c for c in self.index.clauses if all(p in fold(c.full_text).lower() for p in quoted)]
        if not writing or len(writing) > QUOTED_MAX:
            return ranked
        order = {h.clause.id: i for i, h in enumerate(ranked)}
        writing.sort(key=lambda c: order.get(c.id, len(order)))
        # a heading quoted ("Cú hích 'Bảo đảm an ninh, chủ quyền số' nhằm mục tiêu gì?") is answered by what is
        # under it, but where the question asks which one it is ("… là chương trình số mấy?")
        key = fold(question).lower()
        which = bool(_ASKS_WHICH_ITEM.search(key) or _ASKS_WHAT_IT_IS.search(key))
        lead = []
        rest = _QUOTED.sub(" ", question)      # what the question asks of it: the item under it saying so first
        for c in writing:
            under = self.children.get((c.doc_id, c.path), [])[:SECTION_ITEMS] if c.kind == "heading" else []
            if under and not which:     # the item under it (or under one of its items) best matching the rest
                below = [d for d in self.index.clauses if d.doc_id == c.doc_id and d.path[:len(c.path)] == c.path
                         and len(d.path) > len(c.path)][:QUOTED_BELOW]
                best = max(below, key=lambda d: coverage(rest, [d.full_text], self.stats))
                under = [best] + [u for u in under if u.id != best.id]
            lead += [c, *under] if which or not under else [*under, c]
        top = max([h.score for h in ranked], default=1.0)
        ids = {c.id for c in lead}
        return [Hit(c, top) for c in lead] + [h for h in ranked if h.clause.id not in ids]

    def of_document(self, doc_id: str) -> str:
        """The document a clause's document is part of ("03-NQ-CP" for its appendix), or itself."""
        doc = self.index.document(doc_id)
        return doc.part_of or doc_id if doc else doc_id

    def _item_of_named_body(self, section: Clause, q: str) -> Clause:
        """"Theo mục Tổ chức thực hiện, Sở Tài chính có trách nhiệm gì?": of a section whose items are headed by the
        bodies they task ("2. Sở Tài chính / Tham mưu …"), the one item headed by the body the question names."""
        named = {m.agency.id for m in find_agencies(q)}
        if not named or section.kind != "heading":
            return section
        items = [c for c in self.children.get((section.doc_id, section.path), []) if lists.headed_by(c, named)]
        return items[0] if len(items) == 1 else section

    def _headed_section(self, q: str, intent: Intent, doc_ids: tuple[str, ...] = ()) -> Clause | None:
        """The section a generic or list question asks by its heading in the document it names
        ("Chương trình hành động … nhằm mục tiêu gì?": its "MỤC TIÊU"), or None."""
        if intent.kind not in ("generic", "list"):
            return None
        addressed = lists.addressed_section(self, q, doc_ids)    # "… kiến nghị UBND thành phố những gì?"
        if addressed is not None:
            return addressed
        body = lists.body_section(self, q, doc_ids)             # "Sở Tài chính có những nhiệm vụ gì?"
        if body is not None:
            return body
        doc = named_document(self.index.documents, q)
        return lists.named_section(self, q, doc) if doc and (not doc_ids or doc.id in doc_ids) else None

    # -- citations --------------------------------------------------------------
    def cite(self, n: int, clause: Clause, highlight: tuple[int, int] | None = None) -> Citation:
        """A citation of `clause`, narrowed to the "(1)" part of it that holds the whole highlight."""
        for marker, start, end, part in self.parts.get(clause.id, ()) if highlight else ():
            if marker <= highlight[0] and highlight[1] <= end:
                clause, highlight = part, (max(0, highlight[0] - start), highlight[1] - start)
                break
        doc = self.index.document(clause.doc_id)
        text, mark = passage(clause.text, highlight) if highlight else (clause.text, highlight)
        return Citation(n=n, doc_id=clause.doc_id, clause_id=clause.id, label=clause.label, path=clause.path,
                        text=text, highlight=mark, span=clause.span, document=doc.title if doc else "",
                        caveat=doc.caveat if doc else "", clause_text=clause.text if text != clause.text else "")

    def cite_document(self, n: int, doc_id: str, asked: str = "") -> Citation:
        """A citation of a document's metadata: the line of its header or signature block that states what is
        asked ("date", "signer", "filed", …), marked, where the index holds that block; else its description."""
        stated = metadata.where_stated(self.index.furniture, doc_id, asked) if asked else None
        if stated is not None:
            return self.cite(n, *stated)
        doc = self.index.document(doc_id)
        return Citation(n=n, doc_id=doc_id, clause_id="", label=f"{doc.citation_name} (thông tin văn bản)",
                        path=(), text=metadata.describe(doc), document=doc.title, caveat=doc.caveat)

    # -- the answer ---------------------------------------------------------------
    def ask(self, question: str, k: int | None = None, doc_ids: tuple[str, ...] = ()) -> Answer:
        t0 = time.perf_counter()
        q, note = sanitize(question, self.settings.max_question_chars)
        if not q:
            return Answer(question="", answer="Câu hỏi trống: hãy nhập một câu hỏi về các văn bản đã nạp.",
                          abstained=True, intent="empty", note="empty question")
        typed, q = q, courtesy.plain(courtesy.shorthand(q))
        if not has_diacritics(q):
            # typed without diacritics, read as the documents would write it ("bao nhieu chi so" -> "bao nhiêu chỉ
            # số"): the checks that tell the "số" of "chỉ số" from that of "một số" need the marks (the tuning
            # questions typed again without marks: 35 -> 27 answers lost of 617; no answer changed on any set)
            q = self.in_capitals(self.retriever.restorer().restore(q))
        else:       # a word typed with marks the documents never write ("gửi dữ liêu"): as the documents write it
            q = self.retriever.restorer().respell(q)
        q = courtesy.sittings(courtesy.counts(q))   # "mấy nhóm", its marks restored ("may nhom"); "phiên hai"
        q = english.in_vietnamese(q, self.scope.words)      # "deadline là ngày nào?": "thời hạn là ngày nào?"
        ans = self._ask(q, k, doc_ids, t0, note)
        if not ans.abstained and self.amended:      # what now stands where a later text amended a place cited
            text, citations = amendments.noted(self, self.amended, ans.citations, ans.answer)
            ans = replace(ans, answer=text, citations=citations)
        return replace(ans, question=typed)

    def in_capitals(self, q: str) -> str:
        """Initials typed in lower case written as the documents write them ("chu viet tat iuu" -> "IUU"): those of
        three letters or more that a clause spells out "(IUU)" or the acronym table knows."""
        if self._initials is None:
            found = {m.group(1) for c in self.index.clauses for m in re.finditer(r"\(([A-ZĐ][A-ZĐ&]{2,})\)", c.text)}
            self._initials = {fold(w).lower(): w for w in found | set(self.acronyms.long) if len(w) >= 3}
        return re.sub(r"\b[a-z&]{3,}\b", lambda m: self._initials.get(m.group(0), m.group(0)), q)

    def _ask(self, q: str, k: int | None, doc_ids: tuple[str, ...], t0: float, note: str) -> Answer:
        placed = quoted.answer(self, q)      # "Câu “…” nằm ở văn bản nào, thuộc phần nào?": one answer to both
        if placed is not None:
            return self._finish(placed, t0, {}, note)
        parts = split_compound(q)
        # a true/false statement may hold "và"; it splits only where one question ends and another begins
        first = parts[0][0].rstrip("?")        # "… có nhắc tới X không, nằm ở thách thức nào?" splits after "không"
        # "Hôm nay 22/5/2025. … hạn chót ngày nào, còn kịp không?": one task's deadline and its state that day
        dated_state = STATE_ASKED.search(fold(q).lower()) is not None and as_of_day(q)[0] is not None
        if len(parts) > 1 and not dated_state and not parse_choices(q) and (not classify(q).yes_no or q.startswith(parts[0][0]) or (
                q.startswith(first) and re.search(r"\b(khong|chua)$", fold(first).lower()))):
            answers = []
            for part, topic in parts:
                if answers and answered_by(part, answers[0], topic):
                    continue
                if answers and answers[0].abstained and names_no_subject(part):
                    continue        # "X được giao nhiệm vụ gì và thời hạn khi nào?": no task of X, no deadline of it
                same = self._cited_clause(answers[0]) if answers and names_no_subject(part) \
                    and not asks_adjusted(part) else None
                answers.append(self._ask_one(part, time.perf_counter(), "", k, doc_ids, topic, same))
            return self._finish(merge(q, answers), t0, {}, note)
        return self._ask_one(q, t0, note, k, doc_ids)

    def _cited_clause(self, ans: Answer) -> Clause | None:
        """The clause an answer cites first (the clause holding it, for a "(1)" part)."""
        c = self.clause(ans.citations[0].clause_id) if ans.citations and not ans.abstained else None
        return self.clause(c.id.rsplit(".", 1)[0]) if c is not None and c.kind == "part" else c

    def _ask_one(self, q: str, t0: float, note: str, k: int | None, doc_ids: tuple[str, ...],
                 topic: str = "", same: Clause | None = None) -> Answer:
        """One question; `topic` (the other half of a two-part question) joins its retrieval query, and
        `same` is the clause that half was answered from, which this part (naming no subject of its own:
        "…, và khi nào phải xong?") asks about when it holds what is asked."""
        intent, asked = classify(q), q
        joint = classify(f"{topic} {q}") if topic else intent
        if joint.kind == "event":                   # "…, ai chủ trì?" after "Phiên họp … họp ngày nào"
            intent = replace(intent, kind="event")
        elif joint.kind in OF_DOCUMENT and intent.kind not in OF_DOCUMENT and not names_document(q):
            # "Có phải Kế hoạch 3260 do … ban hành không? Nếu không thì cơ quan nào ban hành?"
            intent, asked = replace(intent, kind=joint.kind), f"{q} {topic}"
        elif topic and intent.kind in OF_DOCUMENT and not names_document(q):
            asked = f"{q} {topic}"                  # "… có số hiệu là gì và do ai ký?": the document the other names
        elif _REFERS_BACK.search(q.lower()) and asked_role(f"{q} {topic}"):
            intent = replace(intent, kind="role")   # "… đồng chí nào đang giữ vị trí này?" after naming the post
        k = k or self.settings.k
        filters = Filters(doc_ids=tuple(doc_ids)) if doc_ids else None
        timings: dict = {}

        ans = self.scope.check(f"{q} {topic}".strip(), intent)
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        ans = recipients.answer(self, q, doc_ids)     # "… có được gửi tới Văn phòng Chủ tịch nước không?" too
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        ans = compare.answer(self, q)       # "… trong Nghị quyết 57 và trong đề cương có giống nhau không?"
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        choices = parse_choices(q)
        # "Bộ Công an có phối hợp … không?": a claim of who does a task, or by when, is judged as "có phải … không?"
        judged = intent.whether and (intent.kind in ("lead", "coord", "when") or yesno.role_claim(q)[0])
        if intent.yes_no or choices or judged:
            ans = self._choose(q, intent, choices)
            if ans is not None:
                return self._finish(ans, t0, timings, note)
        if intent.kind == "date" and self._is_task_deadline_question(q):
            intent = Intent(kind="when", is_list=intent.is_list, has_window=intent.has_window)
        ans = self._spelled_out(q, intent, doc_ids) or outline.answer(self, q, doc_ids) or \
            catalogue.answer(self, q, doc_ids) or between.answer(self, q, doc_ids) or people.answer(self, q) or \
            people.duties(self, q)
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        # "…, và quyết định đó có hiệu lực từ khi nào?": the document the other half names
        if ranking.asks_in_force(q) and (said := self._in_force(q) or topic and self._in_force(f"{q} {topic}")):
            # "Quyết định 1432 … có hiệu lực từ khi nào?": the sentence saying so, in the text named
            _, clause, span = said
            return self._finish(Answer(question=q, answer=f"{clause.text[span[0]:span[1]].strip()} [1]", abstained=False,
                                       citations=(self.cite(1, clause, span),), intent="when", confidence=1.0),
                                t0, timings, note)
        approval = _ASKS_APPROVAL.search(fold(q).lower())
        if approval and intent.kind not in OF_DOCUMENT and approving_document(self.index.documents, q) is not None:
            # "Đề án “…” được phê duyệt bằng quyết định số mấy?": the loaded decision approving it, by its number
            intent = replace(intent, kind="number" if approval.group(1) else "date")
        if intent.kind in ("signer", "date", "issuer", "number", "basis", "place", "title", "type"):
            ans = metadata.answer(self, asked, intent, doc_ids)
            if ans is not None:
                return self._finish(ans, t0, timings, note)
        # "… mục nào ghi con số 09 cho năm 2030?"; "Bộ nào chủ trì nhiều nhiệm vụ nhất?"; "những nhiệm vụ nào chưa
        # triển khai?" of a progress report's table
        ans = self.tasks.answer_by_value(self, q) or most.answer(self, q, doc_ids) or progress.answer(self, q, doc_ids)
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        if intent.kind == "list" or intent.overdue or intent.is_list and self.tasks.written_cell(q)[1] or \
                self.tasks.counts_of_agency(q):
            ans = self.tasks.answer_list(self, q, intent, doc_ids)
            if ans is not None:
                return self._finish(ans, t0, timings, note)

        section = self._headed_section(q, intent, doc_ids)
        ans = lists.answer(self, q, section, 1.0, asked_by_heading=True) if section is not None else None
        if ans is not None:
            return self._finish(ans, t0, timings, note)
        nth = nth_item(self, q) if intent.kind in ("generic", "list") else None
        ans = lists.answer(self, q, nth, 1.0) if nth is not None and nth.id in self.parents else None
        if ans is not None:     # "cú hích chiến lược thứ sáu là gì?": that item, with what it lists
            return self._finish(ans, t0, timings, note)

        t1 = time.perf_counter()
        place = located(self, q, doc_ids)       # "Theo Điều 3 …": the place the question names
        if place is None and section is None and nth is None:
            # "Mục III.4 … giao đơn vị nào chủ trì?": a section named by its number, answered from what is under it
            wanted = [w for w in places(q) if not w.startswith("phu luc")]
            heading = section_at(self, wanted, named_document(self.index.documents, q), doc_ids) if wanted else None
            place = heading if heading is not None and heading.kind == "heading" and heading.id in self.parents else None
        hits = self.retrieve(q, k=max(k, 5), filters=filters, about=topic, intent=intent, first=place or section or nth)
        if intent.kind == "event" and not any(ranking.tells_meeting(self, q, h.clause) for h in hits[:3]):
            # no meeting held: a planned one ("Hội nghị … tổ chức khi nào?") is a task with a lead and a deadline
            intent = replace(intent, kind="lead" if asks_chair(q) else "when")
            hits = self.retrieve(q, k=max(k, 5), filters=filters, about=topic, intent=intent, first=place)
        if same is not None and (ranking.bears(self, same, intent)
                                 or same.columns and asked_column(q, [tuple(c) for c in same.columns])
                                 or asks_output(q) and any(fold(h).lower() in RESULT_COLUMNS_FOLDED for h, _ in same.columns)):
            # "…, và kết quả đầu ra là gì?" of the row the first half was answered from: its "Kết quả" cell
            hits = [Hit(same, max([h.score for h in hits], default=1.0))] + [h for h in hits if h.clause.id != same.id]
        timings["retrieval_ms"] = round((time.perf_counter() - t1) * 1000, 2)
        part, q = q, f"{q} {topic}".strip()
        if not hits:
            return self._finish(self._abstain(q, intent, [], 0.0), t0, timings, note)
        if OVERDUE_STATE.search(fold(part).lower()) or STATE_ASKED.search(fold(part).lower()) and as_of_day(part)[0]:
            # "… đã trễ hạn chưa?", "Hôm nay 5/4/2025 thì đã trễ chưa?": one task's deadline against a day
            ans = self.tasks.answer_state(self, part, hits)
            if ans is not None:
                return self._finish(ans, t0, timings, note)
        laws = named_laws(part)
        works = named_works(self.index.documents, part) if intent.kind in ("lead", "coord", "when") else []
        # "Bộ nào chủ trì xây dựng Luật Thương mại điện tử?" is answered by a clause naming that law, and "… xây
        # dựng Đề án phát triển công nghệ lượng tử quốc gia?" by one of the best three writing that title
        laws_named = laws and (lambda c: all(law in fold(c).lower() for law in laws))
        for among, names in ((len(hits), laws_named),
                             (3, works and (lambda c: all(pair_share(w, c, self.stats) >= TITLE_NAMED for w in works)))):
            named = self._naming_first(hits, among, names) if names else hits
            if not named:
                ans = self._not_listed(part, intent, hits, laws) if names is laws_named else None
                return self._finish(ans or self._abstain(q, intent, hits, 0.0), t0, timings, note)
            hits = named
        hits = _place_first(q, hits)
        source = self._named_source(part)
        ranked = self.of_the_source(source, self._writing_rare_names(part, hits))
        if source and not ranked and filters is None:
            # "Phiên họp thứ hai yêu cầu lập những quỹ nào?" and none of the best few is of that text: the best of it
            # among more of the best of all
            deeper = self.retrieve(part, k=SOURCE_DEPTH, filters=filters, about=topic, intent=intent)
            bodies = bodies_named(part)
            ranked = [h for h in self._writing_rare_names(part, [h for h in _place_first(q, deeper)
                                                                 if h.clause.doc_id in source
                                                                 and h.clause.kind != "recipients"])
                      if bodies <= {m.agency.id for m in find_agencies(self.context_text(h.clause))}]
        if not ranked:
            return self._finish(self._abstain(q, intent, hits, 0.0), t0, timings, note)
        hits = ranked
        context = [self.context_text(hits[0].clause)]     # the everyday words read as the documents write them
        conf = max(coverage(q, context, self.stats), coverage(in_document_words(q), context, self.stats))
        if place is not None:       # "Theo Điều 3 …": answered from that place (and what is under it) alone
            hits = [h for h in hits if h.clause.doc_id == place.doc_id
                    and h.clause.path[:len(place.path)] == place.path] or [Hit(place, 1.0)]
            conf = 1.0
        if intent.whether and intent.kind == "amount" and yesno.SHARE_GIVEN.search(part):
            # "… có ghi mức tối thiểu 25% không?": whether the text says that figure, not a figure to find
            intent = replace(intent, kind="generic")
        typed = conf >= self.settings.abstain_threshold and self._has_answer_type(q, intent, hits)
        if typed and intent.kind == "amount" and counting.counts_whole_part(q):
            # "Phụ lục I có bao nhiêu chỉ tiêu?": its rows counted, not a figure one of them writes
            ans = counting.answer(self, q, [])
            if ans is not None:
                return self._finish(ans, t0, timings, note)
        if not typed and intent.kind == "amount":
            # a count no clause writes, but one enumerates: "bao nhiêu tồn tại, hạn chế?" and "(1) … (6) …"; the
            # items of a heading the question names ("Phụ lục 2 của đề cương … mấy nhóm") whatever the hits cover
            found = conf >= self.settings.abstain_threshold
            ans = counting.answer(self, q, [h.clause for h in hits[:3]] if found else [])
            if ans is not None:
                return self._finish(ans, t0, timings, note)
        if not typed and intent.kind == "amount" and _ALSO_WHAT.search(fold(part).lower()):
            # "Mấy tiêu chí … là gì, liệt kê đủ": counted by no clause, the criteria are still asked
            intent = replace(intent, kind="generic")
            typed = conf >= self.settings.abstain_threshold and self._has_answer_type(q, intent, hits)
        if not typed:
            return self._finish(self._abstain(q, intent, hits, conf), t0, timings, note)
        ans = facts.with_status_date(self, part, facts.with_asked_column(self, part, self._extract(part if topic else q, intent, hits[:k],
                                                                                                  conf)))
        if intent.whether and intent.kind in ("generic", "list") and not ans.abstained and ans.citations:
            ans = self._whether(part, ans)
        if not ans.abstained and _names_none_of_those_asked(part, ans):
            # "… chọn những mạng xã hội Việt Nam cụ thể nào?" and "Phát triển một số mạng xã hội Việt Nam": no names
            return self._finish(self._abstain(q, intent, hits, conf), t0, timings, note)
        if intent.kind == "amount" and not ans.abstained and (_gives_only_the_given(part, ans.answer)
                                                                or not states_asked_unit(part, self._with_units(ans))):
            # "… phân bổ bao nhiêu tỷ đồng …?" and an answer that states no sum: the clause chosen states none
            # "Trong 100 chuyên gia …, bao nhiêu người phải là chuyên gia nước ngoài?" and "… 100 chuyên gia …"
            return self._finish(self._abstain(q, intent, hits, conf), t0, timings, note)
        if self.generator is not None:
            ans = self._generate(q, intent, hits[:k], conf, ans)
        return self._finish(self._naming_the_source(part, ans), t0, timings, note)

    def _naming_the_source(self, q: str, ans: Answer) -> Answer:
        """"Văn bản nào … yêu cầu Bộ Tư pháp …?" asks the document: the answer opens with the one it cites."""
        if ans.abstained or not ans.citations or not _ASKS_WHICH_DOCUMENT.search(fold(q).lower()):
            return ans
        doc = self.index.document(self.of_document(ans.citations[0].doc_id))
        if doc is None:
            return ans
        name = f"{doc.type} {metadata.display_name(doc)}" if doc.type and doc.number else metadata.display_name(doc)
        return replace(ans, answer=f"Văn bản: {name}.\n{ans.answer}")

    def _not_listed(self, q: str, intent: Intent, hits: list[Hit], laws: list[str]) -> Answer | None:
        """"Ủy ban X có được giao thẩm tra Luật Y không?" where no clause names Luật Y and the best clause, all
        else of the question, lists the laws X is given: "Không" and that list."""
        if not intent.whether or not hits:
            return None
        top = hits[0].clause
        rest = _LAW_TITLE.sub(" ", q)
        if len(named_laws(top.text)) < 2 or coverage(rest, [self.context_text(top)], self.stats) < NOT_LISTED_COVERAGE:
            return None
        spans = best_sentences(rest, top.text, self.stats)
        if not spans:
            return None
        said = " ".join(clean_markdown(top.text[s:e]).strip() for s, e in spans)
        return Answer(question=q, answer=f"Không. {_as_sentence(said)} [1]", abstained=False, intent=intent.kind,
                      citations=(self.cite(1, top, (spans[0][0], spans[-1][1])),), confidence=min(1.0, hits[0].score))

    def _whether(self, q: str, ans: Answer) -> Answer:
        """"Có"/"Không" before the answer to "… có … không?"; of a table row whose cells are years, the verdict
        and the cell of the year that holds what the question says ("Không. Mốc 2045: 6G diện rộng …")."""
        unwritten = yesno.unwritten_predicate(q, self.stats.pair_df)
        # "… có được cấp chứng chỉ không?" and no document writes "cấp chứng chỉ"; but a stop asked ("… có bị dừng
        # lại không?") is answered by a text saying the work goes on
        if unwritten and not (ans.citations and yesno.goes_on(q, ans.citations[0])):
            return Answer(question=q, answer=f"Các văn bản đã nạp không nói tới việc “{_as_written(q, unwritten)}”, "
                          "nên không trả lời được có hay không.", abstained=True, intent=ans.intent,
                          related=ans.citations[:2], confidence=ans.confidence)
        clause = self.clause(ans.citations[0].clause_id)
        asked = yesno.any_asked(q)      # "… có bác bỏ kiến nghị nào không?": "Có" only where it "bác bỏ"
        if clause and asked and not all(w in fold(self.context_text(clause)).lower() for w in content_terms(asked)):
            return ans
        if clause and (yesno.writes_share(clause, q) is False
                       or ranking.other_horizon(set(ranking.YEARS.findall(q)), clause)):
            # "… có ghi mức tối thiểu 25% không?" and a row saying "tỷ lệ phù hợp": it does not
            return replace(ans, answer=f"Không. {ans.answer}")
        found = yesno.column_verdict(yesno.statement(q), clause, self.stats) if clause and clause.columns else None
        if found is None:
            return replace(ans, answer=f"{yesno.whether(q, ans.citations[0])}. {ans.answer}")
        true, head, cell = found
        at = clause.text.find(cell)
        cite = self.cite(1, clause, (at, at + len(cell)) if at >= 0 else None)
        said = clean_markdown(cell).lstrip("- ")
        return replace(ans, answer=f"{yesno.verdict(q, true)}. {head}: {said} [1]", citations=(cite,))

    def _spelled_out(self, q: str, intent: Intent, doc_ids: tuple[str, ...]) -> Answer | None:
        """"IUU nghĩa là gì?", "UBTVQH là viết tắt của gì?": the words a clause writes before "(IUU)", from
        the document the question names where it names one."""
        m = _ACRONYM_ASKED.search(q)
        if not m or not _ASKS_MEANING.search(fold(q).lower()):
            return None
        refs = set(doc_ids) or set(referenced_documents(self.index.documents, q))
        marker = f"({m.group(1)})"
        found = [c for c in self.index.clauses if marker in c.text]
        found = [c for c in found if c.doc_id in refs] or found
        if not found:
            return self._called(q, m.group(1), refs)
        clause = found[0]
        end = clause.text.index(marker)
        # the initials' words where they spell it ("Ủy ban Thường vụ Quốc hội (UBTVQH)"), else back to the
        # start of its sentence part ("… chống khai thác hải sản bất hợp pháp, … (IUU)")
        long = self.acronyms.long.get(m.group(1), "")
        head = clause.text[:end].rstrip()
        if long and head.lower().endswith(long.lower()) and len(long.split()) == len(m.group(1).replace("&", "")):
            start = len(head) - len(long)
        else:
            start = _part_start(clause.text, end, (". ", "; ", ": ", "\n"))
        words = clause.text[start:end].strip()
        if not words:
            return None
        at = clause.text.index(words, start)
        return Answer(question=q, answer=f"{m.group(1)}: “{words}” [1]", abstained=False,
                      citations=(self.cite(1, clause, (at, end + len(marker))),), intent="generic", confidence=1.0)

    def _called(self, q: str, acronym: str, refs: set[str]) -> Answer | None:
        """"'Quỹ PTKHCN' là tên viết tắt của tổ chức nào?" and "Quỹ Phát triển khoa học và công nghệ tỉnh (sau đây
        gọi tắt là Quỹ PTKHCN)": the words before the brackets, from the short name's first word ("Quỹ") where it
        has one, else from the start of the sentence part."""
        for clause in sorted(self.index.clauses, key=lambda c: c.doc_id not in refs):
            for called in _CALLED_AS.finditer(clause.text):
                term = called.group(1).split()
                if acronym not in term:
                    continue
                end = called.start()
                head = clause.text[:end].rstrip()
                part = _part_start(head, end, (". ", "; ", ": ", ", ", "\n"))
                first = head.rfind(f"{term[0]} ", part) if term[0] != acronym else -1
                spelled = long_form(head, acronym) if term == [acronym] else ""
                start = first if first >= 0 else len(head) - len(spelled) if spelled else part
                words = head[start:].strip()
                if words:
                    return Answer(question=q, answer=f"{called.group(1)}: “{words}” [1]", abstained=False,
                                  citations=(self.cite(1, clause, (start, called.end())),), intent="generic",
                                  confidence=1.0)
        return None

    def _item_asked(self, q: str, row: Clause) -> tuple[int, int] | None:
        """The one item of a long row's list ("(1) … (2) …") that writes clearly more of the question's words than
        any other (ITEM_MARGIN times), when the row is too long to quote whole."""
        if len(row.text) <= facts.ROW_CHARS:
            return None
        cells = [m.start() for m in CELL.finditer(row.text)]
        items = [(s, min([e] + [x for x in cells if x > s])) for s, e in enumerated_items(row.text)]     # in its cell
        if len(items) < 3:
            return None
        terms = set(content_terms(q))
        scores = sorted(((sum(self.stats.idf(t) for t in terms & set(content_terms(row.text[s:e]))), (s, e))
                         for s, e in items), reverse=True)
        return scores[0][1] if scores[0][0] > ITEM_MARGIN * scores[1][0] and scores[0][0] > 0 else None

    def _naming_first(self, hits: list[Hit], among: int, names) -> list[Hit]:
        """`hits` with those of the first `among` whose text (under its headings) `names` accepts put first; [] when
        none of them does."""
        naming = [h for h in hits[:among] if names(self.context_text(h.clause))]
        return naming + [h for h in hits if h not in naming] if naming else []

    def _generate(self, q: str, intent: Intent, hits: list[Hit], conf: float, fallback: Answer) -> Answer:
        """LLM synthesis over the retrieved clauses; the extractive answer when it fails."""
        try:
            text, used = self.generator.answer(q, [(h.clause.label, h.clause.text) for h in hits])
        except GeneratorError as exc:
            log.warning("LLM fallback: %s", exc)
            return Answer(question=fallback.question, answer=fallback.answer, abstained=fallback.abstained,
                          citations=fallback.citations, intent=fallback.intent, confidence=fallback.confidence,
                          generator="extractive", note=f"{exc}; dùng câu trả lời trích xuất")
        cites = tuple(self.cite(i, hits[j].clause) for i, j in enumerate(used, 1))
        return Answer(question=q, answer=text, abstained=False, citations=cites, intent=intent.kind,
                      confidence=conf, generator="openai")

    def _finish(self, ans: Answer, t0: float, timings: dict, note: str) -> Answer:
        timings["total_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        notes = "; ".join(x for x in (ans.note, note) if x)
        return Answer(question=ans.question, answer=ans.answer, abstained=ans.abstained, citations=ans.citations,
                      related=ans.related, intent=ans.intent, confidence=ans.confidence,
                      generator=ans.generator, note=notes, timings_ms=timings)

    def _asked_section(self, intent: Intent, hits: list[Hit]) -> Clause | None:
        """A section heading that matches the question far better than any clause under it ("Mục tiêu đến
        năm 2030 là gì?" and the heading "Mục tiêu đến 2030"): the question asks for the section's items."""
        if intent.kind not in ("generic", "list"):
            return None
        heads = [h for h in hits if h.clause.kind == "heading" and h.clause.id in self.parents]
        body = [h.score for h in hits if h.clause.kind != "heading"]
        if not heads or not body:
            return None
        best = max(heads, key=lambda h: h.score)
        return best.clause if best.score >= SECTION_MARGIN * max(body) else None

    def _holding_what_is_asked(self, q: str, intent: Intent) -> list[Clause]:
        """The clauses holding what the question asks by a key it gives, however few of its words they share: the
        person in the post asked ("Ai là Trưởng Ban Chỉ đạo …?" and "Trưởng ban: ông Trần Quốc Khải, …"), the
        table rows holding the value given ("Chỉ tiêu 90% … là chỉ tiêu về việc gì?")."""
        role = asked_role(q) if intent.kind == "role" else ""
        if role:
            body = asked_body(q, role)
            held = ((c, role_holder(c.text, role, body)) for c in self.index.clauses)
            return [c for c, span in held if span and has_person(c.text[span[0]:span[1]])]
        given = ranking.values_given(q) if intent.kind != "amount" else set()
        return [c for c in self.index.clauses if c.kind == "row" and ranking.holds_value(c, given)] if given else []

    def _named_parent(self, q: str, hits: list[Hit]) -> Clause | None:
        """The heading above two of the best five clauses that names what the question lists, word for word, when
        the best clause is not under it ("… chỉ ra những hạn chế, tồn tại nào?" and items under "Hạn chế, tồn
        tại", while a list of tasks elsewhere ranks first): the list asked is that heading's items."""
        under: dict[str, int] = {}
        for h in hits[:5]:
            parent = h.clause.id.rsplit(".", 1)[0] if "." in h.clause.id.split(":", 1)[1] else ""
            if parent:
                under[parent] = under.get(parent, 0) + 1
        listed = _LISTED_NOUN.search(fold(q).lower())      # "những hạn chế, tồn tại nào": what is listed
        asked = set(content_terms(listed.group(1))) if listed else set()
        for parent, n in sorted(under.items(), key=lambda x: -x[1]):
            head = self.clause(parent)
            if head is None:
                continue
            words = set(content_terms(head.heading or (head.text if head.kind == "heading" else "")))
            if n >= 2 and head.id in self.parents and len(words) >= 2 and words <= asked \
                    and not hits[0].clause.id.startswith(parent + "."):
                return head
        return None

    def _choose(self, q: str, intent: Intent, choices: dict[str, str]) -> Answer | None:
        """A true/false statement or a multiple-choice question put to the assistant (ALQAC types)."""
        from assistant.quiz import answer_choice
        stem = q[: _CHOICE_START.search(q).start()] if choices else yesno.statement(q)
        result = answer_choice(self, stem, choices or None, self._named_source(stem))
        clause = self._by_id.get(result.get("clause_id", ""))
        if clause is None:
            return None
        pick, span = result["answer"], None
        if choices:
            text = f"Đáp án {pick}: {choices.get(pick, '')} [1]"
        else:       # the verdict with the fact that decides it: who leads, by when, or the sentence
            verdict = None
            post, holder = yesno.role_claim(stem)
            if post:        # "Chủ tịch Hội đồng … có phải là Tổng Bí thư không?": who holds that post, then whether
                held = self._ask_one(f"Ai là {post}?", t0=time.perf_counter(), note="", k=None, doc_ids=())
                if not held.abstained and held.citations:
                    true = bool(re.search(rf"\b{holder}\b", fold(held.answer).lower()))
                    return replace(held, question=q, answer=f"{yesno.verdict(q, true)}. {held.answer}", intent="choice")
            if yesno.in_force_claim(stem) and (said := self._in_force(stem)) is not None:
                # "NQ 03 … có phải chờ 45 ngày mới có hiệu lực không?": the sentence saying when it takes effect
                doc, clause, span = said
                true = yesno.in_force_verdict(stem, clause.text[span[0]:span[1]], doc.date or "")
                return Answer(question=q, answer=f"{yesno.verdict(q, true)}. {clause.text[span[0]:span[1]].strip()} [1]",
                              abstained=False, citations=(self.cite(1, clause, span),), intent="choice", confidence=1.0)
            if yesno.chaired_claim(stem):                 # "Phiên họp … do Thủ tướng chủ trì à?": its chair
                chaired, span = next(((h.clause, s) for h in self.retrieve(yesno.probe(stem), k=8)
                                      if (s := chair_sentence(h.clause.text))), (None, None))
                if chaired is not None:
                    said = chaired.text[span[0]:span[1]].strip()
                    text = f"{yesno.verdict(q, yesno.chair_verdict(stem, chaired.text))}. {said} [1]"
                    return Answer(question=q, answer=text, abstained=False, citations=(self.cite(1, chaired, span),),
                                  intent="choice", confidence=float(result.get("support", 0.0)))
            if (probe := yesno.probe(stem)) != stem:      # the task found by what the claim does not assert of it
                hits = self.retrieve(probe, k=3)
                found = max(hits, key=lambda h: coverage(probe, [h.clause.text], self.stats)).clause if hits else None
                verdict = None if found is None else yesno.task_verdict(self, stem, found)
                clause = found if verdict is not None else clause
            verdict = yesno.going_on_verdict(stem, clause) if verdict is None else verdict
            verdict = yesno.task_verdict(self, stem, clause) if verdict is None else verdict
            verdict = yesno.only_verdict(stem, clause) if verdict is None else verdict
            verdict = yesno.body_verdict(stem, clause) if verdict is None else verdict
            verdict = yesno.subject_verdict(stem, clause, self.stats) if verdict is None else verdict
            if (other := yesno.other_figure(stem, clause, self.stats)) is not None:
                # "Có người nói … tới 100% người dân …, đúng không?" and the row says 99: not so, and what it says
                said, span = other
                return Answer(question=q, answer=f"{yesno.verdict(q, False)}. {said} [1]", abstained=False,
                              citations=(self.cite(1, clause, span),), intent="choice",
                              confidence=float(result.get("support", 0.0)))
            pick = yesno.verdict(q, pick == "Đúng" if verdict is None else verdict)
            said, span = yesno.fact(self, stem, clause)
            if said and pick in ("Không", "Sai") and ranking.YEARS.search(stem) and not ranking.YEARS.search(said):
                # "… đặt mốc năm 2030 … phải không?" and a target under "Trong năm 2025": the year it is set for
                head = next((h for h in reversed(clause.context) if ranking.YEARS.search(h)), "")
                said = f"{head.rstrip(' :')}: {said}" if head else said
            text = f"{pick}. {said} [1]" if said else f"{pick}. [1]"
        return Answer(question=q, answer=text, abstained=False, citations=(self.cite(1, clause, span),),
                      intent="choice", confidence=float(result.get("support", 0.0)))

    def _in_force(self, q: str) -> tuple[Document, Clause, tuple[int, int]] | None:
        """The document the question names, its clause saying when it takes effect and that sentence's span."""
        doc = named_document(self.index.documents, q)
        for clause in [c for c in self.index.clauses if doc is not None and self.of_document(c.doc_id) == doc.id]:
            span = ranking.in_force_sentence(clause.text)
            if span:
                return doc, clause, span
        return None

    def _is_task_deadline_question(self, q: str) -> bool:
        """'Văn bản làm rõ … phải ban hành khi nào?' asks a task's deadline, not a document's date."""
        hits = self.retrieve(q, k=3)
        if not hits or named_document(self.index.documents, q) is not None and len(content_terms(q)) < 8:
            return False
        top = hits[0].clause
        dated = any(t.deadline for t in self.tasks.of_clause(top.id))
        return dated and coverage(q, [self.context_text(top)], self.stats) >= 0.7

    def _has_answer_type(self, q: str, intent: Intent, hits: list[Hit]) -> bool:
        """The best clauses hold something of the kind asked: an amount in the unit asked or a time (the best
        clause, or a runner-up close to it or restating it), a person (top two); a place or the
        members of a group when the question asks for them by name (the best clause). A question about the
        first sitting is not answered by a clause about the second."""
        if ordinal_conflict(q, self.context_text(hits[0].clause)) or not self._on_topic(q, hits[0].clause):
            return False
        ordinal = _ASKS_ORDINAL.search(fold(q).lower())
        if ordinal and not re.search(rf"\b{ordinal.group(1)} thu\s+\w", fold(self.context_text(hits[0].clause)).lower()):
            return False        # "… thông qua tại kỳ họp thứ mấy?" and a clause that numbers no sitting
        sitting = _ASKS_SITTING.search(fold(q).lower())
        if sitting and not any(_SITTING_WORD.search(fold(h.clause.full_text).lower()) for h in hits[:2]):
            return False        # "… được thông qua tại phiên họp nào?" and clauses that name no meeting at all
        party = _ASKS_PARTY.search(fold(q).lower())
        if party and not self.stats.pair_df.get(party.group(1)):
            return False        # "Nhà thầu nào thi công …?": a kind of party no document ever mentions
        if _ASKS_SANCTION.search(fold(q).lower()) and not any(_SANCTION.search(h.clause.text.lower()) for h in hits[:2]):
            return False        # "… chậm báo cáo thì bị xử lý thế nào?" and duties that name no sanction
        if intent.kind == "generic" and not intent.whether \
                and ranking.other_horizon(set(ranking.YEARS.findall(q)), hits[0].clause):
            return False        # "Mục tiêu xếp hạng … đến năm 2045 là thứ mấy?" and a row of the 2030 targets
            #                     (whether a text asks it of a year it does not write is answered "Không")
        if any(code not in self.context_text(hits[0].clause) for code in CODE.findall(q)):
            return False        # "tỷ lệ phủ sóng 6G" is not answered by a clause on 5G alone
        if intent.kind != "generic" and asks_place(q) and not names_what_is_asked(q, hits[0].clause.full_text):
            return False        # "… tổ chức vào ngày nào và ở đâu?" and a deadline naming no place
        if _COMPARES.search(fold(q)) and any(fold(name) not in fold(self.context_text(hits[0].clause))
                                             for name in compared_names(q)):
            return False        # "… cao hay thấp hơn mức chi của Hàn Quốc?" and a clause that never names Korea
        asked_number = _ASKS_DOC_NUMBER.search(fold(q).lower())
        if asked_number and not any(re.search(rf"[-/]\s*{_INITIALS[asked_number.group(1)]}\s*(?:[-/]|$)", fold(m.group(1)).lower())
                                    for h in hits[:2] for m in metadata.DOC_NUMBER.finditer(fold(h.clause.text))):
            return False        # "… kèm theo quyết định số mấy?" and clauses that write no number of a quyết định
        numeral = _ASKS_NUMERAL.search(fold(q).lower())
        if numeral and not re.search(rf"\b{numeral.group(1)}\W+(?:so\s+)?\d", fold(hits[0].clause.full_text).lower()):
            return False        # "… là phiên bản số mấy?" and a clause that numbers no version
        often = _ASKS_HOW_OFTEN.search(fold(q).lower()) if intent.kind in ("generic", "when", "amount") else None
        if often and not _STATES_HOW_OFTEN.search(fold(hits[0].clause.full_text).lower()):
            return False        # "… báo cáo theo định kỳ nào?", "… bao lâu một lần?" and a duty that names no
            #                     period ("thường xuyên", "định kỳ" alone say none)
        if often and (done := _done_often(q, often.start())) and not re.search(
                rf"\b{done}\b", (hits[0].clause.full_text if has_diacritics(q) else fold(hits[0].clause.full_text)).lower()):
            return False        # "Ban Chỉ đạo họp định kỳ mấy lần một năm?" and "định kỳ 6 tháng báo cáo …"
        if intent.kind in ("amount", "when") and _asks_done(q) \
                and not any(_STATES_DONE.search(h.clause.text) for h in when_sources(hits)):
            return False        # "thực tế đã phủ được bao nhiêu?" is not answered by a target, nor by a deadline
        if intent.kind == "amount":     # "đến năm 2045 … bao nhiêu?" is not answered by a target for 2030
            years = set(ranking.YEARS.findall(q))
            indicator = _INDICATOR.search(q.lower())
            if indicator and not any(h.clause.kind != "row" or pair_share(indicator.group(1), h.clause.text,
                                                                          self.stats) >= TITLE_NAMED
                                     for h in when_sources(hits)):
                return False    # "chỉ tiêu tỷ lệ doanh nghiệp dùng hóa đơn điện tử" and rows of other indicators
            named = [h for h in hits if facts.names_row(q, h.clause)]
            if named and all(ranking.other_horizon(years, h.clause) for h in named):
                return False    # the indicator asked by its name is set for another horizon only
            # the best clauses, and one of the best three whose sentence counts what is asked ("12 cơ chế,
            # chính sách thí điểm"), which the answer is taken from (`facts.states_amount`)
            counted = facts.counting(self, q, hits[:3])
            sources = when_sources(hits) + ([counted] if counted and counted not in when_sources(hits) else [])
            if asks_money(q):   # "… bao nhiêu tiền?": one of the best three stating a sum (`facts.states_amount`)
                sources += [h for h in hits[:3] if h not in sources and states_asked_unit(q, h.clause.text)][:1]
            purpose = _AMOUNT_FOR.search(q.split("?", 1)[0])      # the part's own words, not the other half's
            purpose = purpose.group(1) if purpose and not re.search(r"\d|bao nhiêu", purpose.group(1), re.I) else ""
            if _THIS_DOCUMENT.fullmatch(fold(purpose).lower()):
                purpose = ""        # "… cho kế hoạch này?": the document asked about, no purpose of its own
            # "… cho dự án IOC?": the work by its name, which a table row writes after "Tên dự án:"
            named_work = _WORK_NAMED.match(purpose)
            purpose = named_work.group(1) if named_work else purpose
            return any(not ranking.other_horizon(years, h.clause) and states_asked_unit(q, facts.unit_read(h.clause))
                       and states_change(q, h.clause.text)
                       # "… bao nhiêu phần trăm ngân sách cho nghiên cứu cơ bản?" and "15% … phục vụ nghiên cứu
                       # công nghệ chiến lược": the amount must be for what the question says
                       and (not purpose or pair_share(purpose, self.context_text(h.clause), self.stats) >= PURPOSE_SHARE
                            and (len(purpose.split()) > 1 or re.search(rf"\b{re.escape(fold(purpose).lower())}\b",
                                                                      fold(self.context_text(h.clause)).lower())))
                       and counts_what_is_asked(q, self.context_text(h.clause), self.stats.pair_df)
                       and names_measure(q, self.context_text(h.clause)) for h in sources)
        if intent.kind == "when":
            subjects = ranking.subjects(q)
            doers = {m.agency for m in find_agencies(q) if m.agency.id in subjects}
            named = {m.agency for h in when_sources(hits) for m in find_agencies(self.context_text(h.clause))}
            # a group ("các bộ, ngành") may hold the body asked, except a district's, which no central group holds
            if doers and named and not doers & named and all(a.kind != "group" for a in doers) \
                    and (all(a.kind == "local" for a in doers) or all(a.kind != "group" for a in named)):
                return False    # "UBND cấp huyện phải … xong trước thời hạn nào?" and the provinces' deadline
            if asked_grain(q) == "day" and _WILL_HAPPEN.search(fold(q).lower()) and not any(
                    d.kind != "due" or not d.start or not d.end or (d.end - d.start).days < YEAR_DAYS
                    for h in when_sources(hits) for d in [t.deadline for t in self.tasks.of_clause(h.clause.id)
                                                          if t.deadline] + [x for _, _, x in find_deadlines(h.clause.text)]):
                return False    # "… sẽ khai trương vào ngày nào?" and a target for a whole year ("năm 2030")
            done = _WAS_DONE.search(fold(q).lower())
            if done and not any(done.group(1) in fold(h.clause.full_text).lower() for h in when_sources(hits)):
                return False    # "Luật … được Quốc hội thông qua năm nào?" and a task's deadline under that law
            return any(any(t.deadline for t in self.tasks.of_clause(h.clause.id))
                       or any(d.kind != "unparsed" for _, _, d in find_deadlines(h.clause.text))
                       or bool(_RELATIVE_TIME.search(fold(h.clause.text)))
                       for h in when_sources(hits))
        done_by = _DONE_BY.search(fold(q).lower()) if intent.kind in ("lead", "generic") else None
        if done_by and not any(re.search(rf"\b{done_by.group(1)}\b", fold(self.context_text(h.clause)).lower())
                               for h in hits[:2]):
            return False        # "Sàn giao dịch … sẽ do đơn vị nào vận hành?" and a task to set it up: who runs it is
            #                     not who is to build it
        if intent.kind == "lead" and _ASKS_MINISTRY.search(fold(q)):
            # "Bộ nào chủ trì …?" is not answered by a task of the Đảng ủy Chính phủ that names no ministry
            top = next((h.clause for h in hits[:2] if any(t.lead for t in self.tasks.of_clause(h.clause.id))),
                       hits[0].clause)          # the clause the lead is taken from (`TaskTable.answer_fact`)
            leads = [lookup(name) for t in self.tasks.of_clause(top.id) for name in t.lead]
            return any(a is not None and a.kind == "ministry" for a in leads) or any(
                m.agency.kind == "ministry" for m in find_agencies(self.context_text(top)))
        if intent.kind == "coord":      # "Cơ quan nào phối hợp …?" and a row that names no coordinator
            return any(t.coordinators for h in hits[:2] for t in self.tasks.of_clause(h.clause.id)) or any(
                _COORDINATES.search(fold(h.clause.text)) for h in hits[:2])
        if intent.kind == "person" and not asked_role(q):
            return any(has_person(h.clause.text) for h in hits[:2])
        role = asked_role(q) if intent.kind in ("role", "person") else ""
        if role and not any(role_holder(h.clause.text, role, asked_body(q, role)) for h in hits[:2]):
            return False                            # "Ai là Giám đốc Sở …?" needs a text saying who holds it
        if role in OFFICES:                         # "Ai là Thủ tướng?" is not answered by "…, Thủ tướng Chính phủ"
            span = role_holder(hits[0].clause.text, role, asked_body(q, role))
            return span is not None and has_person(hits[0].clause.text[span[0]:span[1]])
        if role and intent.kind == "person":        # "Họ tên người giữ chức …": a name, not "Trưởng ban là Tổng Bí thư"
            spans = [(h.clause.text, role_holder(h.clause.text, role, asked_body(q, role))) for h in hits[:2]]
            return any(span is not None and has_person(text[span[0]:span[1]]) for text, span in spans)
        if intent.kind == "event":
            return meeting_fact(q, hits[0].clause.text) is not None
        options = _offered(q)
        if options and not any(coverage(o, [self.context_text(hits[0].clause)], self.stats) >= TOPIC_LISTED
                               for o in options):
            return False        # "… công nghệ sinh trắc học nào (khuôn mặt, vân tay hay mống mắt)?" and none of them
        if not self._among_listed_topics(q, hits[0].clause):
            return False        # "… Hội nghị chuyên đề … về công nghệ lượng tử?" and "… về: (1) … (4) …", none of it
        if intent.kind == "generic" and _GIVEN_ROLE.search(fold(q).lower()):
            # "Đảng ủy Mặt trận Tổ quốc được giao vai trò gì …?" is answered by a clause naming that body
            doers = ranking.subjects(q)
            if doers and not doers & ranking.agencies_in(self, hits[0].clause):
                return False
        if intent.kind in ("generic", "list", "role"):
            return names_what_is_asked(q, hits[0].clause.full_text)
        return True

    def _among_listed_topics(self, q: str, clause: Clause) -> bool:
        """A question ending "… về X?" put to a clause that lists what it is about ("… Hội nghị chuyên đề của Ban
        Chỉ đạo về: (1) Công nghệ chiến lược. (2) Trí tuệ nhân tạo …"): X is one of the items. True where the
        question ends otherwise or the clause lists no topics after "về:"."""
        m = _ABOUT_TAIL.search(q)
        if m and re.search(r"\b(?:nao|gi|dau|bao nhieu|the nao|ra sao)\b", fold(m.group(1)).lower()):
            return True         # "… về những chủ đề nào?" asks the topics
        listed = _TOPICS_LISTED.search(clause.text)
        items = lists.inline_items(clause) if m and listed else []
        if len(items) < 2 or items[0][0] < listed.end():
            return True
        topic = m.group(1)
        return any(coverage(topic, [clause.text[s:e]], self.stats) >= TOPIC_LISTED for s, e in items)

    def _on_topic(self, q: str, clause: Clause) -> bool:
        """"X nói gì về Y?" is answered only by a clause writing Y ("kinh tế tuần hoàn", not "kinh tế"), of X
        when the question names X as its source ("Thông báo 23-TB/TGV có nội dung gì về …")."""
        m = SAYS_ABOUT.search(fold(q).lower())
        if not m:
            return True
        topic = _GENERIC_TOPIC.sub("", m.group(1)).strip()
        written = fold(self.context_text(clause)).lower()
        year = _TOPIC_YEAR.search(topic)        # "… về tỉ lệ doanh nghiệp công nghệ số năm 2045": the year apart
        if year and year.start() > 0:
            topic = topic[:year.start()].strip()
            if year.group(1) not in written:
                return False
        if topic and topic not in written:
            return False
        refs = referenced_documents(self.index.documents, q)
        return len(refs) != 1 or not _names_as_source(self.index.documents, q) or \
            self.of_document(clause.doc_id) == self.of_document(refs[0])

    def of_the_source(self, source: tuple[str, ...], hits: list[Hit], deeper: str = "") -> list[Hit]:
        """"Kế hoạch 3260 đặt mục tiêu bao nhiêu …": a question asking what one document says (`source`, from
        `_named_source`) is answered by it, or by a document carrying it out (one that cites it: 03/NQ-CP for Nghị
        quyết 57), not by another. With `deeper` (the question), when none of `hits` is, among more of the best
        clauses of all."""
        if not source or not hits:
            return hits
        named = self.of_document(source[0])
        ranked = [h for h in hits if self.of_document(h.clause.doc_id) == named or named in self.cited(h.clause.doc_id)]
        return ranked or (self.of_the_source(source, self.retrieve(deeper, k=SOURCE_DEPTH)) if deeper else [])

    def _named_source(self, q: str) -> tuple[str, ...]:
        """The document a question asks what it says, with its parts; () where it names none or several."""
        refs = referenced_documents(self.index.documents, q)
        if len({self.of_document(r) for r in refs}) > 1 and (doc := named_not_carried_out(self.index.documents, q)):
            refs = [doc.id]     # "TB 23 yêu cầu … thực hiện NQ57 …": what Thông báo 23 says
        if len(refs) != 1 or not _names_as_source(self.index.documents, q):
            return ()
        named = self.of_document(refs[0])
        return tuple(d.id for d in self.index.documents if self.of_document(d.id) == named)

    def cited(self, doc_id: str) -> set[str]:
        """The main documents a document's clauses cite by their full number ("57-NQ/TW"), by id."""
        doc_id = self.of_document(doc_id)
        if doc_id not in self._cited:
            text = " ".join(fold(c.text).lower() for c in self.index.clauses if self.of_document(c.doc_id) == doc_id)
            self._cited[doc_id] = {d.id for d in self.index.documents if not d.part_of and d.number
                                   and fold(d.number).lower() in text}
        return self._cited[doc_id]

    def _writing_rare_names(self, q: str, hits: list[Hit]) -> list[Hit]:
        """"Phong trào bình dân học vụ số …" names a movement that one or two clauses write: only the hits writing
        it answer; none when no hit does (the words of another movement would be a confident wrong answer)."""
        for name in ranking.named_things(q):
            if everyday_phrase(q, name):    # "chương trình riêng" is an everyday "chương trình chuyên biệt", no name
                continue
            pattern = re.compile(rf"\b{re.escape(name)}\b")
            writing = {cid for cid, text in self.folded_contexts.items() if pattern.search(text)}
            if writing and len(writing) <= RARE_NAME:
                hits = [h for h in hits if h.clause.id in writing]
        return hits

    @property
    def amended(self) -> dict[str, list[amendments.Amendment]]:
        """The amendments the loaded documents make to one another, by the id of the clause amended."""
        if self._amended is None:
            self._amended = amendments.find_amendments(self.index.documents, self.index.clauses)
        return self._amended

    @property
    def folded_contexts(self) -> dict[str, str]:
        """Each clause's text with its document's name and the headings above it, folded, by clause id."""
        if self._folded is None:
            self._folded = {c.id: fold(self.context_text(c)).lower() for c in self.index.clauses}
        return self._folded

    def _with_units(self, ans: Answer) -> str:
        """An answer's text, with the caption of each table row it cites: "Năm: 2028; Ngân sách thành phố: 300"
        is a sum under "Bảng 2. Kinh phí … (đơn vị: tỷ đồng)"."""
        rows = [c for c in (self.clause(x.clause_id) for x in ans.citations if x.clause_id) if c is not None]
        return " ".join([re.sub(r"\[\d+\]", " ", ans.answer), *(facts.unit_read(c) for c in rows if c.kind == "row")])

    def context_text(self, clause: Clause) -> str:
        doc = self.index.document(clause.doc_id)
        return " ".join([doc.citation_name if doc else "", *clause.context[-2:], clause.full_text])

    def _abstain(self, q: str, intent: Intent, hits: list[Hit], conf: float) -> Answer:
        related = tuple(self.cite(i, h.clause) for i, h in enumerate(hits[:3], 1))
        text = (f"Các văn bản đã nạp không có thông tin về nội dung này: “{q[:200]}”. "
                "Không có câu trả lời chắc chắn nên hoidap không đoán.")
        if related:
            text += " Các điều khoản có thể liên quan được liệt kê bên dưới."
        return Answer(question=q, answer=text, abstained=True, related=related, intent=intent.kind,
                      confidence=conf)

    def _extract(self, q: str, intent: Intent, hits: list[Hit], conf: float) -> Answer:
        if intent.kind == "when" and (ans := facts.adjusted_deadline(self, q, hits, conf)) is not None:
            return ans      # "… thời hạn hoàn thành hiện nay là khi nào?" after a report moved it
        if intent.kind in ("lead", "coord", "when"):
            ans = self.tasks.answer_fact(self, q, intent, hits[:3], conf)
            if ans is not None:
                return ans
        if intent.kind == "amount":                 # the clause that states an amount in the unit asked
            stating = facts.states_amount(self, q, hits)
            hits = [stating, *(h for h in hits if h is not stating)]
            ans = self.tasks.answer_target(self, q, hits[:2], conf)
            if ans is not None:
                return ans
        top = hits[0].clause
        if top.kind == "row" and (lists.asks_list(q, intent) or asked_count(q) >= 2) \
                and (picked := counting.bullets_about(q, top)):
            # "… những nghị định về các quỹ quốc gia nào?", "Hai quỹ … nào …?": the bullets of the cell about it
            lines = [f"{top.label}: [1]"] + [f"- {clean_markdown(top.text[s:e]).strip(' ;.-')}" for s, e in picked]
            return Answer(question=q, answer="\n".join(lines), abstained=False, intent=intent.kind, confidence=conf,
                          citations=(self.cite(1, top, (picked[0][0], picked[-1][1])),))
        if lists.asks_list(q, intent):
            ans = lists.answer(self, q, self._named_parent(q, hits) or top, conf)
            if ans is not None:
                return ans
        section = self._asked_section(intent, hits)
        if section is not None:
            ans = lists.answer(self, q, section, conf)
            if ans is not None:
                return ans
        if top.kind == "row" and (item := self._item_asked(q, top)) is not None:
            # "… mô hình điểm được triển khai ở những tỉnh nào?" and a task cell listing "(1) … (11) Mô hình điểm
            # tại các tỉnh, thành phố có đảo": that item, after the cell's words that open the list
            s, e = item
            lead_in = top.text[:top.text.find(":") + 1].strip() if ":" in top.text[:60] else ""
            text = f"{lead_in} … {top.text[s:e].strip(' ;.')}" if lead_in else top.text[s:e].strip(" ;.")
            rest = top.text[e:].strip(" ;")         # the row's other cells: who leads it, by when, what it gives
            text = f"{text}; {shorten(rest, ROW_REST)} [1]" if rest else f"{text}. [1]"
            return Answer(question=q, answer=text, abstained=False, citations=(self.cite(1, top, (s, e)),),
                          intent=intent.kind, confidence=conf)
        if top.kind == "row":                       # a table row answers with its cells
            long_row = len(top.text) > facts.ROW_CHARS
            text = _place_asked(q, top) + (facts.row_cells(self, q, top, intent.kind == "amount") if long_row
                                           else top.text)
            return Answer(question=q, answer=f"{text} [1]", abstained=False,
                          citations=(self.cite(1, top, (0, len(top.text))),), intent=intent.kind, confidence=conf)
        role = asked_role(q) if intent.kind == "role" else ""
        held = role_holder(top.text, role, asked_body(q, role)) if role else (
            meeting_fact(q, top.text) if intent.kind == "event" else None)
        spans = [held] if held else best_sentences(q, top.text, self.stats, want_number=intent.kind == "amount"
                                                   or _ASKS_FIGURE.search(fold(q).lower()) is not None)
        if spans and _ASKS_WHY.search(fold(q).lower()):
            # "… vì sao / đem lại tác dụng gì?": the sentence after it that says so ("Việc này không chỉ tạo …")
            after = next(((s, e) for s, e in sentences(top.text) if s >= spans[-1][1]), None)
            if after and _REFERS_BACK_SENTENCE.match(top.text[after[0]:after[1]]):
                spans = spans + [after]
        said = [clean_markdown(top.text[s:e]).strip() for s, e in spans]
        # a document that writes one sentence twice ("…; Chuyển đổi số các khu công nghiệp …" again) says it once
        quote = " ".join(x for i, x in enumerate(said) if _bare(x) not in {_bare(y) for y in said[:i]})
        head = ""
        if intent.kind in ("lead", "coord"):
            agency = self.tasks.context_agency(top)
            if agency and agency not in quote:
                head = f"{agency}: "
        head = _place_asked(q, top) or head
        if not head and top.heading and top.heading not in quote and len(top.heading) < 120:
            head = f"{top.heading}: "
        text = f"{head}{quote if head else _as_sentence(quote)} [1]"
        span = (spans[0][0], spans[-1][1])
        return Answer(question=q, answer=text, abstained=False, citations=(self.cite(1, top, span),),
                      intent=intent.kind, confidence=conf)


def _bare(sentence: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", sentence.lower()).split())


_LISTED_NOUN = re.compile(r"\b(?:nhung|cac)\s+([a-z ,]{3,60}?)\s+nao\b")


# "Văn bản nào (trong bộ tài liệu) yêu cầu …?", "… được nêu ở văn bản nào?" (folded)
_ASKS_WHICH_DOCUMENT = re.compile(r"\b(?:van ban|tai lieu) nao\b(?! (?:khac|nua)\b)")


def _as_written(q: str, folded: str) -> str:
    """The words of `q` that fold to `folded` ("cấp chứng chỉ" for "cap chung chi"), or `folded` itself."""
    key, pos = fold_with_offsets(q)
    at = key.lower().rfind(folded)
    return q[pos[at]:pos[at + len(folded) - 1] + 1] if at >= 0 else folded


def _place_first(q: str, hits: list[Hit]) -> list[Hit]:
    """"… sẽ được công bố ở đâu?": where the best clause names no place, the runner-up restating it that does
    (the appendix row whose "Kết quả" cell says "trên cổng TTĐT …") answers."""
    if not asks_place(q) or len(hits) < 2 or names_what_is_asked(q, hits[0].clause.full_text):
        return hits
    alt = next((h for h in when_sources(hits)[1:] if restates(hits[0].clause, h.clause)
                and names_what_is_asked(q, h.clause.full_text)), None)
    return hits if alt is None else [alt] + [h for h in hits if h is not alt]


def _place_asked(q: str, clause: Clause) -> str:
    """"Điều 1: " before the answer to "… kèm theo điều mấy?" (any question asking which article, section or
    appendix), "" otherwise."""
    key = fold(q).lower()
    m = _ASKS_WHICH_HEADING.search(key)
    if m:       # "… nằm ở thách thức nào?": the heading under the one naming that kind ("Thách thức & Rủi ro")
        heads = [fold(h).lower() for h in clause.context]
        at = next((i for i in range(len(heads) - 1, -1, -1) if re.search(rf"\b{m.group(1)}\b", heads[i])), None)
        if at is not None and at + 1 < len(heads):
            return f"{clause.context[at + 1]}: "
        if at is None and m.group(1) in _GROUPING and clause.kind in ("row", "item") and len(heads) > 1:
            # "Nhiệm vụ 132 … thuộc nhóm nào?" and a row under a group heading that does not call itself a group
            # ("VII. Tăng cường hợp tác quốc tế …"): the heading right above it
            return f"Thuộc nhóm “{clause.context[-1]}”: "
    if _ASKS_WHICH_PART.search(key) and ", " in clause.label:
        return f"{clause.label.split(', ', 1)[1]}: "
    return ""


NOT_LISTED_COVERAGE = 0.6   # a list of laws answers "… có … Luật Y không?" with "Không" when it covers this much of the rest


# a figure, or one written onto its unit ("1Gb/s")
_FIGURE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)?(?:(?![\w/])|(?=" + GLUED_UNITS + "))")


# "những mạng xã hội Việt Nam cụ thể nào": the particular ones of a kind are asked (folded; group 1 the kind)
_PARTICULAR = re.compile(r"\b(?:nhung|cac)\s+((?:\w+\s+){1,6}?)cu the (?:nao|gi|la gi)\b")


def _names_none_of_those_asked(q: str, ans: Answer) -> bool:
    """The particular ones of a kind are asked and the answer says only "một số <kind>", listing none."""
    m = _PARTICULAR.search(fold(q).lower())
    if m is None or not ans.citations:
        return False
    kind = m.group(1).split()[:2]
    said = fold(ans.answer.split("[1]")[0]).lower()
    general = re.search(rf"\b(?:mot so|cac|nhung)\s+{re.escape(' '.join(kind))}\b([^.;]{{0,60}})", said)
    return general is not None and not re.search(r"[:(]|\bnhu\b|\bgom\b", general.group(1))


def _gives_only_the_given(q: str, answer: str) -> bool:
    """An amount answer whose every figure (years aside) the question already writes: it restates what the question
    takes as given, and answers nothing."""
    said = {n for n in _FIGURE.findall(answer.split("[1]")[0]) if not ranking.YEARS.fullmatch(n)}
    given = {n for n in _FIGURE.findall(q) if not ranking.YEARS.fullmatch(n)}
    return bool(said) and said <= given


_OFFERED = re.compile(r"\(([^()]{3,120}?\s(?:hay|hoặc|hay là)\s[^()]{2,60})\)")


def _offered(q: str) -> list[str]:
    """The alternatives a question offers in brackets: "(nhận diện khuôn mặt, vân tay hay mống mắt)"."""
    m = _OFFERED.search(q)
    return [o.strip() for o in re.split(r",|\s(?:hay là|hay|hoặc)\s", m.group(1)) if o.strip()] if m else []


def _part_start(text: str, end: int, seps: tuple[str, ...]) -> int:
    """Where the sentence part ending at `end` begins: after the last of `seps` before it, at most PART_REACH back."""
    return max([max(0, end - PART_REACH)] + [i + len(sep) for sep in seps if (i := text.rfind(sep, 0, end)) >= 0])


def _as_sentence(quote: str) -> str:
    """A part of a sentence quoted on its own reads as one: "nhận thức … chưa đầy đủ và sâu sắc;" ->
    "Nhận thức … chưa đầy đủ và sâu sắc."."""
    quote = quote.strip()
    if quote[:1].islower():
        quote = quote[0].upper() + quote[1:]
    return quote[:-1].rstrip() + "." if quote.endswith((";", ",")) else quote


def _about_named(documents, q: str) -> bool:
    """The question is about the document it names first, naming it near its start ("Nghị quyết 57-NQ/TW do ai
    ký …?", "Ai ký Nghị quyết 03/NQ-CP …?"), not about a text to be issued under it ("Văn bản làm rõ … trong
    Nghị quyết 57 phải ban hành khi nào?")."""
    spans = naming_spans(documents, q)
    return bool(spans) and min(a for a, _ in spans) <= NAMED_AT


# a plan, programme or strategy to be made, by its title up to the first word that is not part of it
_WORK_TITLE = re.compile(r"\b(?:xây dựng|ban hành|trình|phê duyệt|triển khai)\s+(?:[Đđ]ề án|[Cc]hương trình|[Cc]hiến lược|[Dd]ự án|[Qq]uy hoạch)\s+((?:(?!(?:do|được|có|thì|là|"
                         r"của|theo|trong|nhằm|và|khi|phải|sẽ|đã|hay|hoặc|thuộc|nào|gì|bao|ai|cho|tại|với|từ|đến|vào|"
                         r"ra|này|đó|trên|ở|về|để|không|chưa|cần|bộ|cơ)\b)[^\W\d_]+\b\s*){3,})", re.IGNORECASE)
# an indicator asked by its name: "chỉ tiêu tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đến năm 2030 …"
_INDICATOR = re.compile(r"\bchỉ (?:tiêu|số)\s+((?:(?!(?:đến|năm|là|đạt|phải|bao|theo|của|trong|vào|tới|ở|được|thì|cho|tại|"
                        r"về|nào|gì|mà|cần)\b)[^\W\d_]+\b\s*){3,})")
# a law or decree named by its title ("Luật Bảo vệ dữ liệu cá nhân", "Luật Công nghệ cao (sửa đổi)"): its kind and up to
# three words of the title, the first capitalised
_LAW_TITLE = re.compile(r"\b(?:Bộ luật|Luật|Nghị định|Pháp lệnh)\s+([A-ZĐÀ-Ỹ][\w]*(?:\s+(?!(?:do|để|của|trong|theo|được|có|"
                        r"và|sửa|năm|số|nào|này|đó|thì|phải|cần|là|với|cho|về|khi|đã|sẽ|mới|gì|không)\b)[\w]+){0,2})")


def named_works(documents, q: str) -> list[str]:
    """The titles of the works a question asks to be made, by a plan word and three words or more written with
    diacritics ("xây dựng Đề án phát triển công nghệ lượng tử quốc gia"), but for the loaded documents it names."""
    names = naming_spans(documents, q)
    found = []
    for m in _WORK_TITLE.finditer(q):
        if has_diacritics(m.group(1)) and not any(a <= m.start() < b for a, b in names):
            found.append(m.group(1))
    return found


# a law named in lower case after the words for a bill ("dự án luật chuyển đổi số", "du thao luat …"), folded
_NOT_TITLE = (r"(?!(?:do|de|cua|trong|theo|duoc|co|va|hoac|sua|nam|so|nao|nay|thi|phai|can|la|voi|cho|ve|khi|da|se|moi|"
              r"gi|khong|lien|trinh|thuoc|nham|tai|o|dang|hien|truoc|sau|den|tu|tren|duoi|ma|nhu|bao|ai)\b)")
# a law named in lower case after the words for a bill ("dự án luật chuyển đổi số", "du thao luat …"), folded;
# "các dự án luật …" names none
_BILL_TITLE = re.compile(rf"(?<!cac )(?<!nhung )(?<!mot so )\b(?:du an|du thao)\s+(luat\s+{_NOT_TITLE}[a-z]+"
                         rf"(?:\s+{_NOT_TITLE}[a-z]+){{1,2}})")


def named_laws(q: str) -> list[str]:
    """The laws a question names by title, folded with their kind: ["luat thuong mai dien"]; in lower case
    only after "dự án"/"dự thảo" ("dự án luật chuyển đổi số")."""
    titled = [fold(m.group(0)).lower() for m in _LAW_TITLE.finditer(q)]
    return titled or [m.group(1) for m in _BILL_TITLE.finditer(fold(q).lower())]


# a year closing the topic asked about ("… về tỉ lệ doanh nghiệp công nghệ số năm 2045"), folded
_TOPIC_YEAR = re.compile(r"\s*(?:(?:vao|den|toi|trong)\s+)?(?:nam\s+)?(20\d\d)$")
_GENERIC_TOPIC = re.compile(r"^(?:(?:viec|van de|linh vuc|cac|nhung|phat trien|xay dung|thuc hien)\s+)+")
_CHOICE_START = re.compile(r"(?:^|\s)A[.):]\s")
_CHOICE = re.compile(r"(?:^|\s)([A-D])[.):]\s+(.+?)(?=\s+[A-D][.):]\s|$)", re.S)


def parse_choices(question: str) -> dict[str, str]:
    """'… A. X B. Y C. Z D. W' -> {'A': 'X', …} when at least two options are given in order."""
    m = _CHOICE_START.search(question)
    if not m:
        return {}
    found = {k: v.strip(" ;,") for k, v in _CHOICE.findall(question[m.start():])}
    letters = "".join(sorted(found))
    return found if len(found) >= 2 and "ABCD".startswith(letters) else {}


def _names_as_source(documents, question: str) -> bool:
    """The question asks what a document it names says ("Nghị quyết 57 xác định …", "Theo Phụ lục II, …",
    "Về dữ liệu, Nghị quyết 57 yêu cầu …"),
    not about it as a topic ("chương trình tuyên truyền về Nghị quyết 57")."""
    spans = naming_spans(documents, question)
    if not spans:
        return False
    said = question[:min(a for a, _ in spans)]
    before = fold(said).lower().split()
    # "Về dữ liệu, Nghị quyết 57 yêu cầu …": after a topic set off by a comma the document is the subject
    return len(before) <= 1 or before[-1] in ("theo", "trong", "tai") or said.rstrip().endswith(",")


# what has happened, asked ("thực tế đã phủ được", "đã được Quốc hội thông qua vào ngày nào") and stated
_ASKS_DONE = re.compile(r"\b(thuc te|da dat duoc|hien da|(cho )?den nay|(?<![\w ])nam ngoai|da duoc [a-z ]{0,30}?(thong qua|ban hanh|phe duyet)|"
                        r"da (phu|dat|thu hut|thong qua|ban hanh|hoan thanh|khai truong|ra mat)( duoc)?|"
                        r"da [a-z]+ [a-z]+ duoc)\b")     # "đã huy động được bao nhiêu vốn"
# "Quốc hội thông qua Nghị quyết 193 vào ngày nào?": when it was passed; not "… phải trình Quốc hội thông qua vào
# thời điểm nào?", a deadline (folded)
_ASKS_PASSED = re.compile(r"\bthong qua\b[^?]{0,80}\b(?:vao )?(?:ngay|thoi diem|luc) nao\b|"
                          # "Đề án 06 … được Thủ tướng phê duyệt năm nào?": when it was approved
                          r"\bduoc\b[^?]{0,40}\bphe duyet\b[^?]{0,40}\b(?:vao )?(?:ngay|thoi diem|luc|nam|thang|khi) nao\b")
_TO_BE = re.compile(r"\b(?:phai|can|se|du kien|trinh|de nghi|duoc giao|giao)\b")


_STATES_DONE = re.compile(r"\b(đã|đạt được|hiện nay|hiện có|tính đến|đến nay|kết quả (hiện nay|đạt được))\b",
                          re.IGNORECASE)


def _asks_done(q: str) -> bool:
    key = fold(q)
    low = key.lower()
    passed = _ASKS_PASSED.search(low)
    return bool(_ASKS_DONE.search(key)) or passed is not None and not _TO_BE.search(low[:passed.start()])
# a party asked by its kind ("nhà thầu nào", "công ty nào", "đối tác nào"), folded
_ASKS_PARTY = re.compile(r"\b(nha [a-z]+|cong ty|tap doan|doi tac)(?: [a-z]+){0,2} nao\b")
_COMPARES = re.compile(r"\b(so voi|so sanh|cao hay thap|hon hay kem|nhieu hay it|cao hon|thap hon|nhieu hon|it hon)\b")
# "… kèm theo quyết định số mấy?", "NĐ hướng dẫn Luật Dữ liệu số mấy?" (its kind, what it does, then the number)
_ASKS_DOC_NUMBER = re.compile(r"\b(quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|ket luan|thong bao|ke hoach|"
                              r"qd|nq|nd|tt|ct|kl|tb|kh)\s+(?:(?:so may|so bao nhieu|so nao|so hieu (?:la )?gi|"
                              r"mang so (?:may|gi|nao))\b|(?:\w+\s+){1,8}?(?:so may|so bao nhieu|so hieu (?:la )?gi)"
                              r"\s*[?.]*\s*$)")
_INITIALS = {"quyet dinh": "qd", "nghi quyet": "nq", "nghi dinh": "nd", "thong tu": "tt", "chi thi": "ct",
             "ket luan": "kl", "thong bao": "tb", "ke hoach": "kh"}
_INITIALS.update({v: v for v in list(_INITIALS.values())})
# "… về X?" at a question's end, and "… về:" opening a list of topics in a clause
_ABOUT_TAIL = re.compile(r"\bvề\s+([^?,;]{3,80})\?*\s*$", re.IGNORECASE)
_TOPICS_LISTED = re.compile(r"\bvề\s*:", re.IGNORECASE)
TOPIC_LISTED = 0.6        # an item covering this share of the topic asked is that topic
# a body asked what it is given to do: "… được giao (vai trò / nhiệm vụ) gì", "… có nhiệm vụ gì"
_GIVEN_ROLE = re.compile(r"\b(?:duoc giao|co|dam nhan|giu) (?:vai tro|nhiem vu|trach nhiem)? ?(?:gi|nao)\b|"
                         r"\bduoc giao (?:lam )?gi\b")
_ASKS_WHY = re.compile(r"\b(?:vi sao|tai sao|de lam gi|nham (?:muc dich )?gi|tac dung (?:gi|the nao|ra sao)|"
                      r"y nghia (?:gi|the nao|ra sao)|loi ich (?:gi|the nao)|de dat (?:duoc )?gi)\b")
# a sentence saying what the one before it does: "Việc này …", "Điều đó …", "Qua đó …"
_REFERS_BACK_SENTENCE = re.compile(r"\s*(?:Việc (?:này|đó|làm này)|Điều (?:này|đó)|Qua đó|Nhờ đó|Từ đó|Đây là|Như vậy)\b")
# "… tại kỳ họp thứ mấy?", "… là hội nghị lần thứ mấy?": the ordinal of a sitting or a round
_ASKS_ORDINAL = re.compile(r"\b(ky hop|phien hop|hoi nghi|lan|dot|khoa|giai doan) thu (?:may|bao nhieu|nao)\b")
# an event to come on a day ("… sẽ khai trương / khánh thành / ra mắt vào ngày nào?") (folded)
_WILL_HAPPEN = re.compile(r"\b(?:khai truong|khanh thanh|ra mat|khai mac|to chuc|dien ra|cong bo|van hanh)\b")
# "… được thông qua năm nào?", "… thành lập khi nào?": when something was done, answered only by a text saying it
_WAS_DONE = re.compile(r"\b(?:duoc|da|bi)(?: \w+){0,3}? (thong qua|thanh lap|hop nhat|sap nhap|ra doi|khanh thanh|"
                       r"khai truong|ky ket|cong bo)\b")
YEAR_DAYS = 300         # a deadline spanning this many days or more names a year, no day
# "… thông qua tại phiên họp nào?", "… ở hội nghị nào?": which meeting, answered only by a text naming one
_ASKS_SITTING = re.compile(r"\b(?:tai|o|trong) (?:phien hop|ky hop|cuoc hop|hoi nghi|phien) nao\b")
_SITTING_WORD = re.compile(r"\b(?:phien hop|ky hop|cuoc hop|hoi nghi|phien thu|hop phien)\b")
SOURCE_DEPTH = 30       # how many of the best clauses of all are searched for the text a question names
_ASKS_NUMERAL = re.compile(r"\b(phien ban|ma so|version)\s+(?:so\s+)?(?:may|bao nhieu|nao)\b")   # "phiên bản số mấy?"
# "… nằm ở thách thức nào?", "… thuộc nhóm nào?": the heading holding the answer, under the one naming that kind
_ASKS_WHICH_HEADING = re.compile(r"\b(?:nam o|nam trong|thuoc|o|trong) (?:phan |muc |nhom )?(thach thuc|rui ro|chuong trinh|"
                                 r"giai phap|linh vuc|muc tieu|quan diem|bien phap|dot pha|nhom|noi dung|nhom noi dung) nao\b")
_GROUPING = {"nhom", "noi dung", "nhom noi dung", "linh vuc"}    # kinds a table's group rows are, whatever they say
# "… theo điều mấy / mục nào / phụ lục nào …?": the place is the answer
_ASKS_WHICH_PART = re.compile(r"\b(?:dieu|muc|khoan|phu luc|chuong|phan|diem) (?:may|nao|so may|so bao nhieu|thu may)\b")
_ASKS_HOW_OFTEN, _STATES_HOW_OFTEN = ranking.ASKS_HOW_OFTEN, ranking.STATES_HOW_OFTEN
# "… gắn với mục tiêu định lượng nào?", "con số cụ thể là gì?": the sentence holding a figure answers
_ASKS_FIGURE = re.compile(r"\b(?:dinh luong|con so|so lieu)\b")


def _done_often(q: str, at: int) -> str:
    """The act a how-often question asks the period of, as written: "họp" of "… họp định kỳ mấy lần một năm?"
    (`at`: where the period is asked in the folded question), folded where it is typed so; "" where a function
    word stands there ("… báo cáo theo định kỳ nào?")."""
    key, pos = fold_with_offsets(q)
    before = re.sub(r"\b(?:dinh ky|thuong xuyen|theo)\s*$", "", key.lower()[:at].strip())
    span = re.match(r"(?:may|bao nhieu) (?:tuan|thang|quy|nam)\b(.{0,90}?)\bmot lan", key.lower()[at:])
    if span:            # "Mấy tháng thì Ban Chỉ đạo họp với nhau một lần?": the act is written before "một lần"
        before = at + span.end(1)
        before = re.sub(r"(?:\b(?:voi nhau|nhau|lai|thi)\s*)+$", "", key.lower()[:before].rstrip()).rstrip()
    m = re.search(r"(\w+)\s*$", before)
    while m and m.start(1) > 0 and q[pos[m.start(1)]].isupper():
        # "… báo cáo BCĐ bao lâu một lần?": the body reported to is no act; the verb before it is
        m = re.search(r"(\w+)\s*$", before[:m.start(1)].rstrip())
    if not m or not m.group(1).isalpha():
        return ""
    written = q[pos[m.start(1)]:pos[m.end(1) - 1] + 1].lower()
    stop = STOPWORDS_WRITTEN if has_diacritics(q) else STOPWORDS
    if written in stop or written in ("lần", "lan", "năm", "nam"):
        return ""
    return written if has_diacritics(q) else m.group(1)       # "họp", not the "hợp" of "phối hợp"


# a sanction asked ("bị xử lý thế nào", "mức xử phạt", "kỷ luật"), and one written ("cơ chế tài chính" is none)
_ASKS_SANCTION = re.compile(r"\b(bi xu ly|xu ly ky luat|ky luat|xu phat|muc phat|bi phat|che tai(?! chinh)|"
                            r"thu hoi uu dai|bi thu hoi)\b")
_SANCTION = re.compile(r"xử phạt|kỷ luật|chế tài(?! chính)|bị phạt|phạt tiền|xử lý (?:nghiêm|vi phạm|trách nhiệm)|thu hồi")
# what an abbreviation stands for: "IUU nghĩa là gì?", "… là viết tắt của cụm từ nào?"
_ACRONYM_ASKED = re.compile(r"(?<![\w(/-])([A-ZĐ][A-ZĐ&]{1,9})(?![\w)/-])")     # not "KH" of "215/KH-UBND"
# "… (sau đây gọi tắt là Quỹ PTKHCN)", "(viết tắt là Sở KH&CN)": a short name given after its long form
_CALLED_AS = re.compile(r"\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là[:\s]+[\"“]?([^()\"”]{1,40}?)[\"”]?\)",
                        re.IGNORECASE)
_ASKS_MEANING = re.compile(r"\b(nghia la gi|co nghia (la )?gi|viet tat cua|la viet tat|chu viet tat|tu viet tat|"
                           r"viet day du|ten day du)\b")
# "… bao nhiêu … cho / phục vụ / dành cho X?": what an amount is for, ending the question
_THIS_DOCUMENT = re.compile(r"(?:(?:cac|nhung) )?(?:nhiem vu cua )?(?:ke hoach|nghi quyet|chuong trinh|de an|van ban|quyet dinh)"
                            r"(?: (?:nay|do|ay|tren))?")
_AMOUNT_FOR = re.compile(r"\b(?:cho|phục vụ|dành cho|để)\s+([^?,;]{5,60}?)\s*\??$", re.IGNORECASE)
BARE_TYPE = 3             # a type word more clauses write is a common noun there ("kế hoạch"), naming no document
RARE_NAME = 2             # a programme's name written in at most this many clauses says which clause answers
# "… được phê duyệt bằng quyết định số mấy?" (group 1), "… được phê duyệt ngày nào?": which decision approved it, when
_ASKS_APPROVAL = re.compile(r"\b(?:phe duyet|ban hanh)\b(?:[^?,;]{0,25}?\b(quyet dinh|nghi quyet|van ban)\s*(?:so\s*)?"
                           r"(?:may|nao|gi|bao nhieu)\b|\s+(?:vao\s+)?(?:ngay|thang|nam|khi)\s*(?:nao|bao gio))")
# "… do đơn vị nào vận hành?", "… do doanh nghiệp nào quản lý?": who runs or owns a thing, not who leads a task (folded)
_DONE_BY = re.compile(r"\bdo (?:\w+ ){0,2}nao (van hanh|quan ly|dieu hanh|so huu|tai tro|cap von|khai thac)\b")
# "… là gì", "liệt kê …", "gồm những gì": besides a count, what the counted things are (folded)
_ALSO_WHAT = re.compile(r"\b(?:la gi|la nhung gi|liet ke|gom nhung gi|cu the la gi)\b")
_WORK_NAMED = re.compile(r"(?i)(?:dự án|đề án|chương trình|hạng mục)\s+(.+)$")
PURPOSE_SHARE = 0.5       # the stating clause must write this share of it (its rare word pairs weighing most)
QUOTED_BELOW = 30         # the clauses under a quoted heading looked through for the one the question asks
_QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{3,80})[\"”'’]")      # a phrase the question quotes
# "'Digital Infrastructure Program' là chương trình về nội dung gì?": what the quoted heading is, its own words
_ASKS_WHAT_IT_IS = re.compile(r"\bla (?:(?:chuong trinh|de an|du an|noi dung|linh vuc)\s+)?(?:ve\s+)?(?:noi dung\s+)?gi\b")
_ASKS_WHICH_ITEM = re.compile(r"\b(so may|thu may|muc (so )?may|muc nao|phan nao|chuong nao|so thu tu)\b")
QUOTED_MAX = 3            # clauses writing a quoted phrase for it to say which one is asked about
_ASKS_MINISTRY = re.compile(r"\b(bo nao|nhung bo|cac bo nao)\b")
_RELATIVE_TIME = re.compile(r"\b(ke tu ngay|tu ngay|ngay sau khi|hang (nam|quy|thang)|dinh ky|thuong xuyen|"
                            r"truoc ngay|trong (thang|quy|nam)|ngay \d)")
PASSAGE_CHARS = 400       # a clause longer than this is cited by the sentences around its answer
VALUE_SEED = 0.7       # the score a row holding the value a question gives enters the ranking with (of the best)
VALUE_ROWS = 8         # at most so many such rows
PART_REACH = 200          # the long form before an abbreviation's brackets is read at most this far back
ROW_REST = 300            # … followed by the row's other cells, within this many characters
ITEM_MARGIN = 2.0          # an item of a long row answers alone when it writes this much more of the question
RERANK_EXTRA = 5          # clauses beyond k that the question-aware rescoring may lift into the top k
SECTION_MARGIN = 1.5      # a heading scoring this much over every content clause is what the question asks
TITLE_NAMED = 0.5         # share of a named plan's or indicator's title (word pairs) a clause must write to answer it
NAMED_AT = 12             # a question naming its document this near its start is about that document
SECTION_ITEMS = 4         # … and a section asked by its heading is retrieved with this many of its first items


def passage(text: str, highlight: tuple[int, int], limit: int = PASSAGE_CHARS) -> tuple[str, tuple[int, int]]:
    """The part of a long clause a citation shows: the sentences holding the answering span, and their
    neighbours while the passage stays within `limit`; "…" marks what is left out. A clause within the
    limit, or an answer spanning more, is shown whole."""
    if len(text) <= limit or highlight[1] - highlight[0] > limit:
        return text, highlight
    spans = sentences(text)
    held = [i for i, (s, e) in enumerate(spans) if s < highlight[1] and highlight[0] < e]
    if not held:
        return text, highlight
    first, last = held[0], held[-1]
    room = limit - 4                            # the "… " and " …" marking what is left out
    while True:
        grown = False
        for i in (first - 1, last + 1):
            if 0 <= i < len(spans) and max(spans[last][1], spans[i][1]) - min(spans[first][0], spans[i][0]) <= room:
                first, last, grown = min(first, i), max(last, i), True
        if not grown:
            break
    start = min(spans[first][0], highlight[0])
    end = max(spans[last][1], highlight[1])
    if start <= 0 and end >= len(text.rstrip()):
        return text, highlight
    head = "… " if start > 0 else ""
    tail = " …" if end < len(text.rstrip()) else ""
    inner = text[start:end]
    shift = len(head) - start - (len(inner) - len(inner.lstrip()))
    return f"{head}{inner.strip()}{tail}", (max(len(head), highlight[0] + shift), highlight[1] + shift)


def today(settings: Settings) -> date:
    return date.fromisoformat(settings.today) if settings.today else date.today()
