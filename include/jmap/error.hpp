// The errors that cross a stage boundary. Bad input is never one of these: it becomes
// diagnostics. These are the problems with no place in a journey file; `main` catches
// `Error` once, prints `jmap: error: ...` and exits 2.
#pragma once

#include <stdexcept>

namespace jmap {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An input file that cannot be read at all (missing, a directory, unreadable).
class IoError : public Error {
 public:
  using Error::Error;
};

// A Graphviz failure: missing plugin, unknown format, layout or render error.
class RenderError : public Error {
 public:
  using Error::Error;
};

// A template that cannot be parsed or rendered: "FILE:LINE:COL: message".
class TemplateError : public Error {
 public:
  using Error::Error;
};

// A command line that asks for something jmap cannot do.
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace jmap
