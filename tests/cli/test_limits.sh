# The load limits: each settable with its option on build and lint and under `limits:`
# in .jmap.yaml (the command line wins); each hit is a finding naming the option.
source "$(dirname "$0")/lib.sh"

project=$(new_project limits)
write_journey "$project/journey.yaml"
# The journey's longest text value is "Customers find what they need": 29 bytes.

run lint -f gcc "$project/journey.yaml" --max-string 29
expect_status 0
run lint -f gcc "$project/journey.yaml" --max-string 28
expect_status 1
expect_in "$WORK/out" "journey.yaml:8:16: error: a text value of 29 bytes; the limit max_string is 28 bytes [too-large]"
run lint -f human "$project/journey.yaml" --max-string 28
expect_in "$WORK/out" "--max-string N, or 'limits: {max_string: N}' in .jmap.yaml"

# Every option, on lint and on build, at a value the small journey passes...
for option in "--max-file-size 100000" "--max-depth 10" "--max-nodes 1000" "--max-alias-nodes 1" \
  "--max-string 100" "--max-imports 1"; do
  # shellcheck disable=SC2086
  run lint -f gcc "$project/journey.yaml" $option
  expect_status 0
  # shellcheck disable=SC2086
  run build "$project/journey.yaml" $option -o "$WORK/ok.svg"
  expect_status 0
done
# ...and at one it does not: a too-large/too-deep error naming its option, never a crash.
check_limit() {  # OPTION VALUE RULE
  run lint -f human "$project/journey.yaml" "$1" "$2"
  expect_status 1
  expect_in "$WORK/out" "[$3]"
  expect_in "$WORK/out" "$1 N"
  run build "$project/journey.yaml" "$1" "$2" -o "$WORK/no.svg"
  expect_status 1
  expect_in "$WORK/err" "[$3]"
  [ ! -e "$WORK/no.svg" ] || fail "a build past $1 wrote its output"
}
check_limit --max-file-size 100 too-large
# A byte limit takes a size suffix, as a user writes a size: 1K is 1024 bytes.
wc -c <"$project/journey.yaml" >"$WORK/size.txt"
[ "$(cat "$WORK/size.txt")" -lt 1024 ] || fail "the test journey grew past 1 KiB: pick another suffix test"
{ cat "$project/journey.yaml" && printf '# %01100d\n' 0; } >"$project/padded.yaml"  # a comment past 1 KiB
run lint -f human "$project/padded.yaml" --max-file-size 1K
expect_status 1
expect_in "$WORK/out" "the limit max_file_size is 1024 bytes"
run lint -f gcc "$project/journey.yaml" --max-file-size 64M --max-string 1m
expect_status 0
check_limit --max-depth 2 too-deep
check_limit --max-nodes 20 too-large
check_limit --max-string 5 too-large
printf 'x: &x [1, 2]\ny: *x\n' >>"$project/journey.yaml"
check_limit --max-alias-nodes 2 too-large
write_journey "$project/journey.yaml" cat.yaml
write_catalogue "$project/cat.yaml"
run lint -f gcc "$project/journey.yaml" --max-imports 1
expect_status 0
write_catalogue "$project/cat.yaml" cat2.yaml
printf 'jmap: 1\n' >"$project/cat2.yaml"
check_limit --max-imports 1 too-large

# A limit is a whole number above zero.
run lint "$project/journey.yaml" --max-nodes 0
expect_status 2
run build "$project/journey.yaml" --max-depth many -o "$WORK/x.svg"
expect_status 2
run lint --help
expect_in "$WORK/out" "--max-nodes"
expect_in "$WORK/out" "(default 1000000)"
run build --help
expect_in "$WORK/out" "--max-string"
expect_in "$WORK/out" "(default 1048576; K, M and G suffixes: 64M)"

# .jmap.yaml sets them for lint and build; the command line wins.
write_journey "$project/journey.yaml"
printf 'limits:\n  max_string: 10\n' >"$project/.jmap.yaml"
run lint -f gcc "$project/journey.yaml"
expect_status 1
expect_in "$WORK/out" "the limit max_string is 10 bytes [too-large]"
run build "$project/journey.yaml" -o "$WORK/cfg.svg"
expect_status 1
expect_in "$WORK/err" "the limit max_string is 10 bytes [too-large]"
run lint -f gcc "$project/journey.yaml" --max-string 100
expect_status 0
run build "$project/journey.yaml" --max-string 100 -o "$WORK/cfg.svg"
expect_status 0
# Raising a default: a journey nested 70 deep passes only with the config's max_depth.
deep="$project/deep.yaml"
{ printf 'x: '; head -c 70 /dev/zero | tr '\0' '['; head -c 70 /dev/zero | tr '\0' ']'; echo; } >"$deep"
printf 'limits: {max_depth: 80}\n' >"$project/.jmap.yaml"
run lint -f gcc "$deep"
expect_not_in "$WORK/out" "too-deep"
rm "$project/.jmap.yaml"
run lint -f gcc "$deep"
expect_in "$WORK/out" "[too-deep]"

# A mistake under `limits:` is bad-config, for lint and build alike.
printf 'limits:\n  max_nodez: 5\n  max_depth: -3\n  max_string: lots\n' >"$project/.jmap.yaml"
run lint -f gcc "$project/journey.yaml"
expect_status 1
expect_in "$WORK/out" ".jmap.yaml:2:3: error:"
expect_in "$WORK/out" "max_nodes"
expect_in "$WORK/out" ".jmap.yaml:3:14: error: the limit 'max_depth' should be a whole number above zero, found '-3' [bad-config]"
expect_in "$WORK/out" "found 'lots' [bad-config]"
(cd "$project" && run build journey.yaml -o "$WORK/bad.svg" && expect_status 1 && cp "$WORK/err" "$WORK/err.build")
expect_in "$WORK/err.build" ".jmap.yaml:3:14: error: the limit 'max_depth' should be a whole number above zero"
expect_not_in "$WORK/err.build" "$project/.jmap.yaml"
[ ! -e "$WORK/bad.svg" ] || fail "a build under a broken .jmap.yaml wrote its output"
printf 'limits: 5\n' >"$project/.jmap.yaml"
run lint -f gcc "$project/journey.yaml"
expect_in "$WORK/out" "[bad-config]"
echo "ok"
