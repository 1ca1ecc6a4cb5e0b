// Live KPI data (`--data FILE.csv|.json`): dated values for KPIs and for the funnel's
// `reached` counts, read from a file beside the journey and bound to it by id.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"
#include "jmap/source.hpp"

namespace jmap {

// One row of the data file as read: every field with its span in the data file. A row
// with an unreadable field is reported and left out of KpiData::rows.
struct KpiRow {
  Text id, date;  // date: YYYY-MM-DD, checked
  Number value;
  Span span;  // the whole row (CSV) or object (JSON)
};

struct KpiData {
  const SourceFile* file = nullptr;  // null when the file could not be read
  std::vector<KpiRow> rows;          // in file order
};

// Reads FILE.csv (a header naming id, date and value, RFC 4180) or FILE.json (an array
// of {"id", "date", "value"} objects); the format is the extension's. Bad fields, a
// missing or unknown column and a repeated (id, date) are findings in `findings`, with
// the data file's positions (rules bad-data). Throws IoError when the file cannot be
// read, UsageError when its extension is neither .csv nor .json.
KpiData read_kpi_data(const std::filesystem::path& path, SourceSet& sources, Diagnostics& findings);

// The same, from text already read (tests, or a caller with its own I/O).
KpiData read_kpi_csv(const SourceFile& file, Diagnostics& findings);
KpiData read_kpi_json(const SourceFile& file, Diagnostics& findings);

// Binds the rows to the journey by id: a KPI's id sets its history and `actual` (the
// latest date wins over the YAML's `actual`), a stage's id its `reached_history` and
// `reached`. An id that names neither is a finding (rule unknown-data-id, with a
// did-you-mean); so is a stage count that is not a whole number, 0 or more. Bind before
// validate, so that kpi-missed and funnel-grows judge the data.
// `jmap site` binds one data file to many journeys: there a row for another journey's id
// is not this one's finding (`unknown_ids` false), and the site checks the ids once.
void bind_kpi_data(Journey& journey, const KpiData& data, Diagnostics& findings, bool unknown_ids = true);

}  // namespace jmap
