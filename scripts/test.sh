#!/usr/bin/env bash
# Install everything the tests need, then run ruff and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check src scripts tests
# the service tests run on SQLite and on this PostgreSQL (tests/service/conftest.py; they fail without it on CI)
CALLGUARD_TEST_POSTGRES=$(bash scripts/postgres.sh)
export CALLGUARD_TEST_POSTGRES
exec .venv/bin/python -m pytest -q "$@"
