// Helpers shared by the unit tests: load a journey from text and look at its findings.
#pragma once

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/load.hpp"
#include "jmap/validate.hpp"
#include "jmap/view.hpp"

namespace jmap::test {

// The theme names, from the one table.
inline std::vector<std::string> theme_names() {
  std::vector<std::string> names;
  for (const ThemeInfo& theme : theme_table()) names.emplace_back(theme.name);
  return names;
}

// Loads `text` as a journey file (and validates it unless told not to). Owns every
// source file, so the spans of the findings stay valid as long as it lives.
class Loaded {
 public:
  explicit Loaded(std::string text, bool validate_too = true, std::string path = "journey.yaml",
                  LoadOptions options = {}) {
    journey = load_journey_text(std::move(path), std::move(text), options, sources, diagnostics);
    if (journey && validate_too) validate(*journey, diagnostics);
  }
  Loaded(const Loaded&) = delete;
  Loaded& operator=(const Loaded&) = delete;

  // The first finding of a rule, or null.
  const Diagnostic* find(std::string_view rule) const {
    for (const Diagnostic& d : diagnostics.items())
      if (d.rule == rule) return &d;
    return nullptr;
  }

  std::size_t count(std::string_view rule) const {
    std::size_t n = 0;
    for (const Diagnostic& d : diagnostics.items()) n += d.rule == rule ? 1 : 0;
    return n;
  }

  // Every finding as "line:col rule: message", for doctest's INFO.
  std::string listing() const {
    std::string out;
    for (const Diagnostic& d : diagnostics.items())
      out += std::to_string(d.span.begin.line) + ":" + std::to_string(d.span.begin.column) + " " +
             std::string(d.rule) + ": " + d.message + "\n";
    return out.empty() ? "(no findings)" : out;
  }

  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey;
};

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// "line:col" of a position, to compare in one CHECK.
inline std::string at(const Position& position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

// A journey that passes every rule: add one thing to it to trigger a rule.
inline constexpr std::string_view k_clean_journey = R"(jmap: 1
title: Clean
touchpoints:
  - {id: web, name: Website, channel: web, kind: digital}
stages:
  - id: visit
    name: Visit
    objective: Customers look around
    steps:
      - {id: look, name: Looks around, touchpoints: [web]}
)";

}  // namespace jmap::test
