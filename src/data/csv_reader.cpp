// A data file as CSV (RFC 4180): a header row naming the columns id, date and value in
// any order, then one row per value. Quoted fields may hold commas, quotes ("") and line
// breaks; lines end in LF or CRLF; a UTF-8 BOM is skipped; blank lines are skipped.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "data_fields.hpp"
#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

using data::Cursor;
using data::Field;
using data::FieldKind;

constexpr std::array<std::string_view, 3> k_column_names{"id", "date", "value"};

struct CsvRecord {
  std::vector<Field> fields;
  Span span;
  bool blank = false;  // an empty line
};

// Reads one record from `at`, which it moves past the record's line end.
class CsvScanner {
 public:
  CsvScanner(const SourceFile& file, Diagnostics& findings) : m_text(file.text), m_cursor(file), m_findings(findings) {
    if (m_text.starts_with("\xEF\xBB\xBF")) m_at = 3;
  }
  bool done() const { return m_at >= m_text.size(); }
  CsvRecord next();

 private:
  Field field();
  void quoted(Field& out, std::size_t begin);
  bool at_line_end() const { return m_at >= m_text.size() || m_text[m_at] == '\n' || m_text.substr(m_at, 2) == "\r\n"; }

  std::string_view m_text;
  Cursor m_cursor;
  Diagnostics& m_findings;
  std::size_t m_at = 0;
};

CsvRecord CsvScanner::next() {
  CsvRecord record;
  std::size_t begin = m_at;
  record.blank = at_line_end();
  while (!record.blank) {
    record.fields.push_back(field());
    if (m_at < m_text.size() && m_text[m_at] == ',') {
      ++m_at;
      continue;
    }
    break;
  }
  record.span = m_cursor.span(begin, m_at);
  m_at += m_text.substr(m_at, 2) == "\r\n" ? 2 : 1;
  return record;
}

// An unquoted field runs to the next comma or line end; its spaces around are trimmed.
Field CsvScanner::field() {
  Field out;
  out.kind = FieldKind::text;
  std::size_t begin = m_at;
  if (m_at < m_text.size() && m_text[m_at] == '"') {
    quoted(out, begin);
    return out;
  }
  while (m_at < m_text.size() && m_text[m_at] != ',' && !at_line_end()) ++m_at;
  std::string_view raw = m_text.substr(begin, m_at - begin);
  std::size_t lead = std::min(raw.find_first_not_of(" \t"), raw.size());
  std::size_t trail = raw.find_last_not_of(" \t");
  raw = trail == std::string_view::npos ? std::string_view{} : raw.substr(lead, trail + 1 - lead);
  out.text = std::string(raw);
  out.span = m_cursor.span(begin + lead, begin + lead + raw.size());
  return out;
}

void CsvScanner::quoted(Field& out, std::size_t begin) {
  ++m_at;
  while (true) {
    if (m_at >= m_text.size()) {
      m_findings.report(rules::bad_data, m_cursor.span(begin, begin + 1), "a quoted field is never closed",
                        "end the field with '\"'; write a quote inside it as \"\"");
      out.kind = FieldKind::other;
      out.span = m_cursor.span(begin, m_at);
      return;
    }
    char c = m_text[m_at++];
    if (c != '"') out.text += c;
    else if (m_at < m_text.size() && m_text[m_at] == '"') out.text += '"', ++m_at;
    else break;
  }
  out.span = m_cursor.span(begin, m_at);
  if (m_at < m_text.size() && m_text[m_at] != ',' && !at_line_end()) {
    m_findings.report(rules::bad_data, m_cursor.span(m_at, m_at + 1), "text after a closing quote",
                      "quote the whole field, and write a quote inside it as \"\"");
    out.kind = FieldKind::other;
    while (m_at < m_text.size() && m_text[m_at] != ',' && !at_line_end()) ++m_at;
  }
}

// Which field holds each column: -1 when missing (reported).
struct Columns {
  std::array<int, 3> index{-1, -1, -1};
  bool complete() const { return std::all_of(index.begin(), index.end(), [](int i) { return i >= 0; }); }
};

Columns read_header(const CsvRecord& header, Diagnostics& findings) {
  Columns columns;
  std::vector<std::string> known(k_column_names.begin(), k_column_names.end());
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const Field& field = header.fields[i];
    auto found = std::find(k_column_names.begin(), k_column_names.end(), field.text);
    if (found == k_column_names.end()) {
      findings.report(rules::bad_data, field.span,
                      fmt::format("unknown column '{}'{}", field.text, did_you_mean(closest_match(field.text, known))),
                      fmt::format("a data file has the columns {}, in any order", data::k_columns_text));
      continue;
    }
    int& slot = columns.index[static_cast<std::size_t>(found - k_column_names.begin())];
    if (slot >= 0) findings.report(rules::bad_data, field.span, fmt::format("the column '{}' appears twice", field.text));
    else slot = static_cast<int>(i);
  }
  for (std::size_t c = 0; c < k_column_names.size(); ++c)
    if (columns.index[c] < 0)
      findings.report(rules::bad_data, header.span, fmt::format("the header has no '{}' column", k_column_names[c]),
                      fmt::format("the first row names the columns: {}", data::k_columns_text));
  return columns;
}

void read_record(const CsvRecord& record, const Columns& columns, std::size_t width, KpiData& data, Diagnostics& findings) {
  if (record.fields.size() != width) {
    findings.report(rules::bad_data, record.span,
                    fmt::format("the row has {} field{}, the header {}", record.fields.size(),
                                record.fields.size() == 1 ? "" : "s", width),
                    "quote a field that holds a comma");
    return;
  }
  auto column = [&](std::size_t c) { return record.fields[static_cast<std::size_t>(columns.index[c])]; };
  data::add_row(data, column(0), column(1), column(2), record.span, findings);
}

}  // namespace

KpiData read_kpi_csv(const SourceFile& file, Diagnostics& findings) {
  KpiData data;
  data.file = &file;
  if (!data::check_utf8(file, findings)) return data;
  CsvScanner scanner(file, findings);
  CsvRecord header;
  while (!scanner.done() && (header = scanner.next()).blank) {}
  if (header.fields.empty()) {
    findings.report(rules::bad_data, data::Cursor(file).span(0, 0), "the data file is empty",
                    fmt::format("the first row names the columns: {}", data::k_columns_text));
    return data;
  }
  Columns columns = read_header(header, findings);
  while (!scanner.done()) {
    CsvRecord record = scanner.next();
    if (record.blank) continue;
    if (columns.complete()) read_record(record, columns, header.fields.size(), data, findings);
  }
  data::drop_repeats(data, findings);
  return data;
}

}  // namespace jmap
