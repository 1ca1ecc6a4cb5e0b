# Output that cannot be written is an I/O problem: `jmap: error: cannot write to standard
# output: ...` and exit 2, whichever command wrote it (checked once, before exit).
source "$(dirname "$0")/lib.sh"
example="$EXAMPLES/ecommerce-first-order.yaml"
# /dev/full is Linux's; elsewhere (or in a container without it) the test cannot run: skipped (77).
[ -w /dev/full ] || { echo "skipped: /dev/full is missing or not writable"; exit 77; }

# expect_write_failure ARGS...: jmap ARGS > /dev/full says why and exits 2.
expect_write_failure() {
  set +e
  "$JMAP" "$@" >/dev/full 2>"$WORK/err"
  STATUS=$?
  set -e
  [ "$STATUS" -eq 2 ] || fail "expected exit 2, got $STATUS (jmap $* > /dev/full)"
  expect_in "$WORK/err" "jmap: error: cannot write to standard output: No space left on device"
}

expect_write_failure lint -f gcc "$example"
expect_write_failure lint -f json "$example"
expect_write_failure rules
expect_write_failure rules --markdown
expect_write_failure explain unknown-key
expect_write_failure schema
expect_write_failure build "$example" -o - -f svg
expect_write_failure build "$example" -o - -f dot
expect_write_failure template --print
expect_write_failure help build

# A closed stdout is reported too, with its own reason.
set +e
"$JMAP" schema >&- 2>"$WORK/err"
STATUS=$?
set -e
[ "$STATUS" -eq 2 ] || fail "expected exit 2 with stdout closed, got $STATUS"
expect_in "$WORK/err" "jmap: error: cannot write to standard output: Bad file descriptor"

# Success is untouched: the same commands to a file exit 0 and print nothing on stderr.
run rules
expect_status 0
[ ! -s "$WORK/err" ] || fail "rules printed on stderr"
echo "ok"
