# Bad input: a clear message with file:line:col, the rule, a hint; exit 1; and `build`
# writes nothing (an existing output stays as it was).
source "$(dirname "$0")/lib.sh"
cd "$DATA"

# An unclosed quote at the end of the file: libyaml's problem, and where the quote began.
run lint -f human unclosed-quote-at-end.yaml
expect_status 1
expect_in "$WORK/out" "unclosed-quote-at-end.yaml:10:1: error: found unexpected end of stream [syntax]"
expect_in "$WORK/out" "note: while scanning a quoted scalar started at 9:15"
expect_in "$WORK/out" '  9 |         name: "Looks around'
expect_in "$WORK/out" "hint: close the quote"

# `[Note: it is slow]` is a mapping inside the list: the hint says to quote it.
run lint -f human colon-in-list.yaml
expect_status 1
expect_in "$WORK/out" "colon-in-list.yaml:9:19: error: an item of 'motivations' should be text, found a mapping [wrong-type]"
expect_in "$WORK/out" "hint: quote text that contains ': ', e.g. \"Note: it is slow\""
expect_in "$WORK/out" "                  ^~~~~~~~~~~~~~~~"

run lint -f human tab-indent.yaml
expect_status 1
expect_in "$WORK/out" "tab-indent.yaml:4:1: error: found character that cannot start any token [syntax]"
expect_in "$WORK/out" "hint: indent with spaces"

run lint -f human duplicate-key.yaml
expect_status 1
expect_in "$WORK/out" "duplicate-key.yaml:4:1: error: duplicate key 'title' [duplicate-key]"
expect_in "$WORK/out" "note: 'title' is first defined at 2:1"

# Invalid UTF-8: the real position of the bad byte, not 1:1.
printf 'jmap: 1\ntitle: T\ndescription: caf\xe9 au lait\nstages: []\n' >"$WORK/latin1.yaml"
run lint -f human "$WORK/latin1.yaml"
expect_status 1
expect_in "$WORK/out" "latin1.yaml:3:17: error: invalid UTF-8: byte 0xE9 does not start a valid character [syntax]"

# Many findings in one file, all reported, sorted by position, with "did you mean".
run lint -f human many-findings.yaml
expect_status 1
expect_in "$WORK/out" "many-findings.yaml:3:8: error: 'futur' is not a valid state (did you mean 'future'?) [bad-value]"
expect_in "$WORK/out" "many-findings.yaml:6:10: error: persona id 'Bad Id' has characters other than a-z, 0-9, '-' and '_' [bad-id]"
expect_in "$WORK/out" "many-findings.yaml:8:39: error: 'webb' is not a valid channel (did you mean 'web'?) [bad-value]"
expect_in "$WORK/out" "many-findings.yaml:12:5: error: unknown key 'objectve' in stage 'visit' (did you mean 'objective'?) [unknown-key]"
expect_in "$WORK/out" "many-findings.yaml:16:20: error: step 'look' names unknown persona 'parnet' (did you mean 'parent'?) [unknown-reference]"
expect_in "$WORK/out" "many-findings.yaml:18:18: error: emotion 7 lies outside the scale 1..5 [emotion-out-of-scale]"
expect_in "$WORK/out" "many-findings.yaml:19:16: error: step 'look' ('next') names unknown step 'buy' [unknown-reference]"
expect_in "$WORK/out" "error: an opportunity's 'addresses' names unknown pain 'no-such-pain' [unknown-reference]"
expect_in "$WORK/out" "many-findings.yaml:23:46: error: the KPI's 'target' should be a number, found '2.5%' [bad-kpi]"
expect_in "$WORK/out" "error: 'more' is not a valid value for 'better'"
expect_in "$WORK/out" "warning: stage 'visit' has no objective [stage-without-objective]"
expect_in "$WORK/out" "warning: stage 'empty' has no steps [empty-stage]"
first=$(grep -n "bad-value" "$WORK/out" | head -1 | cut -d: -f1)
last=$(grep -n "empty-stage" "$WORK/out" | head -1 | cut -d: -f1)
[ "$first" -lt "$last" ] || fail "findings are not sorted by position"

# build refuses a file with errors: exit 1, the findings on stderr, no output written,
# and an output that existed before is left untouched.
echo "previous map" >"$WORK/map.svg"
run build many-findings.yaml -o "$WORK/map.svg"
expect_status 1
expect_in "$WORK/err" "[bad-value]"
expect_in "$WORK/err" "not built"
[ "$(cat "$WORK/map.svg")" = "previous map" ] || fail "build overwrote the output of a refused file"
run build unclosed-quote-at-end.yaml -o "$WORK/new.svg"
expect_status 1
[ ! -e "$WORK/new.svg" ] || fail "build wrote an output for a broken file"
[ -z "$(ls -A "$WORK" | grep jmap- || true)" ] || fail "a temporary file was left behind"
echo "ok"
