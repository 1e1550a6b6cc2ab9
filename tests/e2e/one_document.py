"""The end-to-end suites over one document no rule was written against: its folder indexed alone with the real
default model, no catalog entry."""
import shutil


def one_document_assistant(tmp_path_factory, folder: str, *names: str):
    """An assistant over `folder`/`name` alone (eval/data/unseen, synthetic2 …), or the few documents of a pack
    (synthetic5), indexed with the default model."""
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    home = tmp_path_factory.mktemp(folder.rsplit("/", 1)[-1])
    for name in names:
        shutil.copy(f"{folder}/{name}", home / name)
    build_index(load_corpus(home), home / "index", IndexSettings(), show_progress=False)
    return Assistant(Settings(corpus_dir=str(home), index_dir=str(home / "index")))


def assert_answers(assistant, question: str, must_say: str, label: str = "") -> None:
    """The assistant answers, says `must_say`, and cites first the clause `label` begins the label of."""
    ans = assistant.ask(question)
    assert not ans.abstained and must_say in ans.answer, ans.answer
    assert ans.citations and ans.citations[0].label.startswith(label), [c.label for c in ans.citations]
