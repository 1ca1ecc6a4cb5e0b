// `jmap site`'s pages: the page's template (templates/site/KIND.html.mustache) over the
// data the site view decided, inside the layout with the stylesheet and its CSP hash.
#include <fmt/format.h>

#include "jmap/render.hpp"
#include "mustache_page.hpp"
#include "site_templates.hpp"

namespace jmap {
namespace {

std::string site_template(std::string_view name) {
  for (const generated::SiteTemplate& row : generated::k_site_templates)
    if (row.name == name) return std::string(row.text);
  throw TemplateError(fmt::format("no site template '{}'", name));
}

}  // namespace

std::string render_site_page(const SitePage& page) {
  std::string name = fmt::format("templates/site/{}.html.mustache", page.kind);
  std::string content = render_mustache_data(page.data, site_template(page.kind), name);
  DataNode layout = page.data;  // the layout reads the page's own fields (title, menu)
  layout.set("content", DataNode::of(std::move(content)));
  layout.set("css", DataNode::of(std::string(generated::k_site_css)));
  layout.set("style_hash", DataNode::of(csp_hash(generated::k_site_css)));
  return render_mustache_data(layout, site_template("layout"), "templates/site/layout.html.mustache");
}

}  // namespace jmap
