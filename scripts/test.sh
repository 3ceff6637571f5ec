#!/usr/bin/env bash
# Set up (if needed) and run every check: ruff, mypy on the core, translations, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app ui tests scripts benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest -p no:cacheprovider "$@"
