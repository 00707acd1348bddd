# make run  - install (once), build the demo database if there is none, serve on http://127.0.0.1:8501
#            (ADDRESS=0.0.0.0 make run to listen on every interface)
# make test - lint (ruff, mypy) and every test, the browser tests in Debian's Chromium and the PDF tests included
# make soak - the minutes-long reliability runs (see the target below)
# make bench - the speed benchmark at 100k and 1m responses (make bench SCALE=10m for 10 million); bench/RESULTS.md
# make bench-load - concurrent headless sessions, 1 and 2 replicas behind nginx (bench/RESULTS.md, "Load")
# make serve REPLICAS=2 - N app processes behind nginx on http://127.0.0.1:8501 (docs/deploy.md)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB := $(or $(ITA_DB),data/ita.duckdb)
SCALE ?= 100k,1m
REPLICAS ?= 2
PORT ?= 8501
LOAD_ARGS ?=
# make run and make serve listen on this machine only; ADDRESS=0.0.0.0 opens them to the network (sign-in first!)
ADDRESS ?= 127.0.0.1

.PHONY: run test soak lint format demo install install-dev browser-deps office-deps clean bench bench-load serve

$(VENV)/.runtime: requirements.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

run: $(VENV)/.runtime
	@test -e "$(DB)" || $(PY) -m etl demo --db "$(DB)"
	ITA_DB="$(DB)" ITA_NO_AUTH=$${ITA_NO_AUTH:-1} MALLOC_ARENA_MAX=$${MALLOC_ARENA_MAX:-2} $(PY) -m streamlit run app.py --server.address $(ADDRESS) --server.port 8501

# Replicas behind Debian's nginx (our own nginx master, not the system service); loopback by default.
serve: $(VENV)/.runtime
	@test -e "$(DB)" || $(PY) -m etl demo --db "$(DB)"
	ITA_DB="$(DB)" ITA_NO_AUTH=$${ITA_NO_AUTH:-1} $(PY) -m deploy.serve --replicas $(REPLICAS) --host $(ADDRESS) --port $(PORT)

demo: $(VENV)/.runtime
	$(PY) -m etl demo --db "$(DB)"

# Debian's packages the tests need (Chromium, Thai fonts, LibreOffice, poppler); both names kept for habit.
browser-deps office-deps:
	@scripts/ensure-debian.sh

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(VENV)/.dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

test: $(VENV)/.dev browser-deps lint
	$(PY) -m pytest

bench: $(VENV)/.dev browser-deps
	$(PY) -m bench.run --scales $(SCALE)

# Headless websocket sessions at 1, 5, 10, 20 viewers on the demo and 1M databases, 1 and 2 replicas.
bench-load: $(VENV)/.dev browser-deps
	$(PY) -m bench.load $(LOAD_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache test-artifacts

# make soak - the minutes-long reliability runs (tests marked `soak`, deselected by `make test`):
# 20 SIGKILLs mid-load, readers and a browser during publishes, 200,000 rows in one sheet, and the
# load test on a 1-million-response database (results in bench/RESULTS.md, section "Load").
soak: $(VENV)/.dev browser-deps
	$(PY) -m pytest -m soak -v
