# Hostile files fail fast with a message: alias bombs, deep nesting, huge files.
source "$(dirname "$0")/lib.sh"

# Billion laughs: 10^9 strings if expanded.
{
  echo 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  for i in 1 2 3 4 5 6 7 8 9; do
    p=$((i - 1))
    echo "a$i: &a$i [*a$p,*a$p,*a$p,*a$p,*a$p,*a$p,*a$p,*a$p,*a$p,*a$p]"
  done
} >"$WORK/laughs.yaml"
start=$(date +%s%N)
run lint -f human "$WORK/laughs.yaml"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_status 1
expect_in "$WORK/out" "error: aliases expand to more than 100000 nodes [too-large]"
# A generous bound, only to catch a hang: the real figure is a few milliseconds.
[ "$elapsed_ms" -lt 5000 ] || fail "the alias bomb took ${elapsed_ms} ms"

# 20,000 nested lists: a clear finding, not a stack overflow.
python_free_brackets() { head -c "$1" /dev/zero | tr '\0' "$2"; }
{ printf 'title: '; python_free_brackets 20000 '['; python_free_brackets 20000 ']'; echo; } >"$WORK/deep.yaml"
run lint -f human "$WORK/deep.yaml"
expect_status 1
expect_in "$WORK/out" "deep.yaml:1:71: error: nesting deeper than 64 levels [too-deep]"
expect_in "$WORK/out" "..."

# Over 16 MiB.
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$WORK/huge.yaml"
run lint -f human "$WORK/huge.yaml"
expect_status 1
expect_in "$WORK/out" "huge.yaml:1:1: error: the file is 17825792 bytes; the limit is 16777216 bytes [too-large]"
echo "ok"
