#!/usr/bin/env bash
# bench/run.sh [SIZES...]: every figure of issue 12 in one run. The scaling table (lint and
# each view x text format at 500, 5,000 and 50,000 steps: seconds, peak MiB, growth per 10x),
# jmap build of the e-commerce example to SVG against `dot -Tsvg` on jmap's own DOT (median of
# alternating runs), lint of 1,000 files against yamllint (bench/lint.sh), and mmdc on the
# equivalent Mermaid journey (the test tools' Mermaid CLI, or `mmdc` on PATH). BENCH_TIMEOUT (seconds, default 300)
# stops one measurement that runs too long; it is printed as such. BENCH_ARGS are added to
# every jmap command of the table; by default they raise the limits that the generated
# 50,000-step journey passes (26 MB, 1.4 million YAML nodes). Figures, never assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
jmap=${JMAP:-build/jmap}
[ -x "$jmap" ] || make build >/dev/null
limit=${BENCH_TIMEOUT:-300}
read -r -a extra <<<"${BENCH_ARGS:---max-file-size 64M --max-nodes 4000000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F)"

# shape STEPS: stages x steps per stage for a generated journey of STEPS steps.
shape() {
  case $1 in
    500) echo "10 50" ;;
    5000) echo "50 100" ;;
    50000) echo "100 500" ;;
    *) echo "$(($1 / 100 > 0 ? $1 / 100 : 1)) 100" ;;
  esac
}

# timed OUTFILE CMD...: runs CMD under GNU time; prints "seconds KiB" or "timeout" / "failed".
# A run under 2 s is run three times and the median time printed (with the largest peak): one
# run of 0.08 s, timed to a hundredth, moved a growth ratio by a whole 1x.
timed() {
  local out=$1
  shift
  local times=() peak=0 rc start end elapsed memory
  for _ in 1 2 3; do
    rc=0
    start=$(date +%s%N)
    timeout "$limit" /usr/bin/time -f "%M" -o "$out" "$@" >/dev/null 2>"$work/stderr" || rc=$?
    end=$(date +%s%N)
    if [ "$rc" -eq 124 ]; then echo timeout; return; elif [ "$rc" -ne 0 ]; then echo "failed($rc)"; return; fi
    elapsed=$(((end - start) / 1000000))
    times+=("$elapsed")
    memory=$(tail -n 1 "$out")
    [ "$memory" -gt "$peak" ] && peak=$memory
    [ "$elapsed" -ge 2000 ] && break
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  awk -v ms="$median" -v kib="$peak" 'BEGIN { printf "%.3f %d\n", ms / 1000, kib }'
}

# growth A B: B / A as "12.3x", or "-" when either is not a figure.
growth() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b ~ /^[0-9.]+$/) printf "%.1fx", b / a; else printf "-" }'
}

scaling_table() {
  local sizes=("$@") size
  for size in "${sizes[@]}"; do
    # shellcheck disable=SC2046
    python3 tests/tools/gen_journey.py $(shape "$size") "$work/j$size.yaml"
  done
  echo
  echo "== scaling (generated journeys; growth = this size's figure / the previous size's)"
  printf '%-15s %7s %9s %9s %7s %7s\n' case steps seconds MiB "time x" "mem x"
  local cases=("lint" "map svg" "map dot" "blueprint svg" "blueprint dot" 
    "flow svg" "flow dot" "page html" "map png" "map pdf")
  local name
  for name in "${cases[@]}"; do
    local prev_s="" prev_m=""
    for size in "${sizes[@]}"; do
      local view=${name% *} format=${name#* } result
      if [ "$name" = lint ]; then
        result=$(timed "$work/time" "$jmap" lint -f gcc "${extra[@]}" "$work/j$size.yaml")
      elif [ "$view" = page ]; then
        result=$(timed "$work/time" "$jmap" build "${extra[@]}" "$work/j$size.yaml" -o "$work/out.$format")
      else
        result=$(timed "$work/time" "$jmap" build "${extra[@]}" "$work/j$size.yaml" --view "$view" -o "$work/out.$format")
      fi
      if [[ $result =~ ^[0-9.]+\ [0-9]+$ ]]; then
        local s=${result% *} m
        m=$(awk -v k="${result#* }" 'BEGIN { printf "%.0f", k / 1024 }')
        printf '%-15s %7s %9s %9s %7s %7s\n' "$name" "$size" "$s" "$m" "$(growth "$prev_s" "$s")" "$(growth "$prev_m" "$m")"
        prev_s=$s prev_m=$m
      else
        printf '%-15s %7s %9s   %s\n' "$name" "$size" "$result" "$(head -c 160 "$work/stderr" | tr '\n' ' ')"
        prev_s="" prev_m=""
      fi
    done
  done
}

# median_of N CMD...: median wall time in microseconds of N runs.
median_of() {
  local runs=$1
  shift
  local times=()
  for ((r = 0; r < runs; r++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

against_dot() {
  local example=examples/ecommerce-first-order.yaml runs=11 jmap_times=() dot_times=()
  "$jmap" build "$example" -o "$work/map.dot"
  for ((r = 0; r < runs; r++)); do # alternating, so a busy moment hits both
    jmap_times+=("$(median_of 1 "$jmap" build "$example" -o "$work/map.svg")")
    dot_times+=("$(median_of 1 dot -Tsvg "$work/map.dot" -o "$work/dot.svg")")
  done
  local j d
  j=$(printf '%s\n' "${jmap_times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  d=$(printf '%s\n' "${dot_times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo
  echo "== jmap build $example -o map.svg against dot -Tsvg on its DOT (median of $runs alternating runs)"
  awk -v j="$j" -v d="$d" 'BEGIN { printf "jmap: %.3f s   dot: %.3f s   ratio jmap/dot: %.2f (target <= 0.5)\n", j / 1e6, d / 1e6, j / d }'
}

against_mmdc() {
  echo
  # The Mermaid CLI of the test tools (tests/node, `./setup.sh test`), with Debian's chromium.
  local mmdc=(mmdc)
  if [ -x tests/node/node_modules/.bin/mmdc ]; then
    mmdc=(tests/node/node_modules/.bin/mmdc -p tests/node/puppeteer-config.json)
  elif ! command -v mmdc >/dev/null; then
    echo "== mmdc: not installed (./setup.sh test installs it), skipped"
    return
  fi
  cat >"$work/journey.mmd" <<'MMD'
journey
  title First order in the online shop
  section Discover
    See an advert: 4: Shopper
    Open the shop: 4: Shopper
    Browse the catalogue: 3: Shopper
  section Choose
    Compare two products: 3: Shopper
    Read reviews: 4: Shopper
    Pick a size: 2: Shopper
  section Buy
    Add to basket: 4: Shopper
    Create an account: 1: Shopper
    Pay: 2: Shopper
MMD
  local j m
  j=$(median_of 3 "$jmap" build examples/ecommerce-first-order.yaml -o "$work/map.svg")
  m=$(median_of 3 "${mmdc[@]}" -i "$work/journey.mmd" -o "$work/mmdc.svg")
  echo "== jmap build against mmdc on an equivalent Mermaid journey (median of 3)"
  awk -v j="$j" -v m="$m" 'BEGIN { printf "jmap: %.3f s   mmdc: %.3f s   jmap is %.0fx faster (target >= 250x)\n", j / 1e6, m / 1e6, m / j }'
}

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 5000 50000)
scaling_table "${sizes[@]}"
against_dot
against_mmdc
echo
if command -v yamllint >/dev/null; then
  JMAP=$jmap bench/lint.sh 1000 small
else
  echo "== yamllint: not installed, skipped (bench/lint.sh installs it)"
fi
