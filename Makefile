# Two entry points for a fresh machine with python3 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat constraints.txt pyproject.toml | cksum | cut -d' ' -f1)

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME := $(CURDIR)/.prefect
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench clean-warehouse

# pip's own chatter and setuptools' editable-install notices go to a log that is shown only on failure.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	@echo "installing the pinned set into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install --upgrade "pip>=24" > $(VENV)/install.log 2>&1 \
		&& $(BIN)/python -m pip install -c constraints.txt -e ".[dev]" >> $(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; exit 1; }
	@rm -f $(VENV)/.installed-*
	@touch $@

run: $(STAMP)
	$(BIN)/eventlake run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/langid_trailer.py
	$(BIN)/python benchmarks/plover_gsr.py
	$(BIN)/python benchmarks/news_sentences.py
	$(BIN)/python benchmarks/extraction_speed.py

clean-warehouse:
	rm -rf warehouse/lake warehouse/eventlake.duckdb warehouse/staging warehouse/quarantine
