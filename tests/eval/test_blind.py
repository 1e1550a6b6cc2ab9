"""The evaluation never feeds expected answers to the assistant: blanking them changes no output."""
import dataclasses

from eval.qa import load_questions, run_qa


def test_answers_identical_with_expected_answers_blanked(fake_assistant):
    qs = load_questions("eval/data/dev.jsonl")[:25]
    blank = [dataclasses.replace(q, answer_keywords=[], evidence=[]) for q in qs]
    a = run_qa(fake_assistant, qs, show_progress=False)["questions"]
    b = run_qa(fake_assistant, blank, show_progress=False)["questions"]
    assert [(x["answer"], x["abstained"], [c["clause_id"] for c in x["citations"]]) for x in a] == \
           [(x["answer"], x["abstained"], [c["clause_id"] for c in x["citations"]]) for x in b]
