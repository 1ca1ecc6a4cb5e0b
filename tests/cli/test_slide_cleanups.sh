# What a slide shows must be clean: a cut scale label ends in an ellipsis, a wrapped
# persona name keeps its colour, a persona card of a name alone is not stretched, KPI
# figures read the same (grouped, currency first, "/5" attached) in the map, HTML and
# Markdown, and print's personas' markers differ in shape where curves meet.
source "$(dirname "$0")/lib.sh"
JOURNEY="$DATA/slide-cleanups.yaml"
TOOLS="$JMAP_SOURCE_DIR/tests/tools"

run build "$JOURNEY" -o "$WORK/map.dot"
expect_status 0
"$PYTHON" "$TOOLS/check_svg_layout.py" "$WORK/map.dot" >"$WORK/problems.txt" || fail "$(head -20 "$WORK/problems.txt")"
"$PYTHON" - "$WORK/map.dot" <<'PY' || fail "map cleanups"
import re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
def node(name):
    m = re.search(r'^  "%s" \[(.*?)\];$' % re.escape(name), dot, re.M | re.S)
    assert m, name
    return m.group(1)
# The scale's long label is cut with an ellipsis, not mid-phrase without one.
label = node("emotion-label.1")
assert "\u2026" in label, label
# Both lines of the wrapped persona name in the persona's colour.
card = node("persona.a")
colors = re.findall(r'COLOR="(#[0-9A-F]+)"><B>([^<]*)</B>', card)
name_colors = {c for c, text in colors if text.strip() and ("Maximiliane" in text or "Hohenzollern" in text or "Third" in text)}
assert len(name_colors) == 1, colors
# A card of a name alone is not stretched to the row's height.
height = lambda n: float(re.search(r'height=([0-9.]+)', node(n)).group(1))
assert height("persona.b") < height("persona.a") - 0.3, (height("persona.b"), height("persona.a"))
PY

# One number formatter for every output.
run build "$JOURNEY" -o "$WORK/map.svg"
expect_status 0
run build "$JOURNEY" -o "$WORK/page.html"
expect_status 0
run build "$JOURNEY" -o "$WORK/page.md"
expect_status 0
for out in map.svg page.html page.md; do
  expect_in "$WORK/$out" "£999,999.5"
  expect_in "$WORK/$out" "£1,000,000"
  expect_in "$WORK/$out" "3.6/5"
  expect_not_in "$WORK/$out" "999999.5"
  expect_not_in "$WORK/$out" "3.6 /5"
done

# Print: where curves meet, each persona's markers have their own shape and fill.
run build "$JOURNEY" --theme print -o "$WORK/print.dot"
expect_status 0
"$PYTHON" - "$WORK/print.dot" <<'PY' || fail "print markers"
import re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
look = {}
for persona in "abc":
    m = re.search(r'"emotion\.s2\.%s" \[[^\]]*shape=(\w+)[^\]]*fillcolor="(#[0-9A-F]+)"' % persona, dot)
    assert m, persona
    look[persona] = m.groups()
assert len(set(look.values())) == 3, look
PY
run build "$JOURNEY" -o "$WORK/default.dot"
grep -q '"emotion.s2.b" \[[^]]*shape=circle' "$WORK/default.dot" || fail "the default theme's markers are no longer circles"
echo "ok"
