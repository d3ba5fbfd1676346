# Developer commands. `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench demo clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip

$(STAMP_APP): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test,dev]'
	touch $(STAMP_APP) $@

run: $(STAMP_APP)
	$(PY) -m ae_desktop

test: $(STAMP_TEST)
	$(PY) -m ruff check ae_desktop tests bench
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP_TEST)
	$(PY) -m ruff check ae_desktop tests bench
	$(PY) -m ruff format --check ae_desktop tests bench

typecheck: $(STAMP_TEST)
	$(PY) -m mypy ae_desktop

bench: $(STAMP_APP)
	$(PY) bench/run.py

demo: $(STAMP_APP)
	$(PY) -m ae_desktop demo

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
