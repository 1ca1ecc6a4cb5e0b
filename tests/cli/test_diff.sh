# `jmap diff OLD NEW`: one fixture pair per kind of change (tests/data/diff, each a copy
# of base.yaml changed one way), the exact human lines; Markdown as GitHub renders it
# (cmark-gfm); JSON read by python3; REV:path through a git repository made here;
# an invalid side stops the diff with its finding's position and exit 1.
source "$(dirname "$0")/lib.sh"
D="$DATA/diff"

# expect_lines FILE: every line of stdin is a whole line of FILE.
expect_lines() {
  while IFS= read -r line; do
    grep -qxF -- "$line" "$1" || fail "expected the line '$line' in $(basename "$1")"
  done
}

run diff "$D/base.yaml" "$D/base.yaml"
expect_status 0
expect_in "$WORK/out" "No changes."

run diff "$D/base.yaml" "$D/steps.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
Stage notice "Notice"
  - removed  step read-policy "Reads the policy"
Stage resolve "Resolution"
  ~ renamed  stage resolve "Resolution": "Resolve" -> "Resolution"
  > moved    stage resolve "Resolution": position 3 -> 2
  > moved    step send-photo "Sends a photo": stage contact -> stage resolve
  + added    step rate "Rates the help"
  ~ renamed  step call "Calls the support line": "Calls the line" -> "Calls the support line"
6 changes: 1 added, 1 removed, 4 changed
LINES
[ -s "$WORK/err" ] && fail "a clean pair printed findings"

run diff "$D/base.yaml" "$D/emotion.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
  ~ changed  emotion at step call for busy: 1 (frustrated) -> 3 (neutral), +2
  ~ changed  emotion at step call for careful: 3 (neutral) -> 2 (unhappy), -1
  ~ changed  emotion at step refund for busy: 4 (happy) -> 5 (delighted), +1
4 changes: 0 added, 0 removed, 4 changed
LINES

run diff "$D/base.yaml" "$D/pains.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
  - resolved pain no-path "No way to report from the order": severity medium
  - removed  opportunity report-button "A report button on every order": addresses no-path
  ~ changed  pain "Nobody says how long it takes": severity low -> high
  ~ changed  pain long-queue "Eleven minutes in the queue": severity high -> medium
  + added    pain repeat-order "Repeats the order number to every agent": severity high
  + added    opportunity call-back "Offer a call back": addresses long-queue, repeat-order
LINES

run diff "$D/base.yaml" "$D/kpis.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
  ~ changed  funnel: reached 950 -> 1010, +60
  ~ changed  kpi first-contact "Solved at first contact": target 80% -> 75%, -5
  ~ changed  kpi first-contact "Solved at first contact": actual 64% -> 82%, +18
  ~ changed  kpi first-contact "Solved at first contact": status missed -> met
LINES

run diff "$D/base.yaml" "$D/catalogue.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
Journey
  ~ changed  title: "Report a damaged parcel" -> "Report a damaged parcel in the app"
  ~ changed  state: current -> future
  + added    persona first-timer "First-time buyer"
  + added    touchpoint app "Mobile app"
  - removed  touchpoint phone "Phone line"
LINES

# The current and the future state of one journey.
run diff "$D/current.yaml" "$D/future.yaml"
expect_status 0
expect_lines "$WORK/out" <<'LINES'
  + added    step report-in-app "Reports it in the app"
  - removed  step read-policy "Reads the policy"
  - resolved pain long-queue "Eleven minutes in the queue": severity high
17 changes: 2 added, 4 removed, 11 changed
LINES

# Colour only when asked: --color always tints the signs, never (and NO_COLOR) does not.
run diff "$D/base.yaml" "$D/steps.yaml" --color always
grep -q $'\033\\[32m+ added' "$WORK/out" || fail "--color always did not colour an added line"
run diff "$D/base.yaml" "$D/steps.yaml"
expect_not_in "$WORK/out" $'\033['

# Markdown: a pull-request comment, as GitHub renders it.
run diff "$D/current.yaml" "$D/future.yaml" -f markdown -o "$WORK/changes.md"
expect_status 0
[ -s "$WORK/out" ] && fail "-o wrote to stdout too"
cmark-gfm --extension table "$WORK/changes.md" >"$WORK/changes.html"
expect_in "$WORK/changes.html" "<h3>Stage notice &quot;Notice&quot;</h3>"
expect_in "$WORK/changes.html" "<th>Change</th>"
expect_in "$WORK/changes.html" "<td>resolved</td>"
expect_in "$WORK/changes.html" "<td>pain long-queue &quot;Eleven minutes in the queue&quot;</td>"
expect_in "$WORK/changes.html" "<td>step report-in-app &quot;Reports it in the app&quot;</td>"
expect_in "$WORK/changes.html" "<td>kpi first-contact &quot;Solved at first contact&quot;</td>"
expect_in "$WORK/changes.html" "<td>status missed -&gt; met</td>"
expect_in "$WORK/changes.html" "<strong>17 changes</strong>"

# JSON: the model, every key in place.
run diff "$D/current.yaml" "$D/future.yaml" -f json
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "the JSON diff is not what it should be"
import json, sys
doc = json.load(open(sys.argv[1]))
assert list(doc) == ["old", "new", "summary", "changes"], list(doc)
assert doc["summary"] == {"changes": 17, "added": 2, "removed": 4, "changed": 11}, doc["summary"]
keys = ["kind", "item", "id", "name", "matched_by", "stage", "step", "persona", "field", "old", "new", "delta", "old_at", "new_at"]
assert all(list(c) == keys for c in doc["changes"])
pain = next(c for c in doc["changes"] if c["item"] == "pain" and c["id"] == "long-queue")
assert pain["kind"] == "removed" and pain["stage"] == "contact" and pain["new_at"] is None, pain
assert pain["old_at"]["file"].endswith("current.yaml") and pain["old_at"]["line"] > 0, pain
flip = next(c for c in doc["changes"] if c["field"] == "status")
assert (flip["old"], flip["new"]) == ("missed", "met"), flip
mood = next(c for c in doc["changes"] if c["item"] == "emotion" and c["step"] == "refund")
assert mood["persona"] == "busy" and mood["delta"] == 1, mood
PY

# REV:path: the old state from a commit of a repository made here; imports resolve in
# the working tree.
repo="$WORK/repo"
mkdir -p "$repo/journeys"
cp "$D/current.yaml" "$repo/journeys/journey.yaml"
git -C "$repo" init -q
git -C "$repo" -c user.name=t -c user.email=t@example.com add -A
git -C "$repo" -c user.name=t -c user.email=t@example.com commit -qm current
cp "$D/future.yaml" "$repo/journeys/journey.yaml"
(cd "$repo" && "$JMAP" diff HEAD:journeys/journey.yaml journeys/journey.yaml) >"$WORK/out" 2>"$WORK/err" ||
  fail "diff of HEAD:path failed"
expect_in "$WORK/out" "HEAD:journeys/journey.yaml -> journeys/journey.yaml"
expect_in "$WORK/out" "17 changes: 2 added, 4 removed, 11 changed"
(cd "$repo/journeys" && "$JMAP" diff HEAD:./journey.yaml journey.yaml -f json) >"$WORK/out" 2>"$WORK/err" ||
  fail "diff of HEAD:./path (relative to here) failed"
expect_in "$WORK/out" '"file": "HEAD:./journey.yaml"'
# An import of the old state resolves in the working tree; a finding names REV:path.
printf 'jmap: 1\npersonas: [{id: extra, name: Extra}]\n' >"$repo/journeys/catalogue.yaml"
sed 's/^title:/imports: [catalogue.yaml]\ntitle:/; s/emotion: {busy: 2, careful: 2}/emotion: {busy: 2, carefull: 2}/' \
  "$D/current.yaml" >"$repo/journeys/journey.yaml"
git -C "$repo" -c user.name=t -c user.email=t@example.com commit -qam broken
cp "$D/future.yaml" "$repo/journeys/journey.yaml"
set +e
(cd "$repo" && "$JMAP" diff HEAD:journeys/journey.yaml journeys/journey.yaml) >"$WORK/out" 2>"$WORK/err"
STATUS=$?
set -e
expect_status 1
grep -q '^HEAD:journeys/journey.yaml:[0-9]*:[0-9]*: error: .*carefull' "$WORK/err" || fail "no finding at REV:path:line:col"
expect_not_in "$WORK/err" "import"
expect_in "$WORK/err" "jmap: HEAD:journeys/journey.yaml not compared: 1 error"
set +e
(cd "$repo" && "$JMAP" diff HEAD~5:journeys/journey.yaml journeys/journey.yaml) >"$WORK/out" 2>"$WORK/err"
STATUS=$?
set -e
expect_status 2
expect_in "$WORK/err" "jmap: error: cannot read 'HEAD~5:journeys/journey.yaml' from git"

# An invalid side: its finding with the position, exit 1 as build does, no diff printed.
run diff "$D/base.yaml" "$D/invalid.yaml"
expect_status 1
expect_in "$WORK/err" "invalid.yaml:52:28: error: the emotion of step 'send-photo' names unknown persona 'carefull'"
expect_in "$WORK/err" "not compared"
[ -s "$WORK/out" ] && fail "an invalid side still printed a diff"
run diff "$D/base.yaml" "$WORK/missing.yaml"
expect_status 2
run diff "$D/base.yaml" "$D/steps.yaml" -f yaml
expect_status 2

# The completion scripts list the command (they read CLI11's table).
run completion bash
grep -q "compgen -W '[a-z ]* diff [a-z ]*'" "$WORK/out" || fail "the bash completion does not list diff"
expect_in "$WORK/out" "    diff)"
echo "ok"
