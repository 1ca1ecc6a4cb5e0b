# `--data FILE.csv|.json` on build and lint: dated KPI and funnel values bound by id,
# every data error at the data file's line and column, in every output.
source "$(dirname "$0")/lib.sh"
cd "$DATA/data"

# A good CSV (BOM, CRLF, columns in another order, rows out of date order): the HTML card
# shows the latest value, the sparkline and the trend; a rejected build writes nothing.
run build journey.yaml --data good.csv -o "$WORK/page.html"
expect_status 0
html="$WORK/page.html"
expect_in "$html" '<span class="figures">Actual 2.9% · Target'
expect_in "$html" '<svg class="sparkline" width="120" height="28" viewBox="0 0 120 28" role="img" aria-label="Conversion: 2.1% on 2026-01-31, 2.6% on 2026-02-28, 2.9% on 2026-03-31; improving">'
expect_in "$html" '<polyline points="3.0,25.0 57.1,12.8 117.0,5.4"'
expect_in "$html" '▲ improving from 2.6% · 2026-01-31 – 2026-03-31'
expect_in "$html" '▼ improving from 95 s · 2026-01-31 – 2026-02-28'
expect_not_in "$html" '<script'
# the funnel reads the data: 1,200 reached Visit, 110 Buy
expect_in "$html" '1,200'

# JSON data tells the same: same page byte for byte.
run build journey.yaml --data good.json -o "$WORK/page-json.html"
expect_status 0
cmp -s "$html" "$WORK/page-json.html" || fail "the JSON data made another page than the CSV data"

# The map: the latest value and the arrow from the previous one.
run build journey.yaml --data good.csv -o "$WORK/map.svg"
expect_status 0
expect_in "$WORK/map.svg" 'Actual 2.9%'
expect_in "$WORK/map.svg" '>▲ from 2.6% (improving) · as of'
expect_in "$WORK/map.svg" 'Actual 2.9% · Target ≥ 3% ▲ from 2.6% (improving) · as of 2026&#45;03&#45;31'

# Markdown and JSON carry the history.
run build journey.yaml --data good.csv -o "$WORK/page.md"
expect_status 0
expect_in "$WORK/page.md" '| Conversion | Visit | 2026-02-28 | 2.6% |'
expect_in "$WORK/page.md" '| Reached | Visit | 2026-02-28 | 1,200 |'
expect_in "$WORK/page.md" '2.9% ▲ from 2.6% (improving), as of 2026-03-31'
run build journey.yaml --data good.csv -o "$WORK/model.json"
expect_status 0
python3 - "$WORK/model.json" <<'PY' || fail "the JSON model does not carry the history"
import json, sys
model = json.load(open(sys.argv[1]))
kpi = model["stages"][0]["kpis"][0]
assert [s["date"] for s in kpi["history"]] == ["2026-01-31", "2026-02-28", "2026-03-31"], kpi
assert kpi["actual"] == 2.9 and kpi["history"][-1]["position"] == {"file": "good.csv", "line": 3, "column": 12}, kpi
assert model["stages"][0]["reached"] == 1200 and len(model["stages"][0]["reached_history"]) == 2
PY

# expect_error FILE "LOCATION: error: MESSAGE [RULE]": build is refused (exit 1, nothing
# written) and lint reports the same line.
expect_error() {
  local file=$1 line=$2
  rm -f "$WORK/rejected.html"
  run build journey.yaml --data "$file" -o "$WORK/rejected.html"
  expect_status 1
  expect_in "$WORK/err" "$line"
  [ ! -e "$WORK/rejected.html" ] || fail "a build rejected for $file wrote its output"
  run lint -f gcc --data "$file" journey.yaml
  expect_status 1
  expect_in "$WORK/out" "$line"
}
expect_error unknown-id.csv "unknown-id.csv:3:1: error: 'convrsion' is neither a KPI nor a stage of journey.yaml (did you mean 'conversion'?) [unknown-data-id]"
expect_error bad-number.csv "bad-number.csv:2:23: error: bad number '2,5' [bad-data]"
expect_error bad-number.csv "bad-number.csv:3:17: error: bad number '80s' [bad-data]"
expect_error bad-date.csv "bad-date.csv:2:12: error: bad date '31/01/2026': expected YYYY-MM-DD [bad-data]"
expect_error impossible-date.csv "impossible-date.csv:2:12: error: no such date '2026-02-30' [bad-data]"
expect_error duplicate.csv "duplicate.csv:4:12: error: 'conversion' has a second value for 2026-01-31 [bad-data]"
run lint -f gcc --data duplicate.csv journey.yaml
expect_in "$WORK/out" "duplicate.csv:2:12: note: the first is here"
expect_error missing-column.csv "missing-column.csv:1:1: error: the header has no 'date' column [bad-data]"
expect_error unknown-column.csv "unknown-column.csv:1:9: error: unknown column 'vaule' (did you mean 'value'?) [bad-data]"
expect_error unclosed-quote.csv "unclosed-quote.csv:3:1: error: a quoted field is never closed [bad-data]"
expect_error field-count.csv "field-count.csv:2:1: error: the row has 4 fields, the header 3 [bad-data]"
expect_error bad-reached.csv "bad-reached.csv:2:18: error: 'visit' is a stage: its value is the customers who reached it, a whole number 0 or more [bad-data]"
expect_error bad-value.json "bad-value.json:2:55: error: 'value' should be a number [bad-data]"
expect_error missing-key.json "missing-key.json:2:3: error: the row has no 'date' [bad-data]"
expect_error bad-syntax.json "bad-syntax.json:3:22: error: not valid JSON: object - unexpected string literal; expected '}' [bad-data]"

# The human format quotes the data file's line under the message.
run build journey.yaml --data bad-date.csv -o "$WORK/x.svg"
expect_in "$WORK/err" '  2 | conversion,31/01/2026,2.1'

# Every lint format names the data file.
for format in human json sarif github junit codeclimate checkstyle; do
  run lint -f "$format" --data bad-date.csv journey.yaml
  expect_status 1
  expect_in "$WORK/out" "bad-date.csv"
  expect_in "$WORK/out" "bad-data"
done

# A data value joins the journey's own findings: kpi-missed now points at the data.
run lint -f gcc --data good.csv journey.yaml
expect_status 0
expect_in "$WORK/out" "good.csv:3:12: info: KPI 'Conversion' misses its target"

# Usage: one journey with --data; a data file that is not .csv/.json; a missing file.
run lint --data good.csv journey.yaml "$EXAMPLES/clinic-visit.yaml"
expect_status 2
expect_in "$WORK/err" "--data binds one journey's KPIs; lint one journey file with it"
run build journey.yaml --data journey.yaml -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "cannot tell the format of the data file 'journey.yaml': name it .csv or .json"
run build journey.yaml --data nothing.csv -o "$WORK/x.svg"
expect_status 2
expect_in "$WORK/err" "cannot read the data file 'nothing.csv'"

# The example's data builds cleanly.
run build "$EXAMPLES/ecommerce-first-order.yaml" --data "$EXAMPLES/data/kpis.csv" -o "$WORK/example.html"
expect_status 0
expect_in "$WORK/example.html" 'class="sparkline"'
echo "ok"
