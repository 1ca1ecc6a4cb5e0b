# build --watch and lint --watch: a change to the journey or to an imported file runs
# again, a broken file is reported and watched on, SIGINT ends with exit 0.
source "$(dirname "$0")/lib.sh"

project=$(new_project "watch")
write_catalogue "$project/people.yaml"
write_journey "$project/j.yaml" people.yaml
cd "$project"

# wait_for FILE TEXT: polls until FILE holds TEXT (seconds, not a speed test).
wait_for() {
  for _ in $(seq 1 150); do
    grep -qF -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "timed out waiting for '$2' in $(basename "$1"): $(cat "$1" 2>/dev/null)"
}
count() { grep -cF -- "$2" "$1" || true; }

"$JMAP" build j.yaml -o map.svg --watch >"$WORK/out" 2>"$WORK/err" &
watcher=$!
trap 'kill $watcher 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_for "$WORK/err" "built map.svg"
grep -qE '^jmap: [0-9]{2}:[0-9]{2}:[0-9]{2} built map.svg \([0-9.]+ s\)$' "$WORK/err" || fail "the build line's shape"
expect_in map.svg "Small journey"

# An edit saved in place.
sed -i 's/title: Small journey/title: Edited journey/' j.yaml
wait_for map.svg "Edited journey"
wait_for "$WORK/err" "built map.svg" && [ "$(count "$WORK/err" "built map.svg")" -ge 2 ] || fail "no second build line"

# An editor that saves by writing a new file and renaming it over the old one.
sed 's/title: Edited journey/title: Renamed journey/' j.yaml >j.yaml.tmp && mv j.yaml.tmp j.yaml
wait_for map.svg "Renamed journey"

# A change to the imported catalogue rebuilds too.
sed -i 's/name: Shopper/name: Window shopper/' people.yaml
wait_for map.svg "Window shopper"

# A broken journey: the error and a "not built" line; the watcher keeps going.
echo "stages: [" >>j.yaml
wait_for "$WORK/err" "j.yaml not built: 1 error"
kill -0 $watcher 2>/dev/null || fail "the watcher stopped after an error"
expect_in map.svg "Window shopper"   # the last good map stays
# Fixed again: built again.
before=$(count "$WORK/err" "built map.svg")
sed -i '$d' j.yaml
for _ in $(seq 1 150); do [ "$(count "$WORK/err" "built map.svg")" -gt "$before" ] && break; sleep 0.1; done
[ "$(count "$WORK/err" "built map.svg")" -gt "$before" ] || fail "no build after the fix"

# Files that are not inputs do not start a build.
builds=$(grep -c '^jmap: [0-9:]* ' "$WORK/err")
echo "unrelated" >notes.txt
sleep 0.5
[ "$(grep -c '^jmap: [0-9:]* ' "$WORK/err")" -eq "$builds" ] || fail "a change to notes.txt started a build"

kill -INT $watcher
set +e
wait $watcher
status=$?
set -e
[ "$status" -eq 0 ] || fail "build --watch exited $status on SIGINT"
expect_in "$WORK/err" "stopped watching"

# lint --watch: one summary line per run, SIGTERM ends it with 0.
"$JMAP" lint j.yaml --watch >"$WORK/lint.out" 2>"$WORK/lint.err" &
watcher=$!
wait_for "$WORK/lint.err" "1 file checked"
echo "  - id: extra" >>people.yaml   # a persona without a name: an error in the import
wait_for "$WORK/lint.err" "error"
wait_for "$WORK/lint.out" "people.yaml"
kill -TERM $watcher
set +e
wait $watcher
status=$?
set -e
[ "$status" -eq 0 ] || fail "lint --watch exited $status on SIGTERM"
echo "ok"
