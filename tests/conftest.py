from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def bundled():
    from corpus import load_corpus
    return load_corpus()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
