#!/usr/bin/env bash
# Set up (if needed) and run every check: ruff, mypy on the core, translations, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app ui tests scripts benchmarks
.venv/bin/mypy
# A throwaway PostgreSQL server on loopback for the body-side tests (scripts/pg_server.sh),
# stopped on exit; without server binaries those cases are skipped with their reason.
if [ -z "${EXAMSITE_TEST_PG_URL:-}" ]; then
  if bash scripts/pg_server.sh status >/dev/null 2>&1; then
    EXAMSITE_TEST_PG_URL=$(bash scripts/pg_server.sh url)  # already running: leave it be
  elif EXAMSITE_TEST_PG_URL=$(bash scripts/pg_server.sh start); then
    trap 'bash scripts/pg_server.sh stop' EXIT
  else
    EXAMSITE_TEST_PG_URL=""
    echo "No PostgreSQL server: the PostgreSQL cases are skipped." >&2
  fi
  export EXAMSITE_TEST_PG_URL
fi
# One worker per core, at most 4 (each builds its own demo template; GUI tests are offscreen).
.venv/bin/python -m pytest -p no:cacheprovider -n auto --maxprocesses 4 "$@"
