#!/usr/bin/env bash
# Installs the system libraries Qt's xcb platform plugin (and offscreen rendering) needs,
# and Tesseract with its Swedish model for scanned PDFs (OCR), on Debian/Ubuntu, when they
# are missing and we are root. Prints what to do otherwise.
# Usage: scripts/system-deps.sh [extra-package ...]
set -euo pipefail

pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
      libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
      tesseract-ocr tesseract-ocr-swe
      "$@")

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to do here

missing=()
for p in "${pkgs[@]}"; do
  # Some names differ between releases (e.g. libglib2.0-0t64); accept either.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" && continue
  dpkg-query -W -f='${Status}' "${p}t64" 2>/dev/null | grep -q "ok installed" && continue
  missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Saknade systempaket (Qt, textigenkänning): ${missing[*]}" >&2
  echo "Installera dem med: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
for p in "${missing[@]}"; do
  # Install one by one so that a name this release lacks does not stop the others.
  apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 ||
    apt-get install -y -qq --no-install-recommends "${p}t64" >/dev/null 2>&1 ||
    echo "Kunde inte installera $p (finns kanske inte i denna version)" >&2
done
