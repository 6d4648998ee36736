# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
SEED   := seeds/us-resists-north-korea-peace-declaration.txt

.PHONY: install demo test test-fast model validate cv clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/stance predict $(SEED)

test: $(STAMP)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q -ra

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not integration"

validate: $(STAMP)
	$(VENV)/bin/stance validate data/gold

# Rebuild the committed default model from data/ (train split; dev split for the card).
model: $(STAMP)
	$(VENV)/bin/stance train data/gold --splits data/splits.json --output models/default --context-window 1 --max-length 128 --epochs 6 --seed 13

cv: $(STAMP)
	$(VENV)/bin/stance evaluate data/gold --cv --folds 5

clean:
	rm -rf $(VENV) .pytest_cache
