# --quiet hides warnings and infos, and only that: the exit code still counts them
# (like yamllint's --no-warnings), and the summary says how many were not shown.
source "$(dirname "$0")/lib.sh"

root=$(new_project quiet)
write_journey "$root/warn.yaml"
sed -i 's/    objective: Customers find what they need//' "$root/warn.yaml"  # one warning

run lint -f gcc --strict "$root/warn.yaml"
expect_status 1
expect_in "$WORK/out" "[stage-without-objective]"

run lint -f gcc --quiet --strict "$root/warn.yaml"
expect_status 1
[ ! -s "$WORK/out" ] || fail "--quiet printed a warning"
expect_in "$WORK/err" "jmap: 1 file checked: 1 warning (1 not shown: --quiet)"

run lint -f gcc --quiet "$root/warn.yaml"
expect_status 0
expect_in "$WORK/err" "1 warning (1 not shown: --quiet)"

# Errors still show, in every format; the hidden warning is not in the JSON.
echo "bogus: 1" >>"$root/warn.yaml"
run lint -f json --quiet "$root/warn.yaml"
expect_status 1
expect_in "$WORK/out" '"rule": "unknown-key"'
expect_not_in "$WORK/out" "stage-without-objective"
expect_in "$WORK/err" "1 error, 1 warning (1 not shown: --quiet)"
echo "ok"
