# `jmap md PAGE.md -o OUT.md`: each ```jmap block becomes an SVG beside OUT and an image
# link to it; other blocks stay; an error points at the line inside the page; on an
# error nothing is written.
source "$(dirname "$0")/lib.sh"
project=$(new_project docs)
mkdir -p "$project/maps" "$project/out"
write_journey "$project/maps/small.yaml"
cat >"$project/page.md" <<'MD'
# Our journeys

```yaml
title: not a jmap block
```

```jmap
jmap: 1
title: Inline [journey]
personas: [{id: p, name: Shopper}]
stages:
  - id: visit
    name: Visit
    objective: Find things
    steps:
      - {id: look, name: Looks around, emotion: 4}
```

Text between.

~~~jmap
file: maps/small.yaml
~~~
MD
run md "$project/page.md" -o "$project/out/page.md"
expect_status 0
expect_in "$project/out/page.md" '![Inline \[journey\]](page-1.svg)'
expect_in "$project/out/page.md" '![Small journey](page-2.svg)'
expect_in "$project/out/page.md" 'title: not a jmap block'
expect_in "$project/out/page.md" 'Text between.'
expect_not_in "$project/out/page.md" '```jmap'
expect_not_in "$project/out/page.md" 'file: maps/small.yaml'
expect_in "$project/out/page-1.svg" 'Looks around'
expect_in "$project/out/page-2.svg" 'Small journey'
[ "$(grep -c '^!\[' "$project/out/page.md")" -eq 2 ] || fail "expected two image links"
# Deterministic: a second run writes the same bytes.
cp "$project/out/page-1.svg" "$WORK/first.svg"
run md "$project/page.md" -o "$project/out/page.md"
cmp -s "$WORK/first.svg" "$project/out/page-1.svg" || fail "a second run drew a different SVG"

# An error inside an inline block: its line in the page, and nothing written.
sed 's/emotion: 4/emotion: 9/' "$project/page.md" >"$project/broken.md"
run md "$project/broken.md" -o "$project/out/broken.md"
expect_status 1
expect_in "$WORK/err" "broken.md:16:"
expect_in "$WORK/err" "[emotion-out-of-scale]"
expect_in "$WORK/err" "16 |       - {id: look, name: Looks around, emotion: 9}"
[ ! -e "$project/out/broken.md" ] && [ ! -e "$project/out/broken-1.svg" ] && [ ! -e "$project/out/broken-2.svg" ] ||
  fail "output was written despite the error"

# A `file:` that does not exist: the line of the block in the page.
sed 's|maps/small.yaml|maps/missing.yaml|' "$project/page.md" >"$project/missing.md"
run md "$project/missing.md" -o "$project/out/missing.md"
expect_status 1
expect_in "$WORK/err" "missing.md:22:1: error: no journey file"
[ ! -e "$project/out/missing.md" ] || fail "output was written despite the missing file"

# A block never closed.
printf '# t\n\n```jmap\njmap: 1\n' >"$project/open.md"
run md "$project/open.md" -o "$project/out/open.md"
expect_status 1
expect_in "$WORK/err" "open.md:3:1: error: the \`\`\`jmap block is never closed"
expect_in "$WORK/err" "[jmap-block]"
echo ok
