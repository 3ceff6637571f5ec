#!/usr/bin/env bash
# Extract UI strings into the .ts sources (keeping existing translations) and compile the .qm
# files that ship in resources/i18n. Run after adding or changing any tr() string.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
BIN=$(dirname "$PY")
sources=$(git ls-files -co --exclude-standard 'ui/*.py' 'ui/**/*.py'; echo app/messages.py app/message_sets/*.py app/rules/staffing.py)
# English is the source language; only Chinese needs a catalog.
for lang in zh_CN; do
  "$BIN/pyside6-lupdate" -no-obsolete $sources -ts "ui/i18n/examsite_${lang}.ts"
  "$BIN/pyside6-lrelease" "ui/i18n/examsite_${lang}.ts" -qm "resources/i18n/examsite_${lang}.qm"
done
