# `build --page SIZE [--orientation portrait] [--fit page]`: the view on pages of paper. A
# PDF of several pages split at stage boundaries and, for a map too tall to read on one
# page, between lanes (the stage row on every band), each with the journey's title and
# "page N of M"; --fit page puts the whole view on one page; HTML sets its print @page size.
source "$(dirname "$0")/lib.sh"
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null || { echo "no poppler-utils (pdfinfo, pdftotext)"; exit 77; }
SHOP="$EXAMPLES/ecommerce-first-order.yaml"

# page_sizes PDF: one "W x H" line per page, in whole points.
page_sizes() {
  local pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  pdfinfo -f 1 -l "$pages" "$1" | awk '/^Page +[0-9]+ size:/ {printf "%.0f x %.0f\n", $4, $6}'
}
page_count() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

# expect_pages PDF JOURNEY W H: every page W x H points, each page with
# the title and "page N of M", and every stage ("STAGE n" and its name) on a page, in order.
expect_pages() {
  local pdf=$1 journey=$2 width=$3 height=$4 count
  count=$(page_count "$pdf")
  [ "$count" -ge 1 ] || fail "$(basename "$pdf"): no page"
  page_sizes "$pdf" | sort -u | grep -x "$width x $height" >/dev/null || fail "$(basename "$pdf"): pages are $(page_sizes "$pdf" | sort -u | tr '\n' ';'), not $width x $height"
  [ "$(page_sizes "$pdf" | sort -u | wc -l)" -eq 1 ] || fail "$(basename "$pdf"): pages of different sizes"
  python3 - "$pdf" "$journey" "$count" <<'PY' || fail "$(basename "$pdf"): text of the pages"
import subprocess, sys, yaml
pdf, journey, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = yaml.safe_load(open(journey, encoding="utf-8"))
def text(page=None):
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [pdf, "-"]
    return " ".join(subprocess.run(args, check=True, capture_output=True, text=True).stdout.split())
for n in range(1, count + 1):
    page = text(n)
    assert data["title"] in page, f"page {n} lacks the title"
    assert f"page {n} of {count}" in page, f"page {n} lacks 'page {n} of {count}'"
# Every stage on a page, in order: a stage's page is never before the previous one's (the
# text order within a page is pdftotext's, and the heading names the first and last stage).
pages, last = [text(n) for n in range(1, count + 1)], 0
for number, stage in enumerate(data["stages"], start=1):
    on = [n for n, page in enumerate(pages) if f"STAGE {number}" in page and stage["name"] in page]
    assert on, f"stage {number} {stage['name']!r} is on no page"
    assert on[0] >= last, f"stage {stage['name']!r} comes before the stage ahead of it"
    last = on[0]
PY
}

# Every example, A4 and A3, landscape and portrait.
for example in "$EXAMPLES"/*.yaml; do
  name=$(basename "$example" .yaml)
  for paper in a4:842:595 a3:1191:842; do
    IFS=: read -r size long short <<<"$paper"
    run build "$example" --page "$size" -o "$WORK/$name-$size.pdf"
    expect_status 0
    expect_not_in "$WORK/err" "choose a larger --page"
    expect_pages "$WORK/$name-$size.pdf" "$example" "$long" "$short"
    run build "$example" --page "$size" --orientation portrait -o "$WORK/$name-$size-portrait.pdf"
    expect_status 0
    expect_not_in "$WORK/err" "choose a larger --page"
    expect_pages "$WORK/$name-$size-portrait.pdf" "$example" "$short" "$long"
  done
done

# The larger examples split (a small one, customer-support-today, fits one A3 page).
for pdf in ecommerce-first-order-a4 clinic-visit-a4 clinic-visit-a4-portrait customer-support-a4-portrait; do
  [ "$(page_count "$WORK/$pdf.pdf")" -ge 2 ] || fail "$pdf.pdf: $(page_count "$WORK/$pdf.pdf") page(s), expected a split"
done

# The shop's map: one stage a page across, its lanes in two bands (A4 landscape: the
# customer's lanes, then the curve and what lies below it), drawn at 60% or more; A3 (the
# same shape, larger) takes no more pages than A4.
for expected in a4:12 a4-portrait:9 a3:6 a3-portrait:6; do
  IFS=: read -r pdf count <<<"$expected"
  [ "$(page_count "$WORK/ecommerce-first-order-$pdf.pdf")" -eq "$count" ] ||
    fail "ecommerce-first-order-$pdf.pdf: $(page_count "$WORK/ecommerce-first-order-$pdf.pdf") pages, expected $count"
done
# Page 2 is stage 1's second band: the stage row and the lanes' titles again, a one-line
# heading (title and state) without the persona cards, the goal or the key.
pdftotext -f 2 -l 2 "$WORK/ecommerce-first-order-a4.pdf" - | tr -s ' \n' ' ' >"$WORK/band2.txt"
for text in "STAGE 1" "Awareness" "Stages" "Pain points" "Opportunities" "FreshCart - first grocery order" "Current state"; do
  expect_in "$WORK/band2.txt" "$text"
done
for text in "Maya, 38" "Customer goal" "KEY" "Customer steps"; do
  expect_not_in "$WORK/band2.txt" "$text"
done
pdftotext -f 1 -l 1 "$WORK/ecommerce-first-order-a4.pdf" - | tr -s ' \n' ' ' >"$WORK/band1.txt"
expect_in "$WORK/band1.txt" "Maya, 38"
expect_in "$WORK/band1.txt" "Customer steps"
# Every page of every example: the stage row's title and a stage's number.
for pdf in "$WORK"/*-a[34]*.pdf; do
  for ((n = 1; n <= $(page_count "$pdf"); n++)); do
    page=$(pdftotext -f $n -l $n "$pdf" - | tr -s ' \n' ' ')
    [[ $page == *Stages* && $page == *"STAGE "* ]] || fail "$(basename "$pdf") page $n: no stage row"
  done
done

# The examples read at 60% on A4 and A3, their lanes over pages: no warning (above). Only
# a page that cannot, one lane of one step taller than the page, is drawn smaller, and said.
run build "$DATA/pages/towering-step.yaml" --page a4 -o "$WORK/towering.pdf"
expect_status 0
expect_in "$WORK/err" "a page draws the view at"
expect_in "$WORK/err" "choose a larger --page"

# The blueprint and the flow follow the same options.
for view in blueprint flow; do
  run build "$SHOP" --view $view --page a4 -o "$WORK/$view.pdf"
  expect_status 0
  expect_pages "$WORK/$view.pdf" "$SHOP" 842 595
done

# --fit page: one page of that size, every stage on it.
run build "$SHOP" --page letter --orientation portrait --fit page -o "$WORK/fit.pdf"
expect_status 0
[ "$(page_count "$WORK/fit.pdf")" -eq 1 ] || fail "--fit page made $(page_count "$WORK/fit.pdf") pages"
[ "$(page_sizes "$WORK/fit.pdf")" = "612 x 792" ] || fail "--fit page letter portrait is $(page_sizes "$WORK/fit.pdf")"
pdftotext "$WORK/fit.pdf" - | tr -s ' \n' ' ' >"$WORK/fit.txt"
expect_in "$WORK/fit.txt" "FreshCart - first grocery order"
expect_in "$WORK/fit.txt" "Awareness"
expect_in "$WORK/fit.txt" "After delivery"
expect_not_in "$WORK/fit.txt" "page 1 of"

# Reproducible: the same bytes twice, no creation date of today.
SOURCE_DATE_EPOCH=0 "$JMAP" build "$SHOP" --page a4 -o "$WORK/again1.pdf"
SOURCE_DATE_EPOCH=0 "$JMAP" build "$SHOP" --page a4 -o "$WORK/again2.pdf"
cmp -s "$WORK/again1.pdf" "$WORK/again2.pdf" || fail "two paged PDFs of one journey differ"
pdfinfo "$WORK/again1.pdf" | grep "^CreationDate:.*1970" >/dev/null || fail "the paged PDF's creation date is not SOURCE_DATE_EPOCH"

# HTML: the print CSS's @page size, and nothing else of the page changes.
run build "$SHOP" --page a4 --orientation portrait -o "$WORK/a4.html"
expect_status 0
expect_in "$WORK/a4.html" "@page { size: A4 portrait;"
expect_not_in "$WORK/a4.html" "size: A3 landscape"
run build "$SHOP" -o "$WORK/default.html"
expect_in "$WORK/default.html" "@page { size: A3 landscape;"
diff <(sed 's/A4 portrait/A3 landscape/; s/sha256-[A-Za-z0-9+\/=]*//' "$WORK/a4.html") \
  <(sed 's/sha256-[A-Za-z0-9+\/=]*//' "$WORK/default.html") >/dev/null || fail "--page changed more of the HTML page than its @page size"
run build "$SHOP" --page tabloid -o "$WORK/tabloid.html"
expect_in "$WORK/tabloid.html" "@page { size: ledger landscape;"

# Refused: other formats (exit 2, like --image), unknown sizes, options without --page.
for out in map.svg map.png map.dot journey.md journey.json; do
  run build "$SHOP" --page a4 -o "$WORK/$out"
  expect_status 2
  expect_in "$WORK/err" "--page applies to PDF and HTML output only"
done
run build "$SHOP" --page a5 -o "$WORK/x.pdf"
expect_status 2
expect_in "$WORK/err" "unknown page size 'a5'"
expect_in "$WORK/err" "a4, a3, a2, letter, tabloid"
run build "$SHOP" --orientation portrait -o "$WORK/x.pdf"
expect_status 2
expect_in "$WORK/err" "--orientation needs --page"
run build "$SHOP" --page a4 --orientation sideways -o "$WORK/x.pdf"
expect_status 2
expect_in "$WORK/err" "unknown orientation 'sideways'"
run build "$SHOP" --page a4 --fit page -o "$WORK/x.html"
expect_status 2
expect_in "$WORK/err" "--fit page applies to PDF output"
echo "test_pages: ok"
