#!/usr/bin/env bash
# Set up (if needed) and run every check: ruff, mypy on the core, translations, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app ui tests scripts benchmarks
.venv/bin/mypy
# One worker per core, at most 4 (each builds its own demo template; GUI tests are offscreen).
.venv/bin/python -m pytest -p no:cacheprovider -n auto --maxprocesses 4 "$@"
