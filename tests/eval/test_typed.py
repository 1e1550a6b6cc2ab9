"""The typed-forms benchmark asks each answerable question as written and in another form, and counts losses."""
import pytest

from eval.qa import Question
from eval.typed import FORMS, measure


class _Echo:
    """Answers right only what is typed with marks, to see a loss counted."""

    def ask(self, question):
        from assistant.model import Answer
        from corpus.normalize import has_diacritics
        return Answer(question=question, answer="Bộ Công an" if has_diacritics(question) else "không rõ",
                      abstained=not has_diacritics(question))


def test_the_forms_rewrite_a_question():
    assert FORMS["nomarks"]("Bộ nào chủ trì?") == "bo nao chu tri?"
    assert FORMS["chat"]("Bộ nào chủ trì?") == "Cho em hỏi, bộ nào chủ trì ạ?"


def test_a_lost_answer_is_counted_with_its_id():
    qs = [Question(id="1", question="Bộ nào chủ trì?", answer_keywords=[["Bộ Công an"]], evidence=[]),
          Question(id="2", question="Có gì không?", answer_keywords=[], evidence=[], tags=["unanswerable"])]
    out = measure(_Echo(), qs, "nomarks")
    assert (out["questions"], out["right_as_written"], out["lost"], out["lost_by_abstaining"]) == (1, 1, 1, 1)
    assert out["lost_ids"] == ["1"]
    assert measure(_Echo(), qs, "chat")["lost"] == 0
    with pytest.raises(ValueError):
        measure(_Echo(), qs, "shouting")
