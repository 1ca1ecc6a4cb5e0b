# build --depfile: the map depends on the journey, its imports, the template and
# .jmap.yaml; examples/Makefile rebuilds exactly the maps whose inputs changed, and
# ninja reads the same depfile (deps = gcc).
source "$(dirname "$0")/lib.sh"

# The depfile names the output and every input, escaped for make.
project=$(new_project "deps")
mkdir -p "$project/shared cat"
write_catalogue "$project/shared cat/people #1.yaml"
write_journey "$project/j.yaml" '"shared cat/people #1.yaml"'
echo 'fail_on: error' >"$project/.jmap.yaml"
cd "$project"
run build j.yaml -o map.svg --depfile map.d
expect_status 0
expect_in map.d 'map.svg: \'
expect_in map.d '  j.yaml \'
expect_in map.d 'shared\ cat/people\ \#1.yaml'
expect_in map.d '.jmap.yaml'
run build j.yaml -o page.html --template "$JMAP_SOURCE_DIR/templates/report.html.mustache" --depfile page.d
expect_status 0
expect_in page.d "templates/report.html.mustache"

# Written only when the build succeeds; never for stdout.
echo "broken: [" >broken.yaml
run build broken.yaml -o broken.svg --depfile broken.d
expect_status 1
[ ! -e broken.d ] || fail "a failed build wrote its depfile"
run build j.yaml -o - -f svg --depfile out.d
expect_status 2
expect_in "$WORK/err" "--depfile names the output file"

# examples/Makefile: every map once, then nothing, then the importers of the catalogue.
cp -r "$EXAMPLES" "$WORK/site"
cd "$WORK/site"
rm -rf out
built() { make --no-print-directory JMAP="$JMAP" 2>&1 | sed -n 's/^.* build \([^ ]*\.yaml\) .*/\1/p' | LC_ALL=C sort | tr '\n' ' '; }
first=$(built)
[ "$first" = "clinic-visit.yaml customer-support-today.yaml customer-support.yaml ecommerce-first-order.yaml " ] ||
  fail "first make built: $first"
again=$(built)
[ -z "$again" ] || fail "make with nothing changed rebuilt: $again"
sleep 1  # make compares modification times in whole seconds on some file systems
touch catalog/shared.yaml
after_catalogue=$(built)
[ "$after_catalogue" = "customer-support-today.yaml customer-support.yaml ecommerce-first-order.yaml " ] ||
  fail "touching the catalogue rebuilt: '$after_catalogue' (expected the three journeys importing it)"
# A journey named by others (related, a step's sub-journey) rebuilds their maps too.
sleep 1
touch customer-support-today.yaml
after_related=$(built)
[ "$after_related" = "customer-support-today.yaml customer-support.yaml " ] ||
  fail "touching customer-support-today.yaml rebuilt: '$after_related' (expected it and the journey relating to it)"
sleep 1
touch clinic-visit.yaml
after_journey=$(built)
[ "$after_journey" = "clinic-visit.yaml " ] || fail "touching clinic-visit.yaml rebuilt: '$after_journey'"
# A catalogue that disappears: make rebuilds (and jmap reports it) instead of stopping.
mv catalog/shared.yaml catalog/gone.yaml
set +e
make --no-print-directory JMAP="$JMAP" >"$WORK/make.log" 2>&1
set -e
grep -q "No rule to make target" "$WORK/make.log" && fail "a deleted catalogue stopped make: $(cat "$WORK/make.log")"
grep -q "does not exist" "$WORK/make.log" || fail "jmap did not report the missing catalogue: $(cat "$WORK/make.log")"
mv catalog/gone.yaml catalog/shared.yaml

# ninja reads the depfile too.
command -v ninja >/dev/null || { echo "ninja is not installed" >&2; exit 77; }
mkdir -p "$WORK/ninja"
cp -r "$EXAMPLES"/*.yaml "$EXAMPLES/catalog" "$WORK/ninja/"
cd "$WORK/ninja"
cat >build.ninja <<NINJA
rule jmap
  command = $JMAP build \$in -o \$out --depfile \$out.d
  depfile = \$out.d
  deps = gcc
build support.svg: jmap customer-support.yaml
build clinic.svg: jmap clinic-visit.yaml
NINJA
ninja >"$WORK/ninja.log" 2>&1 || fail "ninja failed: $(cat "$WORK/ninja.log")"
ninja -t deps support.svg | grep "catalog/shared.yaml" >/dev/null || fail "ninja did not record the catalogue: $(ninja -t deps)"
[ ! -e support.svg.d ] || fail "ninja should have read and removed the depfile (deps = gcc)"
ninja -n | grep "no work to do" >/dev/null || fail "ninja would rebuild with nothing changed: $(ninja -n)"
sleep 1
touch catalog/shared.yaml
plan=$(ninja -n -v)
echo "$plan" | grep "customer-support.yaml" >/dev/null || fail "ninja would not rebuild the importer: $plan"
echo "$plan" | grep "clinic-visit.yaml" >/dev/null && fail "ninja would rebuild a journey that does not import: $plan"
echo "ok"
