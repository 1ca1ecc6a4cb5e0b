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
echo "ok"
