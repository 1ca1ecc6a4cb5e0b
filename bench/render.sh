#!/usr/bin/env bash
# bench/render.sh: times `jmap build` for every view and output format on an example and
# on the generated journeys of the size tests (20 stages; 6 stages x 30 steps), best of
# 3 runs, with the peak memory. Prints a table. Targets: any single SVG under 0.5 s and
# 100 MB; the HTML page of an example under 0.5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
jmap=${JMAP:-build/jmap}
[ -x "$jmap" ] || make build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tests/tools/gen_journey.py 20 3 "$work/wide.yaml"
python3 tests/tools/gen_journey.py 6 30 "$work/long.yaml"
cp examples/ecommerce-first-order.yaml "$work/example.yaml"
cp -r examples/catalog "$work/" 2>/dev/null || true

# measure FILE ARGS...: best wall time of 3 runs and the peak RSS of the last, via GNU time.
measure() {
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$jmap" build "$@" >/dev/null 2>&1
    read -r took kb <"$work/time"
    if [ -z "$best" ] || awk -v a="$took" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$took; fi
    rss=$kb
  done
  printf '%6.2f s %6.1f MB' "$best" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

printf '%-22s %-10s %-6s %s\n' journey view format "time, peak memory"
for journey in example wide long; do
  for view in map blueprint flow; do
    for format in svg png pdf; do
      printf '%-22s %-10s %-6s %s\n' "$journey" "$view" "$format" \
        "$(measure "$work/$journey.yaml" --view "$view" -o "$work/out.$format")"
    done
  done
  printf '%-22s %-10s %-6s %s\n' "$journey" page html "$(measure "$work/$journey.yaml" -o "$work/out.html")"
done
