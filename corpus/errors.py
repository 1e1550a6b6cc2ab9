"""Named errors of the corpus stage."""


class CorpusError(Exception):
    """A corpus problem the user can fix; the message says what and how."""


class DecodeError(CorpusError):
    """A file that is not usable text (empty, binary, unknown encoding, no structure)."""
