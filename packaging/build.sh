#!/usr/bin/env bash
# Builds the self-contained one-folder bundle dist/tracker/ on Linux and smoke-tests it
# with no Python and no venv in reach (env -i, PATH=/nonexistent, a copy of the bundle
# in a temporary folder):
#   - tracker --version prints the package version,
#   - tracker extract SAMPLE.pdf --json prints the meeting and its items,
#   - the program window starts under Qt's offscreen platform (when tracker/gui exists).
# Prints the bundle size and the build time as `name: value` lines at the end.
#
# Usage: packaging/build.sh [--clean]
#   --clean   recreate the build environment (packaging/.venv) from scratch
# Environment: PYTHON (default python3, ≥ 3.11 with a shared libpython),
#   VENV (default packaging/.venv), SKIP_GUI_CHECK=1 to skip the window check.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
start=$(date +%s)

py="${PYTHON:-python3}"
venv="${VENV:-packaging/.venv}"
logs=build/packaging
mkdir -p "$logs"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'FEL: %s\n' "$*" >&2; exit 1; }

if [ "${1:-}" = "--clean" ]; then
  say "Tar bort byggmiljön $venv"
  rm -rf "$venv"
elif [ -n "${1:-}" ]; then
  die "okänt argument: $1 (användning: packaging/build.sh [--clean])"
fi

# Qt's system libraries: PyInstaller copies those Qt's plugins link against into the
# bundle, so they must be on the build machine (installed when root, else hinted).
scripts/system-deps.sh

"$py" - <<'EOF' || die "Python 3.11 eller nyare med delat libpython behövs för PyInstaller (PYTHON=…)."
import sys, sysconfig
ok = sys.version_info >= (3, 11) and (sysconfig.get_config_var("Py_ENABLE_SHARED") or sys.platform != "linux")
sys.exit(0 if ok else 1)
EOF

# --- Build environment ----------------------------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
  say "Skapar byggmiljön $venv"
  "$py" -m venv "$venv"
fi
vpy="$venv/bin/python"
pip_log="$logs/pip.log"
pip_install() {
  "$vpy" -m pip install --disable-pip-version-check "$@" >>"$pip_log" 2>&1 || {
    tail -n 40 "$pip_log" >&2; die "pip install $* misslyckades (logg: $pip_log)"; }
}
: >"$pip_log"
say "Installerar paketet, PyInstaller och reportlab (för test-PDF:en) i $venv"
pip_install --upgrade pip
# setuptools' in-tree build/lib keeps files of deleted modules; start it afresh so the
# installed package is exactly the checkout.
rm -rf build/lib build/bdist.*
pip_install ".[packaging]" "reportlab>=4.0,<6"
pip_install --no-deps --force-reinstall .
version=$("$vpy" -c 'import tracker; print(tracker.__version__)')
say "Version $version"

# Icons are committed; re-render them only when the SVG is newer than a render.
svg=resources/icons/balanslistan.svg
for f in resources/icons/balanslistan-{16,32,48,64,128,256}.png resources/icons/balanslistan.ico; do
  if [ ! -f "$f" ] || [ "$svg" -nt "$f" ]; then
    say "Ritar om ikonerna från $svg"
    QT_QPA_PLATFORM=offscreen "$vpy" packaging/make_icons.py >/dev/null
    break
  fi
done

# The bundle has no lrelease to compile a stale translation at run time: build the .qm
# files from the .ts sources now (a no-op change when they are up to date).
if [ -f scripts/build_translations.py ]; then
  say "Kompilerar översättningarna"
  "$vpy" scripts/build_translations.py >"$logs/translations.log" 2>&1 || {
    cat "$logs/translations.log" >&2; die "översättningarna kunde inte kompileras"; }
fi

# --- PyInstaller ----------------------------------------------------------------------
say "Bygger dist/tracker med PyInstaller"
rm -rf dist/tracker build/pyinstaller
pyi_start=$(date +%s)
# Called as the venv's console script (not `python -m`), so the checkout folder is not on
# sys.path and the analysis sees the installed package, resources included.
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/tracker.spec \
  >"$logs/pyinstaller.log" 2>&1 || {
  tail -n 40 "$logs/pyinstaller.log" >&2; die "PyInstaller misslyckades (logg: $logs/pyinstaller.log)"; }
pyi_seconds=$(( $(date +%s) - pyi_start ))
[ -x dist/tracker/tracker ] || die "dist/tracker/tracker saknas efter bygget"

# --- Smoke test -----------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A copy in an unrelated folder: proves the bundle is relocatable and that nothing is
# found through the checkout or the venv.
cp -a dist/tracker "$tmp/bundle"
bundle="$tmp/bundle/tracker"
mkdir -p "$tmp/home" "$tmp/data" "$tmp/locale"
# The minimal environment: no venv, no Python on PATH, no locale, a throwaway home and
# data folder.
run_min() {
  env -i HOME="$tmp/home" PATH=/nonexistent TRACKER_DATA_DIR="$tmp/data" "$@"
}

say "Röktest: --version och --help"
got=$(run_min "$bundle" --version) || die "tracker --version misslyckades i paketet"
[ "$got" = "tracker $version" ] || die "tracker --version gav '$got', väntat 'tracker $version'"
# Swedish help text: output must stay UTF-8 even without a locale.
run_min "$bundle" --help | grep -q "SÖKVÄG" || die "tracker --help skrev inte ut svensk hjälptext"
# And under a Latin-1 locale (like a Windows console's code page): the bundle runs in
# Python's UTF-8 mode, so "–" in the help text must not stop it.
if localedef -i en_US -f ISO-8859-1 "$tmp/locale/en_US.ISO-8859-1" >/dev/null 2>&1; then
  run_min LOCPATH="$tmp/locale" LC_ALL=en_US.ISO-8859-1 "$bundle" --help >/dev/null ||
    die "tracker --help misslyckades med en Latin-1-locale"
fi

say "Röktest: extract på en PDF"
sample=$(ls tests/data/samples/002_*.txt | head -n 1)
"$vpy" packaging/sample_pdf.py "$sample" "$tmp/sample.pdf" >/dev/null
run_min "$bundle" extract "$tmp/sample.pdf" --json >"$tmp/extract.json" 2>"$tmp/extract.err" || {
  cat "$tmp/extract.err" >&2; die "tracker extract misslyckades i paketet"; }
"$vpy" - "$tmp/extract.json" <<'EOF' || die "tracker extract gav inte väntad JSON"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["document"]["format"] == "pdf", data["document"]
assert data["document"]["pages"] >= 1, data["document"]
items = data["items"]
assert items, "inga punkter hittades"
meeting = data["meeting"]
print(f"    {data['document']['pages']} sidor, {len(items)} punkter, möte: "
      f"{meeting.get('body') or '?'} {meeting.get('date') or '?'}", file=sys.stderr)
EOF

gui_check() {  # $1 = executable; runs it 5 s offscreen, a timeout means it kept running
  local exe=$1 rc=0
  # LANG: a desktop session always has a UTF-8 locale (Qt complains without one).
  timeout 5 env -i HOME="$tmp/home" PATH=/nonexistent LANG=C.UTF-8 \
    TRACKER_DATA_DIR="$tmp/data" QT_QPA_PLATFORM=offscreen "$exe" \
    >"$tmp/gui.out" 2>"$tmp/gui.err" || rc=$?
  if [ "$rc" -ne 124 ] && [ "$rc" -ne 0 ]; then
    cat "$tmp/gui.err" >&2
    die "programfönstret ($(basename "$exe")) avslutades med kod $rc"
  fi
  # Still running is not enough: an error dialog keeps the program alive too.  The
  # window logs to balanslistan.log in the data folder.
  if grep -q -s -E "Traceback|ImportError|ModuleNotFoundError" "$tmp/gui.err" \
      "$tmp"/data/*.log; then
    cat "$tmp/gui.err" "$tmp"/data/*.log >&2 2>/dev/null || true
    die "programfönstret ($(basename "$exe")) rapporterade ett fel"
  fi
  say "    $(basename "$exe"): fönstret startade"
}
if [ "${SKIP_GUI_CHECK:-}" = "1" ]; then
  say "Röktest av fönstret hoppas över (SKIP_GUI_CHECK=1)"
elif [ -f tracker/gui/app.py ]; then
  say "Röktest: programfönstret (offscreen)"
  gui_check "$bundle"
  if [ -x "$tmp/bundle/balanslistan" ]; then gui_check "$tmp/bundle/balanslistan"; fi
else
  say "tracker/gui/app.py finns inte ännu: fönstret testas inte"
fi

# --- Figures --------------------------------------------------------------------------
size=$(du -sh dist/tracker | cut -f1)
size_mb=$(( $(du -sk dist/tracker | cut -f1) / 1024 ))
[ "$size_mb" -lt 250 ] || die "paketet är $size_mb MB, gränsen är 250 MB"
say "Klart: $repo/dist/tracker"
echo "version: $version"
echo "bundle_size: $size"
echo "bundle_size_mb: $size_mb"
echo "pyinstaller_seconds: $pyi_seconds"
echo "build_seconds: $(( $(date +%s) - start ))"
