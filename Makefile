# The two commands a newcomer needs: `make run` and `make test`. Both set up what they use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export MADOGUCHI_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test test-sqlite test-postgresql lint bench clean system-packages-run system-packages-test

$(STAMP): pyproject.toml requirements.lock setup.py madoguchi/search/_tokens.c
	# Debian's python3 needs python3-venv for `-m venv` (ensurepip); other Pythons have it.
	$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || scripts/ensure-debian-packages python3-venv
	# The C tokenizer (setup.py) needs a compiler and Python's headers (python3-dev on Debian).
	command -v cc >/dev/null || scripts/ensure-debian-packages gcc libc6-dev
	$(PYTHON) -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
		|| scripts/ensure-debian-packages python3-dev
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# requirements.lock pins every package, so a fresh machine builds what CI built.
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/madoguchi migrate --noinput -v 0
	$(BIN)/madoguchi demo --if-empty
	$(BIN)/madoguchi run --host 127.0.0.1 --port 8000

system-packages-test:
	scripts/ensure-debian-packages dovecot-imapd postgresql chromium fonts-noto-cjk nginx-light

test: $(STAMP) system-packages-test test-sqlite test-postgresql

# --durations lists the slowest tests at the end of each run: CI is held to 90 minutes, keep an eye on them.
# Tests keep their files (secret key, attachments) in a throwaway data dir, not ./var.
test-sqlite: $(STAMP)
	MADOGUCHI_DATA_DIR=$$(mktemp -d /tmp/madoguchi-test.XXXXXX) $(BIN)/python -m pytest -n 2 -p no:cacheprovider --durations=40

# The database-backed tests again on a throwaway PostgreSQL cluster on loopback.
test-postgresql: $(STAMP)
	MADOGUCHI_DATA_DIR=$$(mktemp -d /tmp/madoguchi-test.XXXXXX) scripts/with-postgresql \
		$(BIN)/python -m pytest -n 2 -p no:cacheprovider --durations=40 -m "not pure and not browser"

lint: $(STAMP)
	$(BIN)/ruff check madoguchi tests bench scripts
	$(BIN)/ruff format --check madoguchi tests bench scripts
	$(BIN)/mypy madoguchi

clean:
	rm -rf $(VENV) var artifacts
