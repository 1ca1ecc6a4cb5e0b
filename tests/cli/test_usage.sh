# Usage and I/O problems exit 2 with `jmap: error: ...`; help and version exit 0.
source "$(dirname "$0")/lib.sh"
example="$EXAMPLES/ecommerce-first-order.yaml"

run --version
expect_status 0
expect_in "$WORK/out" "jmap 0."

run --help
expect_status 0
expect_in "$WORK/out" "build"
expect_in "$WORK/out" "lint"
expect_in "$WORK/out" "Exit codes"

run help build
expect_status 0
expect_in "$WORK/out" "--output"
run help frobnicate
expect_status 2
expect_in "$WORK/err" "jmap: error: unknown command 'frobnicate'; commands: build, lint, rules, explain, schema, template, "
expect_in "$WORK/err" ", help"  # the list comes from the app: other commands may stand between
run help lnit
expect_status 2
expect_in "$WORK/err" "unknown command 'lnit' (did you mean 'lint'?)"

# `jmap help` alone is the top-level help (the commands), not the help of `help`.
run help
expect_status 0
expect_in "$WORK/out" "Usage: jmap [OPTIONS] SUBCOMMAND"
expect_in "$WORK/out" "Exit codes"
expect_not_in "$WORK/out" "Usage: jmap help"

# An unknown command is named, with the commands there are.
run frob
expect_status 2
expect_in "$WORK/err" "jmap: error: unknown command 'frob'; commands: build, lint, rules, explain, schema, template, "
expect_not_in "$WORK/err" "__complete"  # hidden
expect_not_in "$WORK/err" "A subcommand is required"
run biuld "$example" -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "jmap: error: unknown command 'biuld' (did you mean 'build'?)"

run
expect_status 2
run lint --frobnicate "$example"
expect_status 2
expect_in "$WORK/err" "jmap: error:"

run lint "$WORK/no-such-file.yaml"
expect_status 2
expect_in "$WORK/err" "jmap: error: cannot read"

run build "$WORK/no-such-file.yaml" -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "jmap: error: cannot read"

run build "$example" -o "$WORK/map.jpeg"
expect_status 2
expect_in "$WORK/err" "jmap: error: unknown output format 'jpeg'; known formats: svg, png, pdf, html, dot, md, json"
[ ! -e "$WORK/map.jpeg" ] || fail "a refused build wrote its output"

# No extension: say so and name --format, not "unknown output format ''".
for name in noext "map."; do
  run build "$example" -o "$WORK/$name"
  expect_status 2
  expect_in "$WORK/err" "jmap: error: the output '$WORK/$name' has no extension to tell its format; pass --format (svg, png, pdf, html, dot, md, json, mermaid, pptx)"
  expect_not_in "$WORK/err" "unknown output format"
  [ ! -e "$WORK/$name" ] || fail "a refused build wrote its output"
done
run build "$example" -o "$WORK/noext" --format dot
expect_status 0
expect_in "$WORK/noext" "digraph"

run build "$example" -o "$WORK/map.svg" --format pfd
expect_status 2
expect_in "$WORK/err" "unknown output format 'pfd' (did you mean 'pdf'?)"

run build "$example" -o "$WORK/map.svg" --view blue
expect_status 2
expect_in "$WORK/err" "unknown view 'blue'"
expect_in "$WORK/err" "known: map, blueprint, flow"

run build "$example" -o "$WORK/map.svg" --theme drak
expect_status 2
expect_in "$WORK/err" "unknown theme 'drak' (did you mean 'dark'?); known: default, dark, print, contrast"

run build "$example" -o "$WORK/map.svg" --persona busy-parnet
expect_status 2
expect_in "$WORK/err" "no persona 'busy-parnet'"
expect_in "$WORK/err" "did you mean"
[ ! -e "$WORK/map.svg" ] || fail "a refused build wrote its output"

run build "$example" -o "$WORK/map.svg" --format dot
expect_status 0
expect_in "$WORK/map.svg" "digraph"

# A FIFO named on the command line is refused, not read forever.
mkfifo "$WORK/pipe.yaml"
set +e
timeout 10 "$JMAP" lint "$WORK/pipe.yaml" >"$WORK/out" 2>"$WORK/err"
STATUS=$?
set -e
expect_status 2
expect_in "$WORK/err" "is not a regular file"

# The output may not be the input.
cp "$example" "$WORK/journey.yaml"
run build "$WORK/journey.yaml" -o "$WORK/journey.yaml" --format svg
expect_status 2
expect_in "$WORK/err" "is the input file"
cmp -s "$example" "$WORK/journey.yaml" || fail "the input was overwritten"

# An output folder that does not exist: exit 2, nothing written.
run build "$example" -o "$WORK/no/such/dir/map.svg"
expect_status 2
expect_in "$WORK/err" "jmap: error: cannot write"
echo "ok"
