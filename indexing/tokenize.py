"""Vietnamese tokens for BM25.

Documents are word-segmented (underthesea by default, pyvi or none as options) and every word
gives its accent-folded syllables plus, for a compound, the folded compound ("khoa_hoc"); with
``accents`` the accented syllables are added too, so a question typed with diacritics scores
higher on the exact word while one typed without still matches.

Questions are not segmented: their syllable n-grams that are compounds of the index vocabulary
become compound tokens. That keeps question time fast (no segmenter to load) and works the same
for text without diacritics, where segmenters fail.
"""
from __future__ import annotations

import logging
import re
import sys
from functools import lru_cache

from corpus.normalize import fold, normalize

log = logging.getLogger(__name__)

SEGMENTERS = ("underthesea", "pyvi", "none")
_SYLLABLE = re.compile(r"[0-9a-zà-ỹđ]+(?:[.,/%][0-9]+)*%?", re.IGNORECASE)
# Function words that carry no topic; question words are kept ("nào", "ai" decide the answer type,
# but they are not what a clause is about, so they are dropped from retrieval too).
STOPWORDS_WRITTEN = frozenset("""
và của các có được trong cho với là để những này nào gì ai đó thì mà như theo về tại từ đến
một số việc khi nên hay hoặc bị do vào ra lên sau trước đã đang sẽ cũng rất nhiều ở trên dưới
bao nhiêu không chưa nhé vậy ạ hãy xin cho biết là gì thế nào
""".split())
STOPWORDS = frozenset(fold(w) for w in STOPWORDS_WRITTEN)


@lru_cache(maxsize=1)
def _underthesea():
    # underthesea imports its optional machine translator (and with it transformers) when it is imported:
    # 3.7 s of a 4.7 s import here. Only word segmentation is used, so that submodule is marked absent,
    # which underthesea itself treats as "translation not installed".
    sys.modules.setdefault("underthesea.pipeline.translate", None)
    from underthesea import word_tokenize
    return word_tokenize


@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViTokenizer
    return ViTokenizer.tokenize


def segment_words(text: str, segmenter: str) -> list[str]:
    """Words of a normalized text; multi-syllable words joined by spaces."""
    if segmenter == "underthesea":
        return _underthesea()(text)
    if segmenter == "pyvi":
        return [w.replace("_", " ") for w in _pyvi()(text).split()]
    return text.split()


def syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(text)


class Tokenizer:
    def __init__(self, segmenter: str = "underthesea", accents: bool = True, max_ngram: int = 4):
        if segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, got {segmenter!r}")
        self.segmenter = segmenter
        self.accents = accents
        self.max_ngram = max_ngram

    def settings(self) -> dict:
        return {"segmenter": self.segmenter, "accents": self.accents, "max_ngram": self.max_ngram}

    def _syllable_tokens(self, sylls: list[str], folded: list[str]) -> list[str]:
        """Folded syllables without stopwords, plus the accented form ('~bộ') when accents are on."""
        tokens: list[str] = []
        for s, f in zip(sylls, folded):
            if f in STOPWORDS:
                continue
            tokens.append(f)
            if self.accents and s != f:
                tokens.append("~" + s)
        return tokens

    def document_tokens(self, text: str) -> list[str]:
        text = normalize(text)
        tokens: list[str] = []
        for word in segment_words(text, self.segmenter):
            sylls = syllables(word)
            if not sylls:
                continue
            folded = [fold(s) for s in sylls]
            tokens.extend(self._syllable_tokens(sylls, folded))
            if len(sylls) > 1:
                tokens.append("_".join(folded))
        return tokens

    def query_tokens(self, text: str, vocab=None) -> list[str]:
        text = normalize(text)
        sylls = syllables(text)
        folded = [fold(s) for s in sylls]
        tokens = self._syllable_tokens(sylls, folded)
        if vocab is not None:
            for n in range(2, self.max_ngram + 1):
                for i in range(len(folded) - n + 1):
                    gram = "_".join(folded[i:i + n])
                    if gram in vocab:
                        tokens.append(gram)
        return tokens

    def content_terms(self, text: str) -> list[str]:
        """Folded syllables of a text without stopwords (for coverage checks)."""
        return [f for f in (fold(s) for s in syllables(normalize(text))) if f not in STOPWORDS]
