# Overlap: `make run` serves the site with demo data, its worker and its scheduler;
# `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEV := DJANGO_DEBUG=1

.PHONY: run test lint format bench release serve load faults clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py seed_demo
	$(DEV) $(BIN)/python manage.py seed_demo_diary
	@echo "Starting the web server, the background worker and the reminder scheduler (Procfile); Ctrl-C stops all three."
	$(DEV) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

# `make test ARGS="tests/diary -k timeline"` runs a subset (ARGS goes to pytest as is);
# pytest runs on every core (TEST_JOBS=0 runs it in one process).
TEST_JOBS ?= auto
test: export OVERLAP_TESTING := 1
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(TEST_JOBS) $(ARGS)

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed
	$(DEV) $(BIN)/python manage.py bench

# Production settings (DEBUG off, a generated secret key, collectstatic) under gunicorn on
# http://127.0.0.1:$(SERVE_PORT), as docs/deploy.md describes; plain HTTP, so no redirect.
SERVE_PORT ?= 8001
serve: release
	scripts/serve $(SERVE_PORT)

# The release step, separate from serving: migrate, createcachetable, collectstatic.
release: $(VENV)/.installed
	scripts/release

# Load test (docs/performance.md): locust in its own virtualenv, against gunicorn and a
# scratch PostgreSQL database ($$LOAD_DATABASE_URL) on loopback.
.venv-load/.installed: requirements-load.txt
	$(PYTHON) -m venv .venv-load
	.venv-load/bin/pip install --quiet --upgrade pip
	.venv-load/bin/pip install --quiet -r requirements-load.txt
	touch $@

load: $(VENV)/.installed .venv-load/.installed
	$(BIN)/python scripts/load/run.py

# Fault injection (docs/deploy.md, "Staying up"): a private PostgreSQL and Redis on free
# loopback ports, gunicorn with production settings under a bounded load, each dependency
# restarted and frozen in turn and gunicorn reloaded; every acknowledged write checked.
faults: $(VENV)/.installed
	$(BIN)/python scripts/faults

clean:
	rm -rf $(VENV) .venv-load staticfiles db.sqlite3
