# Every example is lint-clean (no errors, no warnings), and its map names every stage.
# What each example looks like in every view and theme, byte for byte, is golden.outputs'
# (tests/golden); here: what holds whatever the pictures look like, and the outputs that
# are not golden (PNG and PDF depend on the machine's cairo).
source "$(dirname "$0")/lib.sh"

ls "$EXAMPLES"/*.yaml >/dev/null || fail "no examples"
run lint --strict "$EXAMPLES"
expect_status 0
expect_not_in "$WORK/out" "error:"
expect_not_in "$WORK/out" "warning:"
expect_in "$WORK/err" "files checked"

count=0
for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  run build "$example" -o "$WORK/$name.svg"
  expect_status 0
  # Every stage name is drawn: the text content, with XML's five entities decoded.
  xmllint --xpath '//*[local-name()="text"]/text()' "$WORK/$name.svg" |
    sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' >"$WORK/$name.text"
  stage_names=$(sed -n '/^stages:/,$p' "$example" | grep -E '^  - id:' -A1 | sed -n 's/^    name: *//p' | sed 's/^"\(.*\)"$/\1/')
  [ -n "$stage_names" ] || fail "found no stage names in $name"
  while IFS= read -r stage; do
    grep -qF -- "$stage" "$WORK/$name.text" || fail "$name.svg does not show stage '$stage'"
  done <<<"$stage_names"
  count=$((count + 1))
done
[ "$count" -ge 3 ] || fail "expected at least three examples, found $count"

# Every view also renders to PNG (at a low resolution, to keep the suite quick) and PDF.
example="$EXAMPLES/ecommerce-first-order.yaml"
for view in map blueprint flow; do
  run build "$example" --view "$view" --dpi 24 -o "$WORK/$view.png"
  expect_status 0
  head -c 4 "$WORK/$view.png" | grep PNG >/dev/null || fail "$view: not a PNG"
  run build "$example" --view "$view" --theme print -o "$WORK/$view.pdf"
  expect_status 0
  head -c 5 "$WORK/$view.pdf" | grep '%PDF-' >/dev/null || fail "$view: not a PDF"
done
echo "ok: $count examples lint clean and show their stages; every view as PNG and PDF"

# PDFs are reproducible too: cairo stamps the wall clock, jmap pins it (to SOURCE_DATE_EPOCH when set).
example="$EXAMPLES/clinic-visit.yaml"
run build "$example" -o "$WORK/first.pdf"
sleep 1.1
run build "$example" -o "$WORK/second.pdf"
cmp -s "$WORK/first.pdf" "$WORK/second.pdf" || fail "two PDF builds a second apart differ"
expect_in "$WORK/first.pdf" "/CreationDate (D:19700101000000"
SOURCE_DATE_EPOCH=1764028800 run build "$example" -o "$WORK/dated.pdf"
expect_in "$WORK/dated.pdf" "/CreationDate (D:20251125000000"
