"""The "Học tập" (digital learning) tab: a study quiz from the loaded documents, answered and scored in the page.

The trainer picks documents (an appendix goes with its parent document), a number of questions (1–50)
and the question types, and clicks "Tạo bộ câu hỏi"; the items come from `assistant.quiz.generate`, so
one seed ("Mã bộ đề") always gives the same set and "Tạo lại" moves to the next seed. Learners answer in
the page (a radio for Đúng/Sai and Trắc nghiệm, a textbox for điền vào chỗ trống, compared accent- and
case-insensitively), "Chấm điểm" shows the score and, for each question, the answer, the explanation and
the cited clause. The set downloads as a Markdown handout with the answer key and as Moodle GIFT.

Gradio cannot add components after the page is built, so the tab holds a fixed pool of `MAX_QUESTIONS`
hidden question rows, shown as needed. Everything the tab does is a plain method of `Learning`
(`generate`, `regenerate`, `score`, `handout_files` …) that tests call without a browser.
"""
from __future__ import annotations

import hashlib
import logging
import re
import tempfile
from pathlib import Path

import gradio as gr

from assistant import quiz
from assistant.quiz_formats import TYPE_NAMES, to_gift, to_markdown
from corpus.normalize import fold
from ui import render

log = logging.getLogger(__name__)

MAX_QUESTIONS = 50
DEFAULT_N = 10
TYPE_CHOICES = [("Đúng/Sai", "tf"), ("Trắc nghiệm", "mc"), ("Điền vào chỗ trống", "cloze")]
TF_CHOICES = ["Đúng", "Sai"]

MSG_START = "Chọn văn bản, số câu hỏi và loại câu hỏi rồi bấm **“Tạo bộ câu hỏi”**."
MSG_NO_DOCS = "Vui lòng chọn ít nhất một văn bản để tạo câu hỏi."
MSG_NO_TYPES = "Vui lòng chọn ít nhất một loại câu hỏi (Đúng/Sai, Trắc nghiệm hoặc Điền vào chỗ trống)."
MSG_BAD_N = f"Số câu hỏi phải là một số từ 1 đến {MAX_QUESTIONS}."
MSG_UNKNOWN_DOC = "Văn bản đã chọn không có trong dữ liệu đã nạp. Vui lòng chọn lại văn bản."
MSG_NO_FACTS = ("Không tạo được câu hỏi nào từ văn bản đã chọn: văn bản không có nhiệm vụ, thời hạn, chỉ tiêu "
                "hay thông tin văn bản phù hợp với các loại câu hỏi này. Hãy chọn thêm văn bản hoặc loại câu hỏi khác.")
MSG_GEN_ERROR = "Đã có lỗi khi tạo bộ câu hỏi, vui lòng thử lại."
MSG_NO_QUIZ = "Chưa có bộ câu hỏi nào. Hãy bấm “Tạo bộ câu hỏi” trước khi chấm điểm."
MSG_SCORE_ERROR = "Đã có lỗi khi chấm điểm, vui lòng thử lại."

_BOX = "margin:.6em 0;padding:.6em .8em;border-radius:6px;border-left:5px solid "
_RIGHT, _WRONG = "#16a34a", "#dc2626"


# -- answers --------------------------------------------------------------------------------------
def answer_key(text) -> str:
    """An answer as compared: accent- and case-folded, spaces collapsed, quotes/end punctuation and
    leading zeros of numbers dropped, no spaces around '/' or '-' ('Quý II / 2025' == 'quy ii/2025')."""
    t = fold(str(text or "")).replace("–", "-").replace("—", "-")
    t = re.sub(r"[\"“”‘’'«»]", "", t)
    t = re.sub(r"\s*([/\-])\s*", r"\1", t)
    t = re.sub(r"(?<!\d)0+(?=\d)", "", t)
    return " ".join(t.split()).strip(" .,;:!?")


def is_correct(item: dict, answer) -> bool:
    """Whether `answer` (a radio value, or the text typed for a cloze item) answers `item`."""
    if answer is None or not str(answer).strip():
        return False
    if item["type"] == "cloze":
        accepted = {answer_key(a) for a in (item.get("accept") or ()) if a} | {answer_key(item["answer"])}
        return answer_key(answer) in accepted - {""}
    return str(answer).strip().upper() == str(item["answer"]).strip().upper() if item["type"] == "mc" \
        else answer_key(answer) == answer_key(item["answer"])


def shown_answer(item: dict, answer=None) -> str:
    """The correct answer (or a learner's `answer`) as a learner reads it: 'B. Bộ Y tế', 'Sai', the text."""
    value = item["answer"] if answer is None else answer
    if item["type"] == "mc":
        letter = str(value or "").strip().upper()
        text = (item.get("options") or {}).get(letter)
        return f"{letter}. {text}" if text is not None else str(value or "")
    return str(value or "")


def _cut(text: str, n: int) -> str:
    text = str(text or "").strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# -- handlers -------------------------------------------------------------------------------------
class Learning:
    """The tab's behaviour over one assistant, as plain methods (tests call them directly)."""

    def __init__(self, assistant, export_dir: Path | None = None):
        self.assistant = assistant
        self.documents = list(assistant.index.documents)
        self._docs = {d.id: d for d in self.documents}
        self._export_dir = Path(export_dir or tempfile.mkdtemp(prefix="hoidap-quiz-"))

    # ---- choices ------------------------------------------------------------------------------
    def doc_choices(self) -> list[tuple[str, str]]:
        """(label, id) of each main document; an appendix is not listed: it comes with its parent."""
        with_appendix = {d.part_of for d in self.documents if d.part_of}
        out = []
        for d in self.documents:
            if d.part_of:
                continue
            extra = " (kèm phụ lục)" if d.id in with_appendix else ""
            name = d.citation_name if len(d.citation_name) > 25 else f"{d.citation_name} — {_cut(d.title, 45)}"
            out.append((name + extra, d.id))
        return out

    def default_docs(self) -> list[str]:
        return [v for _, v in self.doc_choices()]

    # ---- generating ---------------------------------------------------------------------------
    def make_quiz(self, doc_ids, n, types, seed) -> tuple[list[dict], str]:
        """(items as dicts, message): the message explains a refusal (no items) or a shortfall."""
        doc_ids = [d for d in (doc_ids if isinstance(doc_ids, (list, tuple)) else [doc_ids] if doc_ids else [])
                   if d]
        if not doc_ids:
            return [], MSG_NO_DOCS
        if any(d not in self._docs for d in doc_ids):
            return [], MSG_UNKNOWN_DOC
        types = [t for t in (types if isinstance(types, (list, tuple)) else [types] if types else [])
                 if t in quiz.TYPES]
        if not types:
            return [], MSG_NO_TYPES
        count = _as_int(n)
        if count is None or not 1 <= count <= MAX_QUESTIONS:
            return [], MSG_BAD_N
        seed = _as_int(seed) or 0
        items = quiz.generate(self.assistant, n=count, types=types, seed=seed, doc_ids=list(doc_ids))
        if not items:
            return [], MSG_NO_FACTS
        names = ", ".join(self._docs[d].citation_name for d in doc_ids)
        msg = (f"Đã tạo **{len(items)} câu hỏi** (mã bộ đề {seed}) từ: {render.md_text(names)}. "
               "Trả lời từng câu rồi bấm **“Chấm điểm”**.")
        if len(items) < count:
            msg += f"\n\n**Lưu ý:** phạm vi đã chọn chỉ đủ dữ kiện cho {len(items)}/{count} câu hỏi."
        return [i.to_dict() for i in items], msg

    def generate(self, doc_ids, n, types, seed):
        """Outputs (state, message, result, Markdown download, GIFT download, score button,
        *groups, *headers, *radios, *textboxes). Never raises."""
        try:
            items, msg = self.make_quiz(doc_ids, n, types, seed)
            files = self.handout_files(items, doc_ids) if items else None
        except quiz.QuizError as exc:
            log.info("quiz refused: %s", exc)
            items, msg, files = [], MSG_NO_FACTS if "văn bản" not in str(exc) else MSG_UNKNOWN_DOC, None
        except Exception:
            log.exception("quiz generation failed")
            items, msg, files = [], MSG_GEN_ERROR, None
        return self._outputs(items, msg, files)

    def regenerate(self, doc_ids, n, types, seed):
        """'Tạo lại': the next seed, then `generate` with it; outputs (new seed, *generate's outputs)."""
        new_seed = (_as_int(seed) or 0) + 1
        return (new_seed, *self.generate(doc_ids, n, types, new_seed))

    def _outputs(self, items: list[dict], msg: str, files) -> tuple:
        groups, heads, radios, boxes = [], [], [], []
        for i in range(MAX_QUESTIONS):
            item = items[i] if i < len(items) else None
            groups.append(gr.update(visible=item is not None))
            heads.append(question_html(i + 1, item) if item else "")
            if item is None:
                radios.append(gr.update(visible=False, value=None))
                boxes.append(gr.update(visible=False, value=""))
            elif item["type"] == "cloze":
                radios.append(gr.update(visible=False, choices=[], value=None))
                boxes.append(gr.update(visible=True, value=""))
            else:
                choices = TF_CHOICES if item["type"] == "tf" else \
                    [(f"{k}. {v}", k) for k, v in (item.get("options") or {}).items()]
                radios.append(gr.update(visible=True, choices=choices, value=None))
                boxes.append(gr.update(visible=False, value=""))
        md, gift = files or (None, None)
        return (items, msg, "",
                gr.update(value=str(md) if md else None, interactive=bool(md)),
                gr.update(value=str(gift) if gift else None, interactive=bool(gift)),
                gr.update(visible=bool(items)),
                *groups, *heads, *radios, *boxes)

    # ---- handout -------------------------------------------------------------------------------
    def handout_files(self, items: list[dict], doc_ids=()) -> tuple[Path, Path]:
        """(Markdown handout with the answer key, Moodle GIFT) of these items; one folder per item set."""
        names = ", ".join(self._docs[d].citation_name for d in (doc_ids or ()) if d in self._docs)
        title = f"Câu hỏi ôn tập: {names}" if names else "Câu hỏi ôn tập"
        digest = hashlib.sha1("\n".join([title] + [i["id"] for i in items]).encode("utf-8")).hexdigest()[:16]
        folder = self._export_dir / digest
        md_path, gift_path = folder / "cau-hoi-on-tap.md", folder / "cau-hoi-on-tap-moodle-gift.txt"
        if not (md_path.is_file() and gift_path.is_file()):
            folder.mkdir(parents=True, exist_ok=True)
            md_path.write_text(to_markdown(items, title=title), encoding="utf-8")
            gift_path.write_text(to_gift(items), encoding="utf-8")
        return md_path, gift_path

    # ---- scoring ------------------------------------------------------------------------------
    def score(self, items, answers) -> str:
        """The result panel (HTML): "Đúng k/n", then each question's verdict, answer, explanation and
        cited clause. `answers` are aligned with `items` (radio value, or the text for a cloze item)."""
        try:
            return score_html(items, answers)
        except Exception:
            log.exception("scoring failed")
            return f'<div class="hd-empty">{MSG_SCORE_ERROR}</div>'

    def score_inputs(self, items, *values):
        """The 'Chấm điểm' event: the state, then every radio, then every textbox of the pool."""
        radios, boxes = values[:MAX_QUESTIONS], values[MAX_QUESTIONS:]
        answers = []
        for i, item in enumerate(items or []):
            pool = boxes if item.get("type") == "cloze" else radios
            answers.append(pool[i] if i < len(pool) else None)
        return self.score(items, answers)


def _as_int(value) -> int | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return int(round(f)) if f == f and abs(f) < 1e12 else None


# -- HTML ------------------------------------------------------------------------------------------
def question_html(n: int, item: dict) -> str:
    """A question's header: number, type and text (escaped)."""
    kind = TYPE_NAMES.get(item["type"], item["type"])
    hint = {"tf": "Nhận định sau đúng hay sai?", "mc": "Chọn một phương án đúng.",
            "cloze": "Điền từ/cụm từ còn thiếu vào chỗ ____."}.get(item["type"], "")
    return (f'<div class="hd-quiz-q"><div style="font-weight:600;margin-bottom:.25em">Câu {n} '
            f'<span class="hd-small">· {render.esc(kind)} — {render.esc(hint)}</span></div>'
            f'<div class="hd-quiz-text" style="line-height:1.5">{render.esc(item["question"])}</div></div>')


def score_html(items, answers) -> str:
    items = list(items or [])
    if not items:
        return f'<div class="hd-empty">{MSG_NO_QUIZ}</div>'
    answers = list(answers or [])
    answers += [None] * (len(items) - len(answers))
    verdicts = [is_correct(it, a) for it, a in zip(items, answers)]
    right, total = sum(verdicts), len(items)
    blank = sum(1 for a in answers[:total] if a is None or not str(a).strip())
    pct = round(100 * right / total)
    note = f' <span class="hd-small">(chưa trả lời {blank} câu)</span>' if blank else ""
    rows = [f'<div class="hd-quiz-score" style="font-size:1.3em;font-weight:700;margin:.3em 0">'
            f'Đúng {right}/{total} ({pct}%){note}</div>']
    for n, (item, ans, ok) in enumerate(zip(items, answers, verdicts), 1):
        given = "" if ans is None else str(ans).strip()
        verdict = "✓ Đúng" if ok else ("✗ Chưa trả lời" if not given else "✗ Sai")
        cite = item.get("citation") or {}
        mine = "" if ok or not given else \
            f'<div>Bạn trả lời: {render.esc(shown_answer(item, given))}</div>'
        rows.append(
            f'<div class="hd-quiz-item {"hd-quiz-right" if ok else "hd-quiz-wrong"}" '
            f'style="{_BOX}{_RIGHT if ok else _WRONG}">'
            f'<div style="font-weight:600">Câu {n}: <span style="color:{_RIGHT if ok else _WRONG}">'
            f'{verdict}</span></div>'
            f'<div class="hd-small" style="margin:.2em 0">{render.esc(_cut(item["question"], 300))}</div>'
            f'{mine}<div>Đáp án: <b>{render.esc(shown_answer(item))}</b></div>'
            f'<div>Giải thích: {render.esc(" ".join(str(item.get("explanation", "")).split()))}</div>'
            f'<div class="hd-cite" style="margin-top:.4em"><div class="hd-cite-label">Nguồn: '
            f'{render.esc(cite.get("label", ""))}</div>'
            f'<div class="hd-cite-text">{render.esc(_cut(cite.get("text", ""), 900))}</div></div></div>')
    return f'<div class="hd-quiz-result">{"".join(rows)}</div>'


# -- layout ----------------------------------------------------------------------------------------
class LearningTab:
    """The tab's components (for tests and the load script) and its handlers (`.h`)."""

    def __init__(self, h: Learning, **components):
        self.h = h
        self.__dict__.update(components)


def build_tab(assistant) -> LearningTab:
    """The "Học tập" tab with its events; call inside the app's `gr.Tabs`."""
    h = Learning(assistant)
    with gr.Tab("Học tập", id="learn", elem_id="hd-tab-learn"):
        gr.Markdown("Tạo bộ câu hỏi ôn tập từ các văn bản đã nạp; mỗi câu hỏi dẫn nguồn điều khoản. "
                    "Cùng mã bộ đề luôn cho cùng bộ câu hỏi; “Tạo lại” đổi sang mã kế tiếp.")
        with gr.Row():
            docs = gr.Dropdown(h.doc_choices(), value=h.default_docs(), multiselect=True, scale=4,
                               label="Văn bản (phụ lục đi kèm văn bản chính)", elem_id="hd-quiz-docs")
            types = gr.CheckboxGroup(TYPE_CHOICES, value=[v for _, v in TYPE_CHOICES], label="Loại câu hỏi",
                                     scale=2, elem_id="hd-quiz-types")
        with gr.Row():
            n = gr.Slider(1, MAX_QUESTIONS, value=DEFAULT_N, step=1, precision=0, label="Số câu hỏi", scale=3,
                          elem_id="hd-quiz-n")
            seed = gr.Number(1, precision=0, label="Mã bộ đề", scale=1, elem_id="hd-quiz-seed")
        with gr.Row():
            make = gr.Button("Tạo bộ câu hỏi", variant="primary", elem_id="hd-quiz-generate")
            again = gr.Button("Tạo lại", elem_id="hd-quiz-again")
            md_file = gr.DownloadButton("Tải đề + đáp án (Markdown)", interactive=False, elem_id="hd-quiz-md")
            gift_file = gr.DownloadButton("Tải GIFT (Moodle)", interactive=False, elem_id="hd-quiz-gift")
        info = gr.Markdown(MSG_START, elem_id="hd-quiz-info")
        groups, heads, radios, boxes = [], [], [], []
        for i in range(MAX_QUESTIONS):
            with gr.Group(visible=False, elem_id=f"hd-q-{i}", elem_classes=["hd-quiz-row"]) as g:
                heads.append(gr.HTML("", padding=True, js_on_load=None, elem_id=f"hd-q-{i}-head"))
                radios.append(gr.Radio([], show_label=False, visible=False, elem_id=f"hd-q-{i}-choice"))
                boxes.append(gr.Textbox(show_label=False, visible=False, max_lines=1, elem_id=f"hd-q-{i}-text",
                                        placeholder="Nhập câu trả lời (có dấu hoặc không dấu)"))
            groups.append(g)
        grade = gr.Button("Chấm điểm", variant="primary", visible=False, elem_id="hd-quiz-score")
        result = gr.HTML("", js_on_load=None, elem_id="hd-quiz-result")
        state = gr.State([])

    settings = [docs, n, types, seed]
    outputs = [state, info, result, md_file, gift_file, grade, *groups, *heads, *radios, *boxes]
    make.click(h.generate, settings, outputs, api_visibility="private")
    again.click(h.regenerate, settings, [seed, *outputs], api_visibility="private")
    grade.click(h.score_inputs, [state, *radios, *boxes], result, api_visibility="private")
    return LearningTab(h, docs=docs, n=n, types=types, seed=seed, make=make, again=again, md_file=md_file,
                       gift_file=gift_file, info=info, groups=groups, heads=heads, radios=radios, boxes=boxes,
                       grade=grade, result=result, state=state)


__all__ = ["Learning", "LearningTab", "build_tab", "answer_key", "is_correct", "score_html", "MAX_QUESTIONS"]
