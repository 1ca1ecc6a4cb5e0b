# `build --embed-source` (SVG, PNG) and `jmap extract`: the journey file's exact bytes
# ride inside the picture and come back byte for byte.
source "$(dirname "$0")/lib.sh"

project=$(new_project embed)
journey="$project/journey.yaml"
# Non-ASCII text, and what XML must not see raw: `]]>`, `--`, `&`, `<`, a tab, no final newline.
write_journey "$journey"
printf '# Caf\xc3\xa9 \xe2\x80\x94 \xe6\x97\x85 \xf0\x9f\x9b\x92 ]]> -- & <tag>\t"q"\n# no newline at the end' >>"$journey"

# SVG: well-formed, the source in <metadata>, and any XML reader gets it back.
run build "$journey" --embed-source -o "$WORK/map.svg"
expect_status 0
xmllint --noout "$WORK/map.svg" || fail "the SVG with its source is not well-formed XML"
expect_in "$WORK/map.svg" '<jmap:source xmlns:jmap="https://github.com/jmap-project/jmap/source" encoding="text">jmap: 1'
expect_in "$WORK/map.svg" ']]&gt; -- &amp; &lt;tag&gt;'
run extract "$WORK/map.svg"
expect_status 0
cmp "$WORK/out" "$journey" || fail "jmap extract of the SVG differs from the journey"
"$PYTHON" - "$WORK/map.svg" "$journey" <<'PY' || fail "an XML parser does not read the journey back"
import sys, xml.etree.ElementTree as ET
node = ET.parse(sys.argv[1]).find(".//{https://github.com/jmap-project/jmap/source}source")
assert node is not None and node.get("encoding") == "text"
assert node.text.encode("utf-8") == open(sys.argv[2], "rb").read()
PY
# The SVG is still the map: the accessible title first, the metadata last.
expect_in "$WORK/map.svg" '<title id="title">Small journey</title>'
[ "$(tail -n 1 "$WORK/map.svg")" = "</svg>" ] || fail "the SVG should end with </svg>"

# PNG: an iTXt chunk; the picture still decodes, and PIL reads the same text.
run build "$journey" --embed-source -o "$WORK/map.png"
expect_status 0
run extract "$WORK/map.png" -o "$WORK/back.yaml"
expect_status 0
cmp "$WORK/back.yaml" "$journey" || fail "jmap extract -o of the PNG differs from the journey"
"$PYTHON" - "$WORK/map.png" "$journey" <<'PY' || fail "the PNG does not decode, or PIL does not read the source"
import sys
from PIL import Image
image = Image.open(sys.argv[1])
image.load()
assert image.size[0] > 100 and image.size[1] > 100, image.size
assert image.text["jmap:source"].encode("utf-8") == open(sys.argv[2], "rb").read()
PY

# Deterministic: the same bytes twice; and only the metadata differs from a plain build.
run build "$journey" --embed-source -o "$WORK/again.svg"
cmp "$WORK/map.svg" "$WORK/again.svg" || fail "two SVG builds with --embed-source differ"
run build "$journey" --embed-source -o "$WORK/again.png"
cmp "$WORK/map.png" "$WORK/again.png" || fail "two PNG builds with --embed-source differ"
run build "$journey" -o "$WORK/plain.svg"
expect_not_in "$WORK/plain.svg" 'jmap:source'
"$PYTHON" - "$WORK/map.svg" "$WORK/plain.svg" <<'PY' || fail "--embed-source changed more than the metadata"
import re, sys
embedded, plain = (open(p, encoding="utf-8").read() for p in sys.argv[1:])
assert re.sub(r"<metadata>\n.*</metadata>\n", "", embedded, flags=re.S) == plain
PY

# CRLF line ends survive (XML parsers would turn a raw CR into LF).
printf 'jmap: 1\r\ntitle: Windows file\r\nstages:\r\n  - id: s\r\n    name: S\r\n    steps: [{id: a, name: A}]\r\n' >"$project/crlf.yaml"
run build "$project/crlf.yaml" --embed-source -o "$WORK/crlf.svg"
expect_status 0
expect_in "$WORK/crlf.svg" 'jmap: 1&#13;'
run extract "$WORK/crlf.svg" -o "$WORK/crlf-back.yaml"
cmp "$WORK/crlf-back.yaml" "$project/crlf.yaml" || fail "CRLF line ends did not survive"

# The root file only: an import stays a reference (documented in jmap(1)).
run build "$EXAMPLES/ecommerce-first-order.yaml" --embed-source -o "$WORK/shop.svg"
expect_status 0
run extract "$WORK/shop.svg"
cmp "$WORK/out" "$EXAMPLES/ecommerce-first-order.yaml" || fail "extract should give the root file's bytes"

# Refused where the picture cannot carry it, before any work.
for out in map.pdf map.html map.dot; do
  run build "$journey" --embed-source -o "$WORK/$out"
  expect_status 2
  expect_in "$WORK/err" "--embed-source applies to SVG and PNG output only (-o map.svg), not ${out#map.}"
  [ ! -e "$WORK/$out" ] || fail "$out was written although --embed-source was refused"
done

# A picture without source, or no picture at all: a clear error, exit 2.
run extract "$WORK/plain.svg"
expect_status 2
expect_in "$WORK/err" "jmap: error: '$WORK/plain.svg' holds no journey source"
expect_in "$WORK/err" "hint: build the picture with --embed-source"
[ ! -s "$WORK/out" ] || fail "nothing should be written to stdout"
run build "$journey" -o "$WORK/plain.png"
run extract "$WORK/plain.png"
expect_status 2
expect_in "$WORK/err" "holds no journey source"
run extract "$WORK/missing.svg"
expect_status 2
expect_in "$WORK/err" "cannot read '$WORK/missing.svg'"
# A damaged chunk is reported, not returned.
"$PYTHON" - "$WORK/map.png" "$WORK/damaged.png" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
at = data.index(b"jmap:source") + 20
data[at] ^= 0x20
open(sys.argv[2], "wb").write(data)
PY
run extract "$WORK/damaged.png"
expect_status 2
expect_in "$WORK/err" "damaged PNG: the jmap:source chunk's CRC does not match"
run extract "$WORK/map.svg" -o "$WORK/map.svg"
expect_status 2
expect_in "$WORK/err" "is the picture itself"
echo "ok"
