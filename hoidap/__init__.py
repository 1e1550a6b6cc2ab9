"""hoidap: the command line that composes corpus, indexing, assistant, ui and eval."""
