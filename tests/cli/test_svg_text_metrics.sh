# SVG is measured with jmap's own font metrics: drawing it loads neither pango nor
# fontconfig (most of the time `dot -Tsvg` spends), and the picture is the same whatever
# fonts the machine has. PNG and PDF still draw with pango and the real fonts.
source "$(dirname "$0")/lib.sh"
example="$EXAMPLES/ecommerce-first-order.yaml"

# loaded FORMAT VIEW: the shared libraries a build loads, as the dynamic loader lists them.
loaded() {
  LD_DEBUG=files "$JMAP" build "$example" --view "$2" -o "$WORK/picture.$1" 2>&1 >/dev/null | grep -o 'file=[^ ]*' | sort -u
}
for view in map blueprint flow; do
  loaded svg $view >"$WORK/svg-libs"
  grep -q 'libgvplugin_core' "$WORK/svg-libs" || fail "$view: no Graphviz core plugin loaded: the check sees nothing"
  ! grep -qE 'libpango|libfontconfig|libcairo' "$WORK/svg-libs" || fail "$view: SVG loads $(grep -E 'pango|fontconfig|cairo' "$WORK/svg-libs" | head -1)"
done
loaded png map >"$WORK/png-libs"
grep -q 'libgvplugin_pango' "$WORK/png-libs" || fail "PNG does not draw with pango"

# No fonts at all (fontconfig finds none): the SVG is byte for byte the same.
run build "$example" -o "$WORK/with-fonts.svg"
mkdir -p "$WORK/no-fonts"
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' "$WORK/no-fonts" "$WORK/no-fonts" >"$WORK/fonts.conf"
FONTCONFIG_FILE="$WORK/fonts.conf" "$JMAP" build "$example" -o "$WORK/without-fonts.svg"
cmp -s "$WORK/with-fonts.svg" "$WORK/without-fonts.svg" || fail "the SVG depends on the fonts installed"

# A second run of text on a line starts where jmap's metrics end the first: "Customer
# goal: " in bold 13 pt is 117 points wide for pango and for jmap.
grep -q '<text text-anchor="start" x="34" y="-[0-9.]*" [^>]*font-weight="bold" font-size="13.00"[^>]*>Customer goal: </text>' "$WORK/with-fonts.svg" ||
  fail "no bold 'Customer goal: ' run at x=34"
grep -q '<text text-anchor="start" x="151" [^>]*>Place a first grocery order' "$WORK/with-fonts.svg" ||
  fail "the goal does not start at x=151 (34 + the bold run's width)"
echo "ok"
