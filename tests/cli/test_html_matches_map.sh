# The HTML page shows what the SVG map shows: for every example, every evidence text
# (with its source), motivation, question and hurdle of the YAML is in the map and in
# the page, and the page puts every pain P1..Pn under the step the map puts it under.
source "$(dirname "$0")/lib.sh"

for journey in "$EXAMPLES"/*.yaml; do
  name=$(basename "$journey" .yaml)
  run build "$journey" -o "$WORK/$name.svg"
  expect_status 0
  run build "$journey" -o "$WORK/$name.html"
  expect_status 0
  "$PYTHON" - "$journey" "$WORK/$name.svg" "$WORK/$name.html" <<'PY' || fail "the page and the map of $name differ"
import html, re, sys, yaml

journey, svg_path, html_path = sys.argv[1:]
doc = yaml.safe_load(open(journey, encoding="utf-8"))

def words(text):
    return " ".join(str(text).split())

# The map wraps text into one <text> per line: its lines joined by spaces read as written.
svg = open(svg_path, encoding="utf-8").read()
map_text = words(" ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)))
page = open(html_path, encoding="utf-8").read()
page = re.sub(r"<svg.*?</svg>", " ", page, flags=re.S)  # the blueprint and flow are not the page's own text
page_text = words(html.unescape(re.sub(r"<[^>]+>", " ", page)))
page_tight = words(html.unescape(re.sub(r"<[^>]+>", "", page)))

def evidence_of(items):
    for item in items or []:
        if isinstance(item, str):
            yield item, None
        else:
            text = next((item[k] for k in ("quote", "finding", "metric", "text") if k in item), "")
            yield text, item.get("source")

expected = []
for stage in doc.get("stages", []):
    for key in ("motivations", "questions", "hurdles"):
        expected += [(key, t) for t in stage.get(key, [])]
    pains = list(stage.get("pains", []))
    for step in stage.get("steps", []):
        pains += step.get("pains", [])
        for text, source in evidence_of(step.get("evidence")):
            expected.append(("evidence", text))
            if source:
                expected.append(("evidence source", source))
    for pain in pains:
        if isinstance(pain, dict):
            for text, source in evidence_of(pain.get("evidence")):
                expected.append(("pain evidence", text))
                if source:
                    expected.append(("pain evidence source", source))

missing = []
for kind, text in expected:
    text = words(text)
    if text not in map_text:
        missing.append(f"{kind} not on the map: {text!r}")
    if text not in page_text and text not in page_tight:
        missing.append(f"{kind} not in the page: {text!r}")
for line in missing:
    print(line, file=sys.stderr)
if not expected:
    sys.exit("nothing to compare: the example has no evidence, motivations, questions or hurdles")
print(f"{len(expected)} texts in both")
sys.exit(1 if missing else 0)
PY
done
echo "ok"
