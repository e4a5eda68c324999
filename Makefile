# Overlap: `make run` serves the site with demo data, its worker and its scheduler;
# `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEV := DJANGO_DEBUG=1

.PHONY: run test lint format bench release serve load faults clean messages

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
# pytest runs on every core (TEST_JOBS=0 runs it in one process). A core with nothing left
# to run takes tests from the other (worksteal): pytest-django runs the transactional
# tests, the browser's among them, last, and the slowest of them would otherwise keep one
# core busy while the other waits.
TEST_JOBS ?= auto
test: export OVERLAP_TESTING := 1
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(TEST_JOBS) $(if $(filter 0,$(TEST_JOBS)),,--dist worksteal) $(ARGS)

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Translations (README, "Translations"): collect every marked string of the templates,
# Python and static/js into locale/<language>/LC_MESSAGES/django.po and djangojs.po, then
# compile the .mo files Django reads. Needs GNU gettext (apt-get install gettext); the .mo
# files are committed, so running or testing Overlap does not.
MESSAGE_LOCALES := --locale es --locale pt_BR --locale de
MESSAGE_IGNORE := --ignore .venv --ignore .venv-load --ignore staticfiles \
	--ignore static/vendor --ignore node_modules --ignore tests --ignore docs --ignore scripts
messages: $(VENV)/.installed
	$(DEV) $(BIN)/python manage.py makemessages --domain django $(MESSAGE_LOCALES) \
		$(MESSAGE_IGNORE) --add-location file --no-obsolete
	$(DEV) $(BIN)/python manage.py makemessages --domain djangojs $(MESSAGE_LOCALES) \
		$(MESSAGE_IGNORE) --ignore static/js/service-worker.js --add-location file --no-obsolete
	$(DEV) $(BIN)/python manage.py compilemessages --ignore .venv --ignore .venv-load

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
