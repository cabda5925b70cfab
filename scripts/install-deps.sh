#!/usr/bin/env bash
# Installs what Sagstjek needs on Debian 12 (bookworm), only the packages that are missing.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --test   build, run and test (sanitizers, fuzzers, real clients, the .deb checks)
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config ccache
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n fonts-dejavu-core libquazip1-qt6-dev libboost-math-dev qt6-charts-dev
  libsodium-dev libqt6sql6-psql libpq-dev
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    sqlite3 clang-format clang lld libfuzzer-14-dev libclang-rt-14-dev
    xvfb xauth imagemagick poppler-utils
    libreoffice-calc-nogui
    dpkg-dev desktop-file-utils appstream man-db file
    postgresql-15
  )
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo: need ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
