# Thresholds (--fail-on, --strict, --quiet), the project's .jmap.yaml and inline
# suppressions, and their own findings (bad-config, unused-suppression).
source "$(dirname "$0")/lib.sh"

root=$(new_project policy)
mkdir -p "$root/journeys/drafts"
write_journey "$root/journeys/a.yaml"
sed -i 's/    objective: Customers find what they need//' "$root/journeys/a.yaml"  # a warning
write_journey "$root/journeys/drafts/wip.yaml"
echo "bogus: 1" >>"$root/journeys/drafts/wip.yaml"                            # an error

run lint -f gcc "$root/journeys/a.yaml"
expect_status 0
expect_in "$WORK/out" "warning: stage 'visit' has no objective [stage-without-objective]"
run lint -f gcc --fail-on warning "$root/journeys/a.yaml"
expect_status 1
run lint -f gcc --quiet "$root/journeys/a.yaml"
expect_status 0
expect_not_in "$WORK/out" "warning:"

# .jmap.yaml: ignore a folder, raise a rule to error.
cat >"$root/.jmap.yaml" <<'YAML'
rules:
  stage-without-objective: error
ignore:
  - "journeys/drafts/**"
YAML
run lint -f gcc "$root/journeys"
expect_status 1
expect_in "$WORK/out" "error: stage 'visit' has no objective [stage-without-objective]"
expect_not_in "$WORK/out" "wip.yaml"
expect_in "$WORK/err" "1 file checked"

# ... or turn it off.
printf 'rules:\n  stage-without-objective: off\n' >"$root/.jmap.yaml"
run lint -f gcc "$root/journeys/a.yaml"
expect_status 0
expect_not_in "$WORK/out" "stage-without-objective"

# A bad config is reported with line and column.
printf 'rules:\n  stage-without-objectiv: off\n  empty-stage: of\nfail_on: never\n' >"$root/.jmap.yaml"
run lint -f gcc "$root/journeys/a.yaml"
expect_status 1
expect_in "$WORK/out" ".jmap.yaml:2:3: error: no rule 'stage-without-objectiv' (did you mean 'stage-without-objective'?) [bad-config]"
expect_in "$WORK/out" ".jmap.yaml:3:16: error: the severity of 'empty-stage' should be error, warning, info or off, found 'of' [bad-config]"
expect_in "$WORK/out" ".jmap.yaml:4:10: error: 'fail_on' should be error, warning or info, found 'never' [bad-config]"

# bad-config cannot be turned off (nor changed); findings in .jmap.yaml are named
# relative to the working directory, like the journeys'.
printf 'rules:\n  bad-config: off\nfail_on: never\n' >"$root/.jmap.yaml"
cd "$root/journeys"
run lint -f gcc a.yaml
cd - >/dev/null
expect_status 1
expect_in "$WORK/out" "../.jmap.yaml:2:3: error: 'bad-config' cannot be turned off or changed: a broken configuration is always an error [bad-config]"
cd "$root"
run lint -f gcc journeys/a.yaml
cd - >/dev/null
grep -q "^\.jmap\.yaml:3:10: error: 'fail_on' should be error, warning or info" "$WORK/out" || fail "the config is not named .jmap.yaml"
! grep -q "^/" "$WORK/out" || fail "an absolute path in the findings"
rm "$root/.jmap.yaml"

# --config names a file; fail_on in it sets the threshold.
printf 'fail_on: warning\n' >"$WORK/strict.yaml"
run lint -f gcc --config "$WORK/strict.yaml" "$root/journeys/a.yaml"
expect_status 1

# Inline suppressions, and the ones that suppress nothing.
cat >"$root/suppressed.yaml" <<'YAML'
jmap: 1
title: Suppressed
# jmap-disable-file unused-persona
personas: [{id: a, name: A}, {id: b, name: B}]
touchpoints: [{id: t, name: Website, channel: web, kind: digital}]
stages:
  # jmap-disable-next-line stage-without-objective, empty-stage
  - id: visit
    name: Visit
    steps:
      - {id: look, name: Looks, personas: [a], touchpoints: [t]}
  # jmap-disable-next-line kpi-without-target
  - id: leave
    name: Leave
    objective: Customers leave happy
    steps:
      - {id: go, name: Goes, personas: [a], touchpoints: [t]}  # jmap-disable-next-line no-such-rule
YAML
run lint -f gcc "$root/suppressed.yaml"
expect_status 0
expect_not_in "$WORK/out" "[unused-persona]"
expect_not_in "$WORK/out" "[stage-without-objective]"
expect_in "$WORK/out" "suppressed.yaml:7:53: warning: this comment suppresses a 'empty-stage' finding, but there is none on line 8 [unused-suppression]"
expect_in "$WORK/out" "suppressed.yaml:12:28: warning: this comment suppresses a 'kpi-without-target' finding, but there is none on line 13 [unused-suppression]"
expect_in "$WORK/out" "suppressed.yaml:17:89: warning: no rule 'no-such-rule' to suppress [unused-suppression]"
echo "ok"
