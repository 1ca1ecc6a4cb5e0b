// Text from a file made safe for a terminal or a CI log.
#include <doctest/doctest.h>

#include <string>

#include "util/printable.hpp"

using namespace jmap;

TEST_SUITE("util::printable") {

TEST_CASE("printable leaves ordinary text alone") {
  CHECK(printable("'futur' is not a valid state") == "'futur' is not a valid state");
  CHECK(printable("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
}

TEST_CASE("printable escapes terminal escapes, line breaks and other controls") {
  CHECK(printable("\x1B[31mRED\x1B[0m") == "\\e[31mRED\\e[0m");
  CHECK(printable("a\nb\r%c\t") == "a\\nb\\r%c\\t");
  CHECK(printable(std::string("x\0y\x07\x7F", 5)) == "x\\x00y\\x07\\x7F");
}

TEST_CASE("printable escapes C1 controls, separators and bidi overrides") {
  CHECK(printable("\xC2\x9B" "31m") == "\\u{009B}31m");  // CSI
  CHECK(printable("\xC2\x85") == "\\u{0085}");           // NEL
  CHECK(printable("a\xE2\x80\xA8" "b") == "a\\u{2028}b");
  CHECK(printable("\xE2\x80\xAE" "evil") == "\\u{202E}evil");
}

TEST_CASE("printable replaces ill-formed UTF-8") {
  CHECK(printable("bad\xFFname.yaml") == "bad\xEF\xBF\xBDname.yaml");
}

TEST_CASE("printable_line keeps one character per column") {
  CHECK(printable_line("a\tb\x1B" "c") == "a b\xEF\xBF\xBD" "c");
}

}  // TEST_SUITE
