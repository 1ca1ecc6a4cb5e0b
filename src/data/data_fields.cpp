#include "data_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <utility>

#include "jmap/rules.hpp"
#include "util/iso_date.hpp"
#include "util/utf8.hpp"

namespace jmap::data {

Position Cursor::at(std::size_t offset) {
  std::string_view text = m_file.text;
  if (offset > text.size()) offset = text.size();
  if (!m_started || offset < m_last.offset) {
    m_started = true;
    m_last = position_at(text, 0);
    if (text.starts_with("\xEF\xBB\xBF")) m_last.offset = 3;  // a BOM is no column
  }
  for (std::size_t i = m_last.offset; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++m_last.line;
      m_last.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++m_last.column;
    }
  }
  m_last.offset = std::max(offset, m_last.offset);
  return m_last;
}

Span Cursor::span(std::size_t begin, std::size_t end) {
  Span out{&m_file, at(begin), {}};
  out.end = at(std::max(begin, end));
  return out;
}

namespace {

// A number as a data file writes it: no grouping, no unit, finite.
std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number_hint(std::string_view text) {
  if (text.find(',') != std::string_view::npos) return "write the number without digit grouping, e.g. 48000";
  if (!text.empty() && (text.back() == '%' || text.front() == '$' || text.starts_with("\xC2\xA3")))
    return "write the number alone; the unit is the KPI's `unit:` in the journey";
  return "write a number such as 41.9 or 48000";
}

void report_missing(std::string_view name, const Span& row, Diagnostics& findings) {
  findings.report(rules::bad_data, row, fmt::format("the row has no '{}'", name),
                  fmt::format("every row needs {}", k_columns_text));
}

bool check_id(const Field& id, const Span& row, Diagnostics& findings) {
  if (id.kind == FieldKind::missing) return report_missing("id", row, findings), false;
  if (id.kind != FieldKind::text && id.kind != FieldKind::string) {
    findings.report(rules::bad_data, id.span, "'id' should be text: the id of a KPI or a stage");
    return false;
  }
  if (id.text.empty()) {
    findings.report(rules::bad_data, id.span, "empty id", "write the id of a KPI or a stage");
    return false;
  }
  return true;
}

bool check_date(const Field& date, const Span& row, Diagnostics& findings) {
  if (date.kind == FieldKind::missing) return report_missing("date", row, findings), false;
  std::optional<std::string> problem =
      date.kind == FieldKind::text || date.kind == FieldKind::string ? date_problem(date.text) : std::optional<std::string>("'date' should be text, YYYY-MM-DD");
  if (problem) findings.report(rules::bad_data, date.span, *problem, "write the date as YYYY-MM-DD, e.g. 2026-03-31");
  return !problem;
}

std::optional<double> check_value(const Field& value, const Span& row, Diagnostics& findings) {
  if (value.kind == FieldKind::missing) return report_missing("value", row, findings), std::nullopt;
  if (value.kind == FieldKind::other || value.kind == FieldKind::string) {
    findings.report(rules::bad_data, value.span, "'value' should be a number",
                    value.kind == FieldKind::string ? "write the number without quotes" : "");
    return std::nullopt;
  }
  std::optional<double> number = parse_number(value.text);
  if (!number)
    findings.report(rules::bad_data, value.span, fmt::format("bad number '{}'", value.text), number_hint(value.text));
  return number;
}

}  // namespace

std::optional<std::string> date_problem(std::string_view text) {
  if (!has_iso_date_shape(text)) return fmt::format("bad date '{}': expected YYYY-MM-DD", text);
  if (!parse_iso_date(text)) return fmt::format("no such date '{}'", text);
  return std::nullopt;
}

void add_row(KpiData& data, const Field& id, const Field& date, const Field& value, const Span& row,
             Diagnostics& findings) {
  bool good_id = check_id(id, row, findings);
  bool good_date = check_date(date, row, findings);
  std::optional<double> number = check_value(value, row, findings);
  if (!good_id || !good_date || !number) return;
  KpiRow out;
  out.id = Text{id.text, id.span, true};
  out.date = Text{date.text, date.span, true};
  out.value = Number{*number, value.span, true};
  out.span = row;
  data.rows.push_back(std::move(out));
}

void drop_repeats(KpiData& data, Diagnostics& findings) {
  std::map<std::pair<std::string, std::string>, const KpiRow*> first;
  std::vector<KpiRow> kept;
  for (KpiRow& row : data.rows) {
    auto [found, inserted] = first.try_emplace({row.id.value, row.date.value}, &row);
    if (inserted) continue;
    Diagnostic& d = findings.report(rules::bad_data, row.date.span,
                                    fmt::format("'{}' has a second value for {}", row.id.value, row.date.value),
                                    "keep one row per id and date");
    d.note = "the first is here";
    d.note_span = found->second->date.span;
  }
  for (KpiRow& row : data.rows)
    if (first.at({row.id.value, row.date.value}) == &row) kept.push_back(std::move(row));
  data.rows = std::move(kept);
}

bool check_utf8(const SourceFile& file, Diagnostics& findings) {
  std::size_t bad = first_invalid_utf8(file.text);
  if (bad == file.text.size()) return true;
  Cursor cursor(file);
  findings.report(rules::bad_data, cursor.span(bad, bad + 1), "the data file is not UTF-8 text",
                  "save it as UTF-8 (with or without a BOM)");
  return false;
}

}  // namespace jmap::data
