# Hostile files fail fast with a message: alias bombs, deep nesting, huge files. Hostile
# text (script, DOT, Mustache, Markdown and SVG injection in every field) comes out of
# every output format as text. A rejected build writes nothing and leaves an old output.
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
expect_in "$WORK/out" "error: aliases expand to more than 100000 nodes (the limit max_alias_nodes) [too-large]"
# A generous bound, only to catch a hang: the real figure is a few milliseconds.
[ "$elapsed_ms" -lt 5000 ] || fail "the alias bomb took ${elapsed_ms} ms"

# 20,000 nested lists: a clear finding, not a stack overflow.
python_free_brackets() { head -c "$1" /dev/zero | tr '\0' "$2"; }
{ printf 'title: '; python_free_brackets 20000 '['; python_free_brackets 20000 ']'; echo; } >"$WORK/deep.yaml"
run lint -f human "$WORK/deep.yaml"
expect_status 1
expect_in "$WORK/out" "deep.yaml:1:71: error: nesting deeper than 64 levels (the limit max_depth) [too-deep]"
expect_in "$WORK/out" "..."

# Over 16 MiB.
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$WORK/huge.yaml"
run lint -f human "$WORK/huge.yaml"
expect_status 1
expect_in "$WORK/out" "huge.yaml:1:1: error: the file is 17825792 bytes; the limit max_file_size is 16777216 bytes [too-large]"

# One journey per payload, every text field holding it (tests/data/hostile), and a plain
# one as the baseline: each output must have the baseline's structure.
HOSTILE="$DATA/hostile"
CHECK="$JMAP_SOURCE_DIR/tests/tools/check_hostile.py"
write_payload_journey() {  # NAME JSON-PAYLOAD: $WORK/NAME.yaml
  "$PYTHON" "$CHECK" write "$HOSTILE/journey.yaml.in" "$2" >"$WORK/$1.yaml"
}
# build_all NAME: every view in svg and dot, html, png, pdf, md, json, mmd, into $WORK/NAME-*.
build_all() {
  local view
  for view in map blueprint flow; do
    for format in svg dot; do
      run build "$WORK/$1.yaml" --view "$view" -o "$WORK/$1-$view.$format"
      expect_status 0
    done
  done
  for format in html png pdf md json mmd; do
    run build "$WORK/$1.yaml" -o "$WORK/$1.$format"
    expect_status 0
  done
  # The Markdown page as GitHub renders it (cmark-gfm, setup.sh test).
  cmark-gfm --extension table --extension strikethrough --extension autolink --extension tagfilter \
    "$WORK/$1.md" >"$WORK/$1.md.html"
}
# The nodes and edges of a DOT file, and any node or edge with a link.
dot_shape() { gvpr 'N{print("node ", $.name, " ", aget($, "URL"), aget($, "href"))} E{print("edge ", $.tail.name, " ", $.head.name, " ", aget($, "URL"), aget($, "href"))}' "$1" 2>/dev/null | sort; }

write_payload_journey plain '"plain text"'
build_all plain
payloads=0
while IFS=$'\t' read -r name payload; do
  payloads=$((payloads + 1))
  write_payload_journey "$name" "$payload"
  build_all "$name"
  for view in map blueprint flow; do
    svg="$WORK/$name-$view.svg"
    xmllint --nonet --noout "$svg" 2>"$WORK/xml" || fail "$name: the $view SVG is not well-formed: $(head -3 "$WORK/xml")"
    expect_not_in "$svg" "<script"
    expect_not_in "$svg" "<!ENTITY"
    expect_not_in "$svg" "<?xml-stylesheet"
    "$PYTHON" "$CHECK" svg "$svg" "$WORK/plain-$view.svg" || fail "$name: the $view SVG has injected elements"
    dot="$WORK/$name-$view.dot"
    dot -Tsvg "$dot" >"$WORK/dot.svg" 2>"$WORK/doterr" || fail "$name: Graphviz cannot read the $view DOT: $(head -3 "$WORK/doterr")"
    xmllint --nonet --noout "$WORK/dot.svg" || fail "$name: Graphviz's SVG of the $view DOT is not well-formed"
    [ "$(dot_shape "$dot")" = "$(dot_shape "$WORK/plain-$view.dot")" ] ||
      fail "$name: the $view DOT's nodes, edges or links differ from the plain journey's"
  done
  "$PYTHON" "$CHECK" html "$WORK/$name.html" "$WORK/plain.html" "$payload" || fail "$name: the HTML has injected content"
  "$PYTHON" "$CHECK" markdown "$WORK/$name.md.html" "$WORK/plain.md.html" "$payload" ||
    fail "$name: the Markdown page has elements the plain journey's has not"
  "$PYTHON" "$CHECK" json "$WORK/$name.json" "$WORK/plain.json" "$payload" || fail "$name: the JSON differs in shape"
  "$PYTHON" "$CHECK" mermaid "$WORK/$name.mmd" "$WORK/plain.mmd" || fail "$name: the Mermaid diagram has other lines"
  [ "$(head -c 8 "$WORK/$name.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$name: no PNG"
  [ "$(head -c 5 "$WORK/$name.pdf")" = "%PDF-" ] || fail "$name: no PDF"
done <"$HOSTILE/payloads.txt"
[ "$payloads" -eq 6 ] || fail "expected 6 payloads, read $payloads"
# Mustache tags in the data are text: the HTML shows them, unexpanded.
grep -qF '{{title}} {{{svg.map}}} {{#stages}}loop{{/stages}}' "$WORK/mustache.html" ||
  fail "the Mustache payload is not in the page as written"
expect_not_in "$WORK/mustache.html" "loop loop"

# A rejected build writes no output, and leaves an existing one as it was.
cat >"$WORK/broken.yaml" <<'YAML'
jmap: 1
title: Broken
stages:
  - id: s
    name: S
    steps:
      - {id: a, name: A, personas: [nobody]}
YAML
for format in svg html png pdf dot md json mmd; do
  run build "$WORK/broken.yaml" -o "$WORK/none.$format"
  expect_status 1
  [ ! -e "$WORK/none.$format" ] || fail "a rejected $format build wrote a file"
  echo "old $format output" >"$WORK/old.$format"
  touch -d '2001-02-03 04:05:06' "$WORK/old.$format"
  before=$(stat -c '%Y %s' "$WORK/old.$format")
  run build "$WORK/broken.yaml" -o "$WORK/old.$format"
  expect_status 1
  [ "$(cat "$WORK/old.$format")" = "old $format output" ] || fail "a rejected $format build changed the old output"
  [ "$(stat -c '%Y %s' "$WORK/old.$format")" = "$before" ] || fail "a rejected $format build touched the old output"
done
# A bad --template is refused before anything is written.
printf '{{#stages}}{{nme}}{{/stages}}\n' >"$WORK/bad.mustache"
run build "$WORK/plain.yaml" --template "$WORK/bad.mustache" -o "$WORK/templated.html"
expect_status 2
[ ! -e "$WORK/templated.html" ] || fail "a build with a bad template wrote a file"
cp "$WORK/plain.html" "$WORK/kept.html"
touch -d '2001-02-03 04:05:06' "$WORK/kept.html"
before=$(stat -c '%Y' "$WORK/kept.html")
run build "$WORK/plain.yaml" --template "$WORK/bad.mustache" -o "$WORK/kept.html"
expect_status 2
cmp -s "$WORK/kept.html" "$WORK/plain.html" || fail "a bad template changed the old output"
[ "$(stat -c '%Y' "$WORK/kept.html")" = "$before" ] || fail "a bad template touched the old output"
# A limit hit is a rejected build too.
run build "$WORK/plain.yaml" --max-string 5 -o "$WORK/kept.html"
expect_status 1
expect_in "$WORK/err" "the limit max_string is 5 bytes [too-large]"
cmp -s "$WORK/kept.html" "$WORK/plain.html" || fail "a limit hit changed the old output"
echo "ok"
