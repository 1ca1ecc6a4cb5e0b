# Control characters from a file never reach the text outputs raw: no terminal escapes,
# and gcc stays one line per finding. File names that are not UTF-8 still give valid
# JSON, SARIF, JUnit and GitHub output.
source "$(dirname "$0")/lib.sh"

root=$(new_project controls)
write_journey "$root/esc.yaml"
echo 'state: "\e[31mRED\e[0m"' >>"$root/esc.yaml"
write_journey "$root/newline.yaml"
echo 'state: "a\nb\r%c\u0085\u202Ez"' >>"$root/newline.yaml"

# no_raw_controls FILE: no C0 control but LF, and no C1 control, in the file.
no_raw_controls() {
  ! LC_ALL=C grep -q $'[\x01-\x09\x0B-\x1F\x7F]' "$1" || fail "raw control character in $(basename "$1")"
  ! grep -qP '[\x{80}-\x{9F}\x{202E}]' "$1" || fail "raw C1 control or bidi override in $(basename "$1")"
}

for format in gcc human github; do
  run lint -f "$format" "$root/esc.yaml" "$root/newline.yaml"
  expect_status 1
  no_raw_controls "$WORK/out"
  expect_in "$WORK/out" '\e[31mRED\e[0m'
  percent=$([ "$format" = github ] && echo %25 || echo %)  # the Actions toolkit's own escape
  expect_in "$WORK/out" "a\\nb\\r${percent}c\\u{0085}\\u{202E}z"
done

run lint -f gcc "$root/newline.yaml"
[ "$(wc -l <"$WORK/out")" -eq 1 ] || fail "gcc: one line per finding"
expect_in "$WORK/out" "newline.yaml:15:8: error: 'a\\nb\\r%c\\u{0085}\\u{202E}z' is not a valid state"

run lint -f junit "$root/esc.yaml"
xmllint --noout "$WORK/out" || fail "JUnit XML is not well-formed"
expect_in "$WORK/out" '\e[31mRED\e[0m'

# A file name that is not UTF-8 (U+FFFD stands in for the bad byte).
bad="$root/bad"$'\xff'"name.yaml"
cp "$root/esc.yaml" "$bad"
run lint -f json "$bad"
expect_status 1
"$PYTHON" -c 'import json, sys; f = json.load(open(sys.argv[1], encoding="utf-8")); assert f[0]["file"].endswith("bad\ufffdname.yaml"), f' \
  "$WORK/out" || fail "JSON names the file with U+FFFD"
run lint -f sarif "$bad"
expect_status 1
"$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$WORK/out" || fail "SARIF is not UTF-8 JSON"
expect_in "$WORK/out" "bad%EF%BF%BDname.yaml"
run lint -f junit "$bad"
expect_status 1
xmllint --noout "$WORK/out" || fail "JUnit XML with a non-UTF-8 file name is not well-formed"
expect_in "$WORK/out" $'bad\xEF\xBF\xBDname.yaml'
for format in github gcc; do
  run lint -f "$format" "$bad"
  iconv -f UTF-8 -t UTF-8 "$WORK/out" >/dev/null || fail "$format output is not UTF-8"
  expect_in "$WORK/out" $'bad\xEF\xBF\xBDname.yaml'
done
echo "ok"
