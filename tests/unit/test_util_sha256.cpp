// SHA-256 against the FIPS 180-4 / NIST examples; base64 against RFC 4648, section 10.
#include <doctest/doctest.h>

#include <string>

#include "util/sha256.hpp"

using namespace jmap;

namespace {

std::string hex(const Sha256Digest& digest) {
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : digest) out += {k_digits[byte >> 4], k_digits[byte & 15]};
  return out;
}

std::string base64_of(std::string_view text) {
  return base64(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

}  // namespace

TEST_SUITE("util::sha256") {

TEST_CASE("sha256 gives the NIST digests") {
  CHECK(hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 448 bits: the padding no longer fits the block, so a second one follows.
  CHECK(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // 896 bits: two whole blocks' worth, then padding.
  CHECK(hex(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")) ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  CHECK(hex(sha256(std::string(1'000'000, 'a'))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 pads at the block boundaries") {
  // 55 bytes fit one padded block, 56 do not; 64 is one whole block and a padding block.
  CHECK(hex(sha256(std::string(55, 'a'))) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(hex(sha256(std::string(56, 'a'))) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(hex(sha256(std::string(64, 'a'))) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("base64 gives the RFC 4648 test vectors") {
  CHECK(base64_of("") == "");
  CHECK(base64_of("f") == "Zg==");
  CHECK(base64_of("fo") == "Zm8=");
  CHECK(base64_of("foo") == "Zm9v");
  CHECK(base64_of("foob") == "Zm9vYg==");
  CHECK(base64_of("fooba") == "Zm9vYmE=");
  CHECK(base64_of("foobar") == "Zm9vYmFy");
  CHECK(base64_of("\xFB\xFF\xBF") == "+/+/");  // the last two letters of the alphabet
}

TEST_CASE("base64_decode reverses base64 and refuses what is not base64") {
  for (std::string_view text : {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xFB\xFF\xBF", "a\0b"})
    CHECK(base64_decode(base64_of(text)) == std::string(text));
  CHECK(base64_decode("Zm9v\nYmFy") == "foobar");  // line breaks are skipped
  CHECK_FALSE(base64_decode("Zm9"));                // not a multiple of four
  CHECK_FALSE(base64_decode("Zm=v"));               // padding inside a group
  CHECK_FALSE(base64_decode("Zg==Zm9v"));           // padding before the end
  CHECK_FALSE(base64_decode("Zm9*"));
}

TEST_CASE("a digest in base64 is a CSP hash source") {
  CHECK(base64(sha256("abc")) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

}
