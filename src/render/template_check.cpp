// A template's names checked against the data's key tree before it renders: Mustache
// renders a name it cannot find as nothing, so a typo would be a silent gap in the page.
#include <fmt/format.h>

#include <optional>
#include <string_view>

#include "jmap/error.hpp"
#include "jmap/source.hpp"
#include "template_keys.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

struct Tag {
  std::size_t at = 0;  // offset of the opening delimiter
  char type = 0;       // 0 a variable, or '#', '^', '/', '>', '&', '!', '='
  std::string name;
};

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first));
}

// The template's tags, read as kainjow reads them (set-delimiter tags included, and
// {{{name}}} only with the default delimiters).
std::vector<Tag> template_tags(const std::string& text) {
  std::vector<Tag> tags;
  std::string open = "{{", close = "}}";
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    std::size_t body = at + open.size();
    bool raw = open == "{{" && close == "}}" && body < text.size() && text[body] == '{';
    std::string end = raw ? "}}}" : close;
    std::size_t stop = text.find(end, body + (raw ? 1 : 0));
    if (stop == std::string::npos) break;
    std::string content = trimmed(std::string_view(text).substr(body + (raw ? 1 : 0), stop - body - (raw ? 1 : 0)));
    Tag tag{at, raw ? '&' : '\0', content};
    if (!raw && !content.empty() && std::string_view("#^/>&!=").find(content[0]) != std::string_view::npos) {
      tag.type = content[0];
      tag.name = trimmed(std::string_view(content).substr(1));
    }
    if (tag.type == '=' && content.size() >= 3 && content.back() == '=') {
      std::string pair = trimmed(std::string_view(content).substr(1, content.size() - 2));
      std::size_t space = pair.find_first_of(" \t");
      open = pair.substr(0, space);
      close = trimmed(std::string_view(pair).substr(space));
    }
    tags.push_back(std::move(tag));
    at = stop + end.size();
  }
  return tags;
}

// A section's context: the keys it makes visible (none for a text, a flag or an
// inverted section, whose names resolve in the enclosing contexts).
using Frame = const TemplateKey*;

std::vector<std::string_view> split_dots(std::string_view name) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) return parts;
    start = dot + 1;
  }
}

class NameChecker {
 public:
  NameChecker(const std::string& text, const std::string& file) : m_text(text), m_file(file) { m_stack.push_back(&template_keys()); }

  void check(const Tag& tag) {
    if (tag.type == '!' || tag.type == '=') return;
    if (tag.type == '>')
      fail(tag, fmt::format("partials are not supported ('{{{{> {}}}}}'): write the text into the template", tag.name));
    if (tag.type == '/') {
      if (m_stack.size() > 1) m_stack.pop_back();
      return;
    }
    const TemplateKey* key = tag.name == "." ? nullptr : resolve(tag);
    if (tag.type == '#') m_stack.push_back(key && !key->children.empty() ? key : nullptr);
    if (tag.type == '^') m_stack.push_back(nullptr);
  }

 private:
  const TemplateKey* resolve(const Tag& tag) const {
    std::vector<std::string_view> parts = split_dots(tag.name);
    const TemplateKey* key = nullptr;
    for (auto frame = m_stack.rbegin(); frame != m_stack.rend() && !key; ++frame)
      if (*frame) key = (*frame)->find(parts[0]);
    if (!key) fail(tag, unknown(tag.name, "", visible_names(), parts[0]));
    std::string path(parts[0]);
    for (std::size_t i = 1; i < parts.size(); ++i) {
      const TemplateKey* child = key->kind == KeyKind::object ? key->find(parts[i]) : nullptr;
      if (!child) fail(tag, unknown(tag.name, path + ".", child_names(*key), parts[i]));
      key = child;
      path += "." + std::string(parts[i]);
    }
    return key;
  }

  std::vector<std::string> visible_names() const {
    std::vector<std::string> names;
    for (Frame frame : m_stack) {
      if (!frame) continue;
      std::vector<std::string> more = child_names(*frame);
      names.insert(names.end(), more.begin(), more.end());
    }
    return names;
  }

  static std::vector<std::string> child_names(const TemplateKey& key) {
    std::vector<std::string> names;
    if (key.kind == KeyKind::object || key.kind == KeyKind::list)
      for (const TemplateKey& child : key.children) names.emplace_back(child.name);
    return names;
  }

  static std::string unknown(const std::string& name, const std::string& prefix, const std::vector<std::string>& names,
                             std::string_view part) {
    std::string_view match = closest_match(part, names);
    return fmt::format("unknown name '{}'{}", name, match.empty() ? "" : did_you_mean(prefix + std::string(match)));
  }

  [[noreturn]] void fail(const Tag& tag, const std::string& message) const {
    throw TemplateError(template_position(m_file, m_text, tag.at, message));
  }

  const std::string& m_text;
  const std::string& m_file;
  std::vector<Frame> m_stack;
};

}  // namespace

std::string template_position(const std::string& file_name, const std::string& text, std::size_t offset,
                              const std::string& message) {
  Position at = position_at(text, offset);
  return fmt::format("{}:{}:{}: {}", file_name, at.line, at.column, message);
}

void check_template_names(const std::string& text, const std::string& file_name) {
  NameChecker checker(text, file_name);
  for (const Tag& tag : template_tags(text)) checker.check(tag);
}

}  // namespace jmap
