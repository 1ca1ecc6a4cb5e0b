// SHA-256 (FIPS 180-4) and base64 (RFC 4648), for the HTML page's Content-Security-Policy
// hash of its <style> block. Written here: jmap links no crypto library.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jmap {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view message);

// Standard alphabet with '=' padding, no line breaks.
std::string base64(std::span<const std::uint8_t> bytes);

// The bytes of a base64 text (padding required, ASCII whitespace skipped); nullopt when
// it is not base64. For `jmap extract`.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace jmap
