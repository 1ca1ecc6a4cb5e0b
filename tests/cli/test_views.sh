# The three views, persona filtering, themes and the PNG/PDF outputs, asserted on
# what the files contain: why the pictures are right. That they stay the same, byte for
# byte, is golden.outputs' (tests/golden).
source "$(dirname "$0")/lib.sh"

example="$EXAMPLES/ecommerce-first-order.yaml"
# svg_text FILE: the texts drawn, one per line, entities decoded.
svg_text() {
  xmllint --xpath '//*[local-name()="text"]/text()' "$1" |
    sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#45;/-/g; s/&amp;/\&/g'
}

# --- blueprint: five lanes, three labelled lines, arrows down each step
run build "$example" --view blueprint -o "$WORK/blueprint.svg"
expect_status 0
svg_text "$WORK/blueprint.svg" >"$WORK/blueprint.txt"
for lane in "Physical evidence" "Customer actions" "Frontstage" "Backstage" "Support processes"; do
  expect_in "$WORK/blueprint.txt" "$lane"
done
for line in "LINE OF INTERACTION" "LINE OF VISIBILITY" "LINE OF INTERNAL"; do expect_in "$WORK/blueprint.txt" "$line"; done
for id in line.interaction line.visibility "line.internal&#45;interaction"; do
  expect_in "$WORK/blueprint.svg" "<g id=\"$id\" class=\"edge\">"
done
[ "$(grep -c 'stroke-dasharray="5,2"' "$WORK/blueprint.svg")" -ge 3 ] || fail "the blueprint lines are not dashed"
# Lines in order, top to bottom (Graphviz's y grows downwards in SVG as negative numbers rise).
y_of() { grep -F -A3 "<g id=\"$1\" class=\"edge\">" "$WORK/blueprint.svg" | sed -n 's/.*d="M[0-9.]*,\(-\?[0-9.]*\).*/\1/p' | head -1; }
awk -v a="$(y_of line.interaction)" -v b="$(y_of line.visibility)" -v c="$(y_of "line.internal&#45;interaction")" \
  'BEGIN { exit !(a < b && b < c) }' || fail "the blueprint lines are not in order: $(y_of line.interaction) $(y_of line.visibility)"
# The fail point is marked on the customer action, durations are shown, arrows link the lanes.
grep -A12 '<g id="step.bank&#45;check" class="node">' "$WORK/blueprint.svg" >"$WORK/bank-check.svg"
expect_in "$WORK/bank-check.svg" "FAIL POINT"
expect_in "$WORK/bank-check.svg" "Takes: "
expect_in "$WORK/blueprint.svg" '<g id="link.bank&#45;check.steps.frontstage" class="edge">'
expect_in "$WORK/blueprint.svg" '<g id="link.bank&#45;check.frontstage.backstage" class="edge">'
expect_in "$WORK/blueprint.svg" '<g id="link.bank&#45;check.backstage.support" class="edge">'
# Physical evidence holds only physical touchpoints: the leaflet, not the Instagram ad.
expect_in "$WORK/blueprint.svg" 'id="touchpoint.get&#45;leaflet.door&#45;leaflet"'
expect_not_in "$WORK/blueprint.svg" 'id="touchpoint.see&#45;ad.instagram&#45;ad"'
expect_in "$WORK/blueprint.svg" '<desc id="desc">Service blueprint: 6 stages'

# --- flow: clusters per stage, sequence edges, branches and loops from `next`
run build "$example" --view flow -o "$WORK/flow.dot"
expect_status 0
expect_in "$WORK/flow.dot" '"step.install-app" -> "step.create-account" [id="next.install-app.create-account"'
# bank-check: next: [order-placed, enter-card]: a branch forward and a loop back.
# The loop is written forwards with its arrow at the start (dir=back), leaving and
# entering under the steps, so it does not lie on the forward arrow.
grep -F '"step.enter-card" -> "step.bank-check" [id="next.bank-check.enter-card"' "$WORK/flow.dot" >"$WORK/loop.dot" ||
  fail "no loop back from bank-check"
expect_in "$WORK/loop.dot" 'label=" loops back "'
expect_in "$WORK/loop.dot" "style=dashed"
expect_in "$WORK/loop.dot" "dir=back, weight=0, tailport=s, headport=s"
grep -F '"step.bank-check" -> "step.order-placed"' "$WORK/flow.dot" >"$WORK/branch.dot" || fail "no branch from bank-check"
expect_in "$WORK/branch.dot" 'label=" branch "'
# An explicit next replaces the sequence: see-ad goes to read-reviews, not get-leaflet.
expect_in "$WORK/flow.dot" '"step.see-ad" -> "step.read-reviews"'
expect_not_in "$WORK/flow.dot" '"step.see-ad" -> "step.get-leaflet"'
# Touchpoints hang off their steps, shaped by kind: physical is box3d.
grep -F '"touchpoint.get-leaflet.door-leaflet" [' "$WORK/flow.dot" >"$WORK/leaflet.dot" || fail "no leaflet touchpoint node"
expect_in "$WORK/leaflet.dot" "shape=box3d"
expect_in "$WORK/flow.dot" '"step.get-leaflet" -> "touchpoint.get-leaflet.door-leaflet"'
# Nodes coloured by emotion: see-ad is 4 (happy) on the default scale of 5.
grep -F '"step.see-ad" [' "$WORK/flow.dot" >"$WORK/see-ad.dot"
expect_in "$WORK/see-ad.dot" 'fillcolor="#ECFCCB"'
run build "$example" --view flow -o "$WORK/flow.svg"
expect_status 0
expect_in "$WORK/flow.svg" '<g id="stage.checkout" class="cluster">'
# The flow has a key: the feelings of the scale, the touchpoint shapes, the lines.
svg_text "$WORK/flow.svg" >"$WORK/flow.txt"
for key in KEY "1 frustrated" "5 delighted" "fail point" "box: digital" "3-D box: physical" "oval: human" "loops back"; do
  expect_in "$WORK/flow.txt" "$key"
done

# --- persona: only that persona's steps, one curve, in every view
for view in map blueprint flow; do
  run build "$example" --view $view --persona busy-parent -o "$WORK/parent-$view.svg"
  expect_status 0
  expect_in "$WORK/parent-$view.svg" 'id="step.see&#45;ad"'
  expect_not_in "$WORK/parent-$view.svg" 'id="step.get&#45;leaflet"'
  expect_in "$WORK/parent-$view.svg" "for Busy parent."
  expect_in "$WORK/parent-$view.svg" "As lived by Busy parent"
done
expect_not_in "$WORK/parent-map.svg" 'id="persona.retired&#45;shopper"'
expect_in "$WORK/parent-map.svg" '<g id="emotion&#45;curve" class="edge">'
expect_not_in "$WORK/parent-map.svg" 'emotion&#45;curve.retired'
run build "$example" --view map -o "$WORK/all.svg"
expect_in "$WORK/all.svg" 'emotion&#45;curve.retired&#45;shopper'

# --- themes: their colours reach the picture; print is grey only
run build "$example" --theme dark -o "$WORK/dark.svg"
expect_in "$WORK/dark.svg" 'fill="#0b1220"'
run build "$example" --theme contrast -o "$WORK/contrast.svg"
expect_in "$WORK/contrast.svg" '#0072b2'
expect_in "$WORK/contrast.svg" '#d55e00'
expect_not_in "$WORK/contrast.svg" '#16a34a'
for view in map blueprint flow; do
  run build "$example" --view $view --theme print -o "$WORK/print-$view.svg"
  expect_status 0
  grep -o '#[0-9a-f]\{6\}' "$WORK/print-$view.svg" | sort -u >"$WORK/print-colours.txt"
  while read -r colour; do
    [ "${colour:1:2}" = "${colour:3:2}" ] && [ "${colour:3:2}" = "${colour:5:2}" ] || fail "print $view uses colour $colour"
  done <"$WORK/print-colours.txt"
done
# Print tells opportunities from pains by a dashed border, not by colour.
grep -A3 '<g id="opportunity.bank&#45;check.1" class="node">' "$WORK/print-map.svg" >"$WORK/opportunity.svg"
expect_in "$WORK/opportunity.svg" 'stroke-dasharray'

# --- PNG and PDF; --dpi; --format wins over the extension
# (the flow, the smallest picture, and low resolutions: PNG is most of this test's time)
run build "$example" --view flow -o "$WORK/flow.png"
expect_status 0
[ "$(head -c 8 "$WORK/flow.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "flow.png is not a PNG"
png_width() { od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }
run build "$example" --view flow -o "$WORK/flow24.png" --dpi 24
run build "$example" --view flow -o "$WORK/flow48.png" --dpi 48
# 96 dpi by default: four times the width at 24 dpi. (Not the SVG's points: the SVG is
# measured with jmap's font metrics, PNG with the fonts cairo draws, so the flow, which
# Graphviz lays out around its text, may differ by a few points.)
off=$(($(png_width "$WORK/flow24.png") * 4 - $(png_width "$WORK/flow.png")))
[ "${off#-}" -le 4 ] || fail "flow.png is $(png_width "$WORK/flow.png") px wide, not 4 x its 24 dpi width"
doubled=$(($(png_width "$WORK/flow24.png") * 2 - $(png_width "$WORK/flow48.png")))
[ "${doubled#-}" -le 2 ] ||
  fail "--dpi 48 should double the width of 24: $(png_width "$WORK/flow24.png") -> $(png_width "$WORK/flow48.png")"
run build "$example" --view flow -o "$WORK/flow.pdf"
expect_status 0
head -c 5 "$WORK/flow.pdf" | grep '%PDF-' >/dev/null || fail "flow.pdf is not a PDF"
# PDF pages are the theme's background to the edge: no page margin, the page painted.
for view in map blueprint flow; do
  run build "$example" --view $view --theme dark -o "$WORK/dark-$view.dot"
  grep -F 'graph [layout=' "$WORK/dark-$view.dot" >"$WORK/graph.dot"
  expect_in "$WORK/graph.dot" 'margin=0'
  expect_in "$WORK/graph.dot" 'bgcolor="#0B1220"'
  # pdftoppm: Debian's poppler-utils (setup.sh test)
  run build "$example" --view $view --theme dark -o "$WORK/dark-$view.pdf"
  pdftoppm -png -r 18 -singlefile "$WORK/dark-$view.pdf" "$WORK/dark-$view-page"
  # Corners, one pixel in: the page is not a whole number of pixels.
  corners=$("$PYTHON" -c 'import sys; from PIL import Image; im = Image.open(sys.argv[1]).convert("RGB"); w, h = im.size
print(sorted(set("#%02X%02X%02X" % im.getpixel((x, y)) for x in (0, w - 2) for y in (0, h - 2))))' "$WORK/dark-$view-page.png")
  [ "$corners" = "['#0B1220']" ] || fail "dark $view PDF: page corners are $corners, not the background"
done
run build "$example" -o "$WORK/really-png.svg" --format png --dpi 24
head -c 4 "$WORK/really-png.svg" | grep PNG >/dev/null || fail "--format png did not win over .svg"
run build "$example" -o "$WORK/map.png" --dpi 5
expect_status 2
# A map too wide for a PNG (6 stages x 30 steps: 50,000 px at 96 dpi) is drawn at the
# largest dpi that fits, and jmap says so in its own words; Graphviz's never reach the user.
"$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/gen_journey.py" 6 30 "$WORK/long.yaml"
run build "$WORK/long.yaml" -o "$WORK/long.png"
expect_status 0
expect_in "$WORK/err" "jmap: warning: $WORK/long.png: the picture is "
expect_in "$WORK/err" " px at 96 dpi, more than the 32,767 px a side Graphviz can draw in a PNG; drawn at "
expect_in "$WORK/err" "Write SVG or PDF for the full size, or pass --dpi "
expect_not_in "$WORK/err" "(null)"
expect_not_in "$WORK/err" "cairo"
[ "$(png_width "$WORK/long.png")" -lt 32767 ] || fail "long.png is $(png_width "$WORK/long.png") px wide"
run build "$WORK/long.yaml" -o "$WORK/long.png" --dpi 24
[ ! -s "$WORK/err" ] || fail "a PNG that fits still warns: $(cat "$WORK/err")"
echo "ok"
