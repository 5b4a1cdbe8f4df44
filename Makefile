# Two commands do all the set-up on a fresh machine with Python 3:
#   make run    create .venv if missing, install, start the kiosk in a window
#   make test   the same with test tools, then lint, types, import contracts and every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OFFSCREEN := QT_QPA_PLATFORM=offscreen
# "Read to me" needs PySide6-Addons (418 MiB): VOICE=no leaves it out, and the kiosk does not
# offer "Read to me" (docs/design/0006-locked-install.md).
VOICE ?= yes
RUN_LOCK := requirements/$(if $(filter no,$(VOICE)),kiosk,kiosk-voice).txt
# Every package from a lock file, each checked against its hash (requirements/README.md).
INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes
# The kiosk itself, built with the locked setuptools instead of one pip would download (-qq:
# without the build's notes about editable installs; errors still show).
INSTALL_KIOSK := $(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps \
	--no-build-isolation

.PHONY: run kiosk install test check pytest bench soak translations resources screenshots lock \
	fresh-machine clean

run: $(VENV)/.installed-run
	@tools/system-packages.sh
	$(BIN)/python main.py $(ARGS)

kiosk: $(VENV)/.installed-run
	@tools/system-packages.sh
	$(BIN)/python main.py --kiosk $(ARGS)

test: $(VENV)/.installed-test check pytest

check: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# The Debian packages the tests need: Qt's libraries, libpulse0 for read-aloud (tested on Qt's
# silent speech engine), and the real display servers of tests/display (Xvfb, openbox, cage).
pytest: $(VENV)/.installed-test
	@tools/system-packages.sh --test
	$(OFFSCREEN) $(BIN)/pytest $(PYTEST_ARGS)

# Figures, not pass/fail: prints the table and writes docs/performance.md (about 3 minutes).
bench: $(VENV)/.installed-test
	$(OFFSCREEN) $(BIN)/python -m tools.bench

# Long runs kept out of make test: the full 200-run kill -9 series on the request queue, 300
# random damages to a write-ahead log, 20 rounds of staff tools against a saving patient, then
# 10,000 simulated patient sessions through the real window (about 40 minutes on 2 cores).
soak: $(VENV)/.installed-test
	KILL9_RUNS=200 $(OFFSCREEN) $(BIN)/pytest tests/storage/test_kill9.py $(PYTEST_ARGS)
	WAL_DAMAGE_RUNS=300 $(BIN)/pytest -s tests/storage/test_wal_damage.py -k random $(PYTEST_ARGS)
	STAFF_ROUNDS=20 $(BIN)/pytest -s tests/storage/test_staff_vs_patient.py $(PYTEST_ARGS)
	$(OFFSCREEN) $(BIN)/python -m tools.soak

# After changing any words on screen: refresh the Spanish .ts (translate it, e.g. with
# pyside6-linguist), then compile it to .qm and rebuild the resources.
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate $$(find kiosk/ui -name '*.py' | sort) -ts resources/translations/kiosk_es.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/kiosk_es.ts -qm resources/translations/kiosk_es.qm
	$(BIN)/python tools/update_resources.py

# After adding, removing or editing anything under resources/.
resources: $(VENV)/.installed-run
	$(BIN)/python tools/update_resources.py

# Every screen, landscape and portrait, into docs/screenshots/.
screenshots: $(VENV)/.installed-test
	$(OFFSCREEN) $(BIN)/python tools/screenshots.py

# A deployed kiosk (docs/deployment.md): the locked packages, and the kiosk itself installed
# as a copy (not editable), so editing the folder afterwards changes nothing that runs.
install: $(VENV)/.installed-tools
	@tools/system-packages.sh
	$(INSTALL) -r $(RUN_LOCK)
	$(INSTALL_KIOSK) --force-reinstall .
	@rm -rf build

# After changing a pin in pyproject.toml or requirements/tools.in (requirements/README.md).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip compile --quiet requirements/tools.in $(LOCK_FLAGS) -o requirements/tools.txt
	$(BIN)/uv pip compile --quiet pyproject.toml $(LOCK_FLAGS) -o requirements/kiosk.txt
	$(BIN)/uv pip compile --quiet pyproject.toml --extra voice $(LOCK_FLAGS) \
	  -o requirements/kiosk-voice.txt
	$(BIN)/uv pip compile --quiet pyproject.toml --extra voice --extra test $(LOCK_FLAGS) \
	  -o requirements/test.txt
LOCK_FLAGS = --generate-hashes --universal --python-version 3.11

# Builds minimal Debian 12 and 13 systems and follows the README and docs/deployment.md in each
# (about 45 minutes, as root; too long for CI). Run it after changing anything about set-up.
# RELEASES=debian-13 for one (also debian-12, ubuntu-24.04).
fresh-machine:
	tools/fresh-machine.sh $(RELEASES)

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) || { \
	  echo "make: could not create $(VENV). On Debian or Ubuntu: sudo apt install python3-venv"; \
	  rm -rf $(VENV); exit 1; }

$(VENV)/.installed-tools: requirements/tools.txt | $(BIN)/python
	$(INSTALL) -r requirements/tools.txt
	@touch $@

$(VENV)/.installed-run: $(RUN_LOCK) pyproject.toml $(VENV)/.installed-tools
	$(INSTALL) -r $(RUN_LOCK)
	$(INSTALL_KIOSK) --editable .
	@touch $@

$(VENV)/.installed-test: requirements/test.txt pyproject.toml $(VENV)/.installed-tools
	$(INSTALL) -r requirements/test.txt
	$(INSTALL_KIOSK) --editable .
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
