#!/usr/bin/env bash
# Installs the Debian packages jmap needs to build and test. Idempotent: quiet and
# quick when everything is there; otherwise one `apt-get update` and one install.
# Usage: ./setup.sh [build|test]   (test adds what the test suite drives)
set -euo pipefail

build_packages=(
  make cmake ninja-build g++ pkg-config
  libyaml-dev libcli11-dev libfmt-dev doctest-dev nlohmann-json3-dev
  libgraphviz-dev graphviz fonts-dejavu-core
)
test_packages=(libxml2-utils)

wanted=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then wanted+=("${test_packages[@]}"); fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo=(sudo)
fi
echo "setup.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
