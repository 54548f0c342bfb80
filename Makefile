# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench screenshots clean package icons install-desktop uninstall-desktop \
	translations qm

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

# Reinstall when the project description changes.
$(STAMP): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP) qm

# Interface translations (docs/translations.md). `make translations` refreshes the
# .ts files from the code (pyside6-lupdate: new strings arrive unfinished) and
# compiles them; `make qm` only compiles .ts -> .qm (pyside6-lrelease), which install
# and package do. The .qm files are generated, never committed.
TS_DIR := resources/translations
LANGUAGES := de es
TS_FILES := $(foreach lang,$(LANGUAGES),$(TS_DIR)/resilience_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(STAMP)
	$(VPY) tools/plural_messages.py
	# plural_messages.py first: lupdate keeps the first form it meets of a message, and
	# a call whose count is a plain name (`entries`) would otherwise make it non-plural.
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete \
		resilience_desktop/core/plural_messages.py \
		$$(find resilience_desktop -name '*.py' ! -name plural_messages.py | sort) \
		-ts $(TS_FILES)
	$(MAKE) qm

qm: $(QM_FILES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The PyInstaller bundle: the `package` extra, a clean one-folder build in
# dist/resilience-desktop, then its size, archive and start-up (benchmarks/package.py).
PACKAGE_STAMP := $(VENV)/.installed-package
BUNDLE := dist/resilience-desktop

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(VPY) -m pip install --quiet -e ".[test,package]"
	touch $(PACKAGE_STAMP)

package: $(STAMP) $(PACKAGE_STAMP) qm
	rm -rf $(BUNDLE) build/pyinstaller build/icons
	QT_QPA_PLATFORM=offscreen $(VPY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/resilience-desktop.spec
	$(VPY) benchmarks/package.py --bundle $(BUNDLE)

icons: install
	QT_QPA_PLATFORM=offscreen $(VPY) packaging/make_icons.py build/icons

# For the current user only: ~/.local/opt/resilience-desktop, a launcher and icons.
# uninstall-desktop removes exactly those files, never the data folder.
install-desktop: icons
	@test -x $(BUNDLE)/resilience-desktop || { echo "no bundle in $(BUNDLE): run make package first"; exit 1; }
	$(VPY) packaging/install_desktop.py install --bundle $(BUNDLE) --icons build/icons

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py uninstall

run: install
	$(VENV)/bin/resilience-desktop

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(VPY) tools/check_complexity.py
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

bench: install
	$(VPY) benchmarks/startup.py
	$(VPY) benchmarks/journal.py
	$(VPY) benchmarks/exercise.py
	$(VPY) benchmarks/people.py
	$(VPY) benchmarks/safety.py
	$(VPY) benchmarks/calm.py
	$(VPY) benchmarks/app_filter.py
	$(VPY) benchmarks/insights.py

# Three sets: light (the README's), dark, and large text (1.5x font, QT_FONT_DPI=144) on
# a 1280x720 screen.
# --theme changes this run only, never the theme chosen in Settings.
screenshots: install
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/resilience-desktop --demo --theme light --screenshot docs/screenshots
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/resilience-desktop --demo --theme dark --screenshot docs/screenshots/dark
	QT_QPA_PLATFORM=offscreen QT_FONT_DPI=144 RESILIENCE_SCREENSHOT_PIXELS=1280x720 \
		$(VENV)/bin/resilience-desktop --demo --theme light --screenshot docs/screenshots/large

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
