# `-o journey.md` and `-o journey.json`: every example as a Markdown page and as the
# JSON model; the model validates against `jmap schema --model`, the page parses as GFM
# (cmark-gfm, GitHub's renderer) into the tables it should and says what the model says;
# journey text never becomes Markdown syntax; --image links the map, and only for md.
source "$(dirname "$0")/lib.sh"

run schema --model
expect_status 0
mkdir "$WORK/schema"
cp "$WORK/out" "$WORK/schema/model.json"
cmp -s "$WORK/schema/model.json" "$JMAP_SOURCE_DIR/docs/schema/model-v1.json" ||
  fail "jmap schema --model differs from docs/schema/model-v1.json"
run schema
cmp -s "$WORK/out" "$JMAP_SOURCE_DIR/docs/schema/journey-v1.json" || fail "jmap schema no longer prints the journey schema"

for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  run build "$example" -o "$WORK/$name.md"
  expect_status 0
  run build "$example" -o "$WORK/$name.json"
  expect_status 0
  expect_in "$WORK/$name.md" "## 1. "
  expect_not_in "$WORK/$name.md" "!["  # no --image, no picture
  expect_in "$WORK/$name.json" '"jmap_model_version": 1'
done
validate_schema "$WORK/schema/model.json" "$WORK"/*.json >"$WORK/valid" 2>&1 ||
  fail "a JSON model does not validate: $(cat "$WORK/valid")"
[ "$(grep -c ': valid$' "$WORK/valid")" -eq "$(ls "$EXAMPLES"/*.yaml | wc -l)" ] || fail "not every model was validated"

# The same truth as the map: stage headings, a step row, pains numbered P1.., KPI status.
page="$WORK/ecommerce-first-order.md"
nbsp=$(printf '\xc2\xa0')  # between a comparison and its figure, as the HTML page has it
expect_in "$page" "# FreshCart - first grocery order"
expect_in "$page" "## 2. Sign-up"
expect_in "$page" "| Sees an ad | Scrolls Instagram in the evening and sees a free-delivery promo. | Instagram ad (social) | 4 · happy | — | P1 The ad shows no prices (medium) | Show a sample basket price in the ad (addresses P1) |"
expect_in "$page" "| Creates an account (fail point) |"
expect_in "$page" "| Login success rate | Sign-up | ≥${nbsp}95% | 88.5% | ✗ Missed |"
expect_in "$page" "| Payment completion rate | Checkout and payment | ≥${nbsp}90% | 92.3% | ✓ Met |"
expect_in "$page" "> “I never click ads that hide the price, it always ends in a fee.”"
expect_in "$page" "- **Metric:** 23% of sign-ups request a second code (Session recordings, 2026 Q1)"

# The model: imports resolved, KPI status computed, pains numbered, positions in files.
"$PYTHON" - "$WORK/ecommerce-first-order.json" <<'PY' || fail "the JSON model says the wrong thing"
import json, sys
model = json.load(open(sys.argv[1]))
personas = {p["id"]: p for p in model["personas"]}
assert personas["busy-parent"]["imported"] is True, personas["busy-parent"]
assert personas["busy-parent"]["position"]["file"] == "catalog/shared.yaml", personas["busy-parent"]["position"]
stages = {s["id"]: s for s in model["stages"]}
kpis = {k["id"]: k for s in model["stages"] for k in s["kpis"]}
assert [k["status"] for k in kpis.values()].count("met") == 3, kpis
assert sum(1 for k in kpis.values() if k["status"] == "missed") == 3
pains = [p for s in model["stages"] for st in s["steps"] for p in st["pains"]] + [p for s in model["stages"] for p in s["pains"]]
assert sorted(p["number"] for p in pains) == list(range(1, 14)), [p["number"] for p in pains]
first = stages["awareness"]["steps"][0]
assert first["id"] == "see-ad" and first["pains"][0]["label"] == "P1", first
assert first["opportunities"][0]["addresses_pains"] == [1], first["opportunities"]
assert first["position"]["file"] == "ecommerce-first-order.yaml" and first["position"]["line"] > 1, first["position"]
assert first["personas"] == ["busy-parent"], first["personas"]
reviews = stages["awareness"]["steps"][2]
assert {e["persona"]: e["value"] for e in reviews["emotion"]["by_persona"]} == {"busy-parent": 3, "retired-shopper": 2}, reviews["emotion"]
assert model["state"] == "current" and model["scale"]["min"] == 1
PY

# Hostile text: shown as text, never as Markdown syntax.
run build "$DATA/markdown-hostile.yaml" -o "$WORK/hostile.md"
expect_status 0
hostile="$WORK/hostile.md"
expect_in "$hostile" '# \# Pipes \| and \*stars\* in \_the\_ title'
expect_in "$hostile" '| Step \| with pipe | \*emphasis\* and \_\_strong\_\_ and \\back\\slash |'
expect_in "$hostile" '**Objective:** Line one Line two \| still the same cell'
expect_in "$hostile" '\[click\](javascript:alert(1)) &lt;script&gt;alert(2)&lt;/script&gt; \`code\` \~\~gone\~\~ \$x\$'
expect_in "$hostile" '## 1. &gt; Not a quote'
expect_in "$hostile" '\- not a list; 1\. not ordered'
expect_not_in "$hostile" "<script"

# --image: a link to the map's SVG for md; refused for the formats it would not change.
run build "$EXAMPLES/clinic-visit.yaml" -o "$WORK/clinic.md" --image "maps/clinic map.svg"
expect_status 0
expect_in "$WORK/clinic.md" "](maps/clinic%20map.svg)"
expect_in "$WORK/clinic.md" "![Journey map: "
run build "$EXAMPLES/clinic-visit.yaml" -o "$WORK/clinic.svg" --image map.svg
expect_status 2
expect_in "$WORK/err" "jmap: error: --image applies to Markdown output only (-o journey.md), not svg"
run build "$EXAMPLES/clinic-visit.yaml" -o "$WORK/clinic.json" --image map.svg
expect_status 2
expect_in "$WORK/err" "--image applies to Markdown output only (-o journey.md), not json"
run build "$EXAMPLES/clinic-visit.yaml" -o - --format markdown
expect_status 0
expect_in "$WORK/out" "## 1. "

# Deterministic.
run build "$EXAMPLES/customer-support.yaml" -o "$WORK/again.md"
cmp -s "$WORK/again.md" "$WORK/customer-support.md" || fail "the Markdown page differs between two runs"
run build "$EXAMPLES/customer-support.yaml" -o "$WORK/again.json"
cmp -s "$WORK/again.json" "$WORK/customer-support.json" || fail "the JSON model differs between two runs"

# As GitHub renders it: cmark-gfm with GitHub's extensions.
command -v cmark-gfm >/dev/null || { echo "skipped the GFM rendering: cmark-gfm is not installed (setup.sh test)"; exit 77; }
gfm() { cmark-gfm -e table -e strikethrough -e autolink -e tagfilter "$1"; }
for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  gfm "$WORK/$name.md" >"$WORK/$name.html"
  "$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/check_markdown_json.py" "$WORK/$name.html" "$WORK/$name.json" >"$WORK/check" ||
    fail "$name: $(cat "$WORK/check")"
done
gfm "$hostile" >"$WORK/hostile.html"
[ "$(grep -c '<table>' "$WORK/hostile.html")" -eq 4 ] || fail "the hostile page's tables broke: $(cat "$WORK/hostile.html")"
for tag in '<em>stars' '<em>the' '<em>emphasis' '<strong>strong' '<strong>Bold' '<strong>Interview' '<del>' '<a ' \
  '<code>' '<ol' '<ul>' '<script'; do
  expect_not_in "$WORK/hostile.html" "$tag"
done
expect_in "$WORK/hostile.html" '<h1># Pipes | and *stars* in _the_ title</h1>'
expect_in "$WORK/hostile.html" '<td>*emphasis* and __strong__ and \back\slash</td>'
expect_in "$WORK/hostile.html" '<p>“&gt; nested quote | pipe”</p>'
expect_in "$WORK/hostile.html" '<h2>1. &gt; Not a quote</h2>'
expect_in "$WORK/hostile.html" '<td>- not a list; 1. not ordered</td>'
expect_in "$WORK/hostile.html" '<td>Step | with pipe</td>'
expect_in "$WORK/hostile.html" '<blockquote>'
echo "ok"
