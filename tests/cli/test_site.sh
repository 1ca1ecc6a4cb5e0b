# jmap site: a folder of journeys as a static site. Over tests/data/site (nested folders,
# an ignored drafts/ with a broken file, a shared catalogue) and examples/: the pages
# exist, the cards, the backlog's order and the persona pages say the right things,
# links are relative, and the bytes are the same across runs and between ninja and
# the in-process build. A folder with an error builds nothing.
source "$(dirname "$0")/lib.sh"
command -v ninja >/dev/null || { echo "SKIP: no ninja"; exit 77; }
SITE="$DATA/site"

run site "$SITE" -o "$WORK/a"
expect_status 0
for page in index.html personas.html backlog.html kpis.html touchpoints.html personas/shopper.html personas/admin.html \
  billing/refunds/refund.html billing/refunds/refund.map.svg billing/refunds/refund.blueprint.svg \
  billing/refunds/refund.flow.svg onboarding/signup.html onboarding/signup.map.svg; do
  [ -s "$WORK/a/$page" ] || fail "no $page in the site"
done
[ ! -e "$WORK/a/drafts" ] || fail "the ignored drafts/ folder reached the site"
[ ! -e "$WORK/a/catalog" ] || fail "a catalogue got pages of its own"

# The index: one card per journey, by status (draft before validated), with its facts.
index="$WORK/a/index.html"
[ "$(grep -c '<article class="card"' "$index")" -eq 2 ] || fail "the index should have 2 cards"
expect_in "$index" '<a href="billing/refunds/refund.html">Refund a damaged order</a>'
expect_in "$index" '<a href="onboarding/signup.html">Sign up for the app</a>'
expect_in "$index" '<li class="badge status-validated">Validated</li>'
expect_in "$index" '<li class="badge status-draft">Draft</li>'
draft_at=$(grep -n 'id="group-draft-title"' "$index" | cut -d: -f1)
validated_at=$(grep -n 'id="group-validated-title"' "$index" | cut -d: -f1)
[ "$draft_at" -lt "$validated_at" ] || fail "drafts should come before validated journeys"
expect_in "$index" '<dd>Billing team</dd>'
expect_in "$index" '<span class="num">1 stages</span> · <span class="num">2 steps</span>'
expect_in "$index" '<span class="chip kpi-missed">1 missed</span>'
expect_in "$index" '<li class="badge tag">#billing</li>'
expect_in "$index" 'Updated 2026-11-20'
expect_in "$index" '<a href="billing/refunds/refund.html#pain-1">P1 The refund form is slow</a>'
expect_not_in "$index" 'P2 No status after sending'
expect_not_in "$index" 'A draft that does not check'

# The backlog: unaddressed first (the high one of the refund is addressed).
backlog="$WORK/a/backlog.html"
order=$(grep -o '</a> [A-Z][^<]*</td>' "$backlog" | sed 's/<\/a> //; s/<\/td>//' | tr '\n' '|')
[ "$order" = "The confirmation email is lost in spam|The refund form is slow|No status after sending|" ] ||
  fail "backlog order: $order"
expect_in "$backlog" '<a href="billing/refunds/refund.html#opportunity-1">Show the refund status</a>'

# Personas: the catalogue's shopper is one persona in both journeys; admin only in one.
shopper="$WORK/a/personas/shopper.html"
expect_in "$shopper" '<a href="../billing/refunds/refund.html">Refund a damaged order</a>'
expect_in "$shopper" '<a href="../onboarding/signup.html">Sign up for the app</a>'
expect_in "$shopper" 'Defined in catalog/people.yaml'
expect_in "$shopper" '<path d="M'
expect_not_in "$WORK/a/personas/admin.html" 'Refund a damaged order'
[ "$(grep -c 'href="personas/' "$WORK/a/personas.html")" -eq 2 ] || fail "personas.html should list 2 personas"

# Scorecard and catalogue.
expect_in "$WORK/a/kpis.html" '<span class="chip kpi-missed">Missed</span>'
expect_in "$WORK/a/kpis.html" '<span class="chip kpi-met">Met</span>'
expect_in "$WORK/a/touchpoints.html" 'Mobile team'
expect_in "$WORK/a/touchpoints.html" '<a href="onboarding/signup.html#step-download">Downloads the app</a>'

# Relative links only, and the strict policy on every page.
for page in $(cd "$WORK/a" && find . -name '*.html' ! -path './billing/*' ! -path './onboarding/*'); do
  ! grep -qE '(href|src)="(/|[a-z]+:)' "$WORK/a/$page" || fail "$page has an absolute link"
  grep -qF "default-src 'none'; style-src 'sha256-" "$WORK/a/$page" || fail "$page lacks the strict CSP"
  ! grep -qi '<script' "$WORK/a/$page" || fail "$page has a script"
done

# Same bytes: a second run, and the in-process build.
run site "$SITE" -o "$WORK/b"
expect_status 0
run site "$SITE" -o "$WORK/c" --no-ninja
expect_status 0
compare() { diff -r -x build.ninja -x '.ninja_*' -x journeys.txt "$1" "$2" >"$WORK/diff" || fail "sites differ: $(head -5 "$WORK/diff")"; }
compare "$WORK/a" "$WORK/b"
compare "$WORK/a" "$WORK/c"

# Incremental: nothing changed, nothing rebuilt; a touched journey rebuilds itself and
# the pages; a touched catalogue, every journey that imports it.
cp -r "$SITE" "$WORK/repo"
run site "$WORK/repo" -o "$WORK/inc"
expect_status 0
ninja -C "$WORK/inc" -n -d explain >"$WORK/explain" 2>&1 || true
grep -q "no work to do" "$WORK/explain" || fail "a second build found work: $(head -3 "$WORK/explain")"
sleep 1
touch "$WORK/repo/onboarding/signup.yaml"
ninja -C "$WORK/inc" -n >"$WORK/plan" 2>&1
grep -q 'JOURNEY onboarding/signup.yaml' "$WORK/plan" || fail "the touched journey is not rebuilt"
! grep -q 'JOURNEY billing' "$WORK/plan" || fail "an untouched journey is rebuilt"
grep -q 'PAGES' "$WORK/plan" || fail "the index pages are not rebuilt"
run site "$WORK/repo" -o "$WORK/inc"
touch "$WORK/repo/catalog/people.yaml"
ninja -C "$WORK/inc" -n >"$WORK/plan" 2>&1
grep -q 'JOURNEY onboarding/signup.yaml' "$WORK/plan" && grep -q 'JOURNEY billing/refunds/refund.yaml' "$WORK/plan" ||
  fail "a touched catalogue should rebuild both journeys: $(cat "$WORK/plan")"
# A journey that leaves takes its pages along.
rm "$WORK/repo/onboarding/signup.yaml"
run site "$WORK/repo" -o "$WORK/inc"
expect_status 0
[ ! -e "$WORK/inc/onboarding/signup.html" ] || fail "a removed journey's page stayed"
[ ! -e "$WORK/inc/personas/admin.html" ] || fail "a persona that left kept its page"

# An error anywhere (drafts/ no longer ignored): every finding printed, nothing written.
cp -r "$SITE" "$WORK/bad"
printf 'ignore: []\n' >"$WORK/bad/.jmap.yaml"
run site "$WORK/bad" -o "$WORK/bad-out"
expect_status 1
expect_in "$WORK/err" "unknown step 'nowhere'"
expect_in "$WORK/err" "site not built"
[ ! -e "$WORK/bad-out" ] || fail "a refused site left output"

# A journey named like a page of the site's own is refused, not written over it.
mkdir -p "$WORK/clash/.git"
cp "$SITE/billing/refunds/refund.yaml" "$WORK/clash/backlog.yaml"
sed -i '/^imports:/d; /touchpoints: \[app\]/d' "$WORK/clash/backlog.yaml"
run site "$WORK/clash" -o "$WORK/clash-out"
expect_status 2
expect_in "$WORK/err" "would be written over the site's own backlog.html"

# The examples: every journey and the shared catalogue's personas.
run site "$EXAMPLES" -o "$WORK/ex"
expect_status 0
[ "$(grep -c '<article class="card"' "$WORK/ex/index.html")" -eq 4 ] || fail "the examples' index should have 4 cards"
expect_in "$WORK/ex/personas/busy-parent.html" 'FreshCart - first grocery order'
expect_in "$WORK/ex/personas/busy-parent.html" 'FreshCart support'
run site "$EXAMPLES" -o "$WORK/ex2" --no-ninja --group-by tag
expect_status 0
expect_in "$WORK/ex2/index.html" 'id="group-freshcart-title"'
run site "$EXAMPLES" -o "$WORK/ex3" --group-by owner
expect_status 2

# --data: one file for the whole site; each journey takes the rows of its own ids, the
# scorecard shows the trend, ninja and in-process agree, and an id no journey has is an
# error at its line and column with nothing built.
run site "$EXAMPLES" -o "$WORK/data" --data "$EXAMPLES/data/kpis.csv"
expect_status 0
expect_in "$WORK/data/kpis.html" 'improving from 87.9%'
[ "$(grep -c 'no history' "$WORK/data/kpis.html")" -lt "$(grep -c 'no history' "$WORK/ex/kpis.html")" ] ||
  fail "the scorecard should show trends with --data"
expect_in "$WORK/data/ecommerce-first-order.html" '2026-06-30'
expect_not_in "$WORK/ex/ecommerce-first-order.html" '2026-06-30'
run site "$EXAMPLES" -o "$WORK/data2" --data "$EXAMPLES/data/kpis.csv" --no-ninja
expect_status 0
cmp -s "$WORK/data/kpis.html" "$WORK/data2/kpis.html" || fail "ninja and --no-ninja differ with --data"
printf 'id,date,value\nlogin-success,2026-07-31,90\nno-such-kpi,2026-07-31,1\n' >"$WORK/bad.csv"
run site "$EXAMPLES" -o "$WORK/bad-data" --data "$WORK/bad.csv"
expect_status 1
expect_in "$WORK/err" "bad.csv:3:1: error: 'no-such-kpi' is neither a KPI nor a stage of any journey under"
[ ! -e "$WORK/bad-data" ] || fail "a site with a bad data row should write nothing"
echo "test_site: ok"
