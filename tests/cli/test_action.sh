# action.yml: its shape (a composite action with the documented inputs), and its lint
# step run as GitHub runs it (bash -eo pipefail, GITHUB_ACTIONS=true, the inputs as
# INPUT_* variables, temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) on the
# binary under test. The install and build steps are ./setup.sh and CMake, tested elsewhere.
source "$(dirname "$0")/lib.sh"
ACTION="$JMAP_SOURCE_DIR/action.yml"

"$PYTHON" - "$ACTION" "$WORK" <<'PY' || fail "action.yml shape"
import sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
assert action["runs"]["using"] == "composite", action["runs"]
assert {"paths", "fail-on", "sarif-file", "show"} <= set(action["inputs"]), action["inputs"]
assert action["inputs"]["fail-on"]["default"] == "error"
steps = action["runs"]["steps"]
for step in steps:
    assert "uses" in step or step.get("shell") == "bash", step  # composite run steps need a shell
runs = " ".join(s.get("run", "") for s in steps)
assert "setup.sh" in runs and "cmake --build" in runs, runs
assert any(s.get("uses", "").startswith("actions/cache@") for s in steps)
by_id = {s.get("id"): s for s in steps}
open(sys.argv[2] + "/lint.sh", "w").write(by_id["lint"]["run"])
open(sys.argv[2] + "/hash.sh", "w").write(by_id["sources"]["run"])
PY

# run_step SCRIPT PATHS FAIL_ON SHOW SARIF: runs a step's script like the runner does.
run_step() {
  : >"$WORK/github_output"
  set +e
  (cd "$WORK/checkout" && GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$JMAP_SOURCE_DIR" JMAP="$JMAP" \
    GITHUB_OUTPUT="$WORK/github_output" GITHUB_STEP_SUMMARY="$WORK/summary.md" \
    INPUT_PATHS="$2" INPUT_FAIL_ON="$3" INPUT_SHOW="$4" INPUT_SARIF_FILE="$5" \
    bash --noprofile --norc -eo pipefail "$1" >"$WORK/out" 2>"$WORK/err")
  STATUS=$?
  set -e
}

# A checkout with a journey folder: 1 error (with a note), 1 warning, 2 infos.
mkdir -p "$WORK/checkout/.git" "$WORK/checkout/journeys/more"
cp "$DATA/ci-formats/journey.yaml" "$WORK/checkout/journeys/"
cp "$EXAMPLES/clinic-visit.yaml" "$WORK/checkout/journeys/more/"

run_step "$WORK/lint.sh" "journeys" error warning jmap.sarif
expect_status 1
expect_in "$WORK/out" "::error file=journeys/journey.yaml,line=7,col=10"
expect_in "$WORK/out" "%0Anote: 'web' is first defined at journeys/journey.yaml:6:10"
expect_in "$WORK/out" "::warning file=journeys/journey.yaml,line=19"
expect_not_in "$WORK/out" "::notice"
expect_in "$WORK/summary.md" "| journeys/journey.yaml | 18 | kpi-missed |"
expect_in "$WORK/github_output" "sarif-file=jmap.sarif"
"$PYTHON" - "$WORK/checkout/jmap.sarif" <<'PY' || fail "the action's SARIF"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
levels = [r["level"] for r in results]  # every level: clinic-visit.yaml misses 5 KPIs
assert sorted(levels) == ["error"] + ["note"] * 7 + ["warning"], levels
PY

# fail-on warning passes on a folder of infos only; several paths, new lines between them.
rm "$WORK/summary.md" "$WORK/checkout/jmap.sarif"
run_step "$WORK/lint.sh" "journeys/more
journeys/more/clinic-visit.yaml" warning warning out/jmap.sarif
expect_status 0
[ -s "$WORK/checkout/out/jmap.sarif" ] || fail "the SARIF's folder is made"
expect_in "$WORK/err" "1 file checked"
[ "$(grep -c '| kpi-missed |' "$WORK/summary.md")" = 5 ] || fail "the infos in the job summary, once each"
[ ! -s "$WORK/out" ] || fail "no annotations for infos"
expect_in "$WORK/github_output" "sarif-file=out/jmap.sarif"
run_step "$WORK/lint.sh" "journeys/more" warning warning ""
expect_status 0
expect_in "$WORK/github_output" "sarif-file="

# show: info annotates the infos; fail-on info fails on them.
run_step "$WORK/lint.sh" "journeys/journey.yaml" info info ""
expect_status 1
[ "$(grep -c '^::notice ' "$WORK/out")" = 2 ] || fail "show info: notices"
# A path that does not exist is exit 2, not a pass.
run_step "$WORK/lint.sh" "journeys/nope" error warning jmap.sarif
expect_status 2

# The cache key: a hash of the sources, written as a step output.
run_step "$WORK/hash.sh" "" "" "" ""
expect_status 0
grep -qE '^hash=[0-9a-f]{32}$' "$WORK/github_output" || fail "the sources' hash: $(cat "$WORK/github_output")"
echo "ok"
