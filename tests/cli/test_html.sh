# `jmap build -o map.html`: one self-contained page; `--template`; `jmap template --print`.
source "$(dirname "$0")/lib.sh"

example="$EXAMPLES/ecommerce-first-order.yaml"
run build "$example" -o "$WORK/map.html"
expect_status 0
page="$WORK/map.html"
expect_in "$page" '<!DOCTYPE html>'
expect_in "$page" "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"
expect_not_in "$page" "unsafe-inline"
expect_in "$page" '<h1>FreshCart - first grocery order</h1>'
# Self-contained: no script, no external resource; the only URLs are SVG namespaces.
expect_not_in "$page" '<script'
expect_not_in "$page" '<link'
expect_not_in "$page" ' src='
grep -o 'https\?://[^" )]*' "$page" | sort -u >"$WORK/urls.txt"
while read -r url; do
  case "$url" in http://www.w3.org/2000/svg | http://www.w3.org/1999/xlink) ;; *) fail "external URL in the page: $url" ;; esac
done <"$WORK/urls.txt"
# Every section, with semantic tables.
for id in personas map kpis funnel pains blueprint flow touchpoints; do expect_in "$page" "<section id=\"$id\""; done
[ "$(grep -c '<caption>' "$page")" -ge 5 ] || fail "expected a caption on every table"
expect_in "$page" '<th scope="colgroup" colspan="3" id="stage-awareness" class="stage-head">'
# A column group per stage, so the stage heads' scope="colgroup" names their columns.
expect_in "$page" '<colgroup><col class="lane"></colgroup><colgroup class="stage"><col span="3"></colgroup>'
[ "$(grep -o '<colgroup class="stage">' "$page" | wc -l)" -eq "$(grep -o 'class="stage-head"' "$page" | wc -l)" ] ||
  fail "expected one column group per stage head"
# The steps that use a touchpoint are a list (separated on screen and paper).
expect_in "$page" '<ul class="uses"><li><a href="#step-read-reviews">Reads store reviews</a></li><li><a href="#step-install-app">Installs the app</a></li></ul>'
expect_in "$page" '<svg role="img" aria-labelledby="blueprint-title blueprint-desc"'
expect_in "$page" '<svg role="img" aria-labelledby="flow-title flow-desc"'
expect_not_in "$page" '<?xml'
# KPI scorecard grouped by stage, with status in words; the funnel's drops; linked pains.
expect_in "$page" '<tr class="group-head"><th scope="rowgroup" colspan="5">Stage 2: Sign-up</th></tr>'
expect_in "$page" '✗ Missed'
expect_in "$page" '<td>−80%</td>'
expect_in "$page" 'Addressed by <a href="#opportunity-'
# expect_style_hashed PAGE POLICY: the page's CSP meta is POLICY, where {hash} stands for
# the SHA-256 of the exact bytes of its one <style> block, recomputed with Python's hashlib.
expect_style_hashed() {
  "$PYTHON" - "$1" "$2" <<'PY' || fail "the CSP of $(basename "$1") does not hash its <style> block"
import base64, hashlib, re, sys
page = open(sys.argv[1], "rb").read()
styles = re.findall(rb"<style>(.*?)</style>", page, re.S)
policy = re.search(rb'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1).decode()
digest = base64.b64encode(hashlib.sha256(styles[0]).digest()).decode()
expected = sys.argv[2].replace("{hash}", f"'sha256-{digest}'")
if len(styles) != 1 or policy != expected:
    sys.exit(f"{len(styles)} <style> blocks; policy {policy!r}, expected {expected!r}")
PY
}
# Every page allows its one <style> block by hash. No style attributes (the policy blocks
# them): the funnel and channel-mix bars are SVG rects, which also print.
for journey in "$EXAMPLES"/*.yaml "$DATA/injection.yaml"; do
  run build "$journey" -o "$WORK/styled.html"
  expect_status 0
  ! grep -qiE '[[:space:]]style[[:space:]]*=' "$WORK/styled.html" || fail "style attribute in the page of $(basename "$journey")"
  expect_style_hashed "$WORK/styled.html" "default-src 'none'; style-src {hash}; base-uri 'none'; form-action 'none'"
done
expect_in "$page" '<svg class="bar" role="img"><title>20% of the first stage</title><rect class="track" width="100%" height="100%" rx="5"/><rect class="fill" width="20.0%"'
expect_in "$page" '<title>Digital 67%, physical 33%, human 0%</title><rect class="track" width="100%" height="100%"/><rect class="kind-digital" x="0.0%" width="66.7%" height="100%"/><rect class="kind-physical" x="66.7%" width="33.3%" height="100%"/></svg>'
# A map wider than a page also comes as a table with a row per step, for print.
expect_not_in "$page" '<table class="data steps-print">'
"$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/gen_journey.py" 2 11 "$WORK/wide.yaml"
run build "$WORK/wide.yaml" -o "$WORK/wide.html"
expect_status 0
expect_in "$WORK/wide.html" '<section id="map" aria-labelledby="map-heading" class="wide-map">'
expect_in "$WORK/wide.html" 'The map step by step: its 22 columns do not fit a printed page.'
# Counts agree with their words, and a funnel that grows shows a rise, not a negative drop.
cat >"$WORK/grows.yaml" <<'YAML'
jmap: 1
title: Grows
stages:
  - {id: a, name: A, reached: 100, kpis: [{id: k, name: Speed, target: 1, actual: 2}]}
  - {id: b, name: B, reached: 120, steps: [{id: s, name: S}]}
YAML
run build "$WORK/grows.yaml" -o "$WORK/grows.html"
expect_status 0
expect_in "$WORK/grows.html" '<li><strong>1</strong> KPI met</li>'
expect_in "$WORK/grows.html" '<li><strong>1</strong> step</li>'
expect_in "$WORK/grows.html" '<td>+20%</td>'
expect_not_in "$WORK/grows.html" '−-'
expect_in "$page" '<li><strong>3</strong> KPIs met</li>'
# Several personas: a step's value shows their spread, and each persona's own.
expect_in "$page" '<span class="feel level-4">3.5 · happy (3–4)</span><span class="feel-persona level-4">Busy parent: 4 · happy</span>'
# One next step is "Next"; only more than one is a branch.
expect_in "$page" 'Next: <ul class="uses"><li><a href="#step-read-reviews">Reads store reviews</a></li></ul>'
expect_in "$page" 'Branches: <ul class="uses"><li><a href="#step-review-order">Reviews the order</a></li><li><a href="#step-search-items">Searches for items</a></li></ul>'
# Evidence with its source and date; a quote in quote marks.
expect_in "$page" '<blockquote><p>“I never click ads that hide the price, it always ends in a fee.”</p></blockquote><figcaption>— Interview P7, 2026-03-12</figcaption>'
# Every persona in the emotion legend.
[ "$(grep -o '<li class="legend legend-' "$page" | wc -l)" -eq 2 ] || fail "expected both personas in the emotion legend"
# Deterministic.
run build "$example" -o "$WORK/again.html"
cmp -s "$page" "$WORK/again.html" || fail "two HTML builds differ"
# --persona filters the page too.
run build "$example" --persona busy-parent -o "$WORK/parent.html"
expect_in "$WORK/parent.html" 'As lived by Busy parent'
expect_not_in "$WORK/parent.html" 'Finds a leaflet'

# jmap template --print is the default template; a copy renders the same page.
run template --print
expect_status 0
cmp -s "$WORK/out" "$JMAP_SOURCE_DIR/templates/report.html.mustache" || fail "template --print differs from templates/"
cp "$WORK/out" "$WORK/copy.mustache"
run build "$example" --template "$WORK/copy.mustache" -o "$WORK/copy.html"
expect_status 0
cmp -s "$page" "$WORK/copy.html" || fail "the printed template does not give the same page"

# A user's template: values escaped, the documented data there.
cat >"$WORK/mine.mustache" <<'TPL'
<title>{{title}}</title>{{#stages}}<h2>{{number}}. {{name}}</h2>{{#kpis}}<p>{{name}}: {{status}}</p>{{/kpis}}{{/stages}}
TPL
cat >"$WORK/tricky.yaml" <<'YAML'
jmap: 1
title: '<script>alert(1)</script> & {{title}}'
stages:
  - id: s
    name: "Stage 'one'"
    kpis: [{id: k, name: Rate, target: 5, actual: 6}]
YAML
run build "$WORK/tricky.yaml" --template "$WORK/mine.mustache" -o "$WORK/mine.html"
expect_status 0
expect_in "$WORK/mine.html" '<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{title}}</title>'
expect_in "$WORK/mine.html" '<h2>1. Stage &#39;one&#39;</h2><p>Rate: met</p>'

# The small template of docs/templates.md works as the page says.
sed -n '/^```mustache$/,/^```$/p' "$JMAP_SOURCE_DIR/docs/templates.md" | sed '1d;$d' >"$WORK/doc.mustache"
[ -s "$WORK/doc.mustache" ] || fail "no template found in docs/templates.md"
run build "$example" --template "$WORK/doc.mustache" -o "$WORK/doc.html"
expect_status 0
expect_in "$WORK/doc.html" '<h2 id="stage-sign-up">Stage 2: Sign-up</h2>'
expect_in "$WORK/doc.html" '<li>Sees an ad (4, happy)</li>'
expect_in "$WORK/doc.html" '<p>Login success rate: Missed</p>'
expect_in "$WORK/doc.html" '<figure><svg role="img"'
expect_style_hashed "$WORK/doc.html" "default-src 'none'; style-src {hash}"
# The page's command for the hash of your own CSS gives what jmap gives for default_css.
# openssl: Debian's openssl package (setup.sh test)
sed -n '/^```sh$/,/^```$/p' "$JMAP_SOURCE_DIR/docs/templates.md" | sed '1d;$d' >"$WORK/hash.sh"
printf '{{{default_css}}}' >"$WORK/css.mustache"
run build "$example" --template "$WORK/css.mustache" -o "$WORK/css.html"
mv "$WORK/css.html" "$WORK/mine.css"
(cd "$WORK" && bash hash.sh) >"$WORK/hash.txt"
grep -qF "style-src $(cat "$WORK/hash.txt");" "$page" || fail "the documented hash command gives $(cat "$WORK/hash.txt")"

# A broken template: file:line:col, exit 2, nothing written.
printf '<h1>{{title}}</h1>\n<ul>\n{{#stages}}<li>{{name}}</li>\n</ul>\n' >"$WORK/broken.mustache"
run build "$example" --template "$WORK/broken.mustache" -o "$WORK/broken.html"
expect_status 2
expect_in "$WORK/err" "broken.mustache:3:1: Unclosed section"
[ ! -e "$WORK/broken.html" ] || fail "a broken template wrote a page"
# A partial: jmap gives none, so it is an error where it stands, not a silent gap.
printf '<h1>{{title}}</h1>\n  {{> header}}\n' >"$WORK/partial.mustache"
run build "$example" --template "$WORK/partial.mustache" -o "$WORK/partial.html"
expect_status 2
expect_in "$WORK/err" "partial.mustache:2:3: partials are not supported ('{{> header}}')"
[ ! -e "$WORK/partial.html" ] || fail "a template with a partial wrote a page"
# A name the data does not have: where it stands, with a hint; exit 2, nothing written.
printf '<h1>{{title}}</h1>\n{{#stages}}<p>{{nmae}}</p>{{/stages}}\n' >"$WORK/bad.mustache"
run build "$example" --template "$WORK/bad.mustache" -o "$WORK/bad.html"
expect_status 2
expect_in "$WORK/err" "bad.mustache:2:15: unknown name 'nmae' (did you mean 'name'?)"
[ ! -e "$WORK/bad.html" ] || fail "a template with an unknown name wrote a page"
run build "$example" --template "$WORK/none.mustache" -o "$WORK/none.html"
expect_status 2
expect_in "$WORK/err" "cannot read the template"
run build "$example" --view flow -o "$WORK/view.html"
expect_status 2
expect_in "$WORK/err" "the HTML page shows every view"
run build "$example" --dpi 200 -o "$WORK/dpi.html"
expect_status 2
expect_in "$WORK/err" "--dpi applies to PNG output only"
# --theme colours the page's pictures.
run build "$example" --theme contrast -o "$WORK/contrast.html"
expect_status 0
expect_in "$WORK/contrast.html" '#0072b2'
expect_not_in "$page" '#0072b2'
run build "$example" --template "$WORK/mine.mustache" -o "$WORK/map.svg"
expect_status 2
expect_in "$WORK/err" "--template applies to HTML output only"
echo "ok"
