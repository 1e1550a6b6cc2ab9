"""Named errors of the indexing stage; messages say what was wrong and how to fix it."""


class IndexingError(Exception):
    """Base class."""


class ModelLoadError(IndexingError):
    """An embedding model that cannot be loaded (never downloaded)."""


class IndexMissingError(IndexingError):
    """No index at the given folder."""


class IndexMismatchError(IndexingError):
    """The index on disk was built with other settings or another format."""
