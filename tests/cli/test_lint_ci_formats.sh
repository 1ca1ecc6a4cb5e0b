# Every output format on one run with a note (a duplicate id), infos, a warning and a
# suppressed finding (tests/data/ci-formats/journey.yaml): 1 error, 1 warning, 2 infos.
# Each ecosystem gets the note its own way; JUnit fails only what fails the run.
source "$(dirname "$0")/lib.sh"
cd "$DATA/ci-formats"
J=journey.yaml

run lint -f gcc $J
expect_status 1
cat >"$WORK/expected" <<'OUT'
journey.yaml:7:10: error: duplicate touchpoint id 'web' [duplicate-id]
journey.yaml:6:10: note: 'web' is first defined at journey.yaml:6:10
journey.yaml:16:17: info: pain 'The page is slow' has no opportunity addressing it [pain-without-opportunity]
journey.yaml:18:57: info: KPI 'Conversion' misses its target: 3 against 5 (higher is better) [kpi-missed]
journey.yaml:19:14: warning: KPI 'csat' has no target [kpi-without-target]
OUT
diff "$WORK/expected" "$WORK/out" >&2 || fail "gcc output"
expect_in "$WORK/err" "1 error, 1 warning, 2 infos"
expect_not_in "$WORK/out" "stage-without-objective"

run lint -f human $J
expect_in "$WORK/out" "  note: 'web' is first defined at journey.yaml:6:10"

run lint -f json $J
"$PYTHON" - "$WORK/out" <<'PY' || fail "JSON content"
import json, sys
f = json.load(open(sys.argv[1]))
assert [x["rule"] for x in f] == ["duplicate-id", "pain-without-opportunity", "kpi-missed", "kpi-without-target"], f
assert f[0]["note"] == "'web' is first defined at journey.yaml:6:10", f[0]
PY

# JUnit: the failures are the findings that fail the run; the rest are the testcase's output.
for level in error warning info; do
  run lint -f junit --fail-on $level $J
  cp "$WORK/out" "$WORK/junit-$level.xml"
  xmllint --noout "$WORK/junit-$level.xml" || fail "JUnit XML is not well-formed"
done
count() { xmllint --xpath "$1" "$2"; }
for pair in error:1 warning:2 info:4; do
  level=${pair%%:*} n=${pair#*:}
  x="$WORK/junit-$level.xml"
  [ "$(count 'string(/testsuites/@failures)' "$x")" = "$n" ] || fail "junit --fail-on $level: failures attribute"
  [ "$(count 'string(//testsuite/@failures)' "$x")" = "$n" ] || fail "junit --fail-on $level: testsuite failures"
  [ "$(count 'count(//failure)' "$x")" = "$n" ] || fail "junit --fail-on $level: <failure> elements"
done
x="$WORK/junit-error.xml"
[ "$(count 'string(//failure/@type)' "$x")" = "duplicate-id" ] || fail "junit: the error is the failure"
count 'string(//failure)' "$x" | grep -F "journey.yaml:6:10: note: 'web' is first defined at journey.yaml:6:10" >/dev/null ||
  fail "junit: the note in the failure text"
count 'string(//failure)' "$x" | grep -F "hint: give each one its own id" >/dev/null || fail "junit: the hint in the failure text"
out=$(count 'string(//testcase/system-out)' "$x")
for rule in pain-without-opportunity kpi-missed kpi-without-target; do
  grep -qF "[$rule]" <<<"$out" || fail "junit: $rule in <system-out>"
done
# The config's fail_on counts like --fail-on; a clean file is a passing testcase.
mkdir -p "$WORK/p/.git" && cp $J "$WORK/p/" && echo "fail_on: warning" >"$WORK/p/.jmap.yaml"
run lint -f junit "$WORK/p/journey.yaml"
[ "$(xmllint --xpath 'string(/testsuites/@failures)' "$WORK/out")" = 2 ] || fail "junit: fail_on from .jmap.yaml"
run lint -f junit "$EXAMPLES/clinic-visit.yaml"
expect_status 0
expect_in "$WORK/out" 'failures="0"'

run lint -f sarif $J
"$PYTHON" - "$WORK/out" <<'PY' || fail "SARIF content"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert [r["level"] for r in results] == ["error", "note", "note", "warning"], results  # SARIF keeps every level
related = results[0]["relatedLocations"]
assert related == [{"physicalLocation": {"artifactLocation": {"uri": "journey.yaml", "uriBaseId": "%SRCROOT%"},
                                         "region": {"startLine": 6, "startColumn": 10, "endLine": 6, "endColumn": 13}},
                    "id": 1, "message": {"text": "'web' is first defined at journey.yaml:6:10"}}], related
assert all("relatedLocations" not in r for r in results[1:])
PY
cp "$WORK/out" "$WORK/notes.sarif"
if [ -x "$SARIF_TOOLS/Sarif.Multitool" ]; then
  validate_schema "$SARIF_TOOLS/sarif-2.1.0.json" "$WORK/notes.sarif" || fail "SARIF with relatedLocations: schema"
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$SARIF_TOOLS/Sarif.Multitool" validate "$WORK/notes.sarif" \
    --rule-kind "Gh;Sarif" -o "$WORK/validation.sarif" >"$WORK/validator.log" 2>&1 || fail "SARIF validator: $(cat "$WORK/validator.log")"
fi

# GitHub: errors and warnings are annotations, infos go to the job summary.
export GITHUB_STEP_SUMMARY="$WORK/summary.md"
run lint -f github $J
expect_status 1
cat >"$WORK/expected" <<'OUT'
::error file=journey.yaml,line=7,col=10,endLine=7,endColumn=13,title=duplicate-id::duplicate touchpoint id 'web'%0Agive each one its own id%0Anote: 'web' is first defined at journey.yaml:6:10
::warning file=journey.yaml,line=19,col=14,endLine=19,endColumn=18,title=kpi-without-target::KPI 'csat' has no target%0Aadd 'target:' so the map can show it as met or missed
OUT
diff "$WORK/expected" "$WORK/out" >&2 || fail "github annotations"
cat >"$WORK/expected" <<'OUT'
### jmap lint: 2 findings not annotated

| File | Line | Rule | Message |
|---|---|---|---|
| journey.yaml | 16 | pain-without-opportunity | pain 'The page is slow' has no opportunity addressing it |
| journey.yaml | 18 | kpi-missed | KPI 'Conversion' misses its target: 3 against 5 (higher is better) |

OUT
diff "$WORK/expected" "$GITHUB_STEP_SUMMARY" >&2 || fail "github job summary"
# --show info (or `show: info` in .jmap.yaml) annotates infos again; nothing goes to the summary.
rm "$GITHUB_STEP_SUMMARY"
run lint -f github --show info $J
[ "$(grep -c '^::notice ' "$WORK/out")" = 2 ] || fail "--show info: two notices"
[ ! -e "$GITHUB_STEP_SUMMARY" ] || fail "--show info: no summary"
echo "show: info" >>"$WORK/p/.jmap.yaml"
run lint -f github "$WORK/p/journey.yaml"
[ "$(grep -c '^::notice ' "$WORK/out")" = 2 ] || fail "show: info in .jmap.yaml"
run lint -f github --show error $J
[ "$(grep -c '^::' "$WORK/out")" = 1 ] || fail "--show error: one annotation"
expect_in "$GITHUB_STEP_SUMMARY" "| kpi-without-target |"
unset GITHUB_STEP_SUMMARY
run lint -f github $J  # no summary file: the infos are left out, nothing fails
expect_status 1
[ "$(grep -c '^::' "$WORK/out")" = 2 ] || fail "github without a summary file"

# GitLab Code Quality (the Code Climate issue format GitLab documents).
run lint -f codeclimate $J
expect_status 1
"$PYTHON" - "$WORK/out" <<'PY' || fail "codeclimate content"
import json, sys
issues = json.load(open(sys.argv[1]))
assert [i["check_name"] for i in issues] == ["duplicate-id", "pain-without-opportunity", "kpi-missed", "kpi-without-target"]
assert [i["severity"] for i in issues] == ["major", "info", "info", "minor"]
for i in issues:
    assert set(i) >= {"description", "check_name", "fingerprint", "severity", "location"}, i
    assert isinstance(i["location"]["path"], str) and isinstance(i["location"]["lines"]["begin"], int), i
    assert len(i["fingerprint"]) == 32 and int(i["fingerprint"], 16) >= 0
assert len({i["fingerprint"] for i in issues}) == len(issues)
assert issues[0]["location"] == {"path": "journey.yaml", "lines": {"begin": 7}}
assert issues[0]["description"] == "duplicate touchpoint id 'web' ('web' is first defined at journey.yaml:6:10)"
assert issues[0]["content"]["body"] == "give each one its own id"
PY
cp "$WORK/out" "$WORK/first.json"
run lint -f codeclimate $J
cmp -s "$WORK/out" "$WORK/first.json" || fail "codeclimate: fingerprints are stable"

# Checkstyle XML (Jenkins' Warnings plugin): checkstyle > file > error.
run lint -f checkstyle $J "$EXAMPLES/clinic-visit.yaml"
expect_status 1
cp "$WORK/out" "$WORK/checkstyle.xml"
xmllint --noout "$WORK/checkstyle.xml" || fail "checkstyle XML is not well-formed"
c="$WORK/checkstyle.xml"
[ "$(count 'count(/checkstyle/file)' "$c")" = 2 ] || fail "checkstyle: a file per checked file"
[ "$(count 'count(/checkstyle/file[@name="journey.yaml"]/error)' "$c")" = 4 ] || fail "checkstyle: an error per finding"
[ "$(count 'string(/checkstyle/file/error[1]/@severity)' "$c")" = error ] || fail "checkstyle: severity"
[ "$(count 'string(/checkstyle/file/error[1]/@line)' "$c")" = 7 ] || fail "checkstyle: line"
[ "$(count 'string(/checkstyle/file/error[1]/@column)' "$c")" = 10 ] || fail "checkstyle: column"
[ "$(count 'string(/checkstyle/file/error[1]/@source)' "$c")" = jmap.duplicate-id ] || fail "checkstyle: source"
count 'string(/checkstyle/file/error[1]/@message)' "$c" | grep -F "first defined at journey.yaml:6:10" >/dev/null || fail "checkstyle: note"
[ "$(count 'string(/checkstyle/file/error[2]/@severity)' "$c")" = info ] || fail "checkstyle: info"
[ "$(count 'string(/checkstyle/@version)' "$c")" = 4.3 ] || fail "checkstyle: version"
echo "ok"
