#include "render/pdf_dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>

namespace jmap {

void pin_pdf_dates(std::string& pdf, std::time_t when) {
  std::tm utc{};
  gmtime_r(&when, &utc);
  std::string digits = fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                                   utc.tm_hour, utc.tm_min, utc.tm_sec);
  for (std::string_view key : {"/CreationDate (D:", "/ModDate (D:"}) {
    for (std::size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + 1)) {
      std::size_t start = at + key.size();
      std::size_t end = start;
      while (end < pdf.size() && end - start < digits.size() && std::isdigit(static_cast<unsigned char>(pdf[end]))) ++end;
      pdf.replace(start, end - start, digits.substr(0, end - start));  // never longer than written
    }
  }
}

std::time_t reproducible_time() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch || !std::all_of(epoch, epoch + std::string_view(epoch).size(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
}

}  // namespace jmap
