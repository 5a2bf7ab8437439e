# Two commands matter:  `make run` (set up, build the data, open the dashboard)
#                       `make check` (set up, lint, run every test) -- CI runs exactly this.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run check setup setup-dev system-deps data lint test bench clean

run: setup system-deps data
	$(PY) -m streamlit run serve.py --server.port $(PORT)

check: setup-dev system-deps lint test

$(VENV)/.runtime: requirements.txt requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c requirements.lock
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt -c requirements.lock
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

# Chromium renders static chart exports (kaleido) and runs the browser tests; Noto has every
# Vietnamese diacritic. Installed from Debian when we are root; otherwise we say what is missing.
system-deps:
	@bash scripts/system-deps.sh

data: setup
	$(PY) -m etl

lint: setup-dev
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

test: setup-dev
	$(PY) -m pytest -n 2 --dist loadgroup

bench: setup-dev
	$(PY) -m bench

clean:
	rm -rf $(VENV) data/processed test-artifacts .pytest_cache .ruff_cache
