#!/usr/bin/env bash
# jmap site at scale: a generated repository of N journeys (default 1,000) of 20 steps
# (4 stages of 5) sharing one catalogue, built into a site; then a rebuild with nothing
# changed, after touching one journey, and after touching the catalogue. Prints the
# figures (not a timed test). usage: bench/site.sh [N] [JOBS]   (JMAP=build/jmap)
set -euo pipefail
N=${1:-1000}
JOBS=${2:-2}
JMAP=${JMAP:-build/jmap}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"
mkdir -p "$REPO/catalog" "$REPO/.git"
cat >"$REPO/catalog/shared.yaml" <<'YAML'
jmap: 1
personas:
  - {id: shopper, name: Shopper, description: Buys every week}
  - {id: newcomer, name: Newcomer, description: First order}
touchpoints:
  - {id: app, name: App, channel: app, kind: digital, owner: Mobile team}
  - {id: store, name: Store, channel: in-person, kind: physical, owner: Retail}
  - {id: phone, name: Phone line, channel: phone, kind: human, owner: Care}
YAML
statuses=(draft in-review validated archived)
for ((j = 1; j <= N; ++j)); do
  dir="$REPO/area-$((j % 10))"
  mkdir -p "$dir"
  {
    echo "jmap: 1"
    echo "title: Generated journey $j"
    echo "owner: Team $((j % 7))"
    echo "status: ${statuses[j % 4]}"
    echo "updated: 2026-11-$(printf %02d $((1 + j % 28)))"
    echo "tags: [area-$((j % 10)), generated]"
    echo "imports: [../catalog/shared.yaml]"
    echo "stages:"
    for ((s = 1; s <= 4; ++s)); do
      echo "  - id: stage-$s"
      echo "    name: Stage $s"
      echo "    objective: Get through stage $s"
      echo "    kpis: [{id: kpi-$s, name: Completion $s, target: 50, actual: $((40 + (j + s) % 20)), unit: '%'}]"
      echo "    steps:"
      for ((t = 1; t <= 5; ++t)); do
        echo "      - id: s$s-$t"
        echo "        name: Step $s.$t of journey $j"
        echo "        personas: [$([ $((t % 2)) -eq 0 ] && echo shopper || echo shopper, newcomer)]"
        echo "        touchpoints: [$(echo app store phone | cut -d' ' -f$((1 + t % 3)))]"
        echo "        emotion: $((1 + (j + s + t) % 5))"
        if [ $(((s + t) % 4)) -eq 0 ]; then
          echo "        pains: [{id: pain-$s-$t, text: Something slows step $s.$t, severity: $( ((t % 2)) && echo high || echo medium)}]"
          [ $((j % 2)) -eq 0 ] && echo "        opportunities: [{text: Fix step $s.$t, addresses: [pain-$s-$t]}]"
        fi
      done
    done
  } >"$dir/journey-$j.yaml"
done
now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }
echo "jmap site: $N journeys of 20 steps sharing one catalogue, ninja -j $JOBS ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
t0=$(now); "$JMAP" site "$REPO" -o "$WORK/site" -j "$JOBS" 2>/dev/null; t1=$(now)
echo "  full build:                $(elapsed "$t0" "$t1") s ($(find "$WORK/site" -name '*.html' | wc -l) pages)"
t0=$(now); "$JMAP" site "$REPO" -o "$WORK/site" -j "$JOBS" 2>/dev/null; t1=$(now)
echo "  rebuild, nothing changed:  $(elapsed "$t0" "$t1") s"
sleep 1; touch "$REPO/area-1/journey-1.yaml"
echo "  after touching a journey:  $(ninja -C "$WORK/site" -n | grep -c 'JOURNEY') journeys and $(ninja -C "$WORK/site" -n | grep -c 'PAGES') page step planned"
t0=$(now); "$JMAP" site "$REPO" -o "$WORK/site" -j "$JOBS" 2>/dev/null; t1=$(now)
echo "                             $(elapsed "$t0" "$t1") s"
sleep 1; touch "$REPO/catalog/shared.yaml"
echo "  after touching the catalogue: $(ninja -C "$WORK/site" -n | grep -c 'JOURNEY') journeys planned (of $N)"
t0=$(now); "$JMAP" site "$REPO" -o "$WORK/site" --no-ninja 2>/dev/null; t1=$(now)
echo "  in-process (--no-ninja), everything: $(elapsed "$t0" "$t1") s"
