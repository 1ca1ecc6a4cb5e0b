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
echo "ok"
