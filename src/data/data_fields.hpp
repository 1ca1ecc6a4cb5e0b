// What the CSV and JSON readers share: positions in the data file, a row's fields as
// read, and the checks every row passes (id, date, number, repeats). Private to src/data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "jmap/kpi_data.hpp"

namespace jmap::data {

inline constexpr std::string_view k_columns_text = "id, date and value";

// Byte offsets to positions, for offsets that mostly grow: O(distance) per call, not
// O(offset), so a file of many rows is read in linear time.
class Cursor {
 public:
  explicit Cursor(const SourceFile& file) : m_file(file) {}
  Span span(std::size_t begin, std::size_t end);

 private:
  Position at(std::size_t offset);
  const SourceFile& m_file;
  Position m_last{1, 1, 0};
  bool m_started = false;
};

// A field's value as read (CSV text unquoted, a JSON string decoded or a number's token)
// and where it stood. `kind` says what JSON made of it (a JSON string is `string`); CSV
// fields are all `text`.
enum class FieldKind { missing, text, string, number, other };
struct Field {
  FieldKind kind = FieldKind::missing;
  std::string text;
  Span span;
};

// The three fields of one row, checked: appended to data.rows when all are good, else
// each bad one reported. `row` spans the row; a missing field is reported there.
void add_row(KpiData& data, const Field& id, const Field& date, const Field& value, const Span& row,
             Diagnostics& findings);

// A second value for one (id, date) is an error at the second, noting the first; the
// second is dropped.
void drop_repeats(KpiData& data, Diagnostics& findings);

// Whether text is YYYY-MM-DD; then, whether that day exists. Messages for add_row.
std::optional<std::string> date_problem(std::string_view text);

// Reports text that is not UTF-8 at the first bad byte; true when the file is fine.
bool check_utf8(const SourceFile& file, Diagnostics& findings);

}  // namespace jmap::data
