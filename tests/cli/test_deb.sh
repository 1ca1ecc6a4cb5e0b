# `cpack -G DEB` (make deb): a .deb whose Depends dpkg-shlibdeps computed, with the binary,
# the gzipped man pages, schemas and templates; unpacked, its jmap builds a map; lintian
# finds no error.
source "$(dirname "$0")/lib.sh"

build_dir=${JMAP_BUILD_DIR:-$(dirname "$JMAP")}
[ -f "$build_dir/CPackConfig.cmake" ] || { echo "skip: no CPackConfig.cmake in $build_dir"; exit 77; }
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skip: $tool is missing (./setup.sh installs dpkg-dev)"; exit 77; }
done
# Into the scratch folder, so the test leaves the build folder as it was.
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1 ||
  { cat "$WORK/cpack.log" >&2; fail "cpack -G DEB failed"; }
version=$("$JMAP" --version | cut -d' ' -f2)
deb="$WORK/pkg/jmap_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $(basename "$deb") in $(ls "$WORK/pkg")"

dpkg-deb --info "$deb" >"$WORK/info.txt"
for field in "Package: jmap" "Version: $version" "Section: graphics" "Priority: optional" \
  "Homepage: https://github.com/jmap-project/jmap" "Maintainer: " "Description: customer journey map compiler" \
  " jmap compiles customer journey maps written in YAML"; do
  expect_in "$WORK/info.txt" "$field"
done
expect_in "$WORK/info.txt" " Suggests: git"
# Depends: the shared libraries the binary links (dpkg-shlibdeps), the font it measures with
# and the libraries it dlopens.
depends=$(sed -n 's/^ Depends: //p' "$WORK/info.txt")
for package in libgvc6 libcgraph6 libyaml-0-2 libfmt9 zlib1g libc6 libstdc++6 fonts-dejavu-core libcairo2 librsvg2-2; do
  case ", $depends," in *", $package"[\ ,]*) ;; *) fail "Depends lacks $package: $depends" ;; esac
done

dpkg-deb --contents "$deb" >"$WORK/contents.txt"
# The zip archive is jmap's own (zlib deflates): libzip, and the libcrypto it loads, are gone.
case ", $depends," in *", libzip"*) fail "Depends still names libzip: $depends" ;; esac

for file in ./usr/bin/jmap ./usr/share/man/man1/jmap.1.gz ./usr/share/man/man5/jmap-format.5.gz \
  ./usr/share/man/man7/jmap-templates.7.gz ./usr/share/jmap/schema/journey-v1.json \
  ./usr/share/jmap/templates/report.html.mustache ./usr/share/doc/jmap/README.md ./usr/share/doc/jmap/changelog.gz; do
  grep -q " $file\$" "$WORK/contents.txt" || fail "the .deb lacks $file"
done
expect_not_in "$WORK/contents.txt" "man1/jmap.1$"   # only gzipped pages
# Owned by root, as dpkg installs it.
! awk '{print $2}' "$WORK/contents.txt" | grep -v '^root/root$' || fail "a file in the .deb is not root/root"

# Unpacked into a scratch root: the pages are gzip, the binary stripped and working.
dpkg-deb -x "$deb" "$WORK/root"
zcat "$WORK/root/usr/share/man/man1/jmap.1.gz" | grep '^\.TH JMAP 1' >/dev/null || fail "jmap.1.gz is not the man page"
file "$WORK/root/usr/bin/jmap" 2>/dev/null | grep 'not stripped' >/dev/null && fail "the packaged jmap is not stripped"
cd "$WORK"
cp -r "$EXAMPLES" examples
"$WORK/root/usr/bin/jmap" build examples/clinic-visit.yaml -o "$WORK/map.svg" 2>"$WORK/err" ||
  fail "the packaged jmap could not build an example"
expect_in "$WORK/map.svg" '<title id="title">Riverside Family Clinic - visit with a blood test</title>'

# lintian (setup.sh test installs it): errors fail the test, warnings are shown.
# Suppressed, with the reason:
#   no-copyright-file: the project has not chosen a licence yet; debian/copyright needs one.
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 --suppress-tags no-copyright-file "$deb" >"$WORK/lintian.txt" 2>&1 || true
  cat "$WORK/lintian.txt"
  ! grep '^E: ' "$WORK/lintian.txt" || fail "lintian reports errors on the .deb"
fi
echo "ok"
