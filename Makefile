# ----------------------------------------------------------------------------
# PBGDPL CMS: a self-documenting Makefile. `make help` lists the targets; each
# one's `##` comment is its help text.
# ----------------------------------------------------------------------------
.DEFAULT_GOAL := help
.PHONY: help venv install migrate demo demo-data run test test-postgres test-e2e \
	lint lint-imports format check ci clean test-upgrade

# Django 5.2 LTS runs here on Python 3.11 only (pyproject.toml pins it).
PYTHON ?= python3.11
# A machine without python3.11 on its PATH may still have 3.11 as python3; the venv
# target refuses any other version.
ifeq ($(PYTHON),python3.11)
ifeq ($(shell command -v python3.11 2>/dev/null),)
PYTHON := python3
endif
endif
VENV ?= .venv
ADDR ?= 127.0.0.1:8000
# pytest-xdist workers: "auto" is one per CPU core (2 on the CI machine).
PYTEST_WORKERS ?= auto
# Extra pytest arguments, e.g. make test PYTEST_ARGS="-k slugs -x".
PYTEST_ARGS ?=
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0

VENV_PYTHON := $(VENV)/bin/python
MANAGE := $(VENV_PYTHON) manage.py
# Written after a successful install: the venv is rebuilt only when a requirements
# file is newer than it.
INSTALL_STAMP := $(VENV)/.installed
# Lighthouse and axe-core, pinned by bench/budget/package-lock.json; npm writes this
# file on every install, so the packages are installed again when the lockfile is newer.
BUDGET_DIR := bench/budget
NODE_STAMP := $(BUDGET_DIR)/node_modules/.package-lock.json
IS_PY311 := import sys; sys.exit(sys.version_info[:2] != (3, 11))

help: ## Show this list of targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN { FS = ":.*?## " }; { printf "\033[36m%-15s\033[0m %s\n", $$1, $$2 }'

$(INSTALL_STAMP): requirements.txt requirements-dev.txt
	@if [ ! -x $(VENV_PYTHON) ]; then \
		$(PYTHON) -c "$(IS_PY311)" 2>/dev/null || { echo "Python 3.11 is needed to create" \
			"$(VENV); '$(PYTHON)' is not. Run: make PYTHON=/path/to/python3.11 install" >&2; \
			exit 1; }; \
		echo "$(PYTHON) -m venv $(VENV)"; $(PYTHON) -m venv $(VENV); \
	fi
	@$(VENV_PYTHON) -c "$(IS_PY311)" || { echo "$(VENV) is not a Python 3.11 virtualenv:" \
		"remove it and run make install again." >&2; exit 1; }
	$(VENV_PYTHON) -m pip install --upgrade pip
	$(VENV_PYTHON) -m pip install -r requirements-dev.txt
	touch $(INSTALL_STAMP)

venv: $(INSTALL_STAMP) ## Create the virtualenv (.venv) and install requirements-dev.txt

install: $(INSTALL_STAMP) ## Same as venv: (re)install only when a requirements file changed

migrate: install ## Apply database migrations (SQLite db.sqlite3 unless DATABASE_URL is set)
	$(MANAGE) migrate --noinput

demo-data: migrate ## Install, migrate and load the demo content (idempotent); links point at ADDR
	$(MANAGE) load_demo_content --address $(ADDR)

demo: demo-data ## Start here: install, migrate, load the demo, serve http://127.0.0.1:8000
	@echo
	@echo "  Site:  http://$(ADDR)/   (English: http://$(ADDR)/en/)"
	@echo "  Admin: http://$(ADDR)/admin/   demo accounts in README.md, password pbgdpl-demo"
	@echo
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(ADDR)} $(MANAGE) runserver $(ADDR)

run: migrate ## Run the development server on http://127.0.0.1:8000 (ADDR=...)
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(ADDR)} $(MANAGE) runserver $(ADDR)

# SQLite whatever DATABASE_URL the shell may hold; test-postgres is the other database.
test: install ## Run the tests on SQLite, in parallel (browser tests excluded)
	env -u DATABASE_URL $(VENV_PYTHON) -m pytest --ignore=tests/e2e -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-postgres: install ## Run the tests on PostgreSQL and Redis at 127.0.0.1 (DATABASE_URL, REDIS_URL)
	DATABASE_URL="$${DATABASE_URL:-$(TEST_DATABASE_URL)}" \
	REDIS_URL="$${REDIS_URL:-$(TEST_REDIS_URL)}" \
		$(VENV_PYTHON) -m pytest --ignore=tests/e2e -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-upgrade: install ## Upgrade test: a demo database made by UPGRADE_FROM (default f7e7747) migrates with nothing lost, on SQLite and PostgreSQL
	VENV=$(VENV) .ci/upgrade-test sqlite
	VENV=$(VENV) .ci/upgrade-test postgres

$(NODE_STAMP): $(BUDGET_DIR)/package.json $(BUDGET_DIR)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Lighthouse and axe-core need Node.js 18.16 or" \
		"later with npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	cd $(BUDGET_DIR) && npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

.PHONY: node-packages
node-packages: $(NODE_STAMP) ## Install the pinned Lighthouse and axe-core (npm ci in bench/budget) when missing or older than the lockfile

test-e2e: install $(NODE_STAMP) ## Run the browser tests (Debian packages chromium, chromium-driver and nginx; axe-core from npm)
	@command -v chromium >/dev/null 2>&1 || { echo "Browser tests need Chromium:" \
		"apt-get install --no-install-recommends chromium chromium-driver" >&2; exit 1; }
	@test -x /usr/sbin/nginx || { echo "The reverse proxy test needs nginx:" \
		"apt-get install --no-install-recommends nginx" >&2; exit 1; }
	$(VENV_PYTHON) -m pytest tests/e2e -p no:xdist $(PYTEST_ARGS)

.PHONY: test-budget
test-budget: install $(NODE_STAMP) ## Performance and accessibility budget: Lighthouse 100/100, ≤ 150 KB, cached repeat visit, on a fresh demo (BUDGET_ARGS="--runs 1")
	@command -v chromium >/dev/null 2>&1 || { echo "The budget needs Chromium:" \
		"apt-get install --no-install-recommends chromium" >&2; exit 1; }
	$(VENV_PYTHON) -m bench.budget $(BUDGET_ARGS)

.PHONY: test-api-fuzz
test-api-fuzz: install ## Fuzz /api/ with schemathesis against a fresh demo on gunicorn (API_FUZZ_SECONDS=60, API_FUZZ_ARGS="--seed …")
	VENV=$(VENV) bash .ci/api-fuzz

lint: install ## Check code style with ruff (lint and formatting)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

lint-imports: install ## Check the apps' dependencies: no cycle, no app imports cms or demo (import-linter)
	$(VENV)/bin/lint-imports

format: install ## Fix what ruff can fix and reformat the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Run Django's system checks and fail on missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

ci: ## Run the whole CI pipeline (.ci/run) as CI does
	bash .ci/run

clean: ## Remove caches and collected static files (keeps .venv, db.sqlite3, media/)
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache static

.PHONY: bench-api
bench-api: install ## Benchmark the content API against stock Wagtail and a minimal view (BENCH_ARGS="--duration 2")
	$(VENV_PYTHON) -m bench.run_api $(BENCH_ARGS)

.PHONY: bench-bookshelf
bench-bookshelf: install ## Benchmark the bookshelf search against stock Wagtail (BENCH_ARGS="--sizes 10000")
	$(VENV_PYTHON) -m bench.bookshelf.run $(BENCH_ARGS)

.PHONY: bench-contest-results
bench-contest-results: install ## Benchmark closing, ranking (100k and 1M attempts) and XLSX export on PostgreSQL
	$(VENV_PYTHON) -m bench.contests.results $(BENCH_ARGS)

.PHONY: bench-contest-load
bench-contest-load: install ## Load-test contest registration, start and submit against a minimal insert (BENCH_ARGS="--participants 500 --repeat 1")
	$(VENV_PYTHON) -m bench.contests.load $(BENCH_ARGS)

.PHONY: bench-contest-faults
bench-contest-faults: install ## Stop Redis, kill a worker, restart PostgreSQL mid-burst, and run on two servers behind nginx; check nothing is lost (BENCH_ARGS="--participants 150")
	$(VENV_PYTHON) -m bench.contests.faults $(BENCH_ARGS)

.PHONY: bench-contests
bench-contests: install ## Every contest benchmark (load, faults, results) and one table of every figure against its target (BENCH_ARGS="--quick")
	$(VENV_PYTHON) -m bench.contests.run $(BENCH_ARGS)

.PHONY: bench-qa
bench-qa: install ## Benchmark the Q&A suggestions while typing on PostgreSQL, 100,000 documents and 10,000 answers, p95 ≤ 50 ms (BENCH_ARGS="--documents 10000 --answers 1000")
	$(VENV_PYTHON) -m bench.qa.run $(BENCH_ARGS)

.PHONY: bench-reports
bench-reports: install ## Benchmark the statistics on PostgreSQL: the dashboard and the XLSX export of 200 units × 60 indicators, each < 2 s (BENCH_ARGS="--repeat 3")
	$(VENV_PYTHON) -m bench.reports.run $(BENCH_ARGS)
