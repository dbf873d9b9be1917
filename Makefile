# Praxisdialog: `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

# The first Python 3.12+ we find: PYTHON from the caller, python3.13/3.12 on PATH
# (pyenv shims honour .python-version), pyenv's own versions, then python3.
PYTHON ?= $(shell for p in python3.12 python3.13 $$HOME/.pyenv/versions/3.12*/bin/python3 \
	$$HOME/.pyenv/versions/3.13*/bin/python3 /usr/local/bin/python3.12 /usr/bin/python3.12 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { echo $$p; break; }; done)

# The interface languages (settings.LANGUAGES); each gets its catalogues in locale/.
LANGUAGE_CODES := de en ar fa uk tr ru

.PHONY: help install run test test-fast lint format messages audit bench bench-pages bench-pg clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (try: pyenv install 3.12)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Set up: virtual environment, dependencies, database, demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

# The site's own error pages, not Django's debug page (DEBUG=true asks for that); links in
# mails point at this server; static files come straight from the sources; the demo staff
# login needs no authenticator app. Each can be overridden from the environment.
run: install ## Set up and serve http://$(HOST):$(PORT) with the task worker (Ctrl-C stops)
	SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} STATIC_MANIFEST=$${STATIC_MANIFEST:-false} \
	REQUIRE_STAFF_MFA=$${REQUIRE_STAFF_MFA:-false} \
	$(MANAGE) serve --host $(HOST) --port $(PORT)

# One test process per core (pytest-xdist), each with a database of its own. The tests
# and the servers and commands they start keep their bytecode (in __pycache__/, ignored by
# git) even where PYTHONDONTWRITEBYTECODE is set: every process compiling every module
# again doubled the time it took to collect the tests.
TEST_WORKERS ?= auto
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest

test: $(STAMP) ## The whole suite, browser journeys included
	$(PYTEST) -q -n $(TEST_WORKERS)

test-fast: $(STAMP) ## The suite without browser journeys
	$(PYTEST) -q -n $(TEST_WORKERS) -m "not e2e"

lint: $(STAMP) ## ruff lint and format check, Django's system checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# The static security scan is ruff's bandit rules ("S" in pyproject.toml), run by `make lint`.
audit: $(STAMP) ## Known vulnerabilities in the installed packages (pip-audit)
	$(BIN)/pip-audit --local --skip-editable --progress-spinner off

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP) ## Update the translation files in locale/
	$(MANAGE) makemessages $(foreach code,$(LANGUAGE_CODES),-l $(code)) \
		--ignore=.venv --ignore=staticfiles --ignore=node_modules --no-obsolete \
		--add-location file
	@# Without line numbers and creation dates, catalogues change only when strings do.
	find locale praxisdialog -name django.po -exec sed -i '/^"POT-Creation-Date: /d' {} +
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

bench: $(STAMP) ## Run the benchmarks and print their figures (pages: var/bench.json)
	$(PY) bench/run.py

bench-pages: $(STAMP) ## Only the page table: gunicorn and wrk at BENCH_SIZES contributions
	$(PY) bench/pages.py

.PHONY: bench-translation
bench-translation: $(STAMP) ## Only the translation of 1,000 contributions into six languages
	$(PY) bench/translation.py

# Needs nginx, redis-server and wrk; PostgreSQL from DATABASE_URL (a database of its own
# there) or a cluster of its own made by initdb. Not part of CI.
bench-pg: $(STAMP) ## Two instances behind nginx on PostgreSQL and Redis: scale-out, shared state, failover
	$(PY) bench/cluster.py

clean: ## Remove the virtual environment and local data (var/)
	rm -rf $(VENV) var staticfiles
