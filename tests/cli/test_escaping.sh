# Every user text is escaped for the language it lands in: the SVG stays well-formed,
# no markup gets through, and Graphviz's own escapes (\N, \G) are not expanded.
source "$(dirname "$0")/lib.sh"

root=$(new_project escaping)
cat >"$root/evil.yaml" <<'YAML'
jmap: 1
title: "</title><script>alert(1)</script> & \\N \\G"
description: "\"><img src=x onerror=alert(1)> {{mustache}} ]]>"
personas: [{id: p, name: "<b>bold</b>", description: "javascript:alert(1)"}]
touchpoints: [{id: t, name: "A & B <i>", channel: web, kind: digital}]
stages:
  - id: s
    name: "<svg onload=alert(1)>"
    objective: "Quotes \" and ' and backslash \\ end\\"
    steps:
      - id: x
        name: "Step \\L \\E"
        does: "<![CDATA[ x ]]> &amp; &#60;"
        touchpoints: [t]
        emotion: 3
        thinks: "<script>alert('t')</script>"
YAML
run build "$root/evil.yaml" -o "$WORK/evil.svg"
expect_status 0
xmllint --noout "$WORK/evil.svg" || fail "the SVG is not well-formed"
expect_not_in "$WORK/evil.svg" "<script"
expect_not_in "$WORK/evil.svg" "<img"
expect_not_in "$WORK/evil.svg" "<svg onload"
expect_not_in "$WORK/evil.svg" "<b>"
expect_in "$WORK/evil.svg" "&lt;script&gt;"
xmllint --xpath '//*[local-name()="text"]/text()' "$WORK/evil.svg" >"$WORK/text"
expect_in "$WORK/text" '\N \G'
expect_in "$WORK/text" 'Step \L \E'
expect_in "$WORK/text" "&amp;"
run build "$root/evil.yaml" -o "$WORK/evil.dot"
expect_status 0
dot -Tsvg "$WORK/evil.dot" -o /dev/null || fail "dot cannot read the DOT output"

# Literal entities, tags and Graphviz escapes survive into every title and tooltip:
# Graphviz decodes `&amp;` in tooltips and the graph's name, so jmap escapes '&' there.
cat >"$root/literal.yaml" <<'YAML'
jmap: 1
title: 'T &amp; <b>x</b> \N \\ end'
personas: [{id: p, name: P}]
touchpoints: [{id: t, name: Web, channel: web, kind: digital}]
stages:
  - id: s
    name: S
    objective: O
    steps:
      - id: a
        name: 'S &amp; <b>y</b> \N \\ end'
        personas: [p]
        touchpoints: [t]
        emotion: 3
YAML
run build "$root/literal.yaml" -o "$WORK/literal.svg"
expect_status 0
"$PYTHON" - "$WORK/literal.svg" <<'PY' || fail "a title or tooltip does not show the literal text"
import sys
import xml.etree.ElementTree as ET
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}title"
title, step = r"T &amp; <b>x</b> \N \\ end", r"S &amp; <b>y</b> \N \\ end"
root = ET.parse(sys.argv[1]).getroot()
def check(what, got, want):
    if got != want:
        sys.exit(f"{what}: {got!r}, expected {want!r}")
check("document <title>", root.find(SVG + "title").text, title)
graph = root.find(SVG + "g")
check("root group <title>", graph.find(SVG + "title").text, title)
groups = {g.get("id"): g for g in root.iter(SVG + "g")}
check("header <title>", groups["header"].find(SVG + "title").text, title + " Current state")
check("header tooltip", groups["a_header"].find(SVG + "a").get(XLINK), title + " Current state")
check("step <title>", groups["step.a"].find(SVG + "title").text, step + " For: P")
check("step tooltip", groups["a_step.a"].find(SVG + "a").get(XLINK), step + " For: P")
texts = "".join(t.text or "" for t in root.iter(SVG + "text"))
for want in ("T &amp; <b>x</b>", r"\N \\ end", "S &amp;"):
    if want not in texts:
        sys.exit(f"the drawn text lacks {want!r}: {texts!r}")
PY
# ... and `dot -Tsvg` on the DOT still draws jmap's SVG (the labels for screen readers aside).
run build "$root/literal.yaml" -o "$WORK/literal.dot"
dot -Tsvg "$WORK/literal.dot" -o "$WORK/literal.dot.svg"
python3 "$JMAP_SOURCE_DIR/tests/tools/compare_drawings.py" "$WORK/literal.svg" "$WORK/literal.dot.svg" ||
  fail "dot -Tsvg differs from jmap's SVG"
echo "ok"
