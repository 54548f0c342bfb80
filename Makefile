# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench screenshots clean

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

# Reinstall when the project description changes.
$(STAMP): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/resilience-desktop

test: install
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

bench: install
	$(VPY) benchmarks/startup.py
	$(VPY) benchmarks/journal.py
	$(VPY) benchmarks/exercise.py
	$(VPY) benchmarks/people.py
	$(VPY) benchmarks/safety.py

screenshots: install
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/resilience-desktop --demo --screenshot docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
