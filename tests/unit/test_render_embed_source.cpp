// --embed-source and `jmap extract`: the source goes into an SVG or PNG and comes back
// byte for byte, as text when XML can carry it and as base64 when it cannot.
#include <doctest/doctest.h>

#include <string>

#include "jmap/render.hpp"
#include "render/png_chunks.hpp"

using namespace jmap;

namespace {

const std::string k_svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g/>\n</svg>\n";

// The smallest chunk sequence png_chunks accepts: a real PNG is not needed to test the chunks.
std::string tiny_png() {
  return std::string(k_png_signature) + png_chunk("IHDR", std::string(13, '\1')) + png_chunk("IDAT", "x") +
         png_chunk("IEND", "");
}

}  // namespace

TEST_SUITE("render::embed_source") {

TEST_CASE("an SVG keeps the source as escaped text, after everything else") {
  std::string source = "title: A & <B> ]]> -- \"q\" 'a' caf\xC3\xA9\r\nnext: \xF0\x9F\x98\x80\n";
  std::string svg = embed_source(k_svg, "svg", source);
  CHECK(svg.find("<metadata>\n<jmap:source xmlns:jmap=\"https://github.com/jmap-project/jmap/source\" "
                 "encoding=\"text\">title: A &amp; &lt;B&gt; ]]&gt; -- \"q\" 'a' caf\xC3\xA9&#13;\n") != std::string::npos);
  CHECK(svg.ends_with("</jmap:source>\n</metadata>\n</svg>\n"));
  CHECK(svg.find("]]>") == std::string::npos);
  CHECK(extract_source(svg) == source);
}

TEST_CASE("bytes XML cannot carry go in base64") {
  for (std::string source : {std::string("a\0b", 3), std::string("\xFF\xFE"), std::string("bell \x07")}) {
    std::string svg = embed_source(k_svg, "svg", source);
    CHECK(svg.find("encoding=\"base64\"") != std::string::npos);
    CHECK(extract_source(svg) == source);
    std::string png = embed_source(tiny_png(), "png", source);
    CHECK(png.find("tEXtjmap:source-base64") != std::string::npos);
    CHECK(extract_source(png) == source);
  }
}

TEST_CASE("a PNG gets an iTXt chunk before IEND, with a CRC that checks") {
  std::string source = "title: caf\xC3\xA9\n";
  std::string png = embed_source(tiny_png(), "png", source);
  std::vector<PngChunk> chunks = png_chunks(png);
  REQUIRE(chunks.size() == 4);
  CHECK(chunks[2].type == "iTXt");
  CHECK(chunks[2].data == std::string("jmap:source\0\0\0\0\0", 16) + source);
  CHECK(chunks[2].crc_ok);
  CHECK(chunks[3].type == "IEND");
  CHECK(extract_source(png) == source);
}

TEST_CASE("a damaged chunk is an error, a picture without source is none") {
  std::string png = embed_source(tiny_png(), "png", "title: T\n");
  std::size_t text = png.find("title: T");
  png[text] = 'T';
  CHECK_THROWS_AS(extract_source(png), IoError);
  CHECK_FALSE(extract_source(tiny_png()));
  CHECK_FALSE(extract_source(k_svg));
  CHECK_THROWS_AS(extract_source(std::string(k_png_signature) + std::string("\0\0\0\5IHDR", 8)), IoError);
}

TEST_CASE("an SVG a tool rewrote still gives the source back") {
  std::string svg = "<svg><metadata><jmap:source xmlns:jmap='x' encoding='text'>a &#38; b&#x0D;\n"
                    "<![CDATA[<c> & ]]>&quot;</jmap:source></metadata></svg>";
  CHECK(extract_source(svg) == "a & b\r\n<c> & \"");
  CHECK(extract_source("<svg><jmap:source/></svg>") == "");
  CHECK_THROWS_AS(extract_source("<svg><jmap:source>a &nbsp; b</jmap:source></svg>"), IoError);
  CHECK_THROWS_AS(extract_source("<svg><jmap:source>never closed"), IoError);
}

TEST_CASE("only SVG and PNG carry the source") {
  CHECK_THROWS_AS(embed_source("%PDF", "pdf", "x"), RenderError);
  int carrying = 0;
  for (const OutputFormat& format : output_formats()) carrying += format.embed_source;
  CHECK(carrying == 2);
  CHECK(output_format("svg")->embed_source);
  CHECK(output_format("png")->embed_source);
  CHECK_FALSE(output_format("pdf")->embed_source);
  CHECK_FALSE(output_format("html")->embed_source);
}

}
