// PDF dates: pinned in place, the length kept so cross-reference offsets stay right.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "render/pdf_dates.hpp"

using namespace jmap;

TEST_SUITE("emit::pdf_dates") {

TEST_CASE("every creation and modification date gets the pinned time, at the same length") {
  std::string pdf = "<< /CreationDate (D:20261125040149Z) /ModDate (D:20261125040150+01'00) >>";
  std::string before = pdf;
  pin_pdf_dates(pdf, 1764028800);  // 2025-11-25 00:00:00 UTC
  CHECK(pdf == "<< /CreationDate (D:20251125000000Z) /ModDate (D:20251125000000+01'00) >>");
  CHECK(pdf.size() == before.size());
}

TEST_CASE("a short date is never lengthened") {
  std::string pdf = "/CreationDate (D:2026)";
  pin_pdf_dates(pdf, 0);
  CHECK(pdf == "/CreationDate (D:1970)");
}

TEST_CASE("SOURCE_DATE_EPOCH is read when it is a number, else the epoch") {
  setenv("SOURCE_DATE_EPOCH", "1764028800", 1);
  CHECK(reproducible_time() == 1764028800);
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  CHECK(reproducible_time() == 0);
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(reproducible_time() == 0);
}

}
