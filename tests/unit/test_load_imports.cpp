// Imports stay inside the project root: absolute paths, climbing above the root and
// symbolic links leading out are errors; cycles and missing files are reported.
// These tests need real files: each builds a project in a fresh temporary directory.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "load/imports.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

using namespace jmap;
using jmap::test::at;
using jmap::test::contains;

namespace {

// A project directory with a `.git` folder as its root marker, removed afterwards.
// `outside` is a sibling directory, outside the root.
class Project {
 public:
  Project() {
    std::random_device random;
    m_base = fs::temp_directory_path() / ("jmap-unit-" + std::to_string(random()) + std::to_string(random()));
    root = m_base / "project";
    outside = m_base / "outside";
    fs::create_directories(root / ".git");
    fs::create_directories(outside);
  }
  ~Project() {
    std::error_code ec;
    fs::remove_all(m_base, ec);
  }
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  fs::path write(const fs::path& path, std::string_view text) const {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // Loads and validates a journey file of the project.
  void load(const fs::path& path, LoadOptions options = {}) {
    journey = load_journey_file(path, options, sources, diagnostics);
    if (journey) validate(*journey, diagnostics);
  }

  const Diagnostic* find(std::string_view rule) const {
    for (const Diagnostic& d : diagnostics.items())
      if (d.rule == rule) return &d;
    return nullptr;
  }

  std::string listing() const {
    std::string out;
    for (const Diagnostic& d : diagnostics.items())
      out += (d.span.file ? d.span.file->path : "?") + ":" + at(d.span.begin) + " " + std::string(d.rule) + ": " +
             d.message + "\n";
    return out.empty() ? "(no findings)" : out;
  }

  fs::path root, outside;
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey;

 private:
  fs::path m_base;
};

// A journey importing `import` whose one step uses persona 'parent' and touchpoint 'web'
// (so they must come from an import).
std::string journey_importing(std::string_view import) {
  return "jmap: 1\ntitle: T\nimports: [\"" + std::string(import) +
         "\"]\n"
         "stages:\n"
         "  - id: visit\n"
         "    name: Visit\n"
         "    objective: O\n"
         "    steps:\n"
         "      - {id: look, name: Look, personas: [parent], touchpoints: [web]}\n";
}

constexpr std::string_view k_catalogue =
    "personas:\n  - {id: parent, name: Parent}\ntouchpoints:\n  - {id: web, name: Website, channel: web}\n";

}  // namespace

TEST_SUITE("load::imports") {

TEST_CASE("a catalogue's personas and touchpoints join the journey, marked as imported") {
  Project p;
  p.write(p.root / "catalog/shared.yaml", k_catalogue);
  p.load(p.write(p.root / "maps/journey.yaml", journey_importing("../catalog/shared.yaml")));
  INFO(p.listing());
  REQUIRE(p.journey);
  CHECK(p.diagnostics.empty());
  REQUIRE(p.journey->personas.size() == 1);
  CHECK(p.journey->personas[0].id.value == "parent");
  CHECK(p.journey->personas[0].imported);
  REQUIRE(p.journey->touchpoints.size() == 1);
  CHECK(p.journey->touchpoints[0].imported);
  CHECK(contains(p.journey->personas[0].span.file->path, "shared.yaml"));
}

TEST_CASE("files_read: the journey, then each imported file once; not a missing one") {
  Project p;
  p.write(p.root / "catalog/shared.yaml", k_catalogue);
  // three imports: the catalogue, the same again by another path, and a missing file
  std::string journey = journey_importing(R"(catalog/shared.yaml", "./catalog/shared.yaml", "gone.yaml)");
  std::vector<fs::path> files;
  LoadOptions options;
  options.files_read = &files;
  fs::path path = p.write(p.root / "journey.yaml", journey);
  p.load(path, options);
  INFO(p.listing());
  REQUIRE(files.size() == 2);
  CHECK(files[0] == path);
  CHECK(files[1] == p.root / "catalog/shared.yaml");
  CHECK(p.find("import-missing"));
}
TEST_CASE("imported personas and touchpoints that no step uses are not flagged") {
  Project p;
  p.write(p.root / "shared.yaml", std::string(k_catalogue) + "  - {id: app, name: App}\n");
  p.load(p.write(p.root / "journey.yaml", journey_importing("shared.yaml")));
  INFO(p.listing());
  CHECK(p.diagnostics.empty());
}

TEST_CASE("import-outside-root: an absolute path") {
  Project p;
  fs::path target = p.write(p.outside / "secret.yaml", k_catalogue);
  p.load(p.write(p.root / "journey.yaml", journey_importing(target.string())));
  const Diagnostic* d = p.find("import-outside-root");
  REQUIRE(d);
  CHECK(d->message == "import '" + target.string() + "' is an absolute path");
  CHECK(at(d->span.begin) == "3:11");
  CHECK(contains(d->hint, "relative to the importing file"));
  CHECK(p.journey->personas.empty());  // not read
}

TEST_CASE("import-outside-root: '..' climbing above the root") {
  Project p;
  p.write(p.outside / "secret.yaml", k_catalogue);
  p.load(p.write(p.root / "journey.yaml", journey_importing("../outside/secret.yaml")));
  const Diagnostic* d = p.find("import-outside-root");
  REQUIRE(d);
  CHECK(d->message == "import '../outside/secret.yaml' climbs above the project root");
  CHECK(contains(d->hint, ".jmap.yaml or .git"));
  CHECK(p.journey->personas.empty());
}

TEST_CASE("'..' that stays inside the root is fine") {
  Project p;
  p.write(p.root / "catalog/shared.yaml", k_catalogue);
  p.load(p.write(p.root / "maps/deep/journey.yaml", journey_importing("../../maps/../catalog/shared.yaml")));
  INFO(p.listing());
  CHECK(p.diagnostics.empty());
}

TEST_CASE("import-outside-root: a symbolic link that leads out of the root") {
  Project p;
  fs::path secret = p.write(p.outside / "secret.yaml", k_catalogue);
  std::error_code ec;
  fs::create_symlink(secret, p.root / "link.yaml", ec);
  // A temporary folder on Linux takes symbolic links; if it did not, this test would prove nothing.
  REQUIRE_MESSAGE(!ec, "cannot create a symbolic link here: " << ec.message());
  p.load(p.write(p.root / "journey.yaml", journey_importing("link.yaml")));
  const Diagnostic* d = p.find("import-outside-root");
  REQUIRE(d);
  CHECK(d->message == "import 'link.yaml' leads outside the project root through a symbolic link");
  CHECK(p.journey->personas.empty());
}

TEST_CASE("a symbolic link that stays inside the root is fine") {
  Project p;
  fs::path shared = p.write(p.root / "catalog/shared.yaml", k_catalogue);
  std::error_code ec;
  fs::create_symlink(shared, p.root / "link.yaml", ec);
  REQUIRE_MESSAGE(!ec, "cannot create a symbolic link here: " << ec.message());
  p.load(p.write(p.root / "journey.yaml", journey_importing("link.yaml")));
  INFO(p.listing());
  CHECK(p.diagnostics.empty());
}

TEST_CASE("the root may be given: --root narrows it below the .git folder") {
  Project p;
  p.write(p.root / "catalog/shared.yaml", k_catalogue);
  fs::path journey = p.write(p.root / "maps/journey.yaml", journey_importing("../catalog/shared.yaml"));
  LoadOptions options;
  options.root = p.root / "maps";
  p.load(journey, options);
  REQUIRE(p.find("import-outside-root"));
  CHECK(contains(p.find("import-outside-root")->message, "climbs above the project root"));
}

TEST_CASE("import-cycle: two files that import each other") {
  Project p;
  p.write(p.root / "b.yaml", std::string(k_catalogue) + "imports: [journey.yaml]\n");
  p.load(p.write(p.root / "journey.yaml", journey_importing("b.yaml")));
  const Diagnostic* d = p.find("import-cycle");
  REQUIRE(d);
  CHECK(d->message == "import 'journey.yaml' forms a cycle: it is already being imported");
  CHECK(contains(d->span.file->path, "b.yaml"));
  CHECK(at(d->span.begin) == "5:11");
  CHECK(d->hint == "remove one of the imports in the cycle");
}

TEST_CASE("import-cycle: a catalogue importing itself") {
  Project p;
  p.write(p.root / "b.yaml", std::string(k_catalogue) + "imports: [./b.yaml]\n");
  p.load(p.write(p.root / "journey.yaml", journey_importing("b.yaml")));
  REQUIRE(p.find("import-cycle"));
  CHECK(p.find("import-cycle")->message == "import './b.yaml' forms a cycle: it is already being imported");
  CHECK(p.journey->personas.size() == 1);  // read once
}

TEST_CASE("a diamond of imports is not a cycle, and the shared file is read once") {
  Project p;
  p.write(p.root / "d.yaml", k_catalogue);
  p.write(p.root / "b.yaml", "imports: [d.yaml]\npersonas: [{id: b, name: B}]\n");
  p.write(p.root / "c.yaml", "imports: [d.yaml]\npersonas: [{id: c, name: C}]\n");
  std::string text = journey_importing("b.yaml");
  text.replace(text.find("[\"b.yaml\"]"), 10, "[b.yaml, c.yaml]");
  p.load(p.write(p.root / "journey.yaml", text));
  INFO(p.listing());
  CHECK(p.diagnostics.empty());  // no import-cycle, no duplicate-id
  REQUIRE(p.journey);
  CHECK(p.journey->personas.size() == 3);
}

TEST_CASE("import-missing: a file that does not exist") {
  Project p;
  p.load(p.write(p.root / "journey.yaml", journey_importing("catalog/nope.yaml")));
  const Diagnostic* d = p.find("import-missing");
  REQUIRE(d);
  CHECK(contains(d->message, "imported file '"));
  CHECK(contains(d->message, "catalog/nope.yaml' does not exist"));
  CHECK(d->hint == "check the path; it is relative to the importing file");
  CHECK(at(d->span.begin) == "3:11");
}

TEST_CASE("import-missing: a directory cannot be imported") {
  Project p;
  fs::create_directories(p.root / "catalog");
  p.load(p.write(p.root / "journey.yaml", journey_importing("catalog")));
  const Diagnostic* d = p.find("import-missing");
  REQUIRE(d);
  CHECK(contains(d->message, "is a directory"));
}

TEST_CASE("findings in an imported file point into that file") {
  Project p;
  p.write(p.root / "shared.yaml", "personas:\n  - {id: parent, name: Parent, age: 40}\n");
  p.load(p.write(p.root / "journey.yaml", journey_importing("shared.yaml")));
  const Diagnostic* d = p.find("unknown-key");
  REQUIRE(d);
  CHECK(contains(d->span.file->path, "shared.yaml"));
  CHECK(at(d->span.begin) == "2:32");
}

TEST_CASE("duplicate-id across a journey and its import: at the journey's own definition, the note at the import") {
  Project p;
  p.write(p.root / "shared.yaml", k_catalogue);
  std::string text = journey_importing("shared.yaml");
  text.replace(text.find("stages:"), 7, "personas:\n  - {id: parent, name: Local parent}\nstages:");
  p.load(p.write(p.root / "journey.yaml", text));
  const Diagnostic* d = p.find("duplicate-id");
  REQUIRE(d);
  CHECK(d->message == "duplicate persona id 'parent'");
  CHECK(contains(d->span.file->path, "journey.yaml"));
  CHECK(at(d->span.begin) == "5:10");
  INFO(d->note);
  CHECK(contains(d->note, "shared.yaml:2:10"));
  CHECK(contains(d->note_span.file->path, "shared.yaml"));
}

TEST_CASE("an imported catalogue's own version is checked") {
  Project p;
  p.write(p.root / "shared.yaml", "jmap: 2\n" + std::string(k_catalogue));
  p.load(p.write(p.root / "journey.yaml", journey_importing("shared.yaml")));
  REQUIRE(p.find("unsupported-version"));
  CHECK(p.find("unsupported-version")->message == "this jmap reads format version 1; the catalogue says 2");
}

TEST_CASE("find_root: the nearest ancestor holding .git or .jmap.yaml, else the file's directory") {
  Project p;
  fs::path journey = p.write(p.root / "a/b/journey.yaml", "");
  CHECK(fs::equivalent(find_root(journey), p.root));
  p.write(p.root / "a/.jmap.yaml", "");
  CHECK(fs::equivalent(find_root(journey), p.root / "a"));
  fs::path loose = p.write(p.outside / "x/journey.yaml", "");
  CHECK(fs::equivalent(find_root(loose), p.outside / "x"));
}

TEST_CASE("load_journey_file throws IoError for a file that cannot be read") {
  Project p;
  SourceSet sources;
  Diagnostics diagnostics;
  CHECK_THROWS_AS(load_journey_file(p.root / "missing.yaml", {}, sources, diagnostics), IoError);
  CHECK_THROWS_AS(load_journey_file(p.root, {}, sources, diagnostics), IoError);
}

TEST_CASE("read_file refuses a file over the limit") {
  Project p;
  fs::path file = p.write(p.root / "big.yaml", std::string(100, '#'));
  ReadResult big = read_file(file, 99);
  CHECK(big.too_large);
  CHECK(big.error == "the file is 100 bytes; the limit max_file_size is 99 bytes");
  ReadResult fits = read_file(file, 100);
  CHECK(fits.error.empty());
  CHECK(fits.text.size() == 100);
}


TEST_CASE("max_imports: a journey may load that many files through imports, a shared one counted once") {
  Project p;
  p.write(p.root / "d.yaml", k_catalogue);
  p.write(p.root / "b.yaml", "imports: [d.yaml]\npersonas: [{id: b, name: B}]\n");
  p.write(p.root / "c.yaml", "imports: [d.yaml]\npersonas: [{id: c, name: C}]\n");
  std::string text = journey_importing("b.yaml");
  text.replace(text.find("[\"b.yaml\"]"), 10, "[b.yaml, c.yaml]");
  fs::path journey = p.write(p.root / "journey.yaml", text);
  LoadOptions options;
  options.limits.max_imports = 3;  // b, d (through b), c; d again through c is not counted
  p.load(journey, options);
  INFO(p.listing());
  CHECK(p.diagnostics.empty());
}

TEST_CASE("max_imports: one file more is too-large at the import that passes the limit") {
  Project p;
  p.write(p.root / "d.yaml", k_catalogue);
  p.write(p.root / "b.yaml", "imports: [d.yaml]\npersonas: [{id: b, name: B}]\n");
  p.write(p.root / "c.yaml", "personas: [{id: c, name: C}]\n");
  std::string text = journey_importing("b.yaml");
  text.replace(text.find("[\"b.yaml\"]"), 10, "[b.yaml, c.yaml]");
  fs::path journey = p.write(p.root / "journey.yaml", text);
  LoadOptions options;
  options.limits.max_imports = 2;
  p.load(journey, options);
  INFO(p.listing());
  const Diagnostic* d = p.find("too-large");
  REQUIRE(d);
  CHECK(d->message == "import 'c.yaml' is one file too many: the limit max_imports is 2 imported files");
  CHECK(contains(d->hint, "--max-imports N"));
  CHECK(contains(d->span.file->path, "journey.yaml"));
  CHECK(at(d->span.begin) == "3:19");
}

TEST_CASE("max_imports defaults to 100: a chain of 100 imports loads, 101 does not") {
  Project p;
  for (int i = 1; i <= 101; ++i) {
    std::string next = i < 101 ? "imports: [c" + std::to_string(i + 1) + ".yaml]\n" : "";
    p.write(p.root / ("c" + std::to_string(i) + ".yaml"), next + "personas: [{id: p" + std::to_string(i) + ", name: P}]\n");
  }
  p.write(p.root / "c100.yaml", "personas: [{id: p100, name: P}]\n");  // the chain ends at 100
  p.load(p.write(p.root / "journey.yaml", journey_importing("c1.yaml") + "personas: [{id: parent, name: P}]\n"
                                                                         "touchpoints: [{id: web, name: W, channel: web}]\n"));
  CHECK_FALSE(p.find("too-large"));
  p.write(p.root / "c100.yaml", "imports: [c101.yaml]\npersonas: [{id: p100, name: P}]\n");
  p.diagnostics = Diagnostics{};
  p.load(p.root / "journey.yaml");
  INFO(p.listing());
  REQUIRE(p.find("too-large"));
  CHECK(contains(p.find("too-large")->message, "the limit max_imports is 100"));
  CHECK(contains(p.find("too-large")->span.file->path, "c100.yaml"));
}

TEST_CASE("an imported file over max_file_size is too-large, with the option in the hint") {
  Project p;
  p.write(p.root / "shared.yaml", k_catalogue);
  fs::path journey = p.write(p.root / "journey.yaml", journey_importing("shared.yaml"));
  LoadOptions options;
  options.limits.max_file_bytes = 400;  // the journey fits, the catalogue does not
  p.write(p.root / "shared.yaml", std::string(k_catalogue) + std::string(400, '#'));
  p.load(journey, options);
  INFO(p.listing());
  REQUIRE(p.find("too-large"));
  CHECK(contains(p.find("too-large")->hint, "--max-file-size N"));
}

TEST_CASE("with_settings: the set limits replace the defaults, the others stay") {
  LoadLimits limits = with_settings(LoadLimits{}, LimitSettings{{"max_nodes", 7}, {"max_string", 9}});
  CHECK(limits.max_nodes == 7);
  CHECK(limits.max_string_bytes == 9);
  CHECK(limits.max_depth == LoadLimits{}.max_depth);
  CHECK(limit_table().size() == 6);
  CHECK(limit_info(&LoadLimits::max_imports).option == "--max-imports");
}

}  // TEST_SUITE
