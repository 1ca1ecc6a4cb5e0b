# The mistakes of a new user's first CI run (tests/data/ci-shapes/), one file each: every
# finding with its exact file, line, column, rule, message, hint and note. Each run has
# exactly the findings listed: the cause, not where the parser gave up.
source "$(dirname "$0")/lib.sh"
cd "$DATA/ci-shapes"

"$PYTHON" - "$JMAP" <<'PY' || fail "the findings of the CI shapes"
import json, subprocess, sys

def lint(*paths):
    run = subprocess.run([sys.argv[1], "lint", "-f", "json", *paths], capture_output=True, text=True)
    return run.returncode, [(f["file"], f["line"], f["column"], f["rule"], f["message"], f.get("hint"), f.get("note"))
                            for f in json.loads(run.stdout)]

STOPPED = "the YAML parser stopped at "
EXPECTED = {
    "unclosed-quote.yaml": (1, [("unclosed-quote.yaml", 23, 17, "syntax",
        "the quoted text that begins here runs on to line 27: its quote was probably never closed",
        'close the quote at the end of the text on line 23; inside "..." write \\" for a quote',
        STOPPED + "27:16: did not find expected key")]),
    "indent-one-too-far.yaml": (1, [("indent-one-too-far.yaml", 10, 10, "syntax",
        "'name' is indented 1 space more than 'id' on line 9",
        "start 'name' in the same column as 'id' (column 9)",
        STOPPED + "10:14: mapping values are not allowed in this context")]),
    "dash-no-space.yaml": (1, [("dash-no-space.yaml", 12, 7, "syntax",
        "'-id' has no space after the dash: YAML reads it as the key '-id', not as a list item",
        "write '- id: search'",
        STOPPED + "12:7: did not find expected '-' indicator")]),
    "quote-in-double.yaml": (1, [("quote-in-double.yaml", 11, 25, "syntax",
        'this " ends the quoted text early, and the line goes on after it',
        'inside "..." write \\" for a quote: "I said \\"no\\" twice", or use the other quote: \'I said "no" twice\'',
        STOPPED + "11:26: did not find expected key")]),
    "quote-in-single.yaml": (1, [("quote-in-single.yaml", 11, 20, "syntax",
        "this ' ends the quoted text early, and the line goes on after it",
        "inside '...' write '' for a quote: 'It''s fine', or use the other quote: \"It's fine\"",
        STOPPED + "11:21: did not find expected key")]),
    "comma-list.yaml": (1, [("comma-list.yaml", 11, 22, "unknown-reference",
        "step 'look' names unknown touchpoint 'portal, app'",
        "to name several, write a list: [portal, app]", None)]),
    # Only text glued to ' #' is reported: "name: Looks around  # a real comment" is not.
    "comment-in-text.yaml": (0, [("comment-in-text.yaml", 11, 22, "comment-in-text",
        "'thinks' stops at 'Page': YAML reads the rest of the line, '#3 again? #fail', as a comment",
        'quote the text: "Page #3 again? #fail"', None)]),
    "empty-stages.yaml": (1, [("empty-stages.yaml", 3, 9, "missing-required",
        "'stages' of the journey is an empty list", "add at least one item under 'stages:'", None)]),
    # The catalogue shares its scale (the label 'thrilled' is known); the funnel grows: an info.
    "funnel-grows.yaml": (0, [("funnel-grows.yaml", 14, 14, "funnel-grows",
        "stage 'buy' reached 1200 customers, more than the 1000 of stage 'visit' before it",
        "a funnel only loses customers from one stage to the next: check that every stage counts the same "
        "thing (people, not visits) and that the stages are in order", None)]),
    # The unknown-key hint lists the keys of a catalogue only: no 'title'.
    "catalogue-title.yaml": (1, [("catalog/titled.yaml", 2, 1, "unknown-key",
        "unknown key 'title' in the imported catalogue",
        "known keys here: jmap, description, imports, scale, personas, touchpoints", None)]),
    # Two journeys redefine the catalogue's 'email': each hears it at its own line, once,
    # with the note at the catalogue.
    "dup": (1, [(f"dup/{j}.yaml", 8, 9, "duplicate-id", "duplicate touchpoint id 'email'", "give each one its own id",
                 "'email' is first defined at catalog/shared.yaml:6:10") for j in "ab"]),
}
failed = False
for path, (status, want) in EXPECTED.items():
    code, got = lint(path)
    if (code, got) != (status, want):
        failed = True
        print(f"{path}:\n  got:  {code} {got}\n  want: {status} {want}", file=sys.stderr)
sys.exit(1 if failed else 0)
PY

run lint -f gcc dup
cat >"$WORK/expected" <<'OUT'
dup/a.yaml:8:9: error: duplicate touchpoint id 'email' [duplicate-id]
catalog/shared.yaml:6:10: note: 'email' is first defined at catalog/shared.yaml:6:10
dup/b.yaml:8:9: error: duplicate touchpoint id 'email' [duplicate-id]
catalog/shared.yaml:6:10: note: 'email' is first defined at catalog/shared.yaml:6:10
OUT
diff "$WORK/expected" "$WORK/out" >&2 || fail "duplicate ids across an import (gcc)"

# A finding inside a shared catalogue is shown once, not once per importing journey.
cp -r "$DATA/ci-shapes" "$WORK/shapes"
printf 'jmap: 1\npersonas:\n  - {id: shopper, name: Shopper, colour: red}\n' >"$WORK/shapes/catalog/shared.yaml"
cd "$WORK/shapes"
run lint -f gcc dup
[ "$(grep -c "unknown key 'colour'" "$WORK/out")" = 1 ] || fail "a finding in a shared import is shown once"
echo "ok"
