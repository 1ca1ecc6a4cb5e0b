// The only file that talks to cairo and librsvg (headers only; the libraries are
// dlopen'ed). Graphviz's own PDF is one page per graph; a paged PDF is drawn here.
#include "render/svg_pdf.hpp"

#include <cairo-pdf.h>
#include <dlfcn.h>
#include <librsvg/rsvg.h>

#include <fmt/format.h>

#include <memory>

#include "jmap/error.hpp"
#include "render/dynamic_symbol.hpp"
#include "render/pdf_dates.hpp"

namespace jmap {
namespace {

struct Libraries {
  decltype(&cairo_pdf_surface_create_for_stream) pdf_surface = nullptr;
  decltype(&cairo_create) create = nullptr;
  decltype(&cairo_show_page) show_page = nullptr;
  decltype(&cairo_destroy) destroy = nullptr;
  decltype(&cairo_surface_finish) finish = nullptr;
  decltype(&cairo_surface_status) status = nullptr;
  decltype(&cairo_surface_destroy) surface_destroy = nullptr;
  decltype(&cairo_status_to_string) status_text = nullptr;
  decltype(&rsvg_handle_new_from_data) svg_new = nullptr;
  decltype(&rsvg_handle_render_document) svg_render = nullptr;
  decltype(&g_object_unref) unref = nullptr;
  decltype(&g_error_free) error_free = nullptr;
};

// nullptr when a library or one of its functions is missing.
const Libraries* libraries() {
  static const std::unique_ptr<Libraries> loaded = [] {
    void* cairo = dlopen("libcairo.so.2", RTLD_LAZY | RTLD_LOCAL);
    void* rsvg = dlopen("librsvg-2.so.2", RTLD_LAZY | RTLD_LOCAL);
    void* gobject = dlopen("libgobject-2.0.so.0", RTLD_LAZY | RTLD_LOCAL);
    void* glib = dlopen("libglib-2.0.so.0", RTLD_LAZY | RTLD_LOCAL);
    auto l = std::make_unique<Libraries>();
    bool found = find_symbol(cairo, "cairo_pdf_surface_create_for_stream", l->pdf_surface) &&
                 find_symbol(cairo, "cairo_create", l->create) && find_symbol(cairo, "cairo_show_page", l->show_page) &&
                 find_symbol(cairo, "cairo_destroy", l->destroy) && find_symbol(cairo, "cairo_surface_finish", l->finish) &&
                 find_symbol(cairo, "cairo_surface_status", l->status) &&
                 find_symbol(cairo, "cairo_surface_destroy", l->surface_destroy) &&
                 find_symbol(cairo, "cairo_status_to_string", l->status_text) &&
                 find_symbol(rsvg, "rsvg_handle_new_from_data", l->svg_new) &&
                 find_symbol(rsvg, "rsvg_handle_render_document", l->svg_render) &&
                 find_symbol(gobject, "g_object_unref", l->unref) && find_symbol(glib, "g_error_free", l->error_free);
    return found ? std::move(l) : nullptr;
  }();
  return loaded.get();
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// One page onto the surface's current page.
void draw_page(const Libraries& lib, cairo_t* cr, const std::string& svg, double width, double height,
               std::size_t number) {
  GError* error = nullptr;
  RsvgHandle* handle = lib.svg_new(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  RsvgRectangle viewport{0, 0, width, height};
  bool drawn = handle && lib.svg_render(handle, cr, &viewport, &error);
  std::string reason = error ? error->message : "no message";
  if (error) lib.error_free(error);
  if (handle) lib.unref(handle);
  if (!drawn) throw RenderError(fmt::format("librsvg cannot draw page {}: {}", number, reason));
}

}  // namespace

std::string pdf_from_svg_pages(const std::vector<std::string>& pages, double width, double height) {
  const Libraries* lib = libraries();
  if (!lib)
    throw RenderError("a PDF of several pages is drawn with cairo and librsvg (libcairo.so.2, librsvg-2.so.2): "
                      "install Debian's libcairo2 and librsvg2-2 packages");
  std::string pdf;
  cairo_surface_t* surface = lib->pdf_surface(append, &pdf, width, height);
  cairo_t* cr = lib->create(surface);
  try {
    for (std::size_t i = 0; i < pages.size(); ++i) {
      draw_page(*lib, cr, pages[i], width, height, i + 1);
      lib->show_page(cr);
    }
  } catch (...) {
    lib->destroy(cr);
    lib->surface_destroy(surface);
    throw;
  }
  lib->destroy(cr);
  lib->finish(surface);
  cairo_status_t status = lib->status(surface);
  lib->surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw RenderError(fmt::format("cairo cannot write the PDF: {}", lib->status_text(status)));
  pin_pdf_dates(pdf, reproducible_time());
  return pdf;
}

}  // namespace jmap
