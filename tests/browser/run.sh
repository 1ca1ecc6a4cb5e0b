# The browser test (ctest: browser.pages): builds every example, the injection journey
# and a generated wide one to HTML (and to the SVG map) in the build folder, lists what
# each page must show (stage and KPI names, read from the YAML; the step or stage each
# pain stands under, read from the map) and runs check_pages.mjs in headless chromium.
set -euo pipefail
: "${JMAP:?}" "${JMAP_SOURCE_DIR:?}" "${OUT_DIR:?}"
mkdir -p "$OUT_DIR"
# Debian's python3, with python3-yaml from `setup.sh test` (another python3 may come first on PATH).
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
pages=()
# A map far wider than a page (180 step columns), for print.
"$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/gen_journey.py" 6 30 "$OUT_DIR/wide.yaml"
for journey in "$JMAP_SOURCE_DIR"/examples/*.yaml "$JMAP_SOURCE_DIR/tests/data/injection.yaml" "$OUT_DIR/wide.yaml"; do
  name=$(basename "$journey" .yaml)
  "$JMAP" build "$journey" -o "$OUT_DIR/$name.html"
  # The map, to read where it puts each pain (the page must put it in the same column).
  "$JMAP" build "$journey" -o "$OUT_DIR/$name.svg"
  pages+=("$journey" "$OUT_DIR/$name.html")
done
# The control for the CSP check: the e-commerce page with one byte of its <style> block
# changed, so its own hash-only policy no longer matches and Chromium must refuse the
# block and say so on the console (otherwise "no CSP violation" would prove nothing).
"$PYTHON" - "$OUT_DIR/ecommerce-first-order.html" "$OUT_DIR/tampered-csp.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8", newline="").read()
tampered = page.replace("</style>", " </style>", 1)
assert tampered != page, "no <style> block in the page"
open(sys.argv[2], "w", encoding="utf-8", newline="").write(tampered)
PY
pages+=("$JMAP_SOURCE_DIR/examples/ecommerce-first-order.yaml" "$OUT_DIR/tampered-csp.html")
"$PYTHON" - "$OUT_DIR/expected.json" "${pages[@]}" <<'PY'
import html, json, os, re, sys, yaml
out, args = sys.argv[1], sys.argv[2:]

# Where the map puts each pain: its card is the node "pain.STEP.N" (a step's) or
# "pain.STAGE.N" (a stage's own), whose text starts with its number "P3".
def map_pains(svg_path, doc):
    if not os.path.exists(svg_path):
        return {}
    svg = open(svg_path, encoding="utf-8").read()
    steps = {step["id"] for stage in doc.get("stages", []) for step in stage.get("steps", [])}
    where = {}
    for owner, title in re.findall(r'<g id="pain\.(.+?)\.\d+" class="node">\s*<title>(P\d+)', svg):
        owner = html.unescape(owner)
        where[title] = {"step": owner} if owner in steps else {"stage": owner}
    return where

entries = []
for journey, page in zip(args[0::2], args[1::2]):
    doc = yaml.safe_load(open(journey, encoding="utf-8"))
    stages = doc.get("stages", [])
    entries.append({
        "page": page,
        "stages": [s["name"] for s in stages],
        "kpis": [k["name"] for s in stages for k in s.get("kpis", [])],
        "pains": map_pains(page[:-len(".html")] + ".svg", doc),
        "injection": journey.endswith("injection.yaml"),
        "tampered": page.endswith("tampered-csp.html"),
    })
json.dump(entries, open(out, "w"), indent=1)
PY
node "$JMAP_SOURCE_DIR/tests/browser/check_pages.mjs" "$OUT_DIR/expected.json"

# The examples as a site (jmap site): every page opened, every link followed.
rm -rf "$OUT_DIR/site"
"$JMAP" site "$JMAP_SOURCE_DIR/examples" -o "$OUT_DIR/site"
node "$JMAP_SOURCE_DIR/tests/browser/check_site.mjs" "$OUT_DIR/site"
