# Journeys that name each other: related journeys, a step's sub-journey, pains of another
# file addressed as PATH#ID. Each is checked as a reference (file, line, column, did you
# mean), loaded once and one level deep, and shown in every output; plus the metadata,
# the configurable statuses and the governance rules of .jmap.yaml.
source "$(dirname "$0")/lib.sh"
cd "$DATA/cross"

# A good pair: both lint clean, and the today file's pains count as addressed by the
# future file's opportunities (no pain-without-opportunity for them).
run lint --strict future.yaml today.yaml
expect_status 0
run lint -f json today.yaml
expect_not_in "$WORK/out" "pain-without-opportunity"

# The depfile lists every journey file read: the related one and the sub-journey, once.
run build future.yaml -o "$WORK/future.svg" --depfile "$WORK/future.d"
expect_status 0
expect_in "$WORK/future.d" "today.yaml"
expect_in "$WORK/future.d" "sub/refund.yaml"
[ "$(grep -o 'today.yaml' "$WORK/future.d" | wc -l)" -eq 2 ] || fail "today.yaml should be in the depfile once (and its empty rule)"

# An unknown file: the path's finding, with the nearest journey file of that folder.
run lint unknown-file.yaml
expect_status 1
expect_in "$WORK/out" "unknown-file.yaml:12:18: error: step 'start' opens journey 'sub/refnd.yaml' does not exist (did you mean 'sub/refund.yaml'?) [unknown-reference]"
expect_in "$WORK/out" "unknown-file.yaml:15:25: error: an opportunity's 'addresses' names pain 'wait-for-agent' in 'todya.yaml', which does not exist (did you mean 'today.yaml'?) [unknown-reference]"

# An unknown pain id: did you mean over the target's pain ids; a catalogue is no journey.
run lint unknown-pain.yaml
expect_status 1
expect_in "$WORK/out" "unknown-pain.yaml:15:25: error: an opportunity's 'addresses' names unknown pain 'wait-for-agnt' in 'today.yaml' (did you mean 'wait-for-agent'?) [unknown-reference]"
expect_in "$WORK/out" "unknown-pain.yaml:3:24: error: related journey 'catalogue.yaml' is not a journey"
run lint -f json unknown-pain.yaml
expect_in "$WORK/out" '"hint": "known pain ids there: wait-for-agent, repeat-story"'


# A journey related to itself, or opening itself.
run lint self.yaml
expect_status 1
expect_in "$WORK/out" "self.yaml:3:11: error: related journey 'self.yaml' is this journey itself [bad-value]"
expect_in "$WORK/out" "opens journey './self.yaml' is this journey itself [bad-value]"

# A cycle of related files and sub-journeys ends: each file is read one level deep.
run lint --strict cycle-a.yaml cycle-b.yaml
expect_status 0
run build cycle-a.yaml -o "$WORK/cycle.html"
expect_status 0
expect_in "$WORK/cycle.html" 'href="cycle-b.html">Cycle B</a>'

# The HTML page: the metadata line, related journeys, the sub-journey, the pain of the
# other file with its number and text, and the anchors other pages link to.
run build future.yaml -o "$WORK/future.html"
expect_status 0
expect_in "$WORK/future.html" '<span class="status status-in-review">In review</span>'
expect_in "$WORK/future.html" '<span>Owner: Care</span>'
expect_in "$WORK/future.html" '<time datetime="2026-11-02">2026-11-02</time>'
expect_in "$WORK/future.html" '<span class="tag">pilot</span>'
expect_in "$WORK/future.html" '<li><a href="today.html">Support today</a> <span class="muted">— The current state</span></li>'
expect_in "$WORK/future.html" '↳ opens: <a href="sub/refund.html">Refund</a>'
expect_in "$WORK/future.html" 'Addresses <a href="today.html#pain-wait-for-agent">P1 · Customers wait a day for an answer</a> in Support today'
expect_in "$WORK/future.html" 'Addresses <a href="./today.html#pain-repeat-story">P2 · Callers repeat the whole story</a> in Support today'
expect_in "$WORK/future.html" '<span class="anchor" id="pain-bot-only"></span>'
run build today.yaml -o "$WORK/today.html"
expect_status 0
expect_in "$WORK/today.html" '<span class="anchor" id="pain-wait-for-agent"></span>'
expect_in "$WORK/today.html" 'Addressed by <a href="future.html">Show the place in the queue</a> in Support tomorrow'
run build sub/refund.yaml -o "$WORK/refund.html"
expect_in "$WORK/refund.html" '<a href="../today.html">Support today</a>'

# Markdown and the model JSON carry the same.
run build future.yaml -o "$WORK/future.md"
expect_status 0
expect_in "$WORK/future.md" "In review · Owner: Care · Updated 2026-11-02 · Tags: support, pilot"
expect_in "$WORK/future.md" "**Related journeys:** [Support today](today.html) — The current state"
expect_in "$WORK/future.md" "(↳ opens [Refund](sub/refund.html))"
expect_in "$WORK/future.md" "[P1 Customers wait a day for an answer](today.html#pain-wait-for-agent) of Support today"
run build today.yaml -o "$WORK/today.md"
expect_in "$WORK/today.md" "addressed by [Show the place in the queue](future.html) in Support tomorrow"
run build future.yaml -o "$WORK/future.json"
expect_status 0
python3 - "$WORK/future.json" <<'PY' || fail "the model JSON lacks the cross-journey links"
import json, sys
model = json.load(open(sys.argv[1]))
assert model["related"] == [{"journey": "today.yaml", "page": "today.html", "found": True, "title": "Support today", "note": "The current state"}], model["related"]
step = model["stages"][0]["steps"][0]
assert step["opens"]["title"] == "Refund" and step["opens"]["page"] == "sub/refund.html", step["opens"]
other = step["opportunities"][0]["addresses_elsewhere"]
assert other[0] == {"journey": "today.yaml", "pain": "wait-for-agent", "page": "today.html#pain-wait-for-agent",
                    "number": 1, "text": "Customers wait a day for an answer", "title": "Support today"}, other
assert step["opportunities"][0]["addresses_pains"] == [1], step["opportunities"][0]
PY
run build today.yaml -o "$WORK/today.json"
python3 -c "import json,sys; p=json.load(open(sys.argv[1]))['stages'][0]['steps'][0]['pains'][0]; assert p['addressed_elsewhere'][0]['title'] == 'Support tomorrow', p" "$WORK/today.json" \
  || fail "the model JSON lacks addressed_elsewhere"
# The map's header line and the sub-journey marker on the step card.
run build future.yaml -o "$WORK/future-map.svg"
expect_in "$WORK/future-map.svg" "Future state · In review · Owner: Care · Updated 2026&#45;11&#45;02 · Tags: support, pilot"
expect_in "$WORK/future-map.svg" "↳ Opens: Refund"

# Configurable statuses: .jmap.yaml replaces the default set, for lint and build alike.
project=$(new_project statuses)
cp today.yaml future.yaml "$project/"
mkdir -p "$project/sub" && cp sub/refund.yaml "$project/sub/"
sed -i 's/status: validated/status: live/' "$project/today.yaml"
run lint "$project/today.yaml"
expect_status 1
expect_in "$WORK/out" "'live' is not a valid status"
printf 'statuses: [draft, review, live]\n' >"$project/.jmap.yaml"
run lint "$project/today.yaml"
expect_status 0
run lint "$project/future.yaml"
expect_status 1
expect_in "$WORK/out" "'in-review' is not a valid status (did you mean 'review'?)"
run build "$project/today.yaml" -o "$WORK/live.svg"
expect_status 0
expect_in "$WORK/live.svg" "Current state · Live · Owner: Care"
# jmap site checks and builds with the same statuses (through ninja's steps too).
sed -i "s/status: in-review/status: review/" "$project/future.yaml"
run site "$project" -o "$WORK/live-site"
expect_status 0
expect_in "$WORK/live-site/today.html" 'Live'
run site "$project" -o "$WORK/live-site-2" --no-ninja
expect_status 0
printf 'statuses: []\n' >"$project/.jmap.yaml"
run lint "$project/today.yaml"
expect_status 1
expect_in "$WORK/out" ".jmap.yaml:1:11: error: 'statuses' should list at least one status [bad-config]"

# Governance rules: off by default, on in .jmap.yaml; today is SOURCE_DATE_EPOCH.
export SOURCE_DATE_EPOCH=1795478400  # 2026-11-24
printf 'statuses: [draft, review, live]\n' >"$project/.jmap.yaml"
run lint -f json "$project/today.yaml"
for rule in pain-without-evidence stale-journey kpi-without-source persona-without-goal; do
  expect_not_in "$WORK/out" "$rule"
done
cat >"$project/.jmap.yaml" <<'YAML'
statuses: [draft, review, live]
stale_after_days: 30
rules: {pain-without-evidence: warning, stale-journey: error, kpi-without-source: warning, persona-without-goal: warning}
YAML
printf 'personas: [{id: p, name: Shopper}]\n' >>"$project/today.yaml"
run lint "$project/today.yaml"
expect_status 1
expect_in "$WORK/out" "today.yaml:6:10: error: the journey was updated 55 days ago, more than the 30 days of 'stale_after_days' [stale-journey]"
expect_in "$WORK/out" "warning: pain 'Callers repeat the whole story' has no evidence [pain-without-evidence]"
expect_not_in "$WORK/out" "pain 'Customers wait a day for an answer' has no evidence"
expect_in "$WORK/out" "warning: persona 'p' has no goal [persona-without-goal]"
SOURCE_DATE_EPOCH=1793491200 run lint "$project/today.yaml"  # 2026-11-01: 32 days
expect_in "$WORK/out" "updated 32 days ago"
sed -i 's/stale_after_days: 30/stale_after_days: 60/' "$project/.jmap.yaml"
run lint "$project/today.yaml"
expect_not_in "$WORK/out" "stale-journey"
sed -i '/^updated:/d' "$project/today.yaml"
run lint "$project/today.yaml"
expect_in "$WORK/out" "error: the journey has no 'updated' date [stale-journey]"
SOURCE_DATE_EPOCH=yesterday run lint "$project/today.yaml"
expect_status 2
expect_in "$WORK/err" "SOURCE_DATE_EPOCH should be a whole number of seconds"
printf 'stale_after_days: soon\n' >"$project/.jmap.yaml"
run lint "$project/today.yaml"
expect_in "$WORK/out" ".jmap.yaml:1:19: error: 'stale_after_days' should be a whole number of days above zero, found 'soon' [bad-config]"

# `jmap rules` says which rules are off by default.
run rules
expect_in "$WORK/out" "stale-journey              off by default"
run explain stale-journey
expect_in "$WORK/out" "stale-journey (off by default; warning when turned on)"
echo "ok"
