# `ignore:` in .jmap.yaml is gitignore-like: a pattern matches a file or one of its
# parent folders, relative to the config; a trailing '/' matches folders only. Files all
# ignored are not an error: the summary says how many.
source "$(dirname "$0")/lib.sh"

root=$(new_project ignore)
mkdir -p "$root/b/drafts/deep" "$root/b/kept"
for file in b/drafts/x.yaml b/drafts/deep/y.yaml b/kept/z.yaml b/drafts.yaml; do
  write_journey "$root/$file"
  echo "bogus: 1" >>"$root/$file"  # an error in each, so a linted file shows
done

# lint_names PATTERN...: lints b/ with those ignore patterns; prints the files linted.
lint_names() {
  { echo "ignore:"; for p in "$@"; do echo "  - \"$p\""; done; } >"$root/.jmap.yaml"
  run lint -f gcc "$root/b"
}

for pattern in b/drafts b/drafts/ /b/drafts ./b/drafts "b/dr*/" "**/drafts" "b/drafts/**"; do
  lint_names "$pattern"
  expect_not_in "$WORK/out" "b/drafts/x.yaml"
  expect_not_in "$WORK/out" "b/drafts/deep/y.yaml"
  expect_in "$WORK/out" "b/kept/z.yaml"
done

# A trailing '/' matches folders only: the file b/drafts.yaml stays.
lint_names "b/drafts.yaml/" "b/drafts/"
expect_in "$WORK/out" "b/drafts.yaml"
expect_in "$WORK/err" "2 files checked, 2 ignored"
lint_names "b/drafts.yaml"
expect_not_in "$WORK/out" "b/drafts.yaml:"
# A pattern matches whole names: b/draft does not ignore b/drafts.
lint_names "b/draft"
expect_in "$WORK/out" "b/drafts/x.yaml"

# Everything ignored: exit 0, and the summary says so.
lint_names "b"
expect_status 0
expect_in "$WORK/err" "jmap: 0 files checked, 4 ignored: no findings"
echo "ok"
