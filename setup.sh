#!/usr/bin/env bash
# Installs the Debian packages jmap needs to build and test. Idempotent: quiet and
# quick when everything is there; otherwise one `apt-get update` and one install.
# Usage: ./setup.sh [build|test|fuzz]   (test adds what the test suite drives, fuzz clang)
set -euo pipefail

build_packages=(
  make cmake ninja-build g++ pkg-config
  libyaml-dev libcli11-dev libfmt-dev doctest-dev nlohmann-json3-dev libkainjow-mustache-dev
  libgraphviz-dev graphviz fonts-dejavu-core
  zlib1g-dev  # crc32 for the PNG chunk of --embed-source; deflate for the zip archive of `-o deck.pptx`
  libfontconfig-dev  # the header only: PNG/PDF ask fontconfig which characters no font draws
  libcairo2-dev librsvg2-dev  # headers only: a PDF of pages (--page) is cairo's, each page drawn by librsvg
  dpkg-dev    # dpkg-shlibdeps: the Depends of `make deb`
)
# The tests also drive: xmllint, Python's jsonschema (schema checks), pdftoppm and PIL (the
# PDF's page colour), openssl (the documented CSP hash command), npm (the SARIF tools,
# playwright-core), chromium (the browser test), bsdutils' `script` (a terminal for the colour test),
# lintian (the .deb test), man-db (`man -l` on the installed pages).
test_packages=(libxml2-utils python3 python3-jsonschema python3-yaml python3-pil poppler-utils openssl nodejs npm
  chromium bsdutils lintian man-db
  cmark-gfm  # cmark-gfm: GitHub's own Markdown renderer, to check that `-o journey.md` parses as GFM tables
  zsh fish  # zsh, fish: the completion scripts are parsed and run by their shells
  libreoffice-impress  # a real client for `-o deck.pptx`: test_pptx.sh converts each deck to PDF (soffice --headless)
  git  # git: `jmap diff REV:path` reads a revision's journey with git show (test_diff.sh makes a repository)
  # CJK, Arabic/Hebrew/Devanagari and emoji glyphs for the PNG of every script (test_glyphs.sh);
  # fonts-noto-cjk is the big one (56 MB download, 91 MB installed)
  fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji)

# `make fuzz`: clang and its libFuzzer runtime.
fuzz_packages=(clang libclang-rt-14-dev)

wanted=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then wanted+=("${test_packages[@]}"); fi
if [ "${1:-build}" = fuzz ]; then wanted+=("${fuzz_packages[@]}"); fi

cd "$(dirname "$0")"
missing=()
for pkg in "${wanted[@]}"; do
  # node and npm may come from elsewhere (NodeSource's nodejs bundles npm): a command is enough.
  case "$pkg" in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo=(sudo)
  fi
  echo "setup.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Test-only npm tools (tests/node/package-lock.json), once: the SARIF validator and
# playwright-core, which drives Debian's chromium in the browser test, and the Mermaid CLI
# (mermaid.render; puppeteer downloads no browser: tests/node/puppeteer-config.json
# points it at Debian's chromium).
# Reinstalled when the lockfile changes (a pinned version moved).
if [ "${1:-build}" = test ] && { [ ! -d tests/node/node_modules/@microsoft/sarif-multitool-linux ] ||
  [ ! -d tests/node/node_modules/playwright-core ] ||
  [ ! -x tests/node/node_modules/.bin/mmdc ] ||
  ! cmp -s tests/node/package-lock.json tests/node/node_modules/.package-lock.json.installed; }; then
  # A tool whose engines.node is newer than this Node.js fails here, by name, not mid-test.
  python3 tests/tools/check_node_engines.py tests/node/package-lock.json "$(node --version)" >/dev/null
  echo "setup.sh: installing the npm test tools (tests/node)"
  (cd tests/node && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  chmod u+x tests/node/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
  cp tests/node/package-lock.json tests/node/node_modules/.package-lock.json.installed
fi
