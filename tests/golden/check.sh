# ctest golden.outputs: every example (examples/*.yaml) in every view and theme, as DOT and
# SVG, and its HTML page in every theme, byte for byte as checked in under tests/golden/.
# A change to what jmap draws shows up here as a diff to review.
# JMAP_UPDATE_GOLDEN=1 rewrites the files that differ instead (then: git diff tests/golden).
set -euo pipefail
: "${JMAP:?JMAP must name the jmap binary}"
: "${JMAP_SOURCE_DIR:?JMAP_SOURCE_DIR must name the source tree}"
export JMAP NO_COLOR=1
golden="$JMAP_SOURCE_DIR/tests/golden"
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
export fresh

# The outputs, one line each: example, output name, then jmap build's options.
list_outputs() {
  local example name view theme
  for example in "$JMAP_SOURCE_DIR"/examples/*.yaml; do
    name=$(basename "$example" .yaml)
    for theme in default dark print contrast; do
      for view in map blueprint flow; do
        printf '%s\t%s\t%s\n' "$example" "$name/$view-$theme.dot" "--view $view --theme $theme"
        printf '%s\t%s\t%s\n' "$example" "$name/$view-$theme.svg" "--view $view --theme $theme"
      done
      printf '%s\t%s\t%s\n' "$example" "$name/page-$theme.html" "--theme $theme"
    done
  done
  # build --compare: the to-be journey of tests/data/diff on the map with its as-is state.
  local diff="$JMAP_SOURCE_DIR/tests/data/diff"
  printf '%s\t%s\t%s\n' "$diff/future.yaml" "compare/map-default.svg" "--compare $diff/current.yaml"
}

# render LINE: one build into $fresh; a build that fails or says anything is a failure here.
render() {
  local example output options
  IFS=$'\t' read -r example output options <<<"$1"
  mkdir -p "$fresh/$(dirname "$output")"
  # shellcheck disable=SC2086 # options are words without spaces
  if ! "$JMAP" build "$example" $options -o "$fresh/$output" 2>"$fresh/$output.err" || [ -s "$fresh/$output.err" ]; then
    echo "golden: jmap build $(basename "$example") $options -o $output failed or warned:" >&2
    cat "$fresh/$output.err" >&2
    return 1
  fi
  rm "$fresh/$output.err"
}
export -f render

list_outputs >"$fresh/list"
total=$(wc -l <"$fresh/list")
[ "$total" -ge 84 ] || { echo "golden: expected at least 3 examples (84 outputs), found $total outputs" >&2; exit 1; }
# Both cores: these are independent processes, most of the test's time.
# shellcheck disable=SC2016 # $1 is the inner shell's
xargs -d '\n' -P "$(nproc)" -n 1 bash -c 'render "$1"' _ <"$fresh/list" ||
  { echo "golden: some outputs could not be rendered (above)" >&2; exit 1; }
rm "$fresh/list"

# What holds for every output, whatever the golden files say: SVG is well-formed XML with
# an accessible title (jmap's own, first in the picture).
(cd "$fresh" && xmllint --noout ./*/*.svg) || { echo "golden: an SVG is not well-formed XML (above)" >&2; exit 1; }
untitled=$(cd "$fresh" && { grep -L '<title id="title">' ./*/*.svg || true; })
[ -z "$untitled" ] || { echo "golden: SVG without <title id=\"title\">: $untitled" >&2; exit 1; }

update=${JMAP_UPDATE_GOLDEN:-}
differ=0 added=0 removed=0
while IFS= read -r output; do
  if [ ! -f "$golden/$output" ]; then
    added=$((added + 1))
    if [ -n "$update" ]; then mkdir -p "$golden/$(dirname "$output")"; cp "$fresh/$output" "$golden/$output"; else
      echo "golden: tests/golden/$output is missing (jmap writes it now)" >&2
    fi
  elif ! cmp -s "$golden/$output" "$fresh/$output"; then
    differ=$((differ + 1))
    if [ -n "$update" ]; then cp "$fresh/$output" "$golden/$output"; else
      echo "golden: tests/golden/$output differs from what jmap writes now (first 40 lines, cut at 240 columns):" >&2
      diff -u --label "golden/$output" --label "now/$output" "$golden/$output" "$fresh/$output" |
        head -40 | cut -c1-240 >&2 || true
    fi
  fi
done < <(cd "$fresh" && find . -type f | sed 's|^\./||' | sort)
# A golden file that no output matches (an example renamed or removed) is stale.
while IFS= read -r output; do
  [ -f "$fresh/$output" ] && continue
  removed=$((removed + 1))
  if [ -n "$update" ]; then rm "$golden/$output"; else echo "golden: tests/golden/$output is stale: jmap no longer writes it" >&2; fi
done < <(cd "$golden" && find . -mindepth 2 -type f | sed 's|^\./||' | sort)
[ -z "$update" ] || find "$golden" -mindepth 1 -type d -empty -delete

changed=$((differ + added + removed))
if [ -n "$update" ]; then
  echo "golden: rewrote $changed of $total files ($differ changed, $added new, $removed removed); review: git diff tests/golden"
elif [ "$changed" -gt 0 ]; then
  echo "golden: $changed of $total files differ ($differ changed, $added missing, $removed stale)." >&2
  echo "If the change is intended: JMAP_UPDATE_GOLDEN=1 make test, then review git diff tests/golden" >&2
  exit 1
else
  echo "golden: all $total files match"
fi
