# jmap init: every template is a commented, lint-clean journey that builds; --list,
# stdout, and no overwriting without --force.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
run init --list
expect_status 0
for name in e-commerce support saas-onboarding service-blueprint; do
  grep -qE "^$name +[a-z]" "$WORK/out" || fail "--list does not describe $name"
done
templates=$(awk '{print $1}' "$WORK/out")
[ "$(echo "$templates" | wc -l)" -ge 4 ] || fail "fewer than four templates"

for name in $templates; do
  dir=$(new_project "init-$name")
  cd "$dir"
  run init --template "$name"
  expect_status 0
  expect_in "$WORK/err" "wrote journey.yaml"
  [ -s journey.yaml ] || fail "$name: no journey.yaml"
  # commented to teach: more than a handful of comment lines
  [ "$(grep -c '^ *#' journey.yaml)" -ge 4 ] || fail "$name: too few comments"
  run lint --strict -f gcc journey.yaml
  expect_status 0
  expect_not_in "$WORK/out" "warning"
  expect_not_in "$WORK/out" "error"
  run build journey.yaml -o map.svg
  expect_status 0
  expect_in map.svg "<svg"
  run build journey.yaml --view blueprint -o blueprint.svg
  expect_status 0
done

# The default template and file; - writes to stdout.
dir=$(new_project "default")
cd "$dir"
run init
expect_status 0
expect_in journey.yaml "e-commerce"
run init - --template support
expect_status 0
expect_in "$WORK/out" "title: Getting help with a broken order"
[ ! -s "$WORK/err" ] || fail "init - printed on stderr: $(cat "$WORK/err")"

# Never overwrites without --force.
echo "mine" >journey.yaml
run init
expect_status 2
expect_in "$WORK/err" "'journey.yaml' exists"
expect_in "$WORK/err" "--force"
[ "$(cat journey.yaml)" = "mine" ] || fail "init overwrote journey.yaml"
run init --force --template support
expect_status 0
expect_in journey.yaml "Getting help"

# An unknown template: did you mean, and the list.
run init --template suport other.yaml
expect_status 2
expect_in "$WORK/err" "did you mean 'support'"
[ ! -e other.yaml ] || fail "an unknown template wrote a file"
echo "ok"
