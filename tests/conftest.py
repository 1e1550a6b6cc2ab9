"""Shared fixtures: the bundled corpus, a fast fake-embedder index, and the real e5 index."""
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def assistant_over(folder: Path, files: dict[str, str] | None = None):
    """An assistant over the documents in `folder` (`files`, name -> text, written there first), indexed there with
    the fake embedder."""
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index(load_corpus(folder), folder / "index", IndexSettings(embedder="fake"), show_progress=False)
    return Assistant(Settings(corpus_dir=str(folder), index_dir=str(folder / "index"),
                              index=IndexSettings(embedder="fake")))


@pytest.fixture(scope="session")
def bundled():
    from corpus import load_corpus
    return load_corpus()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def fake_index_dir(tmp_path_factory, bundled) -> Path:
    """The bundled corpus indexed with the deterministic fake embedder (seconds)."""
    from indexing import IndexSettings, build_index
    folder = tmp_path_factory.mktemp("fake-index") / "index"
    build_index(bundled, folder, IndexSettings(embedder="fake"), show_progress=False)
    return folder


@pytest.fixture(scope="session")
def fake_assistant(fake_index_dir):
    from assistant import Assistant, Settings
    from indexing import IndexSettings
    return Assistant(Settings(index_dir=str(fake_index_dir), index=IndexSettings(embedder="fake"), today="2025-07-01"))


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory, bundled) -> Path:
    """The real path: the bundled corpus indexed with the default e5 model (about a minute on 2 cores)."""
    from indexing import IndexSettings, build_index
    folder = tmp_path_factory.mktemp("real-index") / "index"
    build_index(bundled, folder, IndexSettings(), show_progress=False)
    return folder


@pytest.fixture(scope="session")
def real_assistant(real_index_dir):
    from assistant import Assistant, Settings
    return Assistant(Settings(index_dir=str(real_index_dir), today="2025-07-01"))
