# Pactwright developer commands. `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench fuzz screenshots package clean

# Re-install only when the pins change: the stamp is newer than both requirement files.
$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The reliability campaign, longer than the short version in `make test`: 40x the random
# hostile files, damaged databases and overrides, and 2,000 SIGKILLs in the crash loop.
fuzz: setup
	QT_QPA_PLATFORM=offscreen PACTWRIGHT_FUZZ_SCALE=40 PACTWRIGHT_FAULT_KILLS=2000 $(BIN)/python -m pytest -q \
		tests/test_fuzz.py tests/test_storage_faults.py tests/test_reliability_inputs.py \
		tests/test_reliability_overrides.py tests/test_reliability_targets.py tests/test_reliability_readonly.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/capture_screenshots.py
	# The newcomer's run of the real app under a real X server in memory: its screenshots
	# (home screen, a page at 1024x700, the key terms, the export) go to docs/screenshots/.
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python docs/newcomer_run.py

package: setup
	$(BIN)/python -m pip install --quiet -r packaging/requirements.txt
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
