# What the map shows: lanes with content and only those, the scale's labels on the
# axis (round steps on a wide scale), one curve per persona, KPI status, funnel counts.
source "$(dirname "$0")/lib.sh"

root=$(new_project map)
cat >"$root/wide.yaml" <<'YAML'
jmap: 1
title: Wide scale
scale: {min: 0, max: 100, labels: {0: awful, 50: fine, 100: superb}}
personas: [{id: a, name: Ann}, {id: b, name: Bob}]
touchpoints: [{id: w, name: Web shop, channel: web}]
stages:
  - id: visit
    name: Visit
    objective: Customers look around
    reached: 1000
    steps:
      - {id: look, name: Looks, touchpoints: [w], emotion: {a: 10, b: 75}}
      - {id: buy, name: Buys, touchpoints: [w], emotion: {a: superb, b: fine}}
    kpis:
      - {id: conv, name: Conversion, unit: "%", target: 3, actual: 2.5}
      - {id: time, name: Time to buy, unit: min, target: 5, actual: 4, better: lower}
  - id: return
    name: Return
    objective: Customers come back
    reached: 250
    steps:
      - {id: back, name: Comes back, touchpoints: [w], emotion: 60}
YAML
run build "$root/wide.yaml" -o "$WORK/wide.svg"
expect_status 0
xmllint --xpath '//*[local-name()="text"]/text()' "$WORK/wide.svg" >"$WORK/text"
for label in "superb · 100" "fine · 50" "awful · 0" "90" "10"; do expect_in "$WORK/text" "$label"; done
expect_not_in "$WORK/text" "91"
# Lanes with content only: no thoughts, pains or blueprint lanes in this journey.
expect_in "$WORK/text" "Customer steps"
expect_in "$WORK/text" "Touchpoints"
expect_in "$WORK/text" "KPIs"
for lane in Thinks "Pain points" Opportunities Frontstage Backstage "Support processes" Evidence Motivations; do
  expect_not_in "$WORK/text" "$lane"
done
# One curve per persona, and a marker per value.
expect_in "$WORK/wide.svg" 'id="emotion&#45;curve.a"'
expect_in "$WORK/wide.svg" 'id="emotion&#45;curve.b"'
expect_in "$WORK/wide.svg" 'id="emotion.look.a"'
expect_in "$WORK/wide.svg" 'id="emotion.back.b"'
# A legend: each persona's name beside a sample of its curve, in the curve's colour
# (and, in print, its pattern).
legend_check() {  # SVG PERSONA NAME
  local name line curve
  name=$(xmllint --xpath "string(//*[local-name()='g'][@id='emotion-legend.$2']//*[local-name()='text'])" "$1")
  line=$(xmllint --xpath "string(//*[local-name()='g'][@id='emotion-legend-line.$2']//*[local-name()='path']/@stroke)" "$1")
  curve=$(xmllint --xpath "string(//*[local-name()='g'][@id='emotion-curve.$2']//*[local-name()='path']/@stroke)" "$1")
  [ "$name" = "$3" ] || fail "legend of $2: expected '$3', got '$name'"
  [ -n "$line" ] && [ "$line" = "$curve" ] || fail "legend line of $2 is '$line', its curve '$curve'"
}
legend_check "$WORK/wide.svg" a Ann
legend_check "$WORK/wide.svg" b Bob
expect_in "$WORK/wide.svg" 'stroke="#2563eb"'
run build "$root/wide.yaml" --theme print -o "$WORK/print.svg"
expect_status 0
legend_check "$WORK/print.svg" a Ann
legend_check "$WORK/print.svg" b Bob
dashes() { xmllint --xpath "string(//*[local-name()='g'][@id='$2']//*[local-name()='path']/@stroke-dasharray)" "$1"; }
[ "$(dashes "$WORK/print.svg" emotion-curve.a)" != "$(dashes "$WORK/print.svg" emotion-curve.b)" ] || fail "print: both curves look alike"
[ "$(dashes "$WORK/print.svg" emotion-legend-line.b)" = "$(dashes "$WORK/print.svg" emotion-curve.b)" ] || fail "print: legend pattern"

# KPI status and figures; the funnel.
expect_in "$WORK/text" "✗ MISSED"
expect_in "$WORK/text" "✓ MET"
expect_in "$WORK/text" "Actual 2.5% · Target ≥ 3%"
expect_in "$WORK/text" "Actual 4 min · Target ≤ 5 min"
expect_in "$WORK/text" "1,000 reached"
expect_in "$WORK/text" "250 reached · 25% of previous"
# Every cell has a tooltip (an SVG title for screen readers and hover).
expect_in "$WORK/wide.svg" 'xlink:title="Looks"'

# Scale labels never overlap (tests/tools/check_svg_layout.py): many labelled values
# grow the lane or are thinned to round steps; both ends always show.
scale_journey() {  # LOW HIGH LABELLED
  local labels="" v
  if [ "$3" = yes ]; then
    for ((v = $1; v <= $2; v++)); do labels+="${labels:+, }$v: level $v"; done
    labels=", labels: {$labels}"
  fi
  printf 'jmap: 1\ntitle: Scale\nscale: {min: %s, max: %s%s}\n' "$1" "$2" "$labels"
  printf 'stages: [{id: s, name: S, steps: [{id: one, name: One, emotion: %s}, {id: two, name: Two, emotion: %s}]}]\n' "$1" "$2"
}
for scale in "0 15 yes" "0 100 yes" "-3 3 no" "1 5 no"; do
  set -- $scale
  scale_journey "$@" >"$root/scale.yaml"
  run build "$root/scale.yaml" -o "$WORK/scale$1_$2.dot"
  expect_status 0
  "$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/check_svg_layout.py" "$WORK/scale$1_$2.dot" >"$WORK/problems.txt" ||
    fail "scale $1..$2: $(head -5 "$WORK/problems.txt")"
  expect_in "$WORK/scale$1_$2.dot" "id=\"emotion-label.$1\""
  expect_in "$WORK/scale$1_$2.dot" "id=\"emotion-label.$2\""
done
expect_in "$WORK/scale0_15.dot" "level 7 · 7"
expect_in "$WORK/scale0_100.dot" "level 95 · 95"
expect_not_in "$WORK/scale0_100.dot" "level 96 · 96"

# The key of a rich journey stands right of its persona cards, in each theme's colours
# (digital fill: default #EFF6FF, dark #172554, print #FFFFFF, contrast #E3F1FA).
for theme in default:EFF6FF dark:172554 print:FFFFFF contrast:E3F1FA; do
  run build "$EXAMPLES/ecommerce-first-order.yaml" --theme "${theme%%:*}" -o "$WORK/key.dot"
  expect_status 0
  "$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/check_svg_layout.py" "$WORK/key.dot" >"$WORK/problems.txt" ||
    fail "key, ${theme%%:*}: $(head -5 "$WORK/problems.txt")"
  for chip in "Digital touchpoint" "Physical touchpoint" "Human touchpoint" "Pain point" "Opportunity" "✓ KPI met" \
    "✗ KPI missed" "⚠ Fail point"; do
    expect_in "$WORK/key.dot" ">$chip<"
  done
  grep -F 'id="key.digital"' "$WORK/key.dot" | grep -iF "fillcolor=\"#${theme#*:}\"" >/dev/null || fail "key colours, ${theme%%:*}"
done

# A huge scale does not hang the axis.
sed -i 's/max: 100,/max: 1000000000,/; s/100: superb/1000000000: superb/' "$root/wide.yaml"
run build "$root/wide.yaml" -o "$WORK/huge.svg"
expect_status 0
expect_in "$WORK/huge.svg" "superb · 1000000000"

# A tab in text is a space on the map, not lost ("tabhere"); the lines of a `|` block
# are joined with a space in the SVG's <desc>.
cat >"$root/spacing.yaml" <<'YAML'
jmap: 1
title: "Tab\ttitle"
description: |
  line one
  line two
personas: [{id: a, name: Ann}]
touchpoints: [{id: w, name: Web shop, channel: web}]
stages:
  - id: visit
    name: Visit
    objective: Customers look around
    steps:
      - {id: look, name: "Looks\u2028around", does: "tab\there", touchpoints: [w], emotion: 3}
YAML
run build "$root/spacing.yaml" -o "$WORK/spacing.svg"
expect_status 0
expect_in "$WORK/spacing.svg" ">tab here</text>"
expect_in "$WORK/spacing.svg" ">Tab title</text>"
expect_in "$WORK/spacing.svg" ">Looks</text>"
expect_in "$WORK/spacing.svg" ">around</text>"
expect_not_in "$WORK/spacing.svg" "tabhere"
expect_in "$WORK/spacing.svg" '<desc id="desc">Journey map: 1 stage, 1 step. line one line two</desc>'
echo "ok"
