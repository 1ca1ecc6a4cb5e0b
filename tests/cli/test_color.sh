# Colour only when asked or on a terminal; NO_COLOR wins over auto.
source "$(dirname "$0")/lib.sh"
bad="$DATA/duplicate-key.yaml"
esc=$(printf '\033[')

run lint -f human --color always "$bad"
expect_in "$WORK/out" "$esc"
run lint -f human --color never "$bad"
expect_not_in "$WORK/out" "$esc"
NO_COLOR=1 run lint -f human "$bad"
expect_not_in "$WORK/out" "$esc"
# Under `script`, stdout is a terminal: auto colours unless NO_COLOR is set. `script` is
# Debian's bsdutils (Essential, and in setup.sh's test packages): missing, it is a failure.
command -v script >/dev/null || fail "no 'script' command: install bsdutils (./setup.sh test)"
env -u NO_COLOR script -qec "$JMAP lint $bad" /dev/null >"$WORK/tty" || true
expect_in "$WORK/tty" "$esc"
NO_COLOR=1 script -qec "$JMAP lint $bad" /dev/null >"$WORK/tty" || true
expect_not_in "$WORK/tty" "$esc"
echo "ok"
