#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine: the system libraries Qt and the PDF tools need
# (installed only when missing), a virtualenv in .venv, and the project with its test tools.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each entry is a package or alternatives separated by '|' (Ubuntu 24.04 renamed some to *t64).
DEB_PACKAGES=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  "libglib2.0-0|libglib2.0-0t64" libdbus-1-3 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-xkb1 libxcb-randr0 libxcb-shape0 libxrender1 libxi6
  poppler-utils xvfb xauth age
)

have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for entry in "${DEB_PACKAGES[@]}"; do
    found=""
    IFS='|' read -ra alternatives <<< "$entry"
    for pkg in "${alternatives[@]}"; do have_deb "$pkg" && found=1 && break; done
    [ -n "$found" ] || missing+=("$entry")
  done
fi

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "Missing system packages (install them as root): ${missing[*]}" >&2; exit 1; fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  to_install=()
  for entry in "${missing[@]}"; do
    IFS='|' read -ra alternatives <<< "$entry"
    for pkg in "${alternatives[@]}"; do
      if apt-cache show "$pkg" >/dev/null 2>&1; then to_install+=("$pkg"); break; fi
    done
  done
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${to_install[@]}" >/dev/null
fi

# A PostgreSQL server for the body-side tests (docs/postgresql.md). Optional: without it those
# cases are skipped, so a machine that cannot install it still gets set up.
if command -v dpkg-query >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    && ! command -v initdb >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = "0" ] || SUDO="sudo -n"
  echo "Installing PostgreSQL for the body-side tests (optional)"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
      --no-install-recommends postgresql; } >/dev/null 2>&1; then
    echo "PostgreSQL could not be installed: its tests will be skipped." >&2
  fi
fi

PYTHON=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
      'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    PYTHON="$candidate"; break
  fi
done
[ -n "$PYTHON" ] || { echo "ExamSite needs Python 3.11 or newer." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv || { echo "Install python3-venv and run again." >&2; exit 1; }
fi
stamp=.venv/.examsite-installed
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$digest" > "$stamp"
fi
