# Each command sets everything up on a fresh machine: `make test`, `make run`, `make demo`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint run demo fuzz bench bench-full deploy-tools clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

run: $(STAMP)
	$(BIN)/python -m bot

# The real bot in the terminal: no token, no network (README, "A tour").
# `make demo ARGS="--script demo/six-weeks.txt"` replays a script.
demo: $(STAMP)
	$(BIN)/python -m bot.demo $(ARGS)

# Many more random conversations with the real bot than `make test` plays (tests/model.py),
# and steps per second: `make fuzz ARGS="--examples 1000 --steps 80"`.
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz $(ARGS)

# The benchmark (docs/benchmark.md): ~30 minutes; `make bench ARGS=--full` adds the
# 100,000-participant burst (about an hour more). Results: bench/results/latest.json.
bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

bench-full: $(STAMP)
	$(BIN)/python -m bench --full $(ARGS)

# The tools tests/test_deploy.py checks the deployment files with (systemd-analyze, caddy),
# from Debian's packages where missing; without them those tests are skipped and say why.
# CI runs this before `make test` and sets COACH_DEPLOY_TOOLS=required, so they cannot skip.
deploy-tools:
	@missing=""; \
	command -v systemd-analyze >/dev/null || missing="$$missing systemd"; \
	command -v caddy >/dev/null || missing="$$missing caddy"; \
	if [ -n "$$missing" ]; then \
		echo "installing from Debian's packages:$$missing"; \
		export DEBIAN_FRONTEND=noninteractive; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get install -y -q --no-install-recommends $$missing \
		|| { $$SUDO apt-get update -q && $$SUDO apt-get install -y -q --no-install-recommends $$missing; }; \
	fi; \
	systemd-analyze --version | head -1; caddy version

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
