# `build --stages FIRST..LAST` shows only those stages in every view and format, numbered
# as in the whole journey, with funnel shares against the whole journey; `--width` and
# `--height` fit a PNG into a box of pixels instead of --dpi.
source "$(dirname "$0")/lib.sh"
SHOP="$EXAMPLES/ecommerce-first-order.yaml"

# Every view and format: Checkout (stage 4) to Delivery (stage 5) only.
for view in map blueprint flow; do
  run build "$SHOP" --stages checkout..delivery --view $view -o "$WORK/$view.svg"
  expect_status 0
  expect_in "$WORK/$view.svg" 'id="stage.checkout"'
  expect_in "$WORK/$view.svg" 'id="stage.delivery"'
  expect_not_in "$WORK/$view.svg" 'id="stage.browse"'
  expect_not_in "$WORK/$view.svg" 'id="stage.after-delivery"'
  expect_not_in "$WORK/$view.svg" '>STAGE 1<'
  expect_in "$WORK/$view.svg" '>STAGE 4<'
  expect_in "$WORK/$view.svg" '>STAGE 5<'
  expect_in "$WORK/$view.svg" 'Stages 4–5 of 6: Checkout and payment to Delivery'
done
# The map's funnel still compares with the stage before the range (Browse: 7,400).
expect_in "$WORK/map.svg" '4,300 reached · 58% of previous'

run build "$SHOP" --stages 4..5 -o "$WORK/page.html"
expect_status 0
expect_in "$WORK/page.html" 'Stages 4–5 of 6: Checkout and payment to Delivery'
expect_in "$WORK/page.html" 'id="stage-checkout"'
expect_not_in "$WORK/page.html" 'id="stage-browse"'
# The funnel's share is of the whole journey's first stage (48,000): 4,300 is 9%.
grep -A12 'href="#stage-checkout"' "$WORK/page.html" | grep -F '9%' >/dev/null || fail "the funnel share of Checkout is not 9% of the whole journey"
expect_in "$WORK/page.html" '(stages 4–5 only)'

run build "$SHOP" --stages checkout..delivery -o "$WORK/page.md"
expect_status 0
expect_in "$WORK/page.md" 'Stages 4–5 of 6: Checkout and payment to Delivery'
expect_in "$WORK/page.md" '## 4. Checkout and payment'
expect_not_in "$WORK/page.md" 'Browse and cart'
expect_in "$WORK/page.md" '(stages 4–5 only)'

run build "$SHOP" --stages checkout..delivery -o "$WORK/model.json"
expect_status 0
"$PYTHON" - "$WORK/model.json" <<'PY' || fail "the JSON does not hold stages 4 and 5 only"
import json, sys
model = json.load(open(sys.argv[1]))
stages = [(s["id"], s["number"]) for s in model["stages"]]
assert stages == [("checkout", 4), ("delivery", 5)], stages
PY

run build "$SHOP" --stages delivery.. -o "$WORK/journey.mmd"
expect_status 0
expect_in "$WORK/journey.mmd" 'section Delivery'
expect_in "$WORK/journey.mmd" 'section After delivery'
expect_not_in "$WORK/journey.mmd" 'section Checkout'

# Open ends and one stage.
run build "$SHOP" --stages ..2 --view flow -o "$WORK/start.dot"
expect_status 0
expect_in "$WORK/start.dot" 'id="stage.sign-up"'
expect_not_in "$WORK/start.dot" 'id="stage.browse"'
run build "$SHOP" --stages browse -o "$WORK/one.svg"
expect_status 0
expect_in "$WORK/one.svg" 'Stage 3 of 6: Browse and cart'
expect_not_in "$WORK/one.svg" 'id="stage.checkout"'

# With --persona, both apply.
run build "$EXAMPLES/clinic-visit.yaml" --stages 5..6 --persona working-patient -o "$WORK/both.svg"
expect_status 0
expect_in "$WORK/both.svg" '>STAGE 5<'
expect_not_in "$WORK/both.svg" '>STAGE 4<'

# Mistakes: exit 2 with a clear message.
run build "$SHOP" --stages chekout..delivery -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "no stage 'chekout'"
expect_in "$WORK/err" "did you mean 'checkout'"
run build "$SHOP" --stages delivery..checkout -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "'delivery' (stage 5) comes after 'checkout' (stage 4)"
run build "$SHOP" --stages 0..9 -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "no stage 0"
[ ! -e "$WORK/x.svg" ] || fail "a refused build wrote its output"

# --width/--height: the PNG's header says the size asked for, the aspect kept.
png_size() { "$PYTHON" -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%d %d" % struct.unpack(">II", d[16:24]))' "$1"; }
run build "$SHOP" --width 1920 -o "$WORK/slide.png"
expect_status 0
read -r width height <<<"$(png_size "$WORK/slide.png")"
[ "$width" -eq 1920 ] || fail "--width 1920 made a PNG $width px wide"
run build "$SHOP" --view flow --stages checkout..delivery --width 1920 --height 1080 -o "$WORK/box.png"
expect_status 0
read -r width height <<<"$(png_size "$WORK/box.png")"
{ [ "$width" -le 1920 ] && [ "$height" -le 1080 ] && { [ "$width" -eq 1920 ] || [ "$height" -eq 1080 ]; }; } ||
  fail "--width 1920 --height 1080 made a PNG of $width x $height"
run build "$SHOP" --height 500 -o "$WORK/tall.png"
expect_status 0
read -r width height <<<"$(png_size "$WORK/tall.png")"
[ "$height" -eq 500 ] || fail "--height 500 made a PNG $height px high"
run build "$SHOP" --width 1920 --dpi 150 -o "$WORK/x.png"
expect_status 2
expect_in "$WORK/err" "--width and --dpi both set the PNG's size"
run build "$SHOP" --width 1920 -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "--width applies to PNG output only"
echo "ok"
