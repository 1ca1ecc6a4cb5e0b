# Every example is lint-clean (no errors, no warnings) and builds to SVG that is
# well-formed XML, names every stage, and is byte-identical from one build to the next.
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
  xmllint --noout "$WORK/$name.svg" || fail "$name.svg is not well-formed XML"
  # Every stage name is drawn: the text content, with XML's five entities decoded.
  xmllint --xpath '//*[local-name()="text"]/text()' "$WORK/$name.svg" |
    sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' >"$WORK/$name.text"
  stage_names=$(sed -n '/^stages:/,$p' "$example" | grep -E '^  - id:' -A1 | sed -n 's/^    name: *//p' | sed 's/^"\(.*\)"$/\1/')
  [ -n "$stage_names" ] || fail "found no stage names in $name"
  while IFS= read -r stage; do
    grep -qF -- "$stage" "$WORK/$name.text" || fail "$name.svg does not show stage '$stage'"
  done <<<"$stage_names"
  # Deterministic: a second build is byte-identical.
  run build "$example" -o "$WORK/$name.again.svg"
  cmp -s "$WORK/$name.svg" "$WORK/$name.again.svg" || fail "$name: two builds differ"
  count=$((count + 1))
done
[ "$count" -ge 3 ] || fail "expected at least three examples, found $count"

# Every example in every view and theme: well-formed, titled SVG, identical on rebuild,
# and PNG and PDF.
renders=0
for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  for view in map blueprint flow; do
    for theme in default dark print contrast; do
      out="$WORK/$name-$view-$theme.svg"
      run build "$example" --view "$view" --theme "$theme" -o "$out"
      expect_status 0
      xmllint --noout "$out" || fail "$name $view $theme: not well-formed"
      expect_in "$out" '<title id="title">'
      run build "$example" --view "$view" --theme "$theme" -o "$out.again" --format svg
      cmp -s "$out" "$out.again" || fail "$name $view $theme: two builds differ"
      # PNG (at a low resolution, to keep the suite quick) and PDF too.
      run build "$example" --view "$view" --theme "$theme" --dpi 36 -o "$WORK/$name-$view-$theme.png"
      expect_status 0
      head -c 4 "$WORK/$name-$view-$theme.png" | grep -q PNG || fail "$name $view $theme: not a PNG"
      run build "$example" --view "$view" --theme "$theme" -o "$WORK/$name-$view-$theme.pdf"
      expect_status 0
      head -c 5 "$WORK/$name-$view-$theme.pdf" | grep -q '%PDF-' || fail "$name $view $theme: not a PDF"
      renders=$((renders + 1))
    done
  done
done
echo "ok: $count examples lint clean, build, and rebuild identically; $renders view/theme renders"

# PDFs too: cairo stamps the wall clock, jmap pins it (to SOURCE_DATE_EPOCH when set).
example="$EXAMPLES/clinic-visit.yaml"
run build "$example" -o "$WORK/first.pdf"
sleep 1.1
run build "$example" -o "$WORK/second.pdf"
cmp -s "$WORK/first.pdf" "$WORK/second.pdf" || fail "two PDF builds a second apart differ"
expect_in "$WORK/first.pdf" "/CreationDate (D:19700101000000"
SOURCE_DATE_EPOCH=1764028800 run build "$example" -o "$WORK/dated.pdf"
expect_in "$WORK/dated.pdf" "/CreationDate (D:20251125000000"
