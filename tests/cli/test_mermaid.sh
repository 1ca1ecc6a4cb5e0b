# Mermaid both ways: `build -o x.mmd` writes a Mermaid journey, `import mermaid` reads one
# back into a lint-clean journey, and export -> import -> export gives the same text.
source "$(dirname "$0")/lib.sh"
MMD="$DATA/mermaid"

# Export: a section per stage, scores from the emotion level, personas as actors.
run build "$EXAMPLES/customer-support.yaml" -o "$WORK/support.mmd"
expect_status 0
head -1 "$WORK/support.mmd" | grep -x journey >/dev/null || fail "the diagram does not start with 'journey'"
expect_in "$WORK/support.mmd" "  title FreshCart support - a missing or damaged item"
expect_in "$WORK/support.mmd" "  accTitle: FreshCart support - a missing or damaged item"
expect_in "$WORK/support.mmd" "  accDescr: Future state of support for order problems: an order-aware"
expect_in "$WORK/support.mmd" "  section Find help"
expect_in "$WORK/support.mmd" "    Notices the problem: 2: Busy parent, Retired first-timer"
# Personas who feel differently: one task line per distinct score.
expect_in "$WORK/support.mmd" "    Starts the chat: 4: Busy parent"
expect_in "$WORK/support.mmd" "    Starts the chat: 2: Retired first-timer"
run build "$EXAMPLES/customer-support.yaml" -o - --format mermaid
cmp -s "$WORK/out" "$WORK/support.mmd" || fail "--format mermaid to stdout differs from -o x.mmd"

# A scale of 0-10 maps onto 1-5; text that would break Mermaid's syntax becomes entity codes.
cat >"$WORK/hostile.yaml" <<'YAML'
jmap: 1
title: "Title; with #hash"
scale: {min: 0, max: 10}
personas: [{id: a, name: "Ann, the admin"}, {id: b, name: "Bob: boss"}]
stages:
  - id: s
    name: "Stage: one"
    objective: o
    steps:
      - {id: x, name: "Section review", emotion: 10}
      - {id: y, name: "Pay: 5; #1 <br> done", emotion: 0}
      - {id: z, name: "%% not a comment", emotion: {a: 5, b: 9}}
YAML
run build "$WORK/hostile.yaml" -o "$WORK/hostile.mmd"
expect_status 0
expect_in "$WORK/hostile.mmd" "  title Title#59; with #35;hash"
expect_in "$WORK/hostile.mmd" "  section Stage#58; one"
expect_in "$WORK/hostile.mmd" "    #83;ection review: 5: Ann#44; the admin, Bob#58; boss"
expect_in "$WORK/hostile.mmd" "    Pay#58; 5#59; #35;1 #60;br#62; done: 1: Ann#44; the admin, Bob#58; boss"
expect_in "$WORK/hostile.mmd" "    #37;% not a comment: 3: Ann#44; the admin"
expect_in "$WORK/hostile.mmd" "    #37;% not a comment: 5: Bob#58; boss"
# ... and come back as they were.
run import mermaid "$WORK/hostile.mmd" -o "$WORK/hostile-back.yaml"
expect_status 0
expect_in "$WORK/hostile-back.yaml" 'title: "Title; with #hash"'
expect_in "$WORK/hostile-back.yaml" 'name: "Pay: 5; #1 <br> done"'
expect_in "$WORK/hostile-back.yaml" 'name: "Ann, the admin"'

# Import of a journey in the shape of Mermaid's documentation.
run import mermaid "$MMD/my-working-day.mmd" -o "$WORK/day.yaml"
expect_status 0
expect_in "$WORK/day.yaml" 'title: "My working day"'
expect_in "$WORK/day.yaml" '  - id: go-to-work'
expect_in "$WORK/day.yaml" '    name: "Go to work"'
expect_in "$WORK/day.yaml" '      - id: make-tea'
expect_in "$WORK/day.yaml" '  - id: cat'
grep -A3 -- '- id: make-tea' "$WORK/day.yaml" | grep -x '        personas: \[me\]' >/dev/null || fail "Make tea is Me's alone"
grep -A3 -- '- id: do-work' "$WORK/day.yaml" | grep -x '        emotion: 1' >/dev/null || fail "Do work has the score 1"
run lint "$WORK/day.yaml"
expect_status 0
expect_in "$WORK/err" "no findings"

# accTitle, a multi-line accDescr, comments, entity codes, one step split over two lines.
run import mermaid "$MMD/accessible.mmd" -o "$WORK/cat.yaml"
expect_status 0
expect_in "$WORK/cat.yaml" 'title: "Adopting a cat: the first week"'
expect_in "$WORK/cat.yaml" 'description: "How a family and their new cat\nget used to each other."'
expect_in "$WORK/cat.yaml" 'name: "Buy food, litter & toys"'
grep -A5 -- '- id: cat-hides-under-the-bed' "$WORK/cat.yaml" | tr -d '\n' | grep 'emotion:          cat: 2          family: 4' >/dev/null ||
  fail "the two lines of 'Cat hides under the bed' are not one step with an emotion per persona"
expect_in "$WORK/err" "accessible.mmd:4:13: warning: the accessible title differs from the title"
expect_in "$WORK/err" "one title, the title [mermaid]"  # a warning under a rule whose default is error
run lint "$WORK/cat.yaml"
expect_status 0

# The round trip: export, import, export gives the same text, for every example.
for journey in "$EXAMPLES"/*.yaml; do
  name=$(basename "$journey" .yaml)
  "$JMAP" build "$journey" -o "$WORK/$name.mmd"
  run import mermaid "$WORK/$name.mmd" -o "$WORK/$name.yaml"
  expect_status 0
  run lint "$WORK/$name.yaml"
  expect_status 0
  "$JMAP" build "$WORK/$name.yaml" -o "$WORK/$name.again.mmd" 2>/dev/null
  diff -u "$WORK/$name.mmd" "$WORK/$name.again.mmd" >&2 || fail "$name: export -> import -> export changed the text"
done

# Invalid Mermaid: a clear error at FILE:LINE:COL, exit 1, no file written.
check_error() {  # FILE POSITION MESSAGE
  run import mermaid "$MMD/$1" -o "$WORK/bad.yaml"
  expect_status 1
  expect_in "$WORK/err" "$1:$2: error: $3"
  expect_in "$WORK/err" "[mermaid]"
  [ ! -e "$WORK/bad.yaml" ] || fail "$1: a file was written despite the error"
}
check_error score-seven.mmd 4:15 "the score 7 is off Mermaid's scale of 1 to 5"
check_error score-text.mmd 4:15 "the score 'great' is not a number"
check_error task-before-section.mmd 3:3 "the task 'Make tea' comes before any section"
check_error flowchart.mmd 1:1 "not a Mermaid journey diagram: it starts with 'flowchart'"
expect_in "$WORK/err" "flowchart.mmd not imported: 1 error"

# An existing file is replaced only with --force.
echo "keep me" >"$WORK/kept.yaml"
run import mermaid "$MMD/my-working-day.mmd" -o "$WORK/kept.yaml"
expect_status 2
expect_in "$WORK/err" "exists; pass --force to replace it"
grep -qx "keep me" "$WORK/kept.yaml" || fail "the existing file was changed"
run import mermaid "$MMD/my-working-day.mmd" -o "$WORK/kept.yaml" --force
expect_status 0
expect_in "$WORK/kept.yaml" 'title: "My working day"'
echo "ok"
