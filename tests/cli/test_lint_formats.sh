# Each output format on a file with several findings: content, not only exit codes.
# SARIF validates against the official SARIF 2.1.0 schema and Microsoft's validator;
# JSON against docs/schema/lint-output.json.
source "$(dirname "$0")/lib.sh"
cd "$DATA"
[ -f "$SARIF_TOOLS/sarif-2.1.0.json" ] || fail "the SARIF tools are missing: run ./setup.sh test"

run lint -f gcc many-findings.yaml duplicate-key.yaml
expect_status 1
expect_in "$WORK/out" "many-findings.yaml:3:8: error: 'futur' is not a valid state (did you mean 'future'?) [bad-value]"
expect_in "$WORK/out" "duplicate-key.yaml:4:1: error: duplicate key 'title' [duplicate-key]"
expect_in "$WORK/out" "duplicate-key.yaml:2:1: note: 'title' is first defined at 2:1"
expect_in "$WORK/out" "duplicate-key.yaml:5:9: error: 'stages' of the journey is an empty list [missing-required]"
[ "$(wc -l <"$WORK/out")" -eq 17 ] || fail "gcc: expected one line per finding (16) and one per note (1)"

run lint -f json many-findings.yaml duplicate-key.yaml
expect_status 1
cp "$WORK/out" "$WORK/findings.json"
validate_schema "$JMAP_SOURCE_DIR/docs/schema/lint-output.json" "$WORK/findings.json" || fail "JSON output does not match its schema"
"$PYTHON" - "$WORK/findings.json" <<'PY' || fail "JSON content"
import json, sys
findings = json.load(open(sys.argv[1]))
assert len(findings) == 16, len(findings)
first = findings[0]
assert first == {"rule": "bad-value", "severity": "error", "file": "many-findings.yaml", "line": 3, "column": 8,
                 "end_line": 3, "end_column": 13,
                 "message": "'futur' is not a valid state (did you mean 'future'?)",
                 "hint": "use one of: current, future"}, first
dup = [f for f in findings if f["rule"] == "duplicate-key"][0]
assert dup["file"] == "duplicate-key.yaml" and dup["line"] == 4 and "2:1" in dup["note"], dup
PY

run lint -f sarif many-findings.yaml duplicate-key.yaml
expect_status 1
cp "$WORK/out" "$WORK/findings.sarif"
validate_schema "$SARIF_TOOLS/sarif-2.1.0.json" "$WORK/findings.sarif" || fail "SARIF does not match the SARIF 2.1.0 schema"
# Microsoft's validator with its SARIF rules and GitHub's (Gh): no error, no warning.
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$SARIF_TOOLS/Sarif.Multitool" validate "$WORK/findings.sarif" \
  --rule-kind "Gh;Sarif" -o "$WORK/validation.sarif" >"$WORK/validator.log" 2>&1 ||
  fail "the SARIF validator failed: $(cat "$WORK/validator.log")"
"$PYTHON" - "$WORK/findings.sarif" "$WORK/validation.sarif" <<'PY' || fail "SARIF content"
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0" and "$schema" in log
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "jmap" and driver["version"] and driver["informationUri"].startswith("https://")
ids = [r["id"] for r in driver["rules"]]
assert "unknown-key" in ids and "kpi-missed" in ids and len(ids) == len(set(ids))
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///"), run["originalUriBaseIds"]
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/tests/data/"), run["originalUriBaseIds"]
for rule in driver["rules"]:
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"], rule["id"]
results = run["results"]
assert len(results) == 16, len(results)
r = results[0]
assert r["ruleId"] == "bad-value" and r["level"] == "error" and ids[r["ruleIndex"]] == "bad-value"
loc = r["locations"][0]["physicalLocation"]
assert loc["artifactLocation"] == {"uri": "many-findings.yaml", "uriBaseId": "%SRCROOT%"}, loc
assert loc["region"] == {"startLine": 3, "startColumn": 8, "endLine": 3, "endColumn": 13}, loc
assert any(x["level"] == "warning" for x in results)
problems = [x for x in json.load(open(sys.argv[2]))["runs"][0]["results"] if x.get("level", "warning") in ("error", "warning")]
assert not problems, [(p["ruleId"], p["message"]) for p in problems]
PY

GITHUB_ACTIONS=true run lint many-findings.yaml
expect_status 1
cp "$WORK/out" "$WORK/github.out"
GITHUB_ACTIONS=1 run lint many-findings.yaml  # any value: GitHub sets "true", others "1"
cmp -s "$WORK/out" "$WORK/github.out" || fail "GITHUB_ACTIONS=1 does not pick the github format"
expect_in "$WORK/out" "::error file=many-findings.yaml,line=3,col=8,endLine=3,endColumn=13,title=bad-value::'futur' is not a valid state (did you mean 'future'?)%0Ause one of: current, future"
expect_in "$WORK/out" "::warning file=many-findings.yaml,line=5,col=10"
# Properties escape : and , as the Actions toolkit does; messages escape % CR LF.
cp many-findings.yaml "$WORK/odd,name:100%.yaml"
run lint -f github "$WORK/odd,name:100%.yaml"
expect_in "$WORK/out" "odd%2Cname%3A100%25.yaml,line=3"

run lint -f junit many-findings.yaml duplicate-key.yaml
expect_status 1
cp "$WORK/out" "$WORK/junit.xml"
xmllint --noout "$WORK/junit.xml" || fail "JUnit XML is not well-formed"
[ "$(xmllint --xpath 'count(//testcase)' "$WORK/junit.xml")" = 2 ] || fail "one testcase per file"
# 10 errors fail the run: they are the failures; the 4 warnings are the testcase's output.
[ "$(xmllint --xpath 'count(//testcase[@name="many-findings.yaml"]/failure)' "$WORK/junit.xml")" = 10 ] || fail "a failure per error"
[ "$(xmllint --xpath 'string(/testsuites/@failures)' "$WORK/junit.xml")" = 12 ] || fail "failures: the errors of both files"
xmllint --xpath 'string(//testcase[@name="many-findings.yaml"]/system-out)' "$WORK/junit.xml" | grep -F "[empty-stage]" >/dev/null ||
  fail "warnings in <system-out>"
expect_in "$WORK/junit.xml" 'failure type="duplicate-key"'

# auto: gcc when stdout is no terminal.
run lint many-findings.yaml
expect_in "$WORK/out" "many-findings.yaml:3:8: error:"
expect_not_in "$WORK/out" "hint:"
echo "ok"
