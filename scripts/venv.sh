#!/usr/bin/env bash
# Creates (or reuses) the project's virtual environment and installs the package into it
# with the extras given. Prints the venv's python path last.
# Usage: scripts/venv.sh [extras]   e.g. scripts/venv.sh test,bench
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
venv="${VENV:-.venv}"
py="${PYTHON:-python3}"
"$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Python 3.11 eller nyare behövs (hittade: $("$py" --version 2>&1))." >&2; exit 1; }
[ -x "$venv/bin/python" ] || "$py" -m venv "$venv" >&2
"$venv/bin/python" -m pip install -q --upgrade pip >&2
if [ -n "$extras" ]; then
  "$venv/bin/python" -m pip install -q -e ".[${extras}]" >&2
else
  "$venv/bin/python" -m pip install -q -e . >&2
fi
echo "$venv/bin/python"
