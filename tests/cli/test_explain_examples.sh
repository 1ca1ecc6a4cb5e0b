# Every rule's `jmap explain` examples do what they say: the bad one, placed in a small
# journey, is reported under the rule; the good one is not.
source "$(dirname "$0")/lib.sh"

"$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/check_explain_examples.py" "$JMAP" "$WORK/examples" >"$WORK/out" 2>&1 ||
  fail "explain examples that do not do what they say"
echo "ok"
