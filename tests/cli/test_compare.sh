# `jmap build NEW --compare OLD`: the map draws OLD's curves dashed under NEW's, tags the
# steps added since OLD, notes what is gone; formats without a map refuse the option.
source "$(dirname "$0")/lib.sh"
D="$DATA/diff"

run build "$D/future.yaml" --compare "$D/current.yaml" -o "$WORK/cmp.svg"
expect_status 0
[ -s "$WORK/err" ] && fail "a clean pair printed something"
svg="$WORK/cmp.svg"
xmllint --noout "$svg" || fail "the SVG is not well-formed"
# The old curve of each persona: dashed, in a lighter shade of the persona's colour.
for persona in busy careful; do
  grep -A6 "<g id=\"emotion&#45;old&#45;curve.$persona\"" "$svg" >"$WORK/old-$persona" || fail "no old curve for $persona"
  expect_in "$WORK/old-$persona" 'stroke-dasharray'
  grep -A6 "<g id=\"emotion&#45;curve.$persona\"" "$svg" >"$WORK/new-$persona" || fail "no new curve for $persona"
  expect_not_in "$WORK/new-$persona" 'stroke-dasharray'
done
old_colour=$(grep -o 'stroke="#[0-9a-fA-F]*"' "$WORK/old-busy" | head -1)
new_colour=$(grep -o 'stroke="#[0-9a-fA-F]*"' "$WORK/new-busy" | head -1)
[ -n "$old_colour" ] && [ "$old_colour" != "$new_colour" ] || fail "the old curve is not a lighter shade ($old_colour, $new_colour)"
# The added step is tagged NEW on its card; the legend and the note say the rest.
grep -A6 '<g id="step.report&#45;in&#45;app"' "$svg" | grep '>NEW<' >/dev/null || fail "the added step has no NEW tag"
grep -A6 '<g id="step.find&#45;help"' "$svg" | grep '>NEW<' >/dev/null && fail "a step that was there is tagged NEW"
expect_in "$svg" "Dashed: as&#45;is, current.yaml"
expect_in "$svg" "Solid: to&#45;be, future.yaml"
expect_in "$svg" "Removed since current.yaml"
expect_in "$svg" "Reads the policy"                 # the removed step
expect_in "$svg" "Eleven minutes in the queue"      # a resolved pain
# Without --compare, none of it.
run build "$D/future.yaml" -o "$WORK/plain.svg"
expect_not_in "$WORK/plain.svg" "old&#45;curve"
expect_not_in "$WORK/plain.svg" "Removed since"

# PNG and PDF draw the same view.
run build "$D/future.yaml" --compare "$D/current.yaml" -o "$WORK/cmp.png"
expect_status 0
run build "$D/future.yaml" --compare "$D/current.yaml" -o "$WORK/cmp.pdf"
expect_status 0

grep -q 'stroke-dasharray' <(grep -A4 'emotion&#45;legend&#45;line&#45;old"' "$svg") || fail "the legend's as-is sample is not dashed"

# The HTML page: a "Changes since OLD" section with the map of both states (its own ids)
# and every change in jmap diff's words, grouped by stage.
run build "$D/future.yaml" --compare "$D/current.yaml" -o "$WORK/cmp.html"
expect_status 0
expect_in "$WORK/cmp.html" 'Changes since '
expect_in "$WORK/cmp.html" '2 added, 4 removed, 11 changed'
expect_in "$WORK/cmp.html" 'id="compare-'
expect_in "$WORK/cmp.html" '<li class="change-removed"><strong>resolved</strong> pain long-queue'
expect_in "$WORK/cmp.html" '<h3>Stage contact &quot;Contact&quot;</h3>'
[ "$(sed -n '/id="changes"/,/<\/section>/p' "$WORK/cmp.html" | grep -c 'stroke-dasharray')" -ge 1 ] ||
  fail "the page's map of both states has no dashed old curve"
# A change without detail ends at its subject, no dangling colon.
expect_in "$WORK/cmp.html" '<strong>added</strong> step report-in-app &quot;Reports it in the app&quot;</li>'
run build "$D/future.yaml" -o "$WORK/plain.html"
expect_not_in "$WORK/plain.html" 'id="changes"'

# Dark readers (prefers-color-scheme: dark) get the page's dark palette and, as for the
# blueprint and the flow, the map of both states in the dark theme (its own ids, the old
# curves still dashed) in place of the light one; the light one stays for paper.
expect_in "$WORK/cmp.html" '@media screen and (prefers-color-scheme: dark)'
sed -n '/id="changes"/,/<\/section>/p' "$WORK/cmp.html" >"$WORK/changes.html"
expect_in "$WORK/changes.html" '<figure class="picture has-dark">'
expect_in "$WORK/changes.html" '<div class="picture-light"><svg role="img" aria-labelledby="compare-title compare-desc"'
expect_in "$WORK/changes.html" '<div class="picture-dark"><svg role="img" aria-labelledby="compare-dark-title compare-dark-desc"'
sed -n '/<div class="picture-dark">/,$p' "$WORK/changes.html" >"$WORK/changes-dark.html"
expect_in "$WORK/changes-dark.html" 'fill="#0b1220"'   # the dark theme's background, the page's --bg
grep 'stroke-dasharray' "$WORK/changes-dark.html" >/dev/null || fail "the dark map of both states has no dashed old curve"
# A theme the user chose is drawn as it is, without a dark twin.
run build "$D/future.yaml" --compare "$D/current.yaml" --theme print -o "$WORK/print.html"
expect_status 0
expect_in "$WORK/print.html" 'id="compare-title"'
expect_not_in "$WORK/print.html" 'compare-dark-'
expect_not_in "$WORK/print.html" 'class="picture has-dark"'

# Where it makes no sense: refused, exit 2, like --image.
for out in cmp.md cmp.json cmp.mmd; do
  run build "$D/future.yaml" --compare "$D/current.yaml" -o "$WORK/$out"
  expect_status 2
  expect_in "$WORK/err" "--compare applies to"
done
run build "$D/future.yaml" --compare "$D/current.yaml" --view flow -o "$WORK/cmp.svg"
expect_status 2
expect_in "$WORK/err" "--compare draws on the map"
run build "$D/future.yaml" --compare "$D/current.yaml" --stages notice -o "$WORK/cmp.svg"
expect_status 2
expect_in "$WORK/err" "leave out --stages"
# One persona: the old state is that persona's too: a step busy no longer takes is gone
# for busy, and careful's curves are not drawn.
run build "$D/future.yaml" --compare "$D/current.yaml" --persona busy -o "$WORK/busy.svg"
expect_status 0
expect_in "$WORK/busy.svg" "emotion&#45;old&#45;curve"
expect_in "$WORK/busy.svg" "Reads the policy"
expect_in "$WORK/busy.svg" "Calls the line"   # busy no longer calls: gone for busy
expect_not_in "$WORK/busy.svg" "curve.careful"

# An old state with errors stops the build, with its finding.
run build "$D/future.yaml" --compare "$D/invalid.yaml" -o "$WORK/bad.svg"
expect_status 1
expect_in "$WORK/err" "invalid.yaml:52:28: error:"
[ -e "$WORK/bad.svg" ] && fail "a build against an invalid old state wrote its output"
echo "ok"
