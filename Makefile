# Developer commands. `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench demo clean translations lupdate bundle release tarball bundle-check install-desktop uninstall-desktop

# Translations: resources/translations/*.ts are the sources (pyside6-lupdate), the .qm files
# the app loads are compiled from them here, never copied in by hand.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip

$(STAMP_APP): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test,dev]'
	touch $(STAMP_APP) $@

resources/translations/%.qm: resources/translations/%.ts | $(STAMP_APP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (every self.tr / translate call); then translate the
# new entries and commit the .ts. -no-obsolete drops messages the code no longer has.
lupdate: $(STAMP_APP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py $(shell find ae_desktop -name '*.py' | sort) -ts $(TS)

run: $(STAMP_APP) translations
	$(PY) -m ae_desktop

test: $(STAMP_TEST) translations
	$(PY) -m ruff check ae_desktop tests bench packaging
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP_TEST)
	$(PY) -m ruff check ae_desktop tests bench packaging
	$(PY) -m ruff format --check ae_desktop tests bench packaging

typecheck: $(STAMP_TEST)
	$(PY) -m mypy ae_desktop

bench: $(STAMP_APP) translations
	$(PY) bench/run.py

demo: $(STAMP_APP)
	$(PY) -m ae_desktop demo

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache $(QM)

# The installed app (packaging/README.md): a one-folder bundle built by PyInstaller, and on
# Linux the release tarball and a per-user install with its launcher entry.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' ae_desktop/__init__.py)
RELEASE := AE-Desktop-$(VERSION)-linux-$(shell uname -m)
STAMP_BUNDLE := $(VENV)/.installed-bundle

$(STAMP_BUNDLE): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[bundle]'
	touch $(STAMP_APP) $@

bundle: $(STAMP_BUNDLE) translations
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pyinstaller/ae-desktop.spec

release: bundle
	sh packaging/linux/stage.sh "dist/AE Desktop" "dist/$(RELEASE)"

tarball: release
	tar -C dist -czf "dist/$(RELEASE).tar.gz" "$(RELEASE)"
	@echo "dist/$(RELEASE).tar.gz"

# Smoke-tests the built app and the tarball as a user gets them (run by .ci/run).
bundle-check:
	$(PY) packaging/check_bundle.py "dist/AE Desktop" --release "dist/$(RELEASE).tar.gz"

install-desktop: release
	sh "dist/$(RELEASE)/install.sh"

uninstall-desktop:
	sh packaging/linux/uninstall.sh
