#include <doctest/doctest.h>

#include "util/iso_date.hpp"

using jmap::parse_iso_date;

TEST_CASE("parse_iso_date counts days from 1970-01-01") {
  CHECK(parse_iso_date("1970-01-01") == 0L);
  CHECK(parse_iso_date("1970-01-02") == 1L);
  CHECK(parse_iso_date("2026-11-28") == 20785L);
  CHECK(*parse_iso_date("2024-03-01") - *parse_iso_date("2024-02-28") == 2);  // a leap year
  CHECK(*parse_iso_date("2023-03-01") - *parse_iso_date("2023-02-28") == 1);
}

TEST_CASE("parse_iso_date refuses what is not a real YYYY-MM-DD date") {
  for (const char* text : {"2026-02-30", "2023-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-11-28",
                           "2026/11/28", "2026-11-28T10:00", "", "abcd-ef-gh", "2100-02-29"})
    CHECK_MESSAGE(!parse_iso_date(text), text);
  CHECK(parse_iso_date("2000-02-29"));
}

TEST_CASE("has_iso_date_shape tells the written shape from a real day") {
  CHECK(jmap::has_iso_date_shape("2026-02-30"));  // the shape, though no such day
  CHECK(jmap::has_iso_date_shape("2026-13-01"));
  for (const char* text : {"2026-1-01", "26-11-28", "2026/11/28", "2026-11-2x", "", "2026-11-28 "})
    CHECK_MESSAGE(!jmap::has_iso_date_shape(text), text);
}
