SHELL := /bin/bash
# The two commands a newcomer needs: `make run` and `make test`. CI runs `make test`.
# Installs are keyed on pyproject.toml, so a second run with nothing changed is quiet and fast.

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
# pip's notes about this machine's local package folders are noise; real errors still fail.
pip_install = set -o pipefail; $(PIP) install $(1) 2>&1 | { grep -v '^WARNING: Location' || true; }
# torch is pinned in pyproject.toml to the CPU build on this disk; never let pip pick another.

.PHONY: run test lint install train bench clean-venv

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@$(call pip_install,--upgrade pip setuptools wheel)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	@echo "installing Waspada into $(VENV) (first run takes a few minutes)"
	@$(call pip_install,-e .)
	@command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx ind || { \
		echo "installing Debian tesseract-ocr (Indonesian, English, Malay) to read adverts in pictures"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			tesseract-ocr tesseract-ocr-ind tesseract-ocr-msa >/dev/null); }
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	@$(call pip_install,-e '.[test]')
	@command -v chromium >/dev/null 2>&1 || { echo "installing Debian chromium for browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf && test -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf || { \
		echo "installing Debian fonts the picture tests draw adverts with"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-liberation >/dev/null); }
	@touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	@$(VENV)/bin/waspada db upgrade
	@$(VENV)/bin/waspada serve

test: $(VENV)/.installed-test
	@$(PY) -m pytest -q

lint: $(VENV)/.installed-test
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check waspada vocabulary metrics store classifier pictures crawler citizen bots alerts reports api cli tests benchmarks
	@$(VENV)/bin/mypy

clean-venv:
	rm -rf $(VENV)
