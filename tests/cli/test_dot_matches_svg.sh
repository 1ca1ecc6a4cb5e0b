# The DOT output is the very graph jmap lays out: `dot -Tsvg map.dot` draws the same
# SVG as `jmap build -o map.svg`, byte for byte.
source "$(dirname "$0")/lib.sh"

for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  run build "$example" -o "$WORK/$name.dot"
  expect_status 0
  expect_in "$WORK/$name.dot" "layout=nop2"
  run build "$example" -o "$WORK/$name.svg"
  expect_status 0
  dot -Tsvg "$WORK/$name.dot" -o "$WORK/$name.dot.svg"
  cmp "$WORK/$name.svg" "$WORK/$name.dot.svg" || fail "$name: dot -Tsvg differs from jmap's SVG"
done

# -o - writes to stdout; the format must then be named.
run build "$EXAMPLES/ecommerce-first-order.yaml" -o - --format dot
expect_status 0
expect_in "$WORK/out" "digraph"
run build "$EXAMPLES/ecommerce-first-order.yaml" -o -
expect_status 2
expect_in "$WORK/err" "needs --format"
echo "ok"
