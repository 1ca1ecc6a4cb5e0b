# `cmake --install` into a scratch DESTDIR and prefix: every file in its GNUInstallDirs
# place, and the installed jmap works from those files alone. `make install` wraps it.
source "$(dirname "$0")/lib.sh"

build_dir=${JMAP_BUILD_DIR:-$(dirname "$JMAP")}
[ -f "$build_dir/cmake_install.cmake" ] || { echo "skip: no cmake_install.cmake in $build_dir"; exit 77; }
root="$WORK/root"
prefix=/opt/jmap-test
DESTDIR="$root" cmake --install "$build_dir" --prefix "$prefix" >"$WORK/install.log" 2>&1 ||
  { cat "$WORK/install.log" >&2; fail "cmake --install failed"; }
installed="$root$prefix"

for file in bin/jmap share/man/man1/jmap.1 share/man/man5/jmap-format.5 share/man/man7/jmap-templates.7 \
  share/jmap/schema/journey-v1.json share/jmap/schema/lint-output.json \
  share/jmap/templates/report.html.mustache share/jmap/templates/report.css \
  share/doc/jmap/README.md share/doc/jmap/docs/ci.md share/doc/jmap/docs/rules.md share/doc/jmap/docs/templates.md; do
  [ -f "$installed/$file" ] || fail "not installed: $prefix/$file"
done
[ -x "$installed/bin/jmap" ] || fail "bin/jmap is not executable"
# The README's links into docs/ still resolve where it is installed.
grep -o '(docs/[a-z-]*\.md)' "$installed/share/doc/jmap/README.md" | tr -d '()' | while read -r link; do
  [ -f "$installed/share/doc/jmap/$link" ] || fail "the installed README links $link, which is not installed"
done
# Every file the install log names is under the DESTDIR, none outside it.
grep -q "Installing: $root$prefix/bin/jmap" "$WORK/install.log" || fail "the install log does not name bin/jmap"
! grep "Installing: " "$WORK/install.log" | grep -v "Installing: $root$prefix/" || fail "a file was installed outside DESTDIR"

# Shell completions: installed when jmap has a `completion` command, quietly absent otherwise.
if "$JMAP" completion bash >/dev/null 2>&1; then
  [ -s "$installed/share/bash-completion/completions/jmap" ] || fail "no bash completion installed"
  [ -s "$installed/share/zsh/site-functions/_jmap" ] || fail "no zsh completion installed"
  [ -s "$installed/share/fish/vendor_completions.d/jmap.fish" ] || fail "no fish completion installed"
else
  [ ! -e "$installed/share/bash-completion" ] || fail "a completion was installed by a jmap without 'completion'"
fi

# The installed binary, from a folder far from the source tree and build folder.
cd "$WORK"
cp -r "$EXAMPLES" "$WORK/examples"
"$installed/bin/jmap" --version >"$WORK/out" || fail "the installed jmap --version failed"
expect_in "$WORK/out" "jmap $("$JMAP" --version | cut -d' ' -f2)"
"$installed/bin/jmap" build examples/ecommerce-first-order.yaml -o "$WORK/map.svg" 2>"$WORK/err" ||
  fail "the installed jmap could not build an example"
xmllint --noout "$WORK/map.svg" || fail "the installed jmap wrote an SVG that is not well-formed"
expect_in "$WORK/map.svg" '<title id="title">FreshCart - first grocery order</title>'
# The installed template and schema are the real ones: the page builds with the template,
# the example validates against the schema.
"$installed/bin/jmap" build examples/ecommerce-first-order.yaml -o "$WORK/page.html" \
  --template "$installed/share/jmap/templates/report.html.mustache" 2>"$WORK/err" || fail "the installed template does not build"
expect_in "$WORK/page.html" '<h1>FreshCart - first grocery order</h1>'
validate_schema "$installed/share/jmap/schema/journey-v1.json" examples/ecommerce-first-order.yaml ||
  fail "the example does not validate against the installed schema"

# The man pages render (man-db), and say what the binary does.
if command -v man >/dev/null; then
  MANWIDTH=100 man -l "$installed/share/man/man1/jmap.1" >"$WORK/man.txt" 2>"$WORK/man.err" || fail "man -l jmap.1 failed"
  expect_in "$WORK/man.txt" "jmap - compile customer journey maps"
  expect_in "$WORK/man.txt" "--embed-source"
  MANWIDTH=100 man -l "$installed/share/man/man5/jmap-format.5" >"$WORK/man5.txt" 2>/dev/null || fail "man -l jmap-format.5 failed"
  [ -s "$WORK/man5.txt" ] || fail "jmap-format.5 renders empty"
fi

# `make install PREFIX=... DESTDIR=...` runs exactly this install (make -n: nothing is built here).
make -n -C "$JMAP_SOURCE_DIR" install PREFIX=/opt/x DESTDIR=/tmp/stage BUILD_DIR="$build_dir" >"$WORK/make.txt" ||
  fail "make -n install failed"
expect_in "$WORK/make.txt" "DESTDIR=\"/tmp/stage\" cmake --install $build_dir --prefix \"/opt/x\""
make -n -C "$JMAP_SOURCE_DIR" install BUILD_DIR="$build_dir" >"$WORK/make.txt"
expect_in "$WORK/make.txt" "--prefix \"/usr/local\""
echo "ok"
