# octorate developer tasks. `make demo` and `make test` are the two a new user needs.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
# The spec source: Octorate's live URL by default; the offline mirror when ../shared has it.
MIRROR := $(abspath ../shared/openapi/octorate-openapi.yaml)
OCTORATE_SPEC_SOURCE ?= $(if $(wildcard $(MIRROR)),$(MIRROR),https://api.octorate.com/connect/rest/v1/integration/openapi.yaml)
export OCTORATE_SPEC_SOURCE
PRISM_VERSION := 5.16.0
PRISM := .tools/node_modules/.bin/prism

.PHONY: install generate check-generated pull lint type test test-fast drift bench demo sandbox prism clean

$(PY):
	python3 -m venv $(VENV)

# Installed once, again when the pins change: `make demo` and `make test` work on a fresh checkout.
STAMP := $(VENV)/.installed
$(STAMP): requirements-dev.txt pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

pull:
	$(PY) -m codegen pull

generate:
	$(PY) -m codegen generate

check-generated:
	$(PY) -m codegen generate --check

lint: $(STAMP)
	$(PY) -m ruff check src codegen tests bench examples

type: $(STAMP)
	$(PY) -m mypy

test: $(STAMP) lint type
	$(PY) -m pytest -q -p no:cacheprovider

test-fast:
	$(PY) -m pytest -q -x -m "not slow and not redis and not prism"

drift:
	$(PY) -m codegen drift

bench:
	$(PY) bench/run_all.py

$(PRISM):
	mkdir -p .tools && cd .tools && npm install --no-save --no-package-lock --silent @stoplight/prism-cli@$(PRISM_VERSION)

prism: $(PRISM)

demo: $(STAMP)
	$(PY) examples/run_demo.py

sandbox:
	$(PY) -m octorate sandbox --port 8787

clean:
	rm -rf .cache .pytest_cache .mypy_cache .ruff_cache
