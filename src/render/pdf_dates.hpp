// PDF dates pinned for reproducible output (cairo 1.16 stamps the wall clock and
// ignores SOURCE_DATE_EPOCH).
#pragma once

#include <ctime>
#include <string>

namespace jmap {

// Rewrites the digits of every /CreationDate and /ModDate in place to `when` (UTC):
// same length, so the cross-reference offsets stay valid.
void pin_pdf_dates(std::string& pdf, std::time_t when);

// SOURCE_DATE_EPOCH when set and valid (the reproducible-builds convention), else 0.
std::time_t reproducible_time();

}  // namespace jmap
