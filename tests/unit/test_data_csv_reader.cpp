#include <doctest/doctest.h>

#include "jmap/kpi_data.hpp"

namespace jmap {
namespace {

struct Read {
  explicit Read(std::string text, std::string path = "data.csv") : file(std::move(path), std::move(text)) {
    data = file.path.ends_with(".json") ? read_kpi_json(file, findings) : read_kpi_csv(file, findings);
  }
  SourceFile file;
  Diagnostics findings;
  KpiData data;

  std::string first() const {
    if (findings.empty()) return "";
    const Diagnostic& d = findings.items().front();
    return std::to_string(d.span.begin.line) + ":" + std::to_string(d.span.begin.column) + " " +
           std::string(d.rule) + ": " + d.message;
  }
};

}  // namespace

TEST_SUITE("data/csv_reader") {
TEST_CASE("columns in any order, a BOM and CRLF line ends") {
  Read read("\xEF\xBB\xBFvalue,id,date\r\n2.5,conversion,2026-01-31\r\n\r\n3,visit,2026-02-28\r\n");
  CHECK(read.findings.empty());
  REQUIRE(read.data.rows.size() == 2);
  CHECK(read.data.rows[0].id.value == "conversion");
  CHECK(read.data.rows[0].date.value == "2026-01-31");
  CHECK(read.data.rows[0].value.value == 2.5);
  CHECK(read.data.rows[0].value.span.begin.line == 2);
  CHECK(read.data.rows[0].value.span.begin.column == 1);
  CHECK(read.data.rows[1].id.span.begin.line == 4);
  CHECK(read.data.rows[1].id.span.begin.column == 3);
}

TEST_CASE("a BOM is no column in the header's positions") {
  Read read("\xEF\xBB\xBFid,date,vaule\n");
  CHECK(read.first() == "1:9 bad-data: unknown column 'vaule' (did you mean 'value'?)");
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks") {
  Read read("id,date,value\n\"a,\"\"b\"\"\nc\",2026-01-31,\"1\"\nd,2026-01-31,2\n");
  CHECK(read.findings.empty());
  REQUIRE(read.data.rows.size() == 2);
  CHECK(read.data.rows[0].id.value == "a,\"b\"\nc");
  CHECK(read.data.rows[1].id.span.begin.line == 4);  // the quoted line break counts
}

TEST_CASE("a quote never closed is reported where it opens") {
  Read read("id,date,value\nx,2026-01-31,1\n\"y,2026-01-31,2\n");
  CHECK(read.first() == "3:1 bad-data: a quoted field is never closed");
}

TEST_CASE("text after a closing quote") {
  Read read("id,date,value\n\"x\"y,2026-01-31,1\n");
  CHECK(read.first() == "2:4 bad-data: text after a closing quote");
}

TEST_CASE("missing and repeated columns") {
  CHECK(Read("id,value\nx,1\n").first() == "1:1 bad-data: the header has no 'date' column");
  CHECK(Read("id,date,value,id\n").first() == "1:15 bad-data: the column 'id' appears twice");
  CHECK(Read("").first() == "1:1 bad-data: the data file is empty");
}

TEST_CASE("a row with the wrong number of fields") {
  CHECK(Read("id,date,value\nx,2026-01-31\n").first() == "2:1 bad-data: the row has 2 fields, the header 3");
}

TEST_CASE("numbers, dates and ids are checked where they stand") {
  CHECK(Read("id,date,value\nx,2026-01-31,\"1,200\"\n").first() == "2:14 bad-data: bad number '1,200'");
  CHECK(Read("id,date,value\nx,2026-01-31,80%\n").findings.items().front().hint.find("unit") != std::string::npos);
  CHECK(Read("id,date,value\nx,31/01/2026,1\n").first() == "2:3 bad-data: bad date '31/01/2026': expected YYYY-MM-DD");
  CHECK(Read("id,date,value\nx,2026-02-29,1\n").first() == "2:3 bad-data: no such date '2026-02-29'");
  CHECK(Read("id,date,value\nx,2028-02-29,1\n").findings.empty());  // a leap year
  CHECK(Read("id,date,value\n,2026-01-31,1\n").first() == "2:1 bad-data: empty id");
  CHECK(Read("id,date,value\nx,2026-01-31,inf\n").first() == "2:14 bad-data: bad number 'inf'");
}

TEST_CASE("a second value for one id and date is dropped, with a note on the first") {
  Read read("id,date,value\nx,2026-01-31,1\ny,2026-01-31,2\nx,2026-01-31,3\n");
  CHECK(read.first() == "4:3 bad-data: 'x' has a second value for 2026-01-31");
  CHECK(read.findings.items().front().note_span.begin.line == 2);
  CHECK(read.data.rows.size() == 2);
}

TEST_CASE("text that is not UTF-8") {
  CHECK(Read("id,date,value\nx\xFF,2026-01-31,1\n").first() == "2:2 bad-data: the data file is not UTF-8 text");
}
}

TEST_SUITE("data/json_reader") {
TEST_CASE("rows with the value's position") {
  Read read("[\n  {\"id\": \"x\", \"date\": \"2026-01-31\", \"value\": 2.5},\n  {\"value\": 3, \"id\": \"y\", \"date\": \"2026-02-28\"}\n]\n",
            "data.json");
  CHECK(read.findings.empty());
  REQUIRE(read.data.rows.size() == 2);
  CHECK(read.data.rows[0].value.span.begin.line == 2);
  CHECK(read.data.rows[0].value.span.begin.column == 46);
  CHECK(read.data.rows[1].value.span.begin.column == 13);
  CHECK(read.data.rows[1].id.span.begin.column == 22);
}

TEST_CASE("wrong types, unknown and missing keys") {
  CHECK(Read("[{\"id\": \"x\", \"date\": \"2026-01-31\", \"value\": \"2\"}]", "d.json").first() ==
        "1:45 bad-data: 'value' should be a number");
  CHECK(Read("[{\"id\": \"x\", \"date\": \"2026-01-31\", \"value\": null}]", "d.json").first() ==
        "1:45 bad-data: 'value' should be a number");
  CHECK(Read("[{\"id\": \"x\", \"value\": 2}]", "d.json").first() == "1:2 bad-data: the row has no 'date'");
  CHECK(Read("[{\"id\": \"x\", \"dat\": \"2026-01-31\", \"value\": 2}]", "d.json").first() ==
        "1:14 bad-data: unknown key 'dat' (did you mean 'date'?)");
  CHECK(Read("{\"id\": \"x\"}", "d.json").first() == "1:1 bad-data: the data should be an array of rows");
  CHECK(Read("[[1]]", "d.json").first() == "1:2 bad-data: a row should be an object");
}

TEST_CASE("a syntax error where nlohmann stopped: the end of the token it did not expect") {
  Read read("[\n  {\"id\": \"x\" \"date\": \"2026-01-31\"}\n]", "d.json");
  CHECK(read.first().starts_with("2:19 bad-data: not valid JSON: "));
}
}

}  // namespace jmap
