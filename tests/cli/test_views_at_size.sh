# Every view holds at size: a generated journey of 20 stages and one of 6 stages x 30
# steps (tests/tools/gen_journey.py) render with no overlapping or clipped text
# (tests/tools/check_svg_layout.py measures with Graphviz's own xdot), long names
# wrapped, and every stage and step present.
source "$(dirname "$0")/lib.sh"
TOOLS="$JMAP_SOURCE_DIR/tests/tools"

# The checker can fail: a box too small for its text and two overlapping cards.
if "$PYTHON" "$TOOLS/check_svg_layout.py" "$DATA/overflowing-layout.dot" >"$WORK/bad.txt"; then
  fail "the layout checker passed a broken layout"
fi
expect_in "$WORK/bad.txt" "card.narrow: text 'A label far too long for its little box' does not fit across"
expect_in "$WORK/bad.txt" "card.a and card.b overlap"

"$PYTHON" "$TOOLS/gen_journey.py" 20 3 "$WORK/wide.yaml"
"$PYTHON" "$TOOLS/gen_journey.py" 6 30 "$WORK/long.yaml"
for journey in wide long; do
  run lint --strict "$WORK/$journey.yaml"
  expect_status 0
  for view in map blueprint flow; do
    run build "$WORK/$journey.yaml" --view $view -o "$WORK/$journey-$view.dot"
    expect_status 0
    run build "$WORK/$journey.yaml" --view $view -o "$WORK/$journey-$view.svg"
    expect_status 0
    xmllint --noout "$WORK/$journey-$view.svg" || fail "$journey-$view.svg is not well-formed"
  done
  "$PYTHON" "$TOOLS/check_svg_layout.py" "$WORK/$journey"-*.dot >"$WORK/problems.txt" ||
    fail "$journey: $(head -20 "$WORK/problems.txt")"
done

# All 20 stages and all 180 steps are drawn, in every view.
for view in map blueprint flow; do
  [ "$(grep -c '<g id="stage\.stage&#45;[0-9]*" class="\(node\|cluster\)"' "$WORK/wide-$view.svg")" -eq 20 ] ||
    fail "wide $view: expected 20 stages"
  [ "$(grep -c '<g id="step\.s[0-9]*&#45;[0-9]*" class="node"' "$WORK/long-$view.svg")" -eq 180 ] ||
    fail "long $view: expected 180 steps"
done
# A stage name wraps at the width its steps give the stage, not at one column: the
# stage 1 name (6 words of up to 9 letters) stands on one line over its three steps
# (the layout check above has found it inside its box).
grep -A12 '<g id="stage.stage&#45;1" class="cluster"' "$WORK/wide-flow.svg" | grep -c '<text' >"$WORK/lines.txt"
[ "$(cat "$WORK/lines.txt")" -eq 3 ] || fail "the stage 1 name wrapped in a three-step stage ($(cat "$WORK/lines.txt") lines)"

# Past 800 steps the flow is laid out by jmap in one row (dot's time grows faster than
# the journey, and dot cannot rank more than 32,767 columns): 10 stages x 90 steps,
# with the generator's branches and loops across stages.
"$PYTHON" "$TOOLS/gen_journey.py" 10 90 "$WORK/row.yaml"
run build "$WORK/row.yaml" --view flow -o "$WORK/row-flow.dot"
expect_status 0
grep 'layout=nop2' "$WORK/row-flow.dot" >/dev/null || fail "a 900-step flow was not laid out by jmap"
"$PYTHON" "$TOOLS/check_svg_layout.py" "$WORK/row-flow.dot" >"$WORK/problems.txt" || fail "row flow: $(head -20 "$WORK/problems.txt")"
# The stages are bands of one height at one height: their pos y and height are the same.
grep -o '"stage\.stage-[0-9]*" \[id="[^"]*", pos="[0-9.]*,[0-9.]*!", width=[0-9.]*, height=[0-9.]*' "$WORK/row-flow.dot" |
  sed 's/.*pos="[0-9.]*,\([0-9.]*\)!".*height=\([0-9.]*\)/\1 \2/' | sort -u >"$WORK/bands.txt"
[ "$(grep -c . "$WORK/bands.txt")" -eq 1 ] || fail "row flow: stage bands differ in place or height: $(cat "$WORK/bands.txt")"
run build "$WORK/row.yaml" --view flow -o "$WORK/row-flow.svg"
expect_status 0
xmllint --noout "$WORK/row-flow.svg" || fail "row-flow.svg is not well-formed"
[ "$(grep -c '<g id="step\.s[0-9]*&#45;[0-9]*" class="node"' "$WORK/row-flow.svg")" -eq 900 ] || fail "row flow: expected 900 steps"
[ "$(grep -c '<g id="stage\.stage&#45;[0-9]*" class="node"' "$WORK/row-flow.svg")" -eq 10 ] || fail "row flow: expected 10 stages"
grep '>loops back<' "$WORK/row-flow.svg" >/dev/null || fail "row flow: no loop labelled"
echo "ok"
