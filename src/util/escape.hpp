// Escaping for the languages jmap writes. Every user text passes through one of these.
// Graphviz expands \N, \G, \L... in labels and tooltips, so a backslash must be
// doubled once per expansion round (measured on Graphviz 2.43: see ARCHITECTURE.md).
#pragma once

#include <string>
#include <string_view>

namespace jmap {

// XML/HTML content and attributes: & < > " ' escaped; C0 controls other than tab and
// C1 controls dropped (XML forbids or discourages them); ill-formed UTF-8 as U+FFFD.
std::string escape_xml(std::string_view text);

// Text inside a Graphviz HTML-like label: XML-escaped, and each backslash doubled
// (labels get one round of \N-style expansion).
std::string escape_html_label(std::string_view text);

// An escString attribute in a DOT double-quoted string (tooltip): quotes escaped, `&` as
// `&amp;` (Graphviz decodes entities), each backslash quadrupled (tooltips get two
// rounds of expansion), newlines as spaces.
std::string escape_dot_text(std::string_view text);

// An escaped text as a DOT double-quoted string. Graphviz's DOT reader refuses one
// quoted string longer than 16,384 bytes, so a longer text is written as quoted pieces
// joined by DOT's `+` (the reader concatenates them), never split inside a backslash
// escape or a UTF-8 sequence.
std::string dot_quoted(std::string_view escaped);

// A DOT id (the graph's name): quotes escaped, `&` as `&amp;`; backslashes, which
// Graphviz keeps verbatim but which could escape the closing quote, become U+2216.
std::string escape_dot_id(std::string_view text);

// Text in Markdown (CommonMark, GFM, python-markdown, MDX), on one line: a paragraph,
// a heading, a list item or a table cell. Newlines, tabs and CR become spaces (a
// journey text is one paragraph, and a blank line would end a table or a quote), other
// controls are dropped, leading spaces trimmed; `\ ` * _ [ ] { } | ~ $` are
// backslash-escaped, `&`, `<`, `>` written as entities (python-markdown has no `\<`), and
// a leading `#`, `-`, `+` or `1.`/`1)` is escaped so it starts no block; "://" and "www."
// are escaped so GFM does not turn a bare address into a link (the HTML shows it as text).
std::string escape_markdown(std::string_view text);

// A link destination (an image's path): spaces, parentheses, `<`, `>` and controls
// percent-encoded, so the path ends where the link does.
std::string escape_markdown_url(std::string_view text);

}  // namespace jmap
