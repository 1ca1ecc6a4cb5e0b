# Graphviz's DOT reader refuses a quoted or HTML string longer than 16,384 bytes. The
# emotion curve of a 400-step map (its control points), and a title or step name of
# tens of kilobytes, still build in every view and as HTML; the DOT jmap writes still
# reads in `dot`.
source "$(dirname "$0")/lib.sh"
TOOLS="$JMAP_SOURCE_DIR/tests/tools"

"$PYTHON" "$TOOLS/gen_journey.py" 8 50 "$WORK/steps400.yaml"
run build "$WORK/steps400.yaml" -o "$WORK/steps400.svg"
expect_status 0
xmllint --noout "$WORK/steps400.svg" || fail "the 400-step map is not well-formed"
[ "$(grep -c '<g id="step\.s[0-9]*&#45;[0-9]*" class="node"' "$WORK/steps400.svg")" -eq 400 ] || fail "expected 400 steps"
grep -q 'id="emotion&#45;curve' "$WORK/steps400.svg" || fail "no emotion curve in the 400-step map"

# A 19 KB title and three step names of 20 KB each.
"$PYTHON" - "$EXAMPLES/clinic-visit.yaml" "$WORK/long.yaml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"^title: .*$", "title: \"" + "Long title words " * 1200 + "end of title\"", text, count=1, flags=re.M)
text = re.sub(r"^(      - id: [^\n]*\n        name: )", lambda m: m.group(1) + "very long step name " * 1000, text, count=3, flags=re.M)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
for view in map blueprint flow; do
  run build "$WORK/long.yaml" --view $view -o "$WORK/long-$view.svg"
  expect_status 0
  xmllint --noout "$WORK/long-$view.svg" || fail "long-$view.svg is not well-formed"
  # The whole title reaches the SVG's <title>; the picture shows what fits.
  expect_in "$WORK/long-$view.svg" "Long title words end of title</title>"
  run build "$WORK/long.yaml" --view $view -o "$WORK/long-$view.dot"
  expect_status 0
  dot -Tsvg "$WORK/long-$view.dot" -o "$WORK/dot-$view.svg" 2>"$WORK/dot-err" || fail "dot cannot read long-$view.dot: $(head -3 "$WORK/dot-err")"
done
run build "$WORK/long.yaml" -o "$WORK/long.html"
expect_status 0
expect_in "$WORK/long.html" "end of title"
echo "ok"
