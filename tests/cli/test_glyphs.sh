# Every script's glyphs: with the fonts setup.sh installs (fonts-noto-cjk, -core,
# -color-emoji) a journey in Chinese, Arabic, Hebrew, Devanagari and emoji is drawn with
# real glyphs in PNG and PDF; with only DejaVu, jmap warns once per script it cannot
# draw, naming the characters and the package that would; the examples warn of nothing.
source "$(dirname "$0")/lib.sh"
journey="$DATA/every-script.yaml"
for family in "Noto Sans CJK SC" "Noto Color Emoji" "Noto Sans Devanagari"; do
  fc-list : family | grep -F "$family" >/dev/null || { echo "skip: $family is not installed (setup.sh test installs it)"; exit 77; }
done

# Installed fonts: no warning, and every script's text is in the PDF as text drawn from a
# font (a missing glyph is drawn as a box, a path: pdftotext would not find it).
for format in png pdf; do
  run build "$journey" -o "$WORK/scripts.$format"
  expect_status 0
  expect_not_in "$WORK/err" "warning"
done
pdftotext "$WORK/scripts.pdf" "$WORK/scripts.txt"
for text in 李小龙 搜索商品 東京の常連客 "आशा शर्मा" "ऑर्डर की पुष्टि" "نور الهدى" "تشلום" ; do
  [ "$text" = "تشلום" ] && text="תשלום בכרטיס"
  expect_in "$WORK/scripts.txt" "$text"
done
pdffonts "$WORK/scripts.pdf" >"$WORK/fonts.txt"
for family in NotoSansCJK Devanagari; do
  grep -q "$family" "$WORK/fonts.txt" || fail "the PDF embeds no $family font: $(cat "$WORK/fonts.txt")"
done
# Colour emoji are pictures, not text: a step that thinks 🦊🛒 is drawn in colour, where
# the same step thinking two unassigned code points (U+10FFFF: pango's missing-glyph box) is grey.
thinks_png() {
  sed "s/thinks: 💳✨🎉/thinks: $1/" "$journey" >"$WORK/thinks.yaml"
  run build "$WORK/thinks.yaml" -o "$WORK/$2.png"
}
thinks_png "🦊🛒" emoji
thinks_png "$(printf '\U0010FFFF\U0010FFFF')" tofu
/usr/bin/python3 - "$WORK/emoji.png" "$WORK/tofu.png" <<'PY' || fail "the emoji are not drawn in colour"
import sys
from PIL import Image, ImageChops
emoji, tofu = (Image.open(p).convert("RGB") for p in sys.argv[1:])
box = ImageChops.difference(emoji, tofu).getbbox()
assert box, "the emoji and the missing-glyph boxes look the same"
def colourful(image):
    return sum(1 for r, g, b in image.crop(box).getdata() if max(r, g, b) - min(r, g, b) > 80)
print("colourful pixels: emoji", colourful(emoji), "boxes", colourful(tofu))
assert colourful(emoji) > 20 and colourful(tofu) == 0
PY

# Only DejaVu (it covers Arabic and Hebrew): the other scripts warn, once each.
mkdir -p "$WORK/cache"
printf '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>%s</cachedir></fontconfig>\n' \
  "$WORK/cache" >"$WORK/dejavu.conf"
for format in png pdf; do
  FONTCONFIG_FILE="$WORK/dejavu.conf" "$JMAP" build "$journey" -o "$WORK/dejavu.$format" 2>"$WORK/err" >"$WORK/out" ||
    fail "build with DejaVu only failed"
  [ "$(grep -c 'warning: ' "$WORK/err")" -eq 4 ] || fail "$format: expected 4 warnings (Han, Hiragana, Devanagari, Emoji)"
  expect_in "$WORK/err" "jmap: warning: $WORK/dejavu.$format: no installed font draws 全球订购李 (Han, U+5168 U+7403 U+8BA2 U+8D2D U+674E and 25 more)"
  expect_in "$WORK/err" "they come out as empty boxes in PNG and PDF; install fonts-noto-cjk"
  expect_in "$WORK/err" "draws の (Hiragana, U+306E): it comes out as an empty box"
  expect_in "$WORK/err" "(Devanagari, U+0906 U+0936"
  expect_in "$WORK/err" "install fonts-noto-core"
  expect_in "$WORK/err" "draws 🤔🛒💳✨🎉 (Emoji, U+1F914 U+1F6D2 U+1F4B3 U+2728 U+1F389 and 1 more)"
  expect_in "$WORK/err" "install fonts-noto-color-emoji"
  expect_not_in "$WORK/err" "Arabic"
  expect_not_in "$WORK/err" "Hebrew"
done
# The control: without the fonts the Han text is not in the PDF, and the PNG differs.
pdftotext "$WORK/dejavu.pdf" "$WORK/dejavu.txt"
expect_not_in "$WORK/dejavu.txt" 李小龙
cmp -s "$WORK/scripts.png" "$WORK/dejavu.png" && fail "the PNG is the same without the CJK and emoji fonts"
# SVG and DOT do not draw with fonts: they never warn.
FONTCONFIG_FILE="$WORK/dejavu.conf" "$JMAP" build "$journey" -o "$WORK/dejavu.svg" 2>"$WORK/err"
expect_not_in "$WORK/err" "warning"
# Right-to-left text stays in logical order, whole, for the browser's bidi (SVG) and
# pango's (PNG, PDF: pdftotext above read it back in logical order).
for text in ">مقارنة الأسعار<" ">תשלום בכרטיס<" "نور الهدى" ">ऑर्डर की पुष्टि<"; do
  expect_in "$WORK/dejavu.svg" "$text"
done

# No example warns, in any view.
for example in "$EXAMPLES"/*.yaml; do
  for view in map blueprint flow; do
    run build "$example" --view $view --dpi 24 -o "$WORK/example.png"
    expect_status 0
    expect_not_in "$WORK/err" "warning"
  done
done
echo "ok"
