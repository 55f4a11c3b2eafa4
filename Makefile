# IB Wegwijzer. Two commands for a fresh machine: `make serve` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test test-js build validate stale new-partner new-question new-region lint bench clean annotations vendor

# Pagefind 1.6 comes from the npm registry (PyPI has only 1.5.2): `npm ci` installs exactly package-lock.json,
# integrity hashes checked, into node_modules/, without running any package's scripts.
$(STAMP): requirements.txt requirements-dev.txt pyproject.toml package.json package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(STAMP)

validate: $(STAMP)
	$(PY) -m wegwijzer validate

build: validate
	$(PY) -m mkdocs build --strict --site-dir site

# Starts even when the data has errors: they show in the terminal and on every page, until the file is fixed.
serve: $(STAMP)
	$(PY) -m mkdocs serve --dirty --strict --dev-addr 127.0.0.1:8000

stale: $(STAMP)
	$(PY) -m wegwijzer stale

new-partner: $(STAMP)
	$(PY) -m wegwijzer new partner

new-question: $(STAMP)
	$(PY) -m wegwijzer new question

# A samenwerkingsverband adds its region: the region file, and skeleton partners (templates) to complete.
new-region: $(STAMP)
	$(PY) -m wegwijzer new region

annotations: $(STAMP)
	$(PY) -m wegwijzer validate --annotations

# ESLint (pinned in package-lock.json, rules in eslint.config.js) over the site's own JavaScript and its tests.
lint: $(STAMP)
	$(PY) -m ruff check wegwijzer hooks scripts tests
	$(PY) -m yamllint --strict data schemas/examples .github
	node_modules/.bin/eslint --max-warnings 0 docs/assets tests/js eslint.config.js

test: $(STAMP) lint validate test-js
	$(PY) -m pytest -n 2

# The search's query rules (docs/assets/search-query.js) in Node's own test runner, without a browser (about a
# second); tests/test_search_query_js.py runs them again on the built site's whole word list.
test-js: $(STAMP)
	node --test tests/js/*.test.mjs

bench: $(STAMP)
	$(PY) scripts/bench.py --repeat 3
	$(PY) scripts/bench.py --national

clean:
	rm -rf site .pytest_cache

# Browser libraries the site serves itself, at the exact versions of package-lock.json (npm ci checks their
# integrity): Paged.js lays out the printed competentiescan report. The copy in docs/assets/vendor/ is committed,
# so building the site needs no npm.
vendor:
	npm ci --ignore-scripts --no-audit --no-fund
	cp node_modules/pagedjs/dist/paged.min.js docs/assets/vendor/paged.min.js
