# Two commands for a newcomer: `make report` and `make test`.
# Both create .venv when missing and (re)install only when pyproject.toml changes.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EXTRAS ?= notebooks,test
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

.PHONY: setup report test lint bench clean

setup: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv || true

$(STAMP): pyproject.toml | $(VENV)/bin/python
	@if $(VENV)/bin/uv --version >/dev/null 2>&1; then \
		$(VENV)/bin/uv pip install --python $(PY) --quiet -e ".[$(EXTRAS)]"; \
	else \
		$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"; \
	fi
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $(STAMP)

# Execute every notebook in order, in place, each in a fresh kernel; HTML copies to build/report/.
# A notebook runs again only when it, the library, its data or the corpora changed.
REPORTS := $(patsubst notebooks/%.ipynb,build/report/%.html,$(NOTEBOOKS))
INPUTS := $(shell find src seeds samples tests/gold -type f -not -name '*.pyc' 2>/dev/null)

report: $(REPORTS)
	$(PY) -m karabakh_nb evaluate tests/gold/seeds.json seeds

build/report/%.html: notebooks/%.ipynb $(STAMP) $(INPUTS)
	@mkdir -p build/report build/figures
	@echo "executing $<"
	$(PY) -m jupyter nbconvert --to notebook --execute --inplace \
		--ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=600 "$<"
	$(PY) -m jupyter nbconvert --to html --output-dir build/report "$<" >/dev/null 2>&1

.NOTPARALLEL: report

test: $(STAMP)
	$(PY) -m pytest --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg \
		tests $(if $(NOTEBOOKS),--nbval $(NOTEBOOKS))

lint: $(STAMP)
	$(PY) -m ruff check src tests benchmarks

bench: $(STAMP)
	$(VENV)/bin/uv pip install --python $(PY) --quiet -e ".[$(EXTRAS),bench]"
	$(PY) benchmarks/peers.py

clean:
	rm -rf build .pytest_cache
