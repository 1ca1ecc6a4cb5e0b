# The DOT output is the very graph jmap lays out: `dot -Tsvg map.dot` draws the same
# SVG as `jmap build -o map.svg`, byte for byte once jmap's accessibility labels
# (document <title>/<desc>, role, the tooltips as <title>, aria-hidden) are taken out.
source "$(dirname "$0")/lib.sh"

# drawing SVG: the SVG without jmap's accessibility labels, into SVG.drawing.
drawing() {
  sed -e '/^<title/d' -e '/^<desc/d' -e 's/ role="img" aria-labelledby="[^"]*"//' -e 's/ aria-hidden="true"//' \
    "$1" >"$1.drawing"
}

for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  run build "$example" -o "$WORK/$name.dot"
  expect_status 0
  expect_in "$WORK/$name.dot" "layout=nop2"
  run build "$example" -o "$WORK/$name.svg"
  expect_status 0
  dot -Tsvg "$WORK/$name.dot" -o "$WORK/$name.dot.svg"
  drawing "$WORK/$name.svg"
  drawing "$WORK/$name.dot.svg"
  cmp "$WORK/$name.svg.drawing" "$WORK/$name.dot.svg.drawing" || fail "$name: dot -Tsvg differs from jmap's SVG"
  expect_in "$WORK/$name.svg" '<svg role="img" aria-labelledby="title desc"'
done
for view in blueprint flow; do
  run build "$EXAMPLES/clinic-visit.yaml" --view $view -o "$WORK/$view.dot"
  dot -Tsvg "$WORK/$view.dot" -o "$WORK/$view.dot.svg"
  run build "$EXAMPLES/clinic-visit.yaml" --view $view -o "$WORK/$view.svg"
  drawing "$WORK/$view.svg"
  drawing "$WORK/$view.dot.svg"
  cmp "$WORK/$view.svg.drawing" "$WORK/$view.dot.svg.drawing" || fail "$view: dot -Tsvg differs from jmap's SVG"
done

# -o - writes to stdout; the format must then be named.
run build "$EXAMPLES/ecommerce-first-order.yaml" -o - --format dot
expect_status 0
expect_in "$WORK/out" "digraph"
run build "$EXAMPLES/ecommerce-first-order.yaml" -o -
expect_status 2
expect_in "$WORK/err" "needs --format"
echo "ok"
