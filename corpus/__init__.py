"""Documents and their citable clauses: loading, normalization, segmentation."""
from corpus.loader import Corpus, decode, load_corpus, load_document
from corpus.model import Clause, Document, Problem
from corpus.normalize import clean_markdown, fold, normalize

__all__ = ["Clause", "Corpus", "Document", "Problem", "clean_markdown", "decode", "fold",
           "load_corpus", "load_document", "normalize"]
