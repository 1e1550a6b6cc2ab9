"""Diacritics put back into a question typed without them ("bo nao chu tri" -> "bộ nào chủ trì"), from the
indexed text itself: each word's written forms and which form follows which (a bigram model decoded with
Viterbi). The embedder was trained on Vietnamese written with diacritics and reads a folded question poorly;
BM25 matches folded words already and keeps the question as typed."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from corpus.normalize import fold, unify_tones

_WORD = re.compile(r"\w+")
FORMS = 6             # the written forms of a folded word considered, most frequent first
BACKOFF = 0.01        # the weight of a form's own frequency beside what the word before it predicts (chosen by
                      # folding the 990 dev questions written with diacritics: word accuracy 0.846 at 0.2, 0.895)
# how questions are put, which documents rarely write: counted as if read SEEN times
ASKING = ("bộ nào chủ trì", "cơ quan nào", "đơn vị nào", "ai chủ trì", "do ai", "do bộ nào", "ai ký", "ai lo",
          "khi nào", "bao giờ", "bao lâu một lần", "bao nhiêu phần trăm", "mấy phần trăm", "bao nhiêu người",
          "là gì", "những gì", "gì", "có không", "có phải không", "có được không", "thì sao", "như thế nào",
          "ra sao", "ở đâu", "vì sao", "tại sao", "ngày nào", "tháng nào", "năm nào", "quý nào", "tháng mấy",
          "quý mấy", "mỗi năm", "mỗi quý", "trong đề cương", "phụ lục nào", "muốn biết", "cần làm gì",
          "có thật là", "có đúng là", "có phải là", "đúng không", "phải không", "hay không")
SEEN = 20


class Restorer:
    def __init__(self, texts):
        self.forms: dict[str, Counter] = defaultdict(Counter)     # "bo" -> {"bộ": 812, "bỏ": 9, …}
        self.pairs: Counter = Counter()                           # ("bộ", "nào") -> 40
        self.after: Counter = Counter()                           # "bộ" -> words following it
        for text in [*texts, *ASKING * SEEN]:
            prev = None
            for w in _WORD.findall(unify_tones(text.lower())):
                self.forms[fold(w)][w] += 1
                if prev is not None:
                    self.pairs[prev, w] += 1
                    self.after[prev] += 1
                prev = w
        self.total = {k: sum(c.values()) for k, c in self.forms.items()}

    def restore(self, text: str) -> str:
        """`text` with each word typed without diacritics that it knows written in its likeliest form (read
        with the words around it); words written with diacritics and words it does not know are left as typed."""
        words = list(_WORD.finditer(text))
        if not words:
            return text
        return _rewritten(text, words, [_cased(m.group(), form)
                                        for m, form in zip(words, self._decode([m.group().lower() for m in words]))])

    def respell(self, text: str) -> str:
        """`text`, typed with diacritics, with only its words the documents never write so restored ("gửi dữ liêu"
        -> "gửi dữ liệu", "hạ tâng số" -> "hạ tầng số"); the words typed without marks stay as typed."""
        words = list(_WORD.finditer(text))
        odd = {i for i, m in enumerate(words) if self._unwritten(m.group().lower()) and self.forms.get(fold(m.group()))}
        if not odd:
            return text
        best = self._decode([m.group().lower() for m in words], respell=True)

        def beside(i: int) -> bool:
            """The documents write the form beside the words before and after it ("dữ liệu của"): a word they never
            write at all ("dòng", "dặn") is no misspelling of one they do ("động", "dân")."""
            return bool((i == 0 or self.pairs.get((best[i - 1], best[i])))
                        and (i + 1 == len(best) or self.pairs.get((best[i], best[i + 1]))))
        return _rewritten(text, words, [_cased(m.group(), best[i]) if i in odd and beside(i) else m.group()
                                        for i, m in enumerate(words)])

    def _unwritten(self, word: str) -> bool:
        """A word typed with marks, in a form the documents never write ("liêu" where they write "liệu")."""
        return fold(word) != word and unify_tones(word) not in self.forms.get(fold(word), ())

    def _decode(self, words: list[str], respell: bool = False) -> list[str]:
        """The likeliest forms of the words (Viterbi over log P(form | folded word) and P(form | the form
        before it)); a word written with diacritics is its own only form."""
        column: dict[str, tuple[float, list[str]]] = {"": (0.0, [])}
        for word in words:
            key = fold(word)
            # respelling, a word typed with marks the documents never write ("dữ liêu", "hạ tâng") is read as if
            # typed without
            forms = self.forms.get(key) if key == word or respell and self._unwritten(word) else None
            options = [w for w, _ in forms.most_common(FORMS)] if forms else [unify_tones(word)]
            nxt = {}
            for w in options:
                own = (forms[w] / self.total[key]) if forms else 1.0
                best = None
                for prev, (score, path) in column.items():
                    after = self.after.get(prev, 0)
                    follows = self.pairs.get((prev, w), 0) / after if after else 0.0
                    s = score + math.log((1 - BACKOFF) * follows + BACKOFF * own)
                    if best is None or s > best[0]:
                        best = (s, path + [w])
                nxt[w] = best
            column = nxt
        return max(column.values(), key=lambda x: x[0])[1]


def _rewritten(text: str, words: list[re.Match], forms: list[str]) -> str:
    """`text` with each of its `words` replaced by the form given for it, what lies between kept."""
    out, at = [], 0
    for m, form in zip(words, forms):
        out.append(text[at:m.start()])
        out.append(form)
        at = m.end()
    return "".join(out) + text[at:]


def _cased(typed: str, form: str) -> str:
    """`form` with the capitals of the word as typed, letter by letter ("6G" stays "6G", "UBND" stays "UBND",
    "Bo" -> "Bộ")."""
    if len(typed) != len(form):
        return form.capitalize() if typed[:1].isupper() else form
    return "".join(f.upper() if t.isupper() else f for t, f in zip(typed, form))
