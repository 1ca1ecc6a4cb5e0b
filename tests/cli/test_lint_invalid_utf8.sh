# A fuzz find: a comment holding the bytes E0 92 96 (an overlong form, which the old
# UTF-8 check let through) blanked `lint -f json` and `-f sarif` with an internal error.
# Every report format stays well-formed UTF-8 and the file still gets its findings.
source "$(dirname "$0")/lib.sh"
bad="$DATA/invalid-utf8-in-comment.yaml"
for format in json sarif; do
  run lint -f $format "$bad"
  expect_status 1
  "$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$WORK/out" ||
    fail "-f $format is not valid UTF-8 JSON"
  expect_in "$WORK/out" "invalid UTF-8: byte 0xE0 does not start a valid character"
done
run lint -f junit "$bad"
expect_status 1
xmllint --noout "$WORK/out" || fail "-f junit is not well-formed XML"
expect_in "$WORK/out" 'type="syntax"'
run lint "$bad"
expect_status 1
expect_in "$WORK/out" "invalid-utf8-in-comment.yaml:1:15: error: invalid UTF-8"
echo "ok"
