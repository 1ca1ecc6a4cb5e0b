// The key tree of the HTML report's data, as docs/templates.md documents it.
#include "template_keys.hpp"

namespace jmap {
namespace {

TemplateKey text(std::string_view name) { return TemplateKey{name, KeyKind::text, {}}; }
TemplateKey flag(std::string_view name) { return TemplateKey{name, KeyKind::flag, {}}; }
TemplateKey texts(std::string_view name) { return TemplateKey{name, KeyKind::list, {}}; }
TemplateKey list(std::string_view name, std::vector<TemplateKey> item) { return TemplateKey{name, KeyKind::list, std::move(item)}; }
TemplateKey object(std::string_view name, std::vector<TemplateKey> keys) { return TemplateKey{name, KeyKind::object, std::move(keys)}; }

TemplateKey link_list(std::string_view name) { return list(name, {text("name"), text("anchor")}); }

TemplateKey evidence() {
  return list("evidence", {text("kind"), text("text"), text("quote"), flag("quoted"), text("source"), text("date"), text("cite")});
}

std::vector<TemplateKey> pain_keys() {
  return {text("number"), text("anchor"), text("id"), text("text"), text("severity"), text("stage"), text("step"),
          text("step_id"), evidence(), list("addressed_by", {text("anchor"), text("text")}),
          list("addressed_elsewhere", {text("text"), text("journey"), text("href")}), text("id_anchor")};
}

std::vector<TemplateKey> opportunity_keys() {
  return {text("anchor"), text("id"), text("text"), text("stage"), text("step"), text("step_id"),
          list("addresses", {text("anchor"), text("number"), text("href"), text("text"), text("journey")}),
          flag("has_addresses")};
}

std::vector<TemplateKey> touchpoint_keys() { return {text("id"), text("name"), text("channel"), text("kind"), text("owner")}; }

TemplateKey emotion() {
  std::vector<TemplateKey> value{text("value"), text("label"), text("text"), text("level")};
  std::vector<TemplateKey> keys = value;
  keys.push_back(text("spread"));
  value.insert(value.begin(), text("persona"));
  keys.push_back(list("by_persona", value));
  return object("emotion", keys);
}

std::vector<TemplateKey> journey_link_keys() { return {text("path"), text("title"), text("href"), text("note"), flag("found")}; }

TemplateKey step() {
  return list("steps", {text("id"), text("name"), text("anchor"), text("does"), text("thinks"), text("duration"),
                        flag("fail_point"), texts("personas"), list("touchpoints", touchpoint_keys()), emotion(), evidence(),
                        texts("frontstage"), texts("backstage"), texts("support"), link_list("next"), text("next_label"),
                        list("pains", pain_keys()), list("opportunities", opportunity_keys()),
                        object("opens", journey_link_keys())});
}

TemplateKey kpis() {
  return list("kpis", {text("id"), text("name"), text("target"), text("actual"), text("unit"), text("better"),
                       text("comparison"), text("status"), text("status_label"), flag("met"), flag("missed"),
                       text("source"), text("figures"), list("history", {text("date"), text("value")}), text("as_of"),
                       object("trend", {text("points"), text("last_x"), text("last_y"), text("target_y"), text("arrow"),
                                        text("direction"), text("previous"), text("first_date"), text("latest_date"),
                                        text("text"), text("label")})});
}

TemplateKey mix() {
  return object("mix", {text("digital"), text("physical"), text("human"), text("total"), text("digital_share"),
                        text("physical_share"), text("human_share"),
                        list("segments", {text("kind"), text("count"), text("x"), text("width")})});
}

TemplateKey stages() {
  return list("stages", {text("id"), text("name"), text("number"), text("anchor"), text("objective"), texts("motivations"),
                         texts("questions"), texts("hurdles"), flag("has_motivations"), flag("has_questions"),
                         flag("has_hurdles"), text("reached"), list("reached_history", {text("date"), text("value")}), text("columns"), step(), flag("no_steps"),
                         list("pains", pain_keys()), list("opportunities", opportunity_keys()),
                         list("own_pains", pain_keys()), list("own_opportunities", opportunity_keys()), kpis(),
                         flag("has_kpis"), mix()});
}

TemplateKey lanes() {
  std::vector<TemplateKey> flags;
  for (std::string_view lane : {"objective", "motivations", "questions", "touchpoints", "thinks", "emotion", "evidence",
                                "hurdles", "pains", "stage_pains", "opportunities", "stage_opportunities", "kpis",
                                "frontstage", "backstage", "support"})
    flags.push_back(flag(lane));
  return object("lanes", flags);
}

TemplateKey make_root() {
  std::vector<TemplateKey> top{
      text("generator"), text("title"), text("description"), text("state"), text("state_label"), flag("future"),
      object("for_persona", {text("id"), text("name")}), text("stages_shown"),
      object("scope", {text("product"), text("goal"), text("team"), text("value_proposition")}),
      text("owner"), text("status"), text("status_label"), text("updated"), texts("tags"), flag("has_tags"), text("meta"),
      list("related", journey_link_keys()), flag("has_related"),
      text("stage_count"), text("step_count"), text("stage_word"), text("step_word"),
      object("counts", {text("stages"), text("steps"), text("personas"), text("pains"), text("opportunities"),
                        text("kpis"), text("touchpoints")}),
      text("columns"), text("curve_width"), flag("wide_map"),
      object("scale", {text("min"), text("max"), list("labels", {text("value"), text("label")})}),
      flag("has_personas"), flag("has_curves"), flag("has_kpis"), flag("has_funnel"), flag("has_pains_or_opportunities"),
      flag("has_touchpoints"), lanes(),
      list("personas", {text("id"), text("name"), text("description"), texts("goals"), texts("frustrations"),
                        flag("has_goals"), flag("has_frustrations"), text("colour")}),
      stages(),
      list("curves", {text("persona"), text("colour"), text("pattern"), text("points"), text("path"), texts("segments"),
                      list("dots", {text("x"), text("y"), text("title")})}),
      object("kpi_summary", {text("met"), text("missed"), text("unknown"), text("met_text"), text("met_word"), text("text")}),
      list("funnel", {text("stage"), text("anchor"), text("reached"), text("share"), text("bar"), text("kept"),
                      text("drop"), text("change"), flag("grew")}),
      list("pains", pain_keys()), list("opportunities", opportunity_keys())};
  std::vector<TemplateKey> catalogue = touchpoint_keys();
  catalogue.insert(catalogue.end(), {text("uses"), flag("used"), link_list("steps")});
  top.push_back(list("touchpoints", catalogue));
  top.push_back(object("svg", {text("blueprint"), text("flow"), text("blueprint_dark"), text("flow_dark"), text("compare"),
                               text("compare_dark")}));
  top.push_back(flag("has_comparison"));
  top.push_back(object("comparison", {text("old_name"), text("summary"),
                                      list("groups", {text("heading"), list("changes", {text("kind"), text("verb"),
                                                                                      text("subject"), text("detail")})})}));
  top.insert(top.end(), {flag("has_dark_pictures"), text("default_css"), text("style_hash")});
  return object("", top);
}

}  // namespace

const TemplateKey* TemplateKey::find(std::string_view child) const {
  for (const TemplateKey& key : children)
    if (key.name == child) return &key;
  return nullptr;
}

const TemplateKey& template_keys() {
  static const TemplateKey root = make_root();
  return root;
}

}  // namespace jmap
