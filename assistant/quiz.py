"""Study questions from facts the project already extracts, and answering ALQAC-style questions.

Facts (`quiz_facts`): the lead agency of a task (a table row's lead cell, or the agency that opens a prose
clause), a task's due deadline, a numeric target, a document's signer / date / issuer / number. Each fact
becomes one item (`quiz_items`): "tf" (Đúng/Sai, half of them with a swapped fact), "mc" (A–D) or "cloze"
("____"). Wrong options (`quiz_distractors`) are of the answer's kind (other agencies of the same kind, other
months/quarters/years in the same form, other numbers of the same unit, other people/dates/issuers): never
equal to the answer, never named by the cited clause. Items are reproducible with a seed. `answer_choice`
(`quiz_answer`) answers a true/false or A–D question put to the assistant.
"""
from assistant.quiz_answer import answer_choice
from assistant.quiz_facts import QuizError
from assistant.quiz_items import TYPES, QuizItem, generate, generate_from
from assistant.quiz_text import shorten

__all__ = ["TYPES", "QuizError", "QuizItem", "answer_choice", "generate", "generate_from", "shorten"]
