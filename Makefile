# One-word commands; CI runs exactly these (see .ci/run).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARCHIVE ?= ../shared/seeds
BASE ?= origin/main
export NO_MKDOCS_2_WARNING := 1
# Builds are dated by the last commit, never the clock: the same commit gives
# the same bytes (sitemap dates, gzip headers).
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.DEFAULT_GOAL := help
.PHONY: help site generate serve validate quotes test lint typecheck golden clean bundle \
	new schemas changes workflows hostile gates lighthouse

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

site: generate  ## set up, validate, generate and build the site into site/
	@$(MAKE) --no-print-directory .stamps/site

generate: $(BIN)/.installed  ## validate content and write the generated pages into docs/
	$(BIN)/python -m generator generate

# Rebuilt only when a page, the theme overrides or the config changed. The
# prerequisites are listed after `generate` ran, so new pages count too.
.stamps/site: mkdocs.yml $(shell find docs overrides 2>/dev/null)
	$(BIN)/python -m generator.site build
	@mkdir -p .stamps && touch $@

bundle: generate  ## the site for reading offline: dist/<site>-offline-<version>.zip
	$(BIN)/python -m generator.bundle

serve: $(BIN)/.installed  ## live preview at http://127.0.0.1:8000; content edits reload the page [DIRTY=1]
	$(BIN)/python -m generator.site serve $(if $(DIRTY),--dirty)

validate: $(BIN)/.installed  ## check the content; each problem as path:line:column
	$(BIN)/python -m generator validate

quotes: $(BIN)/.installed  ## check every quote word for word against the archived sources
	$(BIN)/python -m generator quotes --archive $(ARCHIVE)

# The real quotes are checked against the real archive whenever it is there,
# and always in CI (which sets CI); a clone without it says so and goes on.
test: $(BIN)/.installed lint typecheck workflows  ## the whole test suite
	$(BIN)/python -m generator validate
	@if [ -d "$(ARCHIVE)" ] || [ -n "$$CI" ]; then \
		$(BIN)/python -m generator quotes --archive $(ARCHIVE); \
	else \
		echo "quotes NOT checked against the archive: no folder $(ARCHIVE) (set ARCHIVE=...)"; \
	fi
	ARCHIVE="$(ARCHIVE)" $(BIN)/python -m pytest

hostile: $(BIN)/.installed  ## broken and hostile input: tests/hostile/, limits, properties, determinism, make site on invalid content
	$(BIN)/python -m pytest tests/test_hostile.py tests/test_hostile_limits.py \
		tests/test_properties.py tests/test_deterministic.py tests/test_make_site_invalid.py

gates: $(BIN)/.installed  ## links, axe-core and vnu over a site built from content/
	$(BIN)/python -m pytest -m gates

LIGHTHOUSE := tools/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	npm ci --prefix tools/lighthouse --no-audit --no-fund
	touch $@

lighthouse: site $(LIGHTHOUSE)  ## Lighthouse, one page of each kind, median of 5; fails below 90/100/100/100
	$(BIN)/python tools/lighthouse/run.py site

lint: $(BIN)/.installed  ## ruff lint and format check
	$(BIN)/ruff check generator tests bench tools overrides/hooks
	$(BIN)/ruff format --check generator tests bench tools overrides/hooks

typecheck: $(BIN)/.installed  ## mypy over the generator and the MkDocs hook
	$(BIN)/mypy generator overrides/hooks

new: $(BIN)/.installed  ## new record file: make new KIND=quote ID=some-id [SPEAKER=actor-id] [SOURCE="source-id ..."]
	@if [ -z "$(KIND)" ] || [ -z "$(ID)" ]; then \
		echo 'usage: make new KIND=quote ID=some-id [SPEAKER=actor-id] [SOURCE="source-id ..."]' >&2; exit 2; fi
	$(BIN)/python -m generator new "$(KIND)" "$(ID)" $(if $(SPEAKER),--speaker "$(SPEAKER)") \
		$(foreach source,$(SOURCE),--source "$(source)")

changes: $(BIN)/.installed  ## Markdown summary of the records changed since BASE [BASE=origin/main; in a fork e.g. BASE=upstream/main]
	$(BIN)/python -m generator changes --base $(BASE)

schemas: $(BIN)/.installed  ## rewrite schemas/ (editors' JSON Schemas) and content/README.md's field tables and reserved ids after a model change
	$(BIN)/python -m generator schema --out schemas

workflows: $(BIN)/.installed  ## check .github/ workflows and issue forms against GitHub's schemas
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-forms .github/ISSUE_TEMPLATE/correction.yml .github/ISSUE_TEMPLATE/new-record.yml

golden: $(BIN)/.installed  ## regenerate tests/golden/ from tests/fixtures/content (review the diff)
	$(BIN)/python -m tests.update_golden

# Generated pages first: removing them needs the venv's Python.
clean:  ## remove site/, dist/, .stamps/, the generated pages and the venv
	if [ -x $(BIN)/python ]; then $(BIN)/python -m generator clean; fi
	rm -rf site dist .stamps $(VENV)

.PHONY: bench
bench: $(BIN)/.installed  ## scale benchmark: synthetic corpora 10x apart; table + bench/results.json
	$(BIN)/python -m bench $(if $(SIZES),--sizes $(SIZES))
