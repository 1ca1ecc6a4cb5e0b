// A function of a library jmap loads at run time (dlopen): fontconfig for the glyph
// check, cairo and librsvg for paged PDF, so that SVG, DOT and HTML load none of them.
// Private to src/render.
#pragma once

#include <dlfcn.h>

namespace jmap {

// Sets `function` to `name` in `library`; false (and a null function) when the library
// did not load or lacks the name.
template <typename Function>
bool find_symbol(void* library, const char* name, Function& function) {
  function = library ? reinterpret_cast<Function>(dlsym(library, name)) : nullptr;
  return function != nullptr;
}

}  // namespace jmap
