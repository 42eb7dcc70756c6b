# The two commands of the README:
#   make run    the portal with demo data at http://127.0.0.1:8000 (embedded PostgreSQL unless DATABASE_URL is set),
#               with its task worker and scheduler
#   make test   lint, migrations check, security lint and the whole test suite
# Each does all of its own set-up: virtual environment, dependencies, database, migrations.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STOP_DB := if [ -z "$$DATABASE_URL" ]; then $(PY) -m portal.infra.embedded_db stop; fi

.PHONY: run test serve require-site-url install lint browser-deps clean-db duplicates

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12+ is needed (see .python-version); found " + sys.version)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
	$(PY) manage.py compile_translations -v 0

# Beside the web server: the task worker (sends every email, runs notifications and scheduled
# jobs) and the scheduler; both are stopped, then the database, when the server stops.
BACKGROUND := $(PY) manage.py db_worker --no-reload --interval 1 & WORKER=$$!; \
	$(PY) manage.py run_schedule --loop 60 & SCHEDULER=$$!
STOP_BACKGROUND := kill $$WORKER $$SCHEDULER 2>/dev/null; wait $$WORKER $$SCHEDULER 2>/dev/null

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	trap '$(STOP_BACKGROUND); $(STOP_DB)' EXIT; $(BACKGROUND); $(PY) manage.py runserver 127.0.0.1:8000

# Production serving on this machine: gunicorn, DEBUG off, compressed static files, JSON logs.
# Emails link to SITE_URL, so it must be given: make serve SITE_URL=http://127.0.0.1:8000
serve: require-site-url install
	@mkdir -p var; [ -s var/secret_key ] || $(PY) -c 'import secrets; print(secrets.token_urlsafe(64))' > var/secret_key
	@[ -s var/request_draft_key ] || $(PY) -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())' > var/request_draft_key
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	export DEBUG=false SECRET_KEY="$$(cat var/secret_key)" REQUEST_DRAFT_KEY="$$(cat var/request_draft_key)" ALLOWED_HOSTS=127.0.0.1,localhost \
	  SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0; \
	  $(PY) manage.py collectstatic --noinput -v 0 && \
	  trap '$(STOP_BACKGROUND); $(STOP_DB)' EXIT; $(BACKGROUND); $(VENV)/bin/gunicorn -c gunicorn.conf.py portal.wsgi

require-site-url:
	@if [ -z "$$SITE_URL" ]; then \
	  echo "make serve: SITE_URL is not set. Links in the portal's emails are built from it; give the address" >&2; \
	  echo "people use to reach this server, e.g.  make serve SITE_URL=http://127.0.0.1:8000" >&2; exit 2; fi

lint: install
	$(PY) -m ruff check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m bandit -q -c pyproject.toml -r portal legislation contacts workspaces cooperation recommendations alerts

# Browser tests drive Debian's Chromium (Playwright's own browser download does not work here);
# the print tests read the PDFs with poppler-utils (pdftotext); the Nu Html Checker needs Java.
# axe-core (accessibility checks) and vnu-jar (the Nu Html Checker) come from the npm registry,
# pinned in package-lock.json. The Redis tests start their own redis-server (tests/live_servers.py).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	@command -v java >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq default-jre-headless; }
	@command -v redis-server >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq redis-server; }
	@[ -d node_modules/axe-core ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --no-audit --no-fund

test: install lint browser-deps
	trap '$(STOP_DB)' EXIT; $(PY) -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

clean-db:
	$(STOP_DB)
	rm -rf var/pgdata

# The workplace's `duplicates` command over the Python the project maintains: everything but the
# migrations and the demo data (docs/decisions.md, "Repeated code"). Not part of `make test`:
# a machine without the command has nothing to run.
duplicates:
	@command -v duplicates >/dev/null || { echo "make duplicates: the duplicates command is not on this machine" >&2; exit 2; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  git ls-files -z -- '*.py' ':!:**/migrations/*' ':!:**/demo*.py' ':!:**/seed_demo.py' | xargs -0 cp --parents -t "$$tmp" && \
	  cd "$$tmp" && duplicates --most 200 --seconds 120
