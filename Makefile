# Alliance CMS. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.test
# Where `make run` serves: every absolute URL the site hands out is built on it, and migrate puts
# the default Site record on it (operations/addresses.py).
export PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help run install migrate demo admin serve scheduler test lint check pytest requirements clean openapi backup restore messages bench scale-demo stress

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	@echo "==> Creating the virtual environment in $(VENV) with $$($(PYTHON) --version)"
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	@echo "==> Installing the pinned packages from requirements.txt (a minute or two the first time)"
	$(BIN)/pip install --disable-pip-version-check --progress-bar off -q -r requirements.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install requirements.txt

migrate: install ## Apply database migrations
	@echo "==> Migrating the database ($${DATABASE_URL:-SQLite: db.sqlite3})"
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo content (safe to repeat)
	@echo "==> Loading the demo content"
	$(MANAGE) load_demo_content

admin: migrate ## Create an administrator if there is none, and say how to log in
	@$(MANAGE) ensure_admin --url http://$(HOST):$(PORT)/admin/

run: demo admin ## Set everything up and serve the site on http://127.0.0.1:8000/ (PORT=8001 for another), with the task worker and the scheduler
	@echo "==> Serving the site on http://$(HOST):$(PORT)/ (editor: http://$(HOST):$(PORT)/admin/). Stop with Ctrl+C."
	PYTHON=$(BIN)/python tools/serve $(HOST):$(PORT)

scheduler: migrate ## Publish and unpublish scheduled pages every minute, in the foreground (Ctrl+C stops)
	@echo "==> Running publish_scheduled every minute. Stop with Ctrl+C."
	$(MANAGE) run_scheduler --interval 60

lint: install ## ruff: lint and import order
	@echo "==> ruff"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install ## Django system checks and missing migrations
	@echo "==> manage.py check"
	$(TEST_SETTINGS) $(MANAGE) check
	@echo "==> makemigrations --check"
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run

# One pytest-xdist worker per core, at most 8 (each has its own test database and Redis
# database, counting down from 15); PYTEST_WORKERS=0 runs in one process. A file's tests stay
# on one worker, so that module-scoped fixtures are built once. The v3 fuzzing (marker `fuzz`)
# runs afterwards in one process: schemathesis gives all of a test's operations one test id,
# and pytest-xdist ran and reported one of each. MARKERS selects tests by marker (e.g.
# MARKERS='not browser'), for both runs; PYTEST_ARGS passes anything else to pytest.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); echo $$(( n < 8 ? n : 8 )))
MARKERS ?=
AND_MARKERS = $(if $(MARKERS), and ($(MARKERS)))

pytest: install ## The test suite only, on every core (MARKERS='not browser' to select, PYTEST_WORKERS=0 for one process)
	@case " $(PYTEST_ARGS) " in *" -m "*) echo "Select tests by marker with MARKERS='…', not -m in PYTEST_ARGS: make runs the fuzzing apart with its own -m."; exit 2;; esac
	@echo "==> pytest on $(if $(DATABASE_URL),PostgreSQL,SQLite), $(PYTEST_WORKERS) workers"
	$(BIN)/pytest $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadfile) -m "not fuzz$(AND_MARKERS)" $(PYTEST_ARGS)
	@echo "==> The v3 API fuzzing, in one process"
	$(BIN)/pytest -p no:xdist -m "fuzz$(AND_MARKERS)" $(PYTEST_ARGS) || [ $$? -eq 5 ]

test: lint check pytest ## ruff, checks, then the whole test suite

requirements: install ## Recompile requirements.txt from requirements.in
	$(BIN)/pip install -q pip-tools
	$(BIN)/pip-compile -q --strip-extras --no-header --output-file requirements.txt requirements.in

openapi: install ## Rewrite the committed snapshot of the v3 OpenAPI document (apiv3/openapi.snapshot.json)
	$(TEST_SETTINGS) $(MANAGE) openapi_snapshot

backup: install ## Write the database and the media files to backups/alliance-<date>-<time>.tar.gz
	$(MANAGE) backup

restore: migrate ## Replace the database and media by a backup: make restore ARCHIVE=backups/….tar.gz
	@test -n "$(ARCHIVE)" || { echo "Name the backup: make restore ARCHIVE=backups/alliance-….tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

messages: install ## Update the translation catalogues (locale/*/LC_MESSAGES/django.po) from the code, then compile them
	@echo "==> makemessages for every language in locale/"
	$(MANAGE) makemessages --all --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tools
	@echo "==> compilemessages"
	$(MANAGE) compilemessages --ignore=.venv

stress: install ## Load and faults on the production server, on a throwaway PostgreSQL (docs/operations.md; not part of make test)
	@command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install wrk"; exit 2; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { echo "PostgreSQL's server programs (initdb, pg_ctl) are missing: apt-get install postgresql"; exit 2; }
	$(BIN)/python -m tools.stress

bench: install ## The benchmark: a synthetic site of SIZE pages (10000) on a throwaway PostgreSQL, each endpoint under wrk, cold and warm; prints one table (docs/performance.md; not part of make test)
	@command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install wrk"; exit 2; }
	@command -v redis-server >/dev/null 2>&1 || { echo "redis-server is missing: apt-get install redis-server"; exit 2; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { echo "PostgreSQL's server programs are missing: apt-get install postgresql"; exit 2; }
	BENCH_SIZE=$(or $(SIZE),10000) $(BIN)/python -m tools.bench

scale-demo: install ## Two instances behind nginx, PostgreSQL primary and standby, Redis, on loopback: freshness and routing checked (docs/deployment.md; not part of make test)
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { echo "nginx is missing: apt-get install nginx"; exit 2; }
	@command -v redis-server >/dev/null 2>&1 || { echo "redis-server is missing: apt-get install redis-server"; exit 2; }
	@ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1 || command -v pg_basebackup >/dev/null 2>&1 || { echo "PostgreSQL's server programs are missing: apt-get install postgresql"; exit 2; }
	$(BIN)/python -m tools.scale_demo

clean: ## Remove caches (keeps .venv and the database)
	find . -name __pycache__ -prune -exec rm -rf {} + ; rm -rf .pytest_cache .ruff_cache
