#!/usr/bin/env bash
# bench/lint.sh [COUNT]: makes COUNT realistic journey files (default 1000) and times
# `jmap lint` on them against `yamllint -d relaxed` (Debian's yamllint) in the same run.
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
mkdir -p "$work/.git" "$work/journeys/catalog"
cp examples/catalog/shared.yaml "$work/journeys/catalog/"
examples=(examples/*.yaml)
for ((i = 0; i < count; i++)); do
  source=${examples[i % ${#examples[@]}]}
  # Vary the title so that files differ; everything else is a real journey.
  sed "s/^title: \(.*\)$/title: \1 (variant $i)/" "$source" >"$work/journeys/journey-$i.yaml"
done
bytes=$(cat "$work"/journeys/*.yaml | wc -c)

# best of N runs, in seconds
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

jmap_us=$(best_of 5 "$jmap" lint -f gcc "$work/journeys")
yamllint_us=$(best_of 1 yamllint -d relaxed "$work/journeys")
echo "files:        $count ($((bytes / 1024)) KiB of YAML), $(nproc) cores"
printf 'jmap lint:    %d.%03d s (best of 5)\n' $((jmap_us / 1000000)) $((jmap_us / 1000 % 1000))
printf 'yamllint:     %d.%03d s (-d relaxed, one run)\n' $((yamllint_us / 1000000)) $((yamllint_us / 1000 % 1000))
echo "ratio:        $((yamllint_us / (jmap_us > 0 ? jmap_us : 1)))x faster"
"$jmap" lint -f gcc "$work/journeys" 2>&1 >/dev/null | tail -1
