#!/usr/bin/env bash
# Installs the built bundle (dist/tracker from packaging/build.sh) on a Linux workstation
# with desktop integration: program folder, `tracker` on PATH, menu entry, icons in the
# hicolor theme and AppStream metadata.  Or removes all of it again.
#
# Usage: packaging/linux/install.sh [--prefix DIR] [--bundle DIR] [--uninstall]
#   --prefix DIR   where to install (default: /usr/local as root, ~/.local otherwise)
#   --bundle DIR   the one-folder bundle (default: dist/tracker of this checkout)
#   --uninstall    remove what an earlier install put under the prefix
# Layout under the prefix:
#   lib/balanslistan/            the bundle (tracker + _internal/)
#   bin/tracker                  symlink to lib/balanslistan/tracker
#   share/applications/se.balanslistan.Balanslistan.desktop
#   share/icons/hicolor/NxN/apps/balanslistan.png, scalable/apps/balanslistan.svg
#   share/metainfo/se.balanslistan.Balanslistan.metainfo.xml
# The users' databases are not touched (see README, "Installing on workstations").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
app_id=se.balanslistan.Balanslistan
sizes=(16 32 48 64 128 256)

if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
bundle="$repo/dist/tracker"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix behöver en mapp}"; shift 2 ;;
    --bundle) bundle="${2:?--bundle behöver en mapp}"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Okänt argument: $1 (se --help)" >&2; exit 2 ;;
  esac
done
prefix="$(mkdir -p "$prefix" && cd "$prefix" && pwd)"
libdir="$prefix/lib/balanslistan"
icons="$prefix/share/icons/hicolor"

refresh_caches() {
  # Menus and icon themes pick changes up by themselves eventually; these make it immediate.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -rf "$libdir"
  # Only remove the symlink if it is ours, never someone else's `tracker`.
  if [ -L "$prefix/bin/tracker" ] && [ "$(readlink "$prefix/bin/tracker")" = "$libdir/tracker" ]; then
    rm -f "$prefix/bin/tracker"
  fi
  rm -f "$prefix/share/applications/$app_id.desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
  for n in "${sizes[@]}"; do rm -f "$icons/${n}x${n}/apps/balanslistan.png"; done
  rm -f "$icons/scalable/apps/balanslistan.svg"
  refresh_caches
  echo "Balanslistan är borttaget från $prefix (databaserna finns kvar)."
  exit 0
fi

[ -x "$bundle/tracker" ] || {
  echo "Hittar inget byggt program i $bundle. Bygg först med packaging/build.sh." >&2; exit 1; }
res="$bundle/_internal/tracker/resources/icons"
[ -f "$res/balanslistan.svg" ] || { echo "Ikonerna saknas i $res." >&2; exit 1; }

# Copy into a fresh folder beside the old one, then swap, so a running program or a
# failed copy never leaves a half-installed bundle.
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$libdir.new"
cp -a "$bundle" "$libdir.new"
rm -rf "$libdir"
mv "$libdir.new" "$libdir"
ln -sfn "$libdir/tracker" "$prefix/bin/tracker"

# The menu entry runs the installed program by absolute path: ~/.local/bin is often not
# on the desktop session's PATH.
sed "s|^Exec=tracker\$|Exec=$libdir/tracker|" "$here/$app_id.desktop" \
  >"$prefix/share/applications/$app_id.desktop"
install -m 0644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
for n in "${sizes[@]}"; do
  install -D -m 0644 "$res/balanslistan-$n.png" "$icons/${n}x${n}/apps/balanslistan.png"
done
install -D -m 0644 "$res/balanslistan.svg" "$icons/scalable/apps/balanslistan.svg"
refresh_caches

echo "Balanslistan $("$libdir/tracker" --version | cut -d' ' -f2) är installerat i $libdir."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Obs: $prefix/bin finns inte i PATH; lägg till den för att starta med 'tracker'." ;;
esac
