# `build -o deck.pptx`: a PowerPoint deck that a real client opens. For every example:
# the package and its notes checked against the model view (tests/tools/check_pptx.py),
# then LibreOffice converts it to PDF: a page per slide (title, the whole view, one per
# stage) showing the title and every stage's name. The same input gives the same bytes.
source "$(dirname "$0")/lib.sh"
command -v soffice >/dev/null || { echo "SKIP: no soffice (libreoffice-impress; ./setup.sh test)" >&2; exit 77; }
CHECK="$JMAP_SOURCE_DIR/tests/tools/check_pptx.py"

# LibreOffice with its own HOME and profile, so that runs side by side do not share one.
to_pdf() {
  HOME="$WORK/lo-home" soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless \
    --convert-to pdf --outdir "$WORK" "$1" >"$WORK/soffice.log" 2>&1 || fail "soffice could not convert $1"
  [ -s "${1%.pptx}.pdf" ] || fail "soffice wrote no PDF for $1: $(cat "$WORK/soffice.log")"
}

# docProps/core.xml as KEY=VALUE lines, unescaped by an XML parser: title, creator,
# keywords, description, created, modified.
core_properties() {
  unzip -p "$1" docProps/core.xml | python3 -c 'import sys, xml.etree.ElementTree as ET
for element in ET.parse(sys.stdin).getroot(): print(element.tag.split("}")[1] + "=" + (element.text or ""))'
}

# The PDF's text on one line, spaces squeezed: a title may wrap.
pdf_text() { pdftotext "$1" - | tr -s ' \n' '  '; }

for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  deck="$WORK/$name.pptx"
  run build "$example" -o "$deck"
  expect_status 0
  run build "$example" -o "$WORK/$name.json"
  expect_status 0
  python3 "$CHECK" "$deck" "$WORK/$name.json" || fail "$name.pptx does not hold what the journey says"
  to_pdf "$deck"
  stages=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["stages"]))' "$WORK/$name.json")
  pages=$(pdfinfo "$WORK/$name.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" -eq $((stages + 2)) ] || fail "$name: LibreOffice shows $pages slides, not $((stages + 2))"
  pdf_text "$WORK/$name.pdf" >"$WORK/$name.txt"
  python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); print(m["title"]); [print(s["name"]) for s in m["stages"]]' \
    "$WORK/$name.json" | while IFS= read -r text; do expect_in "$WORK/$name.txt" "$text"; done
  # The notes, as the notes page's XML holds them.
  unzip -p "$deck" ppt/notesSlides/notesSlide3.xml | grep -F "Stage 1 of $stages" >/dev/null || fail "$name: no notes on the first stage"
  # File > Properties: the journey's title, owner, tags and updated day, which LibreOffice
  # carries into the PDF's Title and Author.
  core_properties "$deck" >"$WORK/$name.core"
  python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))
print("title=" + m["title"]); print("creator=" + m["owner"]); print("keywords=" + ", ".join(m["tags"]))
print("created=" + m["updated"] + "T00:00:00Z"); print("modified=" + m["updated"] + "T00:00:00Z")' "$WORK/$name.json" |
    while IFS= read -r line; do grep -Fx "$line" "$WORK/$name.core" >/dev/null || fail "$name: core.xml lacks $line"; done
  pdfinfo "$WORK/$name.pdf" >"$WORK/$name.info"
  grep -Fx "Title:           $(sed -n 's/^title=//p' "$WORK/$name.core")" "$WORK/$name.info" >/dev/null ||
    fail "$name: LibreOffice's PDF has not the journey's title: $(grep '^Title:' "$WORK/$name.info")"
  grep -Fx "Author:          $(sed -n 's/^creator=//p' "$WORK/$name.core")" "$WORK/$name.info" >/dev/null ||
    fail "$name: LibreOffice's PDF has not the journey's owner as author: $(grep '^Author:' "$WORK/$name.info")"
  unzip -p "$deck" docProps/app.xml | grep -F "<Application>jmap</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>$((stages + 2))</Slides>" >/dev/null ||
    fail "$name: app.xml does not name jmap and $((stages + 2)) slides"
done

# Same input, same bytes: fixed dates and order in the archive, whatever the time zone.
run build "$EXAMPLES/clinic-visit.yaml" -o "$WORK/again.pptx"
cmp -s "$WORK/again.pptx" "$WORK/clinic-visit.pptx" || fail "two builds of one journey differ"
TZ=Pacific/Kiritimati "$JMAP" build "$EXAMPLES/clinic-visit.yaml" -o "$WORK/tz.pptx"
cmp -s "$WORK/tz.pptx" "$WORK/clinic-visit.pptx" || fail "the deck depends on the time zone"
unzip -Z -T "$WORK/tz.pptx" | grep '19800101.000000' >/dev/null || fail "the members are not dated 1980-01-01"

# --view, --theme, --persona and --stages choose the pictures; numbers stay the whole journey's.
run build "$EXAMPLES/ecommerce-first-order.yaml" --view blueprint --theme dark --persona busy-parent --stages 2..3 \
  -o "$WORK/part.pptx"
expect_status 0
unzip -p "$WORK/part.pptx" ppt/slides/slide2.xml | grep -F '>Service blueprint<' >/dev/null || fail "--view blueprint: not the overview's title"
unzip -p "$WORK/part.pptx" ppt/slides/slide1.xml | grep -F 'As lived by Busy parent' >/dev/null || fail "--persona: not on the title slide"
unzip -p "$WORK/part.pptx" ppt/notesSlides/notesSlide3.xml | grep -F 'Stage 2 of 6: Sign-up' >/dev/null || fail "--stages: the stage's number changed"
[ "$(unzip -Z1 "$WORK/part.pptx" | grep -c '^ppt/slides/slide[0-9]*\.xml$')" -eq 4 ] || fail "--stages 2..3: not 4 slides"
run build "$EXAMPLES/clinic-visit.yaml" --dpi 200 -o "$WORK/x.pptx"
expect_status 2
expect_in "$WORK/err" "--dpi applies to PNG output only"

# Text that XML must escape, and control characters, reach the slides as text.
cat >"$WORK/hostile.yaml" <<'YAML'
jmap: 1
title: "Tom & Jerry's <deck> \"quoted\" \x01end"
stages:
  - id: s
    name: "Stage <one> & more"
    objective: "Objective with ]]> and &amp;"
    steps:
      - id: a
        name: "Step \u0085 C1"
        pains: [{text: "Pain <b>bold</b>", severity: high}]
YAML
run build "$WORK/hostile.yaml" -o "$WORK/hostile.pptx"
expect_status 0
run build "$WORK/hostile.yaml" -o "$WORK/hostile.json"
python3 "$CHECK" "$WORK/hostile.pptx" "$WORK/hostile.json" 2>"$WORK/err" || fail "the hostile deck: $(cat "$WORK/err")"
unzip -p "$WORK/hostile.pptx" ppt/slides/slide1.xml | grep -F 'Tom &amp; Jerry&#39;s &lt;deck&gt; &quot;quoted&quot; end' >/dev/null ||
  fail "the title is not escaped with its control character dropped"
to_pdf "$WORK/hostile.pptx"
pdf_text "$WORK/hostile.pdf" >"$WORK/hostile.txt"
expect_in "$WORK/hostile.txt" "Stage <one> & more"
# Its properties: the title escaped; no owner, so jmap; no updated day, so no clock either.
core_properties "$WORK/hostile.pptx" >"$WORK/hostile.core"
expect_in "$WORK/hostile.core" "title=Tom & Jerry's <deck> \"quoted\" end"
expect_in "$WORK/hostile.core" "creator=jmap"
expect_in "$WORK/hostile.core" "created=1970-01-01T00:00:00Z"
expect_not_in "$WORK/hostile.core" "keywords="
pdfinfo "$WORK/hostile.pdf" | grep -Fx "Title:           Tom & Jerry's <deck> \"quoted\" end" >/dev/null ||
  fail "the hostile title does not reach the PDF's Title"
SOURCE_DATE_EPOCH=1767225600 "$JMAP" build "$WORK/hostile.yaml" -o "$WORK/epoch.pptx"
core_properties "$WORK/epoch.pptx" >"$WORK/epoch.core"
expect_in "$WORK/epoch.core" "modified=2026-01-01T00:00:00Z"
SOURCE_DATE_EPOCH=1767225600 "$JMAP" build "$WORK/hostile.yaml" -o "$WORK/epoch2.pptx"
cmp -s "$WORK/epoch.pptx" "$WORK/epoch2.pptx" || fail "two builds with one SOURCE_DATE_EPOCH differ"
echo "ok"
