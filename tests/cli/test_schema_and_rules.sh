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

# The schema and the loader agree on edge files: accept-* pass both (lint: no errors),
# reject-* fail both. Text fields take YAML numbers and booleans (title: 2026), ids
# numbers (id: 123), numbers numeric text (target: "5"); `emotion:` with no value is
# refused by both.
for edge in "$DATA"/schema-edges/*.yaml; do
  name=$(basename "$edge")
  run lint -f gcc "$edge"
  [ "$STATUS" -le 1 ] || fail "$name: lint exit $STATUS"
  lint_accepts=$([ "$STATUS" -eq 0 ] && echo yes || echo no)
  schema_accepts=$(validate_schema "$WORK/schema.json" "$edge" >"$WORK/valid" && echo yes || echo no)
  expected=$(case "$name" in accept-*) echo yes ;; *) echo no ;; esac)
  [ "$lint_accepts" = "$expected" ] || fail "$name: jmap lint accepts=$lint_accepts, expected $expected"
  [ "$schema_accepts" = "$expected" ] || fail "$name: the schema accepts=$schema_accepts, expected $expected: $(cat "$WORK/valid")"
done
run lint -f gcc "$DATA/schema-edges/reject-null-emotion.yaml"
expect_in "$WORK/out" "reject-null-emotion.yaml:14:17: error: 'emotion' should be a number, a scale label or a map of persona ids, found nothing [wrong-type]"

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
