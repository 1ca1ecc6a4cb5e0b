# The DOT output is the very graph jmap lays out: `dot -Tsvg map.dot` draws the same
# SVG as `jmap build -o map.svg` once jmap's accessibility labels are taken out, but for
# the text metrics: jmap measures with its own table, `dot` with pango
# (tests/tools/compare_drawings.py says how far they may differ).
source "$(dirname "$0")/lib.sh"
compare="$JMAP_SOURCE_DIR/tests/tools/compare_drawings.py"

for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  run build "$example" -o "$WORK/$name.dot"
  expect_status 0
  expect_in "$WORK/$name.dot" "layout=nop2"
  run build "$example" -o "$WORK/$name.svg"
  expect_status 0
  dot -Tsvg "$WORK/$name.dot" -o "$WORK/$name.dot.svg"
  python3 "$compare" "$WORK/$name.svg" "$WORK/$name.dot.svg" || fail "$name: dot -Tsvg differs from jmap's SVG"
  expect_in "$WORK/$name.svg" '<svg role="img" aria-labelledby="title desc"'
done
for view in blueprint flow; do
  run build "$EXAMPLES/clinic-visit.yaml" --view $view -o "$WORK/$view.dot"
  dot -Tsvg "$WORK/$view.dot" -o "$WORK/$view.dot.svg"
  run build "$EXAMPLES/clinic-visit.yaml" --view $view -o "$WORK/$view.svg"
  layout=fixed
  [ $view = flow ] && layout=graphviz
  python3 "$compare" --layout $layout "$WORK/$view.svg" "$WORK/$view.dot.svg" || fail "$view: dot -Tsvg differs from jmap's SVG"
done

# -o - writes to stdout; the format must then be named.
run build "$EXAMPLES/ecommerce-first-order.yaml" -o - --format dot
expect_status 0
expect_in "$WORK/out" "digraph"
run build "$EXAMPLES/ecommerce-first-order.yaml" -o -
expect_status 2
expect_in "$WORK/err" "needs --format"
# The checker can fail: a moved box is not a text run's x.
sed 's/<polygon fill="#ffffff"/<polygon fill="#fffffe"/' "$WORK/blueprint.dot.svg" >"$WORK/moved.svg"
python3 "$compare" "$WORK/blueprint.svg" "$WORK/moved.svg" 2>/dev/null && fail "compare_drawings.py missed a changed fill"
echo "ok"
