// A data file as JSON: [{"id": "...", "date": "YYYY-MM-DD", "value": 41.9}, ...].
// nlohmann's SAX parser gives values but not where they stand, so it reads through a
// counting iterator: at each key the iterator has just passed the key's closing quote,
// and the value starts at the first non-blank after the ':'. The one src/data file that
// includes nlohmann.
#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "data_fields.hpp"
#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

using data::Field;
using data::FieldKind;

// A const char* that also publishes how far the parser has read.
struct CountingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at = nullptr;
  const char* begin = nullptr;
  std::size_t* offset = nullptr;

  reference operator*() const { return *at; }
  CountingIterator& operator++() {
    ++at;
    *offset = static_cast<std::size_t>(at - begin);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  friend bool operator==(const CountingIterator& a, const CountingIterator& b) { return a.at == b.at; }
};

constexpr std::string_view k_row_shape = R"({"id": "...", "date": "YYYY-MM-DD", "value": 41.9})";

class RowsHandler : public nlohmann::json_sax<nlohmann::json> {
 public:
  RowsHandler(const SourceFile& file, const std::size_t& offset, KpiData& data, Diagnostics& findings)
      : m_text(file.text), m_cursor(file), m_offset(offset), m_data(data), m_findings(findings) {}

  bool null() override { return scalar(FieldKind::other, "null"); }
  bool boolean(bool value) override { return scalar(FieldKind::other, value ? "true" : "false"); }
  bool number_integer(number_integer_t value) override { return scalar(FieldKind::number, std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return scalar(FieldKind::number, std::to_string(value)); }
  bool number_float(number_float_t, const string_t& raw) override { return scalar(FieldKind::number, raw); }
  bool string(string_t& value) override { return scalar(FieldKind::string, value); }
  bool binary(binary_t&) override { return scalar(FieldKind::other, "binary"); }
  bool start_object(std::size_t) override;
  bool end_object() override;
  bool start_array(std::size_t) override;
  bool end_array() override;
  bool key(string_t& name) override;
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override;

 private:
  std::size_t value_start() const;
  bool scalar(FieldKind kind, std::string text);
  bool wrong_shape(std::size_t begin, const std::string& message);

  std::string_view m_text;
  data::Cursor m_cursor;
  const std::size_t& m_offset;
  KpiData& m_data;
  Diagnostics& m_findings;
  int m_depth = 0;
  std::size_t m_row_begin = 0, m_key_end = 0;
  std::string m_key;
  Field m_id, m_date, m_value;
};

// Where the value after the last key starts: past the blanks, the ':' and the blanks.
std::size_t RowsHandler::value_start() const {
  std::size_t at = m_key_end;
  while (at < m_text.size() && (m_text[at] == ':' || m_text[at] == ' ' || m_text[at] == '\t' || m_text[at] == '\n' ||
                                m_text[at] == '\r'))
    ++at;
  return at;
}

bool RowsHandler::wrong_shape(std::size_t begin, const std::string& message) {
  m_findings.report(rules::bad_data, m_cursor.span(begin, begin + 1), message,
                    fmt::format("a JSON data file is an array of objects {}", k_row_shape));
  return false;  // stop: the rest would only repeat it
}

bool RowsHandler::start_array(std::size_t) {
  if (m_depth != 0) return wrong_shape(m_offset - 1, m_depth == 1 ? "a row should be an object" : "a field should be a number or text");
  ++m_depth;
  return true;
}

bool RowsHandler::end_array() {
  --m_depth;
  return true;
}

bool RowsHandler::start_object(std::size_t) {
  if (m_depth != 1) return wrong_shape(m_offset - 1, m_depth == 0 ? "the data should be an array of rows" : "a field should be a number or text");
  ++m_depth;
  m_row_begin = m_offset - 1;
  m_id = m_date = m_value = Field{};
  return true;
}

bool RowsHandler::end_object() {
  --m_depth;
  data::add_row(m_data, m_id, m_date, m_value, m_cursor.span(m_row_begin, m_offset), m_findings);
  return true;
}

bool RowsHandler::key(string_t& name) {
  m_key = name;
  m_key_end = m_offset;
  return true;
}

bool RowsHandler::scalar(FieldKind kind, std::string text) {
  std::size_t begin = m_depth == 2 ? value_start() : m_offset - 1;
  if (m_depth == 0) return wrong_shape(begin, "the data should be an array of rows");
  if (m_depth == 1) return wrong_shape(begin, "a row should be an object");
  Field field{kind, std::move(text), m_cursor.span(begin, std::max(begin, m_offset))};
  Field* slot = m_key == "id" ? &m_id : m_key == "date" ? &m_date : m_key == "value" ? &m_value : nullptr;
  std::size_t key_begin = m_text.rfind('"', m_key_end >= 2 ? m_key_end - 2 : 0);
  if (!slot) {
    std::vector<std::string> known{"id", "date", "value"};
    m_findings.report(rules::bad_data, m_cursor.span(key_begin, m_key_end),
                      fmt::format("unknown key '{}'{}", m_key, did_you_mean(closest_match(m_key, known))),
                      fmt::format("a row has the keys {}", data::k_columns_text));
  } else {
    *slot = std::move(field);
  }
  return true;
}

bool RowsHandler::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) {
  std::string message = error.what();
  std::size_t cut = message.find("syntax error while parsing ");
  message = cut == std::string::npos ? message : message.substr(cut + 27);
  std::size_t begin = position > 0 ? position - 1 : 0;
  m_findings.report(rules::bad_data, m_cursor.span(begin, begin + 1), "not valid JSON: " + message);
  return false;
}

}  // namespace

KpiData read_kpi_json(const SourceFile& file, Diagnostics& findings) {
  KpiData data;
  data.file = &file;
  if (!data::check_utf8(file, findings)) return data;
  std::size_t offset = 0;
  const char* text = file.text.data();
  std::size_t start = file.text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  CountingIterator first{text + start, text, &offset}, last{text + file.text.size(), text, &offset};
  offset = start;
  RowsHandler handler(file, offset, data, findings);
  nlohmann::json::sax_parse(first, last, &handler);
  data::drop_repeats(data, findings);
  return data;
}

}  // namespace jmap
