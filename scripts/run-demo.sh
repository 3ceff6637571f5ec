#!/usr/bin/env bash
# Set up (if needed) and open the GUI on a fresh demo database in the user's data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/examsite --demo "$@"
fi
exec .venv/bin/examsite --demo "$@"
