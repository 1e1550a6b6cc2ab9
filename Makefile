# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INDEX  ?= .hoidap/index

.PHONY: install run index test test-fast browser eval clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/hoidap index --index $(INDEX)

run: index
	$(BIN)/hoidap serve --index $(INDEX)

# Debian's chromium for the browser test (playwright cannot download browsers here), and DejaVu Sans, the font
# the PDF tests print Vietnamese with.
browser:
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
	  { echo "installing Debian fonts-dejavu-core for the PDF tests"; \
	    (apt-get install -y -q fonts-dejavu-core >/dev/null 2>&1 || (apt-get update -q >/dev/null && \
	     apt-get install -y -q fonts-dejavu-core >/dev/null)) || echo "could not install fonts-dejavu-core"; }
	@command -v chromium >/dev/null 2>&1 || command -v /usr/bin/chromium >/dev/null 2>&1 || \
	  { echo "installing Debian chromium for the browser test"; \
	    (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)) \
	    || echo "could not install chromium: the browser test will fail"; }

test: install browser
	$(BIN)/pytest -q -ra

test-fast: install
	$(BIN)/pytest -q -m "not e2e and not browser"

clean:
	rm -rf $(VENV) .hoidap
