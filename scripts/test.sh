#!/usr/bin/env bash
# Install everything the tests need, then run ruff and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check src scripts tests
exec .venv/bin/python -m pytest -q "$@"
