# Two commands on a fresh machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PORT    ?= 8501

.PHONY: setup index run test test-long bench bench-quick browser-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch pulls gigabytes of CUDA packages
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

index: setup
	$(BIN)/qa index --corpus corpus --index index

# The app over an up-to-date index of corpus/ (incremental: only new or changed files are embedded).
run: index
	@echo "QA app: open http://127.0.0.1:$(PORT) (Ctrl+C stops it)"
	QA_INDEX=index QA_CORPUS=corpus $(BIN)/streamlit run app.py --server.headless true \
		--server.address 127.0.0.1 --server.port $(PORT) --browser.gatherUsageStats false

# Debian's Chromium for tests/test_browser.py (Playwright drives it; it never downloads a browser).
browser-deps:
	@test -x /usr/bin/chromium || { \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo "sudo -n"); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@test -x /usr/bin/chromium && echo "browser-deps: /usr/bin/chromium ready"

test: setup
	$(BIN)/python -m pytest -q -m "not slow"

test-long: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.archive
	$(BIN)/python -m bench.archive_scale

bench-quick: setup
	$(BIN)/python -m bench.run --quick

clean:
	rm -rf index $(VENV)
