// The Mustache adapter: the only file that includes kainjow. It copies the report view
// into template data through the key tree (so the data has exactly the documented keys)
// and runs the template with jmap's escaper and error positions.
#include "mustache_page.hpp"

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <array>
#include <optional>
#include <regex>
#include <set>
#include <stdexcept>

#include "jmap/error.hpp"
#include "template_keys.hpp"
#include "util/escape.hpp"

namespace jmap {
namespace {

using kainjow::mustache::data;

// kainjow's data takes a list only by const reference (a deep copy of the whole subtree,
// once per level of the page: quadratic in depth, and twice the memory at its peak).
// list_value() is a view of the vector that data owns (not a const object), so moving
// the items in through it is sound.
data list_data(kainjow::mustache::list&& items) {
  data out{data::type::list};
  const_cast<kainjow::mustache::list&>(out.list_value()) = std::move(items);
  return out;
}

// One object of the data, filled against its key: a key it sets must be in the tree
// with that kind, and it must set them all. Mustache looks a missing key up in the
// enclosing contexts, so a persona without a description would otherwise show the
// journey's: a value the journey does not give is false, never missing.
class DataObject {
 public:
  explicit DataObject(const TemplateKey& key) : m_key(key) {}

  DataObject& text(std::string_view name, const std::string& value) { return put(name, KeyKind::text, data{value}); }
  DataObject& text(std::string_view name, const OptionalText& value) {
    return put(name, KeyKind::text, value ? data{*value} : data{false});
  }
  DataObject& number(std::string_view name, std::size_t value) { return text(name, std::to_string(value)); }
  DataObject& flag(std::string_view name, bool value) { return put(name, KeyKind::flag, data{value}); }
  DataObject& texts(std::string_view name, const std::vector<std::string>& values) {
    kainjow::mustache::list out;
    out.reserve(values.size());
    for (const std::string& value : values) out.emplace_back(value);
    return put(name, KeyKind::list, list_data(std::move(out)));
  }
  template <class Item, class Fill>
  DataObject& list(std::string_view name, const std::vector<Item>& items, Fill fill) {
    const TemplateKey& key = child(name, KeyKind::list);
    kainjow::mustache::list out;
    out.reserve(items.size());
    for (const Item& item : items) {
      DataObject object(key);
      fill(object, item);
      out.push_back(std::move(object).done());
    }
    return put(name, KeyKind::list, list_data(std::move(out)));
  }
  // An object, or false when absent.
  template <class Value, class Fill>
  DataObject& object(std::string_view name, const std::optional<Value>& value, Fill fill) {
    if (!value) return put(name, KeyKind::object, data{false});
    return object(name, *value, fill);
  }
  // An object that is always there (no optional copy of it: the page's pictures are large).
  template <class Value, class Fill>
  DataObject& object(std::string_view name, const Value& value, Fill fill) {
    DataObject object(child(name, KeyKind::object));
    fill(object, value);
    return put(name, KeyKind::object, std::move(object).done());
  }

  data done() && {
    if (m_set.size() != m_key.children.size())
      for (const TemplateKey& key : m_key.children)
        if (!m_set.count(key.name)) throw std::logic_error(fmt::format("template data: '{}' not set in '{}'", key.name, m_key.name));
    return std::move(m_object);
  }

 private:
  const TemplateKey& child(std::string_view name, KeyKind kind) const {
    const TemplateKey* key = m_key.find(name);
    if (!key || key->kind != kind) throw std::logic_error(fmt::format("template data: '{}' is not a key of '{}'", name, m_key.name));
    return *key;
  }
  // By value and moved in: kainjow's set() would copy the value (a whole subtree) again.
  DataObject& put(std::string_view name, KeyKind kind, data value) {
    child(name, kind);
    m_set.insert(name);
    m_object[std::string(name)] = std::move(value);
    return *this;
  }

  const TemplateKey& m_key;
  std::set<std::string_view> m_set;
  data m_object{data::type::object};
};

void fill_evidence(DataObject& out, const ReportEvidence& evidence) {
  out.text("kind", evidence.kind).text("text", evidence.text).text("quote", evidence.text).flag("quoted", evidence.quoted);
  out.text("source", evidence.source).text("date", evidence.date).text("cite", evidence.cite);
}

void fill_pain(DataObject& out, const ReportPain& pain) {
  out.text("number", pain.number).text("anchor", pain.anchor).text("id", pain.id).text("text", pain.text);
  out.text("severity", pain.severity).text("stage", pain.stage).text("step", pain.step).text("step_id", pain.step_id);
  out.list("evidence", pain.evidence, fill_evidence);
  out.list("addressed_by", pain.addressed_by, [](DataObject& by, const ReportLink& link) {
    by.text("anchor", link.anchor).text("text", link.text);
  });
  out.list("addressed_elsewhere", pain.addressed_elsewhere, [](DataObject& by, const ReportCrossLink& link) {
    by.text("text", link.text).text("journey", link.journey).text("href", link.href);
  });
  out.text("id_anchor", pain.id_anchor);
}

void fill_opportunity(DataObject& out, const ReportOpportunity& opportunity) {
  out.text("anchor", opportunity.anchor).text("id", opportunity.id).text("text", opportunity.text);
  out.text("stage", opportunity.stage).text("step", opportunity.step).text("step_id", opportunity.step_id);
  out.list("addresses", opportunity.addresses, [](DataObject& to, const ReportPainRef& pain) {
    to.text("anchor", pain.anchor).text("number", pain.number).text("href", pain.href);
    to.text("text", pain.text).text("journey", pain.journey);
  });
  out.flag("has_addresses", !opportunity.addresses.empty());
}

void fill_touchpoint(DataObject& out, const ReportTouchpoint& touchpoint) {
  out.text("id", touchpoint.id).text("name", touchpoint.name).text("channel", touchpoint.channel);
  out.text("kind", touchpoint.kind).text("owner", touchpoint.owner);
}

void fill_link(DataObject& out, const ReportLink& link) { out.text("name", link.text).text("anchor", link.anchor); }

void fill_journey_link(DataObject& out, const ReportJourneyLink& link) {
  out.text("path", link.path).text("title", link.title).text("href", link.href).text("note", link.note);
  out.flag("found", link.found);
}

void fill_emotion(DataObject& out, const ReportEmotion& emotion) {
  out.text("value", emotion.value).text("label", emotion.label).text("text", emotion.text);
  out.number("level", static_cast<std::size_t>(emotion.level)).text("spread", emotion.spread);
  out.list("by_persona", emotion.by_persona, [](DataObject& one, const ReportPersonaEmotion& value) {
    one.text("persona", value.persona).text("value", value.value).text("label", value.label).text("text", value.text);
    one.number("level", static_cast<std::size_t>(value.level));
  });
}

void fill_step(DataObject& out, const ReportStep& step) {
  out.text("id", step.id).text("name", step.name).text("anchor", step.anchor).text("does", step.does);
  out.text("thinks", step.thinks).text("duration", step.duration).flag("fail_point", step.fail_point);
  out.texts("personas", step.personas).list("touchpoints", step.touchpoints, fill_touchpoint);
  out.object("emotion", step.emotion, fill_emotion).list("evidence", step.evidence, fill_evidence);
  out.texts("frontstage", step.frontstage).texts("backstage", step.backstage).texts("support", step.support);
  out.list("next", step.next, fill_link).text("next_label", step.next_label);
  out.list("pains", step.pains, fill_pain).list("opportunities", step.opportunities, fill_opportunity);
  out.object("opens", step.opens, fill_journey_link);
}

void fill_sample(DataObject& out, const ReportSample& sample) { out.text("date", sample.date).text("value", sample.value); }

void fill_kpi(DataObject& out, const ReportKpi& kpi) {
  out.text("id", kpi.id).text("name", kpi.name).text("target", kpi.target).text("actual", kpi.actual);
  out.text("unit", kpi.unit).text("better", kpi.better).text("comparison", kpi.comparison);
  out.text("status", kpi.status).text("status_label", kpi.status_label);
  out.flag("met", kpi.status == "met").flag("missed", kpi.status == "missed");
  out.text("source", kpi.source).text("figures", kpi.figures);
  out.list("history", kpi.history, fill_sample).text("as_of", kpi.as_of);
  out.object("trend", kpi.trend, [](DataObject& trend, const ReportTrend& t) {
    trend.text("points", t.points).text("last_x", t.last_x).text("last_y", t.last_y).text("target_y", t.target_y);
    trend.text("arrow", t.arrow).text("direction", t.direction).text("previous", t.previous);
    trend.text("first_date", t.first_date).text("latest_date", t.latest_date).text("text", t.text).text("label", t.label);
  });
}

void fill_mix(DataObject& out, const ReportMix& mix) {
  out.number("digital", mix.digital).number("physical", mix.physical).number("human", mix.human).number("total", mix.total);
  out.text("digital_share", mix.digital_share).text("physical_share", mix.physical_share).text("human_share", mix.human_share);
  out.list("segments", mix.segments, [](DataObject& segment, const ReportMixSegment& s) {
    segment.text("kind", s.kind).text("count", s.count).text("x", s.x).text("width", s.width);
  });
}

void fill_stage(DataObject& out, const ReportStage& stage) {
  out.text("id", stage.id).text("name", stage.name).text("number", stage.number).text("anchor", stage.anchor);
  out.text("objective", stage.objective).texts("motivations", stage.motivations).texts("questions", stage.questions);
  out.texts("hurdles", stage.hurdles).flag("has_motivations", !stage.motivations.empty());
  out.flag("has_questions", !stage.questions.empty()).flag("has_hurdles", !stage.hurdles.empty());
  out.text("reached", stage.reached).list("reached_history", stage.reached_history, fill_sample);
  out.number("columns", stage.columns);
  out.list("steps", stage.steps, fill_step).flag("no_steps", stage.steps.empty());
  out.list("pains", stage.pains, fill_pain).list("opportunities", stage.opportunities, fill_opportunity);
  out.list("own_pains", stage.own_pains, fill_pain).list("own_opportunities", stage.own_opportunities, fill_opportunity);
  out.list("kpis", stage.kpis, fill_kpi).flag("has_kpis", !stage.kpis.empty());
  out.object("mix", stage.mix, fill_mix);
}

void fill_curve(DataObject& out, const ReportCurve& curve) {
  out.text("persona", curve.persona).number("colour", curve.colour).text("pattern", curve.pattern);
  out.text("points", curve.points).text("path", curve.path).texts("segments", curve.segments);
  out.list("dots", curve.dots, [](DataObject& dot, const ReportDot& d) { dot.text("x", d.x).text("y", d.y).text("title", d.title); });
}

void fill_funnel_row(DataObject& out, const ReportFunnelRow& row) {
  out.text("stage", row.stage).text("anchor", row.anchor).text("reached", row.reached).text("share", row.share);
  out.text("bar", row.bar).text("kept", row.kept).text("drop", row.drop).text("change", row.change).flag("grew", row.grew);
}

void fill_catalogue_entry(DataObject& out, const ReportCatalogueEntry& entry) {
  fill_touchpoint(out, entry.touchpoint);
  out.number("uses", entry.uses).flag("used", entry.uses > 0).list("steps", entry.steps, fill_link);
}

void fill_header(DataObject& out, const ReportHeader& header) {
  out.text("generator", header.generator).text("title", header.title).text("description", header.description);
  out.text("state", header.state).text("state_label", header.state_label).flag("future", header.future);
  out.object("for_persona", header.for_persona, [](DataObject& who, const ReportHeader::Persona& persona) {
    who.text("id", persona.id).text("name", persona.name);
  });
  out.text("stages_shown", header.stages_shown);
  out.object("scope", header.scope, [](DataObject& scope, const ReportScope& s) {
    scope.text("product", s.product).text("goal", s.goal).text("team", s.team).text("value_proposition", s.value_proposition);
  });
  out.text("owner", header.owner).text("status", header.status).text("status_label", header.status_label);
  out.text("updated", header.updated).texts("tags", header.tags).flag("has_tags", !header.tags.empty());
  out.text("meta", header.meta);
}

void fill_counts(DataObject& out, const ReportView& report) {
  out.text("stage_count", std::to_string(report.stage_count.value)).text("step_count", std::to_string(report.step_count.value));
  out.text("stage_word", report.stage_count.word).text("step_word", report.step_count.word);
  out.object("counts", report, [](DataObject& counts, const ReportView& r) {
    counts.text("stages", r.stage_count.text).text("steps", r.step_count.text).text("personas", r.persona_count.text);
    counts.text("pains", r.pain_count.text).text("opportunities", r.opportunity_count.text);
    counts.text("kpis", r.kpi_count.text).text("touchpoints", r.touchpoint_count.text);
  });
  out.number("columns", report.columns).number("curve_width", report.columns * 100).flag("wide_map", report.wide_map);
}

void fill_lanes(DataObject& out, const ReportLanes& l) {
  out.flag("objective", l.objective).flag("motivations", l.motivations).flag("questions", l.questions);
  out.flag("touchpoints", l.touchpoints).flag("thinks", l.thinks).flag("emotion", l.emotion).flag("evidence", l.evidence);
  out.flag("hurdles", l.hurdles).flag("pains", l.pains).flag("stage_pains", l.stage_pains);
  out.flag("opportunities", l.opportunities).flag("stage_opportunities", l.stage_opportunities).flag("kpis", l.kpis);
  out.flag("frontstage", l.frontstage).flag("backstage", l.backstage).flag("support", l.support);
}

// XML escaping (which also drops C0 and C1 controls: a name written "A\0B" must not put
// U+0000 into the page) plus the backtick, which old browsers took for an attribute quote.
std::string escape_html(const std::string& text) {
  std::string out = escape_xml(text);
  std::string::size_type at = 0;
  while ((at = out.find('`', at)) != std::string::npos) {
    out.replace(at, 1, "&#96;");
    at += 5;
  }
  return out;
}

// The pictures stay out of the template data: each value is a marker, and the picture
// takes the marker's place once Mustache is done. kainjow would copy every picture into
// the data, into its line buffer and into the page, several times a page that is mostly
// pictures. A marker holds U+0001, which escaped text never holds (escape_xml drops C0
// controls); the escaper turns a marker into its escaped twin, so that `{{svg.flow}}`
// still gives the picture as escaped text.
class PictureSplicer {
 public:
  explicit PictureSplicer(PageExtras& extras)
      : m_pictures{&extras.blueprint, &extras.flow, &extras.blueprint_dark, &extras.flow_dark, &extras.compare,
                   &extras.compare_dark} {}

  // The value a template sees for picture `index` ("" for a picture the page lacks).
  std::string value(std::size_t index) const { return m_pictures[index]->empty() ? "" : marker(index, false); }

  std::string escape(const std::string& text) const {
    if (text.size() == k_marker_size && text.front() == k_mark)
      for (std::size_t index = 0; index < m_pictures.size(); ++index)
        if (text == marker(index, false)) return marker(index, true);
    return escape_html(text);
  }

  // The rendered page with every marker replaced by its picture. Each picture is appended
  // where it is, never copied first, and freed after its last marker, so that the page
  // and the pictures are not both held whole (at 50,000 steps a picture is 350 MB).
  std::string splice(const std::string& page) {
    std::array<std::size_t, 6> uses{};
    for (std::size_t mark = page.find(k_mark); mark != std::string::npos; mark = page.find(k_mark, mark + 1))
      if (auto picture = picture_at(page, mark)) ++uses[picture->first];
    std::string out;
    out.reserve(page.size() + total());  // address space only: pages count once written
    std::size_t at = 0;
    for (std::size_t mark = page.find(k_mark); mark != std::string::npos; mark = page.find(k_mark, mark + 1)) {
      std::optional<std::pair<std::size_t, bool>> picture = picture_at(page, mark);
      if (!picture) continue;
      out.append(page, at, mark - at);
      std::string& svg = *m_pictures[picture->first];
      if (picture->second) out.append(escape_html(svg));
      else out.append(svg);
      if (--uses[picture->first] == 0) std::string().swap(svg);
      at = mark + k_marker_size;
      mark = at - 1;
    }
    out.append(page, at);
    return out;  // moved out; `return out.append(...)` returned a copy of the whole page
  }

 private:
  static constexpr char k_mark = '\x01';
  static constexpr std::size_t k_marker_size = 17;  // "\x01jmap-picture-0r\x01"

  static std::string marker(std::size_t index, bool escaped) {
    return fmt::format("{}jmap-picture-{}{}{}", k_mark, index, escaped ? 'e' : 'r', k_mark);
  }
  // Which picture a marker stands for, and whether it stands in escaped text.
  std::optional<std::pair<std::size_t, bool>> picture_at(const std::string& page, std::size_t mark) const {
    for (std::size_t index = 0; index < m_pictures.size(); ++index)
      for (bool escaped : {false, true})
        if (page.compare(mark, k_marker_size, marker(index, escaped)) == 0) return std::pair{index, escaped};
    return std::nullopt;
  }
  std::size_t total() const {
    std::size_t size = 0;
    for (const std::string* picture : m_pictures) size += picture->size();
    return size;
  }

  std::array<std::string*, 6> m_pictures;
};

data page_data(const ReportView& report, const PageExtras& extras, const PictureSplicer& pictures) {
  DataObject root(template_keys());
  fill_header(root, report.header);
  fill_counts(root, report);
  root.object("scale", report, [](DataObject& scale, const ReportView& r) {
    scale.text("min", r.scale_min).text("max", r.scale_max);
    scale.list("labels", r.scale_labels, [](DataObject& label, const ReportScaleLabel& l) {
      label.text("value", l.value).text("label", l.label);
    });
  });
  root.flag("has_personas", !report.personas.empty()).flag("has_curves", !report.curves.empty());
  root.flag("has_kpis", report.kpi_summary.has_value()).flag("has_funnel", !report.funnel.empty());
  root.flag("has_pains_or_opportunities", !report.pains.empty() || !report.opportunities.empty());
  root.flag("has_touchpoints", !report.touchpoints.empty());
  root.object("lanes", report.lanes, fill_lanes);
  root.list("related", report.related, fill_journey_link).flag("has_related", !report.related.empty());
  root.list("personas", report.personas, [](DataObject& card, const ReportPersona& p) {
    card.text("id", p.id).text("name", p.name).text("description", p.description).texts("goals", p.goals);
    card.texts("frustrations", p.frustrations).flag("has_goals", !p.goals.empty());
    card.flag("has_frustrations", !p.frustrations.empty()).number("colour", p.colour);
  });
  root.list("stages", report.stages, fill_stage).list("curves", report.curves, fill_curve);
  root.flag("has_comparison", report.comparison.has_value());
  root.object("comparison", report.comparison, [](DataObject& out, const ReportComparison& c) {
    out.text("old_name", c.old_name).text("summary", c.summary);
    out.list("groups", c.groups, [](DataObject& group, const ReportChangeGroup& g) {
      group.text("heading", g.heading);
      group.list("changes", g.changes, [](DataObject& change, const ReportChange& x) {
        change.text("kind", x.kind).text("verb", x.verb).text("subject", x.subject).text("detail", x.detail);
      });
    });
  });
  root.object("kpi_summary", report.kpi_summary, [](DataObject& summary, const ReportKpiSummary& s) {
    summary.number("met", s.met).number("missed", s.missed).number("unknown", s.unknown);
    summary.text("met_text", s.met_text).text("met_word", s.met_word).text("text", s.text);
  });
  root.list("funnel", report.funnel, fill_funnel_row);
  root.list("pains", report.pains, fill_pain).list("opportunities", report.opportunities, fill_opportunity);
  root.list("touchpoints", report.touchpoints, fill_catalogue_entry);
  root.object("svg", pictures, [](DataObject& svg, const PictureSplicer& p) {
    svg.text("blueprint", p.value(0)).text("flow", p.value(1)).text("blueprint_dark", p.value(2)).text("flow_dark", p.value(3));
    svg.text("compare", p.value(4)).text("compare_dark", p.value(5));
  });
  root.flag("has_dark_pictures", !extras.blueprint_dark.empty());
  root.text("default_css", extras.default_css).text("style_hash", extras.style_hash);
  return std::move(root).done();
}

// kainjow reports "Unclosed section "a" at 12" (a character offset): make it LINE:COL.
std::string located(const std::string& name, const std::string& text, const std::string& message) {
  static const std::regex at_offset(R"((.*) at (\d+)$)");
  std::smatch match;
  if (!std::regex_match(message, match, at_offset)) return fmt::format("{}: {}", name, message);
  return template_position(name, text, std::stoul(match[2].str()), match[1].str());
}

}  // namespace

void check_mustache_template(const std::string& text, const std::string& file_name) {
  kainjow::mustache::mustache page(text);
  if (!page.is_valid()) throw TemplateError(located(file_name, text, page.error_message()));
  check_template_names(text, file_name);
}

std::string render_mustache(const ReportView& report, PageExtras&& extras, const std::string& text,
                            const std::string& file_name) {
  check_mustache_template(text, file_name);
  kainjow::mustache::mustache page(text);
  PictureSplicer pictures(extras);
  page.set_custom_escape([&pictures](const std::string& value) { return pictures.escape(value); });
  std::string html;
  {  // the page's data is freed before the pictures are spliced in
    data page_values = page_data(report, extras, pictures);
    // Appended straight to one string: render(data) goes through a stringstream and
    // copies the whole page out of it.
    page.render(page_values, [&html](const std::string& part) { html += part; });
  }
  if (!page.is_valid()) throw TemplateError(located(file_name, text, page.error_message()));
  return pictures.splice(html);
}

namespace {

// A site page's data, as the site view decided it: absent values are false, so that a
// missing key never falls through to an enclosing section's value.
data node_data(const DataNode& node) {
  switch (node.kind) {
    case DataNode::Kind::null: return data{false};
    case DataNode::Kind::boolean: return data{node.flag};
    case DataNode::Kind::number: return data{fmt::format("{}", node.number)};
    case DataNode::Kind::text: return data{node.text};
    case DataNode::Kind::list: {
      kainjow::mustache::list items;
      items.reserve(node.items.size());
      for (const DataNode& item : node.items) items.push_back(node_data(item));
      return list_data(std::move(items));
    }
    case DataNode::Kind::object: break;
  }
  data out{data::type::object};
  for (std::size_t i = 0; i < node.keys.size(); ++i) out[node.keys[i]] = node_data(node.items[i]);
  return out;
}

}  // namespace

std::string render_mustache_data(const DataNode& values, const std::string& text, const std::string& file_name) {
  kainjow::mustache::mustache page(text);
  if (!page.is_valid()) throw TemplateError(located(file_name, text, page.error_message()));
  page.set_custom_escape([](const std::string& value) { return escape_html(value); });
  std::string html;
  page.render(node_data(values), [&html](const std::string& part) { html += part; });
  if (!page.is_valid()) throw TemplateError(located(file_name, text, page.error_message()));
  return html;
}

}  // namespace jmap
