#!/usr/bin/env bash
# Creates (or reuses) the project's virtual environment and installs the package into it
# with the extras given. Prints the venv's python path last (stdout); pip's chatter goes
# to .venv/install.log and is shown only when the install fails.
# Usage: scripts/venv.sh [extras]   e.g. scripts/venv.sh test,bench
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
venv="${VENV:-.venv}"
py="${PYTHON:-python3}"
"$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Python 3.11 eller nyare behövs (hittade: $("$py" --version 2>&1))." >&2; exit 1; }
[ -x "$venv/bin/python" ] || "$py" -m venv "$venv" >&2
log="$venv/install.log"
target="."
[ -n "$extras" ] && target=".[${extras}]"
if ! { "$venv/bin/python" -m pip install -q --upgrade pip &&
       "$venv/bin/python" -m pip install -q -e "$target"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "Installationen misslyckades (se ovan)." >&2
  exit 1
fi
echo "$venv/bin/python"
