# ctest mermaid.render: every example's `build -o x.mmd` rendered by the real Mermaid CLI
# (tests/node: @mermaid-js/mermaid-cli with Debian's chromium); the SVG must name every
# task and section. Skipped (77) only when the CLI or chromium is not installed.
set -euo pipefail
: "${JMAP:?}" "${JMAP_SOURCE_DIR:?}" "${OUT_DIR:?}"
mmdc="$JMAP_SOURCE_DIR/tests/node/node_modules/.bin/mmdc"
[ -x "$mmdc" ] || { echo "SKIP: the Mermaid CLI is not installed (run: ./setup.sh test)"; exit 77; }
[ -x /usr/bin/chromium ] || { echo "SKIP: /usr/bin/chromium is not installed (run: ./setup.sh test)"; exit 77; }
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
mkdir -p "$OUT_DIR"
for journey in "$JMAP_SOURCE_DIR"/examples/*.yaml; do
  name=$(basename "$journey" .yaml)
  "$JMAP" build "$journey" -o "$OUT_DIR/$name.mmd" 2>/dev/null
  "$mmdc" --quiet -p "$JMAP_SOURCE_DIR/tests/node/puppeteer-config.json" -i "$OUT_DIR/$name.mmd" -o "$OUT_DIR/$name.svg"
  # Every task and section, decoded from Mermaid's entity codes, must be a text of the SVG.
  "$PYTHON" - "$OUT_DIR/$name.mmd" "$OUT_DIR/$name.svg" <<'PY'
import html, re, sys
import xml.etree.ElementTree as ET
mmd, svg = sys.argv[1], sys.argv[2]
texts = {" ".join(t.split()) for t in ET.parse(svg).getroot().itertext()}
def decode(s):
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), s).strip()
wanted = []
for line in open(mmd, encoding="utf-8"):
    line = line.strip()
    if line.startswith("section "):
        wanted.append(decode(line[8:]))
    elif ":" in line and not line.startswith(("accTitle", "accDescr", "title")):
        wanted.append(decode(line.split(":")[0]))
missing = [w for w in wanted if " ".join(w.split()) not in texts]
if not wanted or missing:
    sys.exit(f"{svg}: {len(missing)} of {len(wanted)} tasks/sections missing: {missing[:5]}")
print(f"{svg}: all {len(wanted)} tasks and sections drawn")
PY
done
