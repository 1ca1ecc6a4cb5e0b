// The one number formatter: digit grouping and the unit's place by its kind, the same
// for the map, the HTML page and Markdown.
#include <doctest/doctest.h>

#include "view/number_format.hpp"

using namespace jmap;

TEST_SUITE("view/number_format") {

TEST_CASE("format_count groups thousands") {
  CHECK(format_count(12000) == "12,000");
  CHECK(format_count(0) == "0");
  CHECK(format_count(999) == "999");
  CHECK(format_count(1000) == "1,000");
  CHECK(format_count(1234567) == "1,234,567");
  CHECK(format_count(-12000) == "-12,000");
}

TEST_CASE("format_number drops trailing zeros and groups the whole part") {
  CHECK(format_number(2.50) == "2.5");
  CHECK(format_number(3) == "3");
  CHECK(format_number(1.25) == "1.25");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(100) == "100");
  CHECK(format_number(-1.5) == "-1.5");
  CHECK(format_number(-0.001) == "0");
  CHECK(format_number(999999.5) == "999,999.5");
  CHECK(format_number(1000000) == "1,000,000");
  CHECK(format_number(-1234.25) == "-1,234.25");
  CHECK(format_number(100.05) == "100.05");
}

TEST_CASE("format_quantity puts a currency before the number") {
  CHECK(format_quantity(999999.5, "\u00A3") == "\u00A3999,999.5");
  CHECK(format_quantity(1000000, "$") == "$1,000,000");
  CHECK(format_quantity(12.5, "\u20AC") == "\u20AC12.5");
  CHECK(format_quantity(-5, "\u00A3") == "-\u00A35");
  CHECK(format_quantity(1200, "EUR") == "EUR 1,200");
}

TEST_CASE("format_quantity attaches %, the degree sign and a denominator") {
  CHECK(format_quantity(58.4, "%") == "58.4%");
  CHECK(format_quantity(21, "\u00B0") == "21\u00B0");
  CHECK(format_quantity(3.6, "/5") == "3.6/5");
  CHECK(format_quantity(4.25, "/10") == "4.25/10");
}

TEST_CASE("format_quantity puts any other unit after a space") {
  CHECK(format_quantity(42, "s") == "42 s");
  CHECK(format_quantity(12000, "orders") == "12,000 orders");
  CHECK(format_quantity(3, "") == "3");
}

}  // TEST_SUITE
