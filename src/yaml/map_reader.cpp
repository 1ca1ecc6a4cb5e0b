#include "jmap/map_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

// `[Note: it is slow]` parses as a one-pair mapping: show the text the author meant.
std::string colon_trap_hint(const yaml::Node& node) {
  if (node.kind != yaml::Kind::mapping || node.entries.size() != 1) return {};
  const yaml::Entry& entry = node.entries.front();
  if (!entry.key.is_scalar() || !(entry.value.is_scalar() || entry.value.is_null())) return {};
  return fmt::format("quote text that contains ': ', e.g. \"{}: {}\"", entry.key.text, entry.value.text);
}

void report_wrong_type(const yaml::Node& node, std::string_view what, std::string_view expected,
                       Diagnostics& diagnostics) {
  std::string hint = colon_trap_hint(node);
  if (hint.empty() && expected == "a list" && node.kind == yaml::Kind::mapping)
    hint = "write the items under the key, each on its own line starting with '- '";
  diagnostics.report(rules::wrong_type, node.span,
                     fmt::format("{} should be {}, found {}", what, expected, yaml::describe(node)),
                     std::move(hint));
}

// `thinks: Page #3 again? #fail` reads "Page": ' #' starts a YAML comment. One space
// and a '#' glued to a word is text cut short; a real comment is "  # why".
// `what` names the value in messages; it is a callable so that a value read without a
// finding formats no name (a journey of 50,000 steps reads a million values).
template <class What>
void check_comment_in_text(const yaml::Node& node, const What& what, Diagnostics& diagnostics) {
  const SourceFile* file = node.span.file;
  if (!node.plain || !file || node.span.begin.line != node.span.end.line || node.span.end.offset > file->text.size())
    return;
  std::string_view rest = std::string_view(file->text).substr(node.span.end.offset);
  rest = rest.substr(0, rest.find('\n'));
  if (!rest.starts_with(" #") || rest.size() < 3 || rest[2] == ' ' || rest[2] == '\r') return;
  std::string whole = std::string(node.text) + std::string(rest);
  while (!whole.empty() && (whole.back() == ' ' || whole.back() == '\r')) whole.pop_back();
  std::string escaped;
  for (char c : whole) escaped += c == '"' ? std::string("\\\"") : c == '\\' ? std::string("\\\\") : std::string(1, c);
  std::size_t hash = node.span.end.offset + 1;
  Position at = position_at(file->text, hash), end = position_at(file->text, hash + rest.size() - 1);
  diagnostics.report(rules::comment_in_text, Span{file, at, end},
                     fmt::format("{} stops at '{}': YAML reads the rest of the line, '{}', as a comment", what(), node.text,
                                 rest.substr(1)),
                     fmt::format("quote the text: \"{}\"", escaped));
}

template <class What>
Text read_text_as(const yaml::Node& node, const What& what, Diagnostics& diagnostics) {
  if (node.kind != yaml::Kind::scalar) {
    report_wrong_type(node, what(), "text", diagnostics);
    return {};
  }
  if (node.is_null()) return Text{{}, node.span, false};
  check_comment_in_text(node, what, diagnostics);
  return Text{std::string(node.text), node.span, true};
}

template <class What>
TextList read_text_list_as(const yaml::Node& node, const What& what, Diagnostics& diagnostics) {
  TextList out;
  if (node.is_null()) return out;
  if (node.kind == yaml::Kind::scalar) {  // a single item may stand alone
    out.push_back(Text{std::string(node.text), node.span, true});
    return out;
  }
  if (node.kind != yaml::Kind::sequence) {
    report_wrong_type(node, what(), "a list", diagnostics);
    return out;
  }
  out.reserve(node.items.size());
  auto item_what = [&] { return fmt::format("an item of {}", what()); };
  for (const yaml::Node& item : node.items) {
    Text text = read_text_as(item, item_what, diagnostics);
    if (text.present) out.push_back(std::move(text));
  }
  return out;
}

// "'key'", as messages name a value by its key.
auto key_what(std::string_view key) {
  return [key] { return fmt::format("'{}'", key); };
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  if (text.starts_with('+') && !text.starts_with("+-")) text.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;  // from_chars takes "inf" and "nan"
  return value;
}

Text read_text(const yaml::Node& node, std::string_view what, Diagnostics& diagnostics) {
  return read_text_as(node, [what] { return std::string(what); }, diagnostics);
}

TextList read_text_list(const yaml::Node& node, std::string_view what, Diagnostics& diagnostics) {
  return read_text_list_as(node, [what] { return std::string(what); }, diagnostics);
}

MapReader::MapReader(const yaml::Node& node, std::string_view what, std::vector<std::string_view> keys,
                     Diagnostics& diagnostics)
    : m_node(node), m_map(nullptr), m_what(what), m_diagnostics(diagnostics) {
  if (node.kind != yaml::Kind::mapping) {
    report_wrong_type(node, what, "a mapping of keys", diagnostics);
    return;
  }
  m_map = &node;
  for (const yaml::Entry& entry : node.entries) {
    if (!entry.key.is_scalar()) {
      diagnostics.report(rules::wrong_type, entry.key.span,
                         fmt::format("a key in {} should be text, found {}", what, yaml::describe(entry.key)));
      continue;
    }
    if (std::find(keys.begin(), keys.end(), entry.key.text) != keys.end()) continue;
    std::string_view suggestion = closest_match(entry.key.text, keys);
    std::string hint = suggestion.empty() ? fmt::format("known keys here: {}", fmt::join(keys, ", "))
                                          : std::string();
    diagnostics.report(rules::unknown_key, entry.key.span,
                       fmt::format("unknown key '{}' in {}{}", entry.key.text, what, did_you_mean(suggestion)),
                       std::move(hint));
  }
}

const yaml::Node* MapReader::get(std::string_view key) const {
  if (!m_map) return nullptr;
  const yaml::Node* value = find(key);
  return value && !value->is_null() ? value : nullptr;
}

bool is_empty_value(const yaml::Node& node) {
  return node.is_null() ||
         (node.kind == yaml::Kind::scalar && node.text.find_first_not_of(" \t\r\n") == std::string_view::npos);
}

bool MapReader::require(std::string_view key) const {
  if (!m_map) return false;
  const yaml::Entry* found = m_map->find_entry(key);
  if (!found) {
    m_diagnostics.report(rules::missing_required, m_node.span, fmt::format("{} has no '{}'", m_what, key),
                         fmt::format("add '{}: ...'", key));
    return false;
  }
  bool empty_list = found->value.kind == yaml::Kind::sequence && found->value.items.empty();
  if (empty_list) {  // `stages: []` leaves nothing to draw, like no key at all
    m_diagnostics.report(rules::missing_required, found->value.span, fmt::format("'{}' of {} is an empty list", key, m_what),
                         fmt::format("add at least one item under '{}:'", key));
    return false;
  }
  if (!is_empty_value(found->value)) return true;
  // `title:` is there but says nothing: point at the key, not at the mapping.
  m_diagnostics.report(rules::missing_required, found->key.span, fmt::format("'{}' of {} is empty", key, m_what),
                       fmt::format("write a value after '{}:' ('~' and \"\" are no value)", key));
  return false;
}

Text MapReader::text(std::string_view key, bool required) const {
  if (required && !require(key)) return {};
  const yaml::Node* value = get(key);
  if (!value) return {};
  return read_text_as(*value, key_what(key), m_diagnostics);
}

TextList MapReader::text_list(std::string_view key) const {
  const yaml::Node* value = get(key);
  if (!value) return {};
  return read_text_list_as(*value, key_what(key), m_diagnostics);
}

std::vector<const yaml::Node*> MapReader::list(std::string_view key) const {
  std::vector<const yaml::Node*> out;
  const yaml::Node* value = get(key);
  if (!value) return out;
  if (value->kind != yaml::Kind::sequence) {
    report_wrong_type(*value, fmt::format("'{}'", key), "a list", m_diagnostics);
    return out;
  }
  for (const yaml::Node& item : value->items) out.push_back(&item);
  return out;
}

Number MapReader::number(std::string_view key) const {
  const yaml::Node* value = get(key);
  if (!value) return {};
  std::optional<double> parsed = value->kind == yaml::Kind::scalar ? parse_number(value->text) : std::nullopt;
  if (!parsed) {
    std::string hint;
    if (value->kind == yaml::Kind::scalar && value->text.find_first_of(",_ ") != std::string_view::npos)
      hint = "write the number without separators, e.g. 12000";
    m_diagnostics.report(rules::wrong_type, value->span,
                         fmt::format("'{}' should be a number, found {}", key,
                                     yaml::found(*value)),
                         std::move(hint));
    return {};
  }
  return Number{*parsed, value->span, true};
}

Located<bool> MapReader::boolean(std::string_view key) const {
  const yaml::Node* value = get(key);
  if (!value) return {};
  if (value->kind == yaml::Kind::scalar && (value->text == "true" || value->text == "false"))
    return Located<bool>{value->text == "true", value->span, true};
  m_diagnostics.report(rules::wrong_type, value->span,
                       fmt::format("'{}' should be true or false, found {}", key,
                                   yaml::found(*value)));
  return {};
}

}  // namespace jmap
