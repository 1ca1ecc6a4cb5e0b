# lint walks folders for *.yaml and *.yml in sorted order, skips hidden entries, reads
# catalogues as catalogues, and maps findings to exit codes 0 / 1 (--strict: warnings).
source "$(dirname "$0")/lib.sh"

root=$(new_project tree)
mkdir -p "$root/journeys/sub" "$root/.hidden"
write_journey "$root/journeys/b.yaml"
write_journey "$root/journeys/sub/a.yml"
write_catalogue "$root/journeys/catalogue.yaml"
echo "title: [" >"$root/.hidden/broken.yaml"
echo "not yaml at all: [" >"$root/journeys/notes.txt"
run lint "$root"
expect_status 0
expect_in "$WORK/err" "jmap: 3 files checked: no findings"

# A warning: exit 0, or 1 with --strict.
sed -i 's/    objective: Customers find what they need//' "$root/journeys/b.yaml"
run lint "$root/journeys"
expect_status 0
expect_in "$WORK/out" "b.yaml:6:9: warning: stage 'visit' has no objective [stage-without-objective]"
run lint --strict "$root/journeys"
expect_status 1

# An error: exit 1. Files come in sorted order.
echo "bogus: 1" >>"$root/journeys/sub/a.yml"
run lint "$root/journeys"
expect_status 1
b_line=$(grep -n "b.yaml" "$WORK/out" | head -1 | cut -d: -f1)
a_line=$(grep -n "sub/a.yml" "$WORK/out" | head -1 | cut -d: -f1)
[ "$b_line" -lt "$a_line" ] || fail "files are not in sorted order"
expect_in "$WORK/out" "sub/a.yml:15:1: error: unknown key 'bogus' in the journey"

# A folder with no journey in it is a usage problem (exit 2), not "0 files checked".
mkdir -p "$WORK/empty/.hidden" "$WORK/empty/sub"
echo "title: T" >"$WORK/empty/.hidden/a.yaml"
echo "notes" >"$WORK/empty/sub/readme.txt"
run lint "$WORK/empty"
expect_status 2
expect_in "$WORK/err" "no *.yaml or *.yml files in '$WORK/empty'"

# A file reached twice is checked once, where it was first seen.
sed -i '/^bogus: 1$/d' "$root/journeys/sub/a.yml"
run lint -f junit "$root/journeys/b.yaml" "$root/journeys" "$root/journeys/./b.yaml"
expect_status 0
[ "$(grep -c '<testcase' "$WORK/out")" -eq 3 ] || fail "a file linted twice: $(grep '<testcase' "$WORK/out")"
expect_in "$WORK/err" "jmap: 3 files checked"
first=$(grep -m1 '<testcase' "$WORK/out" | grep -o ' name="[^"]*"')
[ "$first" = " name=\"$root/journeys/b.yaml\"" ] || fail "first-seen order: $first"
run lint -f sarif "$root/journeys/b.yaml" "$root/journeys/b.yaml"
[ "$(grep -c '"ruleId": "stage-without-objective"' "$WORK/out")" -eq 1 ] || fail "SARIF results duplicated"
echo "ok"
