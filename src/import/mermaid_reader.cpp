// Reads a Mermaid `journey` diagram line by line, as Mermaid's lexer does
// (packages/mermaid/src/diagrams/user-journey/parser/journey.jison): a bare `#` starts a
// comment, `%%` a comment line, `;` is invalid, `title`, `accTitle:`, `accDescr:` (or
// `accDescr { ... }`), `section NAME` and `NAME: SCORE: ACTOR, ACTOR` are the statements.
// Entity codes (`#58;`, `#quot;`) are decoded after the line is split, as Mermaid does.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "jmap/import.hpp"
#include "jmap/rules.hpp"
#include "mermaid_text.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
  return true;
}

class Reader {
 public:
  Reader(const SourceFile& file, Diagnostics& findings) : m_file(file), m_findings(findings) {}

  std::optional<MermaidJourney> read() {
    if (std::size_t bad = first_invalid_utf8(m_file.text); bad < m_file.text.size()) {
      Position at = position_at(m_file.text, bad);
      report(Severity::error, Span{&m_file, at, at}, "the file is not valid UTF-8");
      return std::nullopt;
    }
    std::size_t start = 0;
    for (std::uint32_t number = 1; start <= m_file.text.size() && !m_failed; ++number) {
      std::size_t end = m_file.text.find('\n', start);
      if (end == std::string::npos) end = m_file.text.size();
      m_line = number;
      m_line_text = std::string_view(m_file.text).substr(start, end - start);
      m_line_start = start;
      read_line();
      start = end + 1;
    }
    if (!m_failed && !m_header) report(Severity::error, file_start(), "not a Mermaid diagram: the file is empty");
    if (!m_failed && m_out.sections.empty())
      report(Severity::error, file_start(), "the journey has no section", "jmap needs at least one stage: 'section NAME'");
    if (m_failed) return std::nullopt;
    return std::move(m_out);
  }

 private:
  const SourceFile& m_file;
  Diagnostics& m_findings;
  MermaidJourney m_out;
  bool m_failed = false, m_header = false, m_front_matter = false, m_multiline_descr = false;
  std::uint32_t m_line = 0;
  std::string_view m_line_text;
  std::size_t m_line_start = 0;

  // The span of bytes [from, to) of the current line.
  Span span(std::size_t from, std::size_t to) const {
    auto at = [&](std::size_t byte) {
      std::string_view before = m_line_text.substr(0, byte);
      std::uint32_t column = 1;
      for (unsigned char c : before) column += (c & 0xC0) != 0x80;
      return Position{m_line, column, m_line_start + byte};
    };
    return Span{&m_file, at(from), at(std::max(from, to))};
  }
  Span file_start() const { return Span{&m_file, Position{1, 1, 0}, Position{1, 1, 0}}; }
  Span span_of(std::string_view piece) const {
    std::size_t from = static_cast<std::size_t>(piece.data() - m_line_text.data());
    return span(from, from + piece.size());
  }

  void report(Severity severity, const Span& where, std::string message, std::string hint = {}) {
    // The rule's default is error; what import keeps with a loss is a warning.
    m_findings.report(rules::mermaid, where, std::move(message), std::move(hint)).severity = severity;
    if (severity == Severity::error) m_failed = true;
  }

  // The statement: the line up to a bare `#` (a comment), or an error at a bare `;`.
  std::optional<std::string_view> statement() {
    std::size_t i = 0;
    for (; i < m_line_text.size(); ++i) {
      if (std::size_t length = entity_length(m_line_text, i)) {
        i += length - 1;
        continue;
      }
      if (m_line_text[i] == '#') break;
      if (m_line_text[i] == ';') {
        report(Severity::error, span(i, i + 1), "';' is not allowed in a Mermaid journey",
               "write #59; for a semicolon in a text");
        return std::nullopt;
      }
    }
    return trim(m_line_text.substr(0, i));
  }

  void read_line() {
    if (m_multiline_descr) return read_description_line();
    if (m_front_matter) return read_front_matter(trim(m_line_text));
    if (trim(m_line_text).starts_with("%%")) return read_comment(trim(m_line_text));
    std::optional<std::string_view> text = statement();
    if (!text || text->empty()) return;
    if (!m_header) return read_header(*text);
    if (starts_with_word(*text, "title") && text->size() > 5 && is_space((*text)[5])) return read_title(*text);
    if (starts_with_word(*text, "acctitle")) return read_acc(*text, 8, m_out.acc_title, &m_out.acc_title_span);
    if (starts_with_word(*text, "accdescr")) return read_acc(*text, 8, m_out.acc_descr, nullptr);
    if (starts_with_word(*text, "section") && text->size() > 7 && is_space((*text)[7])) return read_section(*text);
    read_task(*text);
  }

  void read_comment(std::string_view text) {
    if (text.starts_with("%%{"))
      report(Severity::warning, span_of(text), "a Mermaid directive has no place in a journey file; it is not kept");
  }

  void read_header(std::string_view text) {
    if (m_line == 1 && text == "---") {
      m_front_matter = true;
      return;
    }
    std::size_t word_end = std::find_if(text.begin(), text.end(), is_space) - text.begin();
    std::string_view word = text.substr(0, word_end);
    if (word.size() == 7 && starts_with_word(word, "journey")) {
      m_header = true;
      if (!trim(text.substr(word_end)).empty())
        report(Severity::error, span_of(trim(text.substr(word_end))), "unexpected text after 'journey'");
      return;
    }
    report(Severity::error, span_of(word), fmt::format("not a Mermaid journey diagram: it starts with '{}'", word),
           "jmap imports Mermaid 'journey' diagrams only; the first statement must be 'journey'");
  }

  // YAML front matter: Mermaid reads its `title`; the rest configures the drawing.
  void read_front_matter(std::string_view text) {
    if (text == "---") {
      m_front_matter = false;
      return;
    }
    if (text.empty() || text.starts_with('#')) return;
    if (text.starts_with("title:")) {
      std::string_view value = trim(text.substr(6));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      m_out.title = std::string(value);
      m_out.title_span = span_of(text);
      return;
    }
    if (!m_line_text.empty() && !is_space(m_line_text.front()))  // a top-level key
      report(Severity::warning, span_of(text), "front matter other than 'title' configures Mermaid's drawing; it is not kept");
  }

  void read_title(std::string_view text) {
    m_out.title = decode_entities(trim(text.substr(6)));
    m_out.title_span = span_of(trim(text.substr(6)));
  }

  // accTitle: TEXT, accDescr: TEXT, or accDescr { on several lines }.
  void read_acc(std::string_view text, std::size_t keyword, std::string& value, Span* where) {
    std::string_view rest = trim(text.substr(keyword));
    if (where == nullptr && rest.starts_with('{')) {
      m_multiline_descr = true;
      std::string_view first = trim(rest.substr(1));
      if (!first.empty()) return read_description_piece(first);
      return;
    }
    if (!rest.starts_with(':')) {
      report(Severity::error, span_of(text), fmt::format("'{}' needs a ':' before its text", text.substr(0, keyword)));
      return;
    }
    value = decode_entities(trim(rest.substr(1)));
    if (where) *where = span_of(trim(rest.substr(1)));
  }

  void read_description_piece(std::string_view text) {
    std::size_t close = text.find('}');
    std::string_view piece = trim(text.substr(0, close));
    if (!piece.empty()) m_out.acc_descr += (m_out.acc_descr.empty() ? "" : "\n") + decode_entities(piece);
    if (close != std::string_view::npos) m_multiline_descr = false;
  }
  void read_description_line() { read_description_piece(trim(m_line_text)); }

  void read_section(std::string_view text) {
    std::string_view name = trim(text.substr(8));
    if (std::size_t colon = name.find(':'); colon != std::string_view::npos) {
      report(Severity::error, span_of(name.substr(colon, 1)), "a section name cannot hold ':'",
             "write #58; for a colon in a section name");
      return;
    }
    m_out.sections.push_back(MermaidSection{decode_entities(name), {}, span_of(name)});
  }

  void read_task(std::string_view text) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      report(Severity::error, span_of(text), fmt::format("'{}' is no journey statement", text),
             "a task is 'NAME: SCORE: ACTOR, ACTOR' (the score 1 to 5); other statements are title, accTitle, accDescr and section");
      return;
    }
    std::string_view name = trim(text.substr(0, colon));
    if (name.empty()) return report(Severity::error, span_of(text.substr(0, 1)), "a task needs a name before its ':'");
    if (m_out.sections.empty()) {
      report(Severity::error, span_of(name), fmt::format("the task '{}' comes before any section", name),
             "start a section first: 'section NAME'; jmap puts every step in a stage");
      return;
    }
    std::string_view data = text.substr(colon + 1);
    std::size_t second = data.find(':');
    std::string_view score_text = trim(data.substr(0, second));
    std::optional<double> score = read_score(score_text, data);
    if (!score) return;
    MermaidTask task{decode_entities(name), *score, {}, span_of(name)};
    if (second != std::string_view::npos) read_actors(data.substr(second + 1), task);
    m_out.sections.back().tasks.push_back(std::move(task));
  }

  std::optional<double> read_score(std::string_view score_text, std::string_view data) {
    Span where = score_text.empty() ? span_of(data.substr(0, 1)) : span_of(score_text);
    if (score_text.empty()) {
      report(Severity::error, where, "a task needs a score after its ':'", "write a score from 1 (worst) to 5 (best)");
      return std::nullopt;
    }
    std::string copy(score_text);
    char* end = nullptr;
    double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value)) {
      report(Severity::error, where, fmt::format("the score '{}' is not a number", score_text),
             "a task is 'NAME: SCORE: ACTORS' with a score from 1 (worst) to 5 (best)");
      return std::nullopt;
    }
    if (value < 1 || value > 5) {
      report(Severity::error, where, fmt::format("the score {} is off Mermaid's scale of 1 to 5", score_text),
             "use a score from 1 (worst) to 5 (best)");
      return std::nullopt;
    }
    return value;
  }

  void read_actors(std::string_view list, MermaidTask& task) {
    if (std::size_t extra = list.find(':'); extra != std::string_view::npos) {
      report(Severity::warning, span_of(list.substr(extra)), "Mermaid ignores text after a task's actors; it is not kept",
             "write #58; for a colon in an actor's name");
      list = list.substr(0, extra);
    }
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      std::string_view actor = trim(list.substr(0, comma));
      if (!actor.empty()) task.actors.push_back(decode_entities(actor));
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }
};

}  // namespace

std::optional<MermaidJourney> read_mermaid_journey(const SourceFile& file, Diagnostics& findings) {
  return Reader(file, findings).read();
}

}  // namespace jmap
