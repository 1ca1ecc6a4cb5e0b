# `jmap schema` is the published JSON Schema: every example validates, broken files
# do not. `jmap rules`, `jmap explain` and docs/rules.md say the same thing.
source "$(dirname "$0")/lib.sh"

run schema
expect_status 0
cp "$WORK/out" "$WORK/schema.json"
cmp -s "$WORK/schema.json" "$JMAP_SOURCE_DIR/docs/schema/journey-v1.json" || fail "jmap schema differs from docs/schema/journey-v1.json"
expect_in "$WORK/schema.json" '"$schema": "http://json-schema.org/draft-07/schema#"'
validate_schema "$WORK/schema.json" "$EXAMPLES"/*.yaml "$EXAMPLES"/catalog/*.yaml >"$WORK/valid" ||
  fail "an example does not validate: $(cat "$WORK/valid")"

# Broken files fail it: an unknown key, a wrong enum, a missing name.
sed 's/^    objective:/    objectve:/' "$EXAMPLES/clinic-visit.yaml" >"$WORK/typo.yaml"
sed 's/channel: phone/channel: telephone/' "$EXAMPLES/clinic-visit.yaml" >"$WORK/enum.yaml"
printf 'jmap: 1\ntitle: T\nstages:\n  - id: a\n' >"$WORK/noname.yaml"
for broken in typo enum noname; do
  if validate_schema "$WORK/schema.json" "$WORK/$broken.yaml" >"$WORK/invalid"; then fail "$broken.yaml validates"; fi
  expect_in "$WORK/invalid" "$broken.yaml: invalid: "
done
expect_in "$WORK/invalid" "'name' is a required property"

run rules
expect_status 0
[ "$(wc -l <"$WORK/out")" -ge 27 ] || fail "jmap rules lists too few rules"
expect_in "$WORK/out" "unknown-key"
run explain wrong-type
expect_status 0
expect_in "$WORK/out" "motivations: [Note: it is slow]"
expect_in "$WORK/out" "Good:"
run explain wrong-typ
expect_status 2
expect_in "$WORK/err" "no rule 'wrong-typ' (did you mean 'wrong-type'?)"

run rules --markdown
cmp -s "$WORK/out" "$JMAP_SOURCE_DIR/docs/rules.md" ||
  fail "docs/rules.md is out of date: run 'build/jmap rules --markdown > docs/rules.md'"
echo "ok"
