#!/usr/bin/env bash
# bench/lint.sh [COUNT] [SETS]: makes COUNT realistic journey files (default 1000) and times
# `jmap lint` on them against `yamllint -d relaxed` (Debian's yamllint) in the same run.
# SETS: "small" (copies of bench/small-journey.yaml), "examples" or both (the default).
# Prints the figures and the ratio. Target: 1,000 files in under 0.23 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
jmap=${JMAP:-build/jmap}
[ -x "$jmap" ] || make build >/dev/null
command -v yamllint >/dev/null || {
  echo "bench: installing yamllint (Debian)"
  if [ "$(id -u)" -ne 0 ]; then sudo apt-get install -y -qq yamllint >/dev/null; else apt-get install -y -qq yamllint >/dev/null; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best of N runs, in microseconds
best_of() {
  local runs=$1
  shift
  local best=""
  for ((r = 0; r < runs; r++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    local took=$(((end - start) / 1000))
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
  done
  echo "$best"
}
seconds() { printf '%d.%03d s' $(($1 / 1000000)) $(($1 / 1000 % 1000)); }

# bench_set NAME SOURCE...: COUNT copies of the sources (titles varied), both linters.
bench_set() {
  local name=$1
  shift
  local sources=("$@") dir="$work/$name"
  mkdir -p "$dir/.git" "$dir/journeys/catalog"
  cp examples/catalog/shared.yaml "$dir/journeys/catalog/"
  for ((i = 0; i < count; i++)); do
    sed "s/^title: \(.*\)$/title: \1 (variant $i)/" "${sources[i % ${#sources[@]}]}" >"$dir/journeys/journey-$i.yaml"
  done
  local bytes jmap_us yamllint_us
  bytes=$(cat "$dir"/journeys/journey-*.yaml | wc -c)
  jmap_us=$(best_of 5 "$jmap" lint -f gcc "$dir/journeys")
  yamllint_us=$(best_of 1 yamllint -d relaxed "$dir/journeys")
  echo "== $name: $count files, $((bytes / count)) bytes each on average, $(nproc) cores"
  echo "jmap lint:  $(seconds "$jmap_us") (best of 5)"
  echo "yamllint:   $(seconds "$yamllint_us") (-d relaxed, one run)"
  echo "ratio:      $((yamllint_us / (jmap_us > 0 ? jmap_us : 1)))x"
}

sets=${2:-small examples}
[[ " $sets " != *" small "* ]] || bench_set small bench/small-journey.yaml
[[ " $sets " != *" examples "* ]] || bench_set examples examples/*.yaml
