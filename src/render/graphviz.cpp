// The Graphviz backend: the only file that includes gvc/cgraph (graphviz_text.cpp the
// plugin headers). The C API is wrapped
// in RAII handles, and every call runs under one mutex (Graphviz is not thread-safe).
#include <dlfcn.h>
#include <graphviz/gvc.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <mutex>
#include <utility>
#include <vector>

#include "render/dot_statements.hpp"
#include "render/graphviz_text.hpp"
#include "render/pdf_dates.hpp"
#include "jmap/render.hpp"

#ifndef JMAP_GRAPHVIZ_PLUGIN_DIR
#define JMAP_GRAPHVIZ_PLUGIN_DIR "/usr/lib/x86_64-linux-gnu/graphviz"
#endif

namespace jmap {
namespace {

std::mutex g_graphviz_mutex;
std::string g_graphviz_messages;  // what Graphviz reported during the current call

int capture_message(char* message) {
  g_graphviz_messages += message;
  return 0;
}

// Loading only the plugins jmap needs is cheaper than gvContext(), which reads the
// plugin config and loads every plugin. Two sets: SVG measures text with jmap's own
// metrics (graphviz_text.cpp), so it loads neither pango nor fontconfig; PNG and PDF
// need pango's cairo renderers, which measure with the real fonts, as `dot` does.
enum class Plugins { svg, cairo };

const std::vector<lt_symlist_t>& plugin_table(Plugins set) {
  static const auto load = [](Plugins wanted_set) {
    std::vector<lt_symlist_t> found;
    struct Wanted {
      const char* library;
      const char* symbol;
      bool required;
      bool cairo_only;  // pango: loading it starts fontconfig, which SVG does without
    };
    const Wanted wanted[] = {
        {"libgvplugin_core.so.6", "gvplugin_core_LTX_library", true, false},
        {"libgvplugin_neato_layout.so.6", "gvplugin_neato_layout_LTX_library", true, false},
        {"libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library", true, false},
        {"libgvplugin_pango.so.6", "gvplugin_pango_LTX_library", false, true},
    };
    for (const Wanted& plugin : wanted) {
      if (plugin.cairo_only && wanted_set == Plugins::svg) continue;
      std::string path = std::string(JMAP_GRAPHVIZ_PLUGIN_DIR) + "/" + plugin.library;
      void* handle = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
      void* address = handle ? dlsym(handle, plugin.symbol) : nullptr;
      if (!address && plugin.required) return std::vector<lt_symlist_t>{};  // fall back to gvContext()
      if (address) found.push_back(lt_symlist_t{plugin.symbol, address});
    }
    if (wanted_set == Plugins::svg) found.push_back(lt_symlist_t{"gvplugin_jmap_text_LTX_library", text_layout_plugin()});
    found.push_back(lt_symlist_t{nullptr, nullptr});
    return found;
  };
  if (set == Plugins::svg) {
    static const std::vector<lt_symlist_t> svg = load(Plugins::svg);
    return svg;
  }
  static const std::vector<lt_symlist_t> cairo = load(Plugins::cairo);  // loaded only when drawn
  return cairo;
}

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
struct StreamCloser {
  void operator()(FILE* stream) const { std::fclose(stream); }
};

// Graphviz's output, gathered in blocks and joined once the graph is freed. gvRenderData
// grows its buffer by one page past each write (a realloc each time: at 50,000 steps the
// blueprint's SVG spent 28% of its time moving pages in mremap); one doubling string would
// hold the old and the new buffer at once while the whole graph is still held (the peak of
// a large page: 67 + 33 MB beside Graphviz's 95 MB at 5,000 steps). Blocks hold the bytes
// alone, and the join frees each block as it goes. A block is as large as glibc's largest
// mmap threshold, so each is its own mapping: pages not yet written take no memory, and a
// freed block goes back to the system at once (smaller ones stayed in the heap, and the
// page's peak RSS rose by 19 MB at 5,000 steps).
class BlockOutput {
 public:
  static ssize_t write(void* cookie, const char* data, size_t size) {
    auto* self = static_cast<BlockOutput*>(cookie);
    for (size_t done = 0; done < size;) {
      if (self->m_blocks.empty() || self->m_blocks.back().size() == k_block) {
        self->m_blocks.emplace_back();
        self->m_blocks.back().reserve(k_block);
      }
      std::string& block = self->m_blocks.back();
      size_t n = std::min(size - done, k_block - block.size());
      block.append(data + done, n);
      done += n;
    }
    return static_cast<ssize_t>(size);
  }

  std::string join() {
    std::size_t total = 0;
    for (const std::string& block : m_blocks) total += block.size();
    std::string out;
    out.reserve(total);
    for (std::string& block : m_blocks) {
      out += block;
      std::string().swap(block);
    }
    m_blocks.clear();
    return out;
  }

 private:
  static constexpr size_t k_block = std::size_t{32} << 20;  // DEFAULT_MMAP_THRESHOLD_MAX
  std::vector<std::string> m_blocks;
};

std::unique_ptr<FILE, StreamCloser> block_stream(BlockOutput& out) {
  cookie_io_functions_t functions{};
  functions.write = BlockOutput::write;
  return std::unique_ptr<FILE, StreamCloser>(fopencookie(&out, "w", functions));
}

// Frees a layout before its graph goes.
class LayoutHandle {
 public:
  LayoutHandle(GVC_t* gvc, Agraph_t* graph) : m_gvc(gvc), m_graph(graph) {}
  ~LayoutHandle() { gvFreeLayout(m_gvc, m_graph); }
  LayoutHandle(const LayoutHandle&) = delete;
  LayoutHandle& operator=(const LayoutHandle&) = delete;

 private:
  GVC_t* m_gvc;
  Agraph_t* m_graph;
};

// One context per plugin set for the process, made when first needed and never freed
// before exit: Graphviz 2.43's pango plugin keeps pointers into the first context's data,
// so a second context after freeing one reads freed memory. Called under the mutex.
GVC_t* context(Plugins set) {
  static const auto make = [](Plugins which) {
    const std::vector<lt_symlist_t>& table = plugin_table(which);
    GVC_t* made = table.empty() ? gvContext() : gvContextPlugins(table.data(), 0);
    return std::unique_ptr<GVC_t, ContextDeleter>(made);
  };
  static std::unique_ptr<GVC_t, ContextDeleter> svg, cairo;
  std::unique_ptr<GVC_t, ContextDeleter>& gvc = set == Plugins::svg ? svg : cairo;
  if (!gvc) gvc = make(set);
  if (!gvc) throw RenderError("cannot start Graphviz (gvContext failed)");
  return gvc.get();
}

// Object ids for the graphs jmap reads, in the order names first appear. Graphviz's
// own discipline uses the address of each interned name as its id, and keeps
// subgraphs (the flow's clusters) in id order: so their order in the output followed
// the heap, and changed from run to run once another graph had been drawn before.
class SequentialIds {
 public:
  static Agiddisc_t* discipline() {
    static Agiddisc_t disc{open, map, alloc, release, print, close, idregister};
    return &disc;
  }

 private:
  explicit SequentialIds(Agraph_t* graph) : m_graph(graph) {}

  static void* open(Agraph_t* graph, Agdisc_t*) { return new SequentialIds(graph); }
  // Named objects get even ids 2, 4, 6... (as Graphviz expects), anonymous ones odd.
  static long map(void* state, int, char* name, IDTYPE* id, int create) {
    auto* self = static_cast<SequentialIds*>(state);
    if (!name) {
      *id = self->m_anonymous;
      self->m_anonymous += 2;
      return 1;
    }
    auto found = self->m_ids.find(name);
    if (found != self->m_ids.end()) {
      *id = found->second;
      return 1;
    }
    if (!create) return 0;
    self->m_names.push_back(agstrdup(self->m_graph, name));
    *id = static_cast<IDTYPE>(2 * self->m_names.size());
    self->m_ids.emplace(name, *id);
    return 1;
  }
  static long alloc(void*, int, IDTYPE) { return 1; }
  static void release(void*, int, IDTYPE) {}
  static char* print(void* state, int, IDTYPE id) {
    auto* self = static_cast<SequentialIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > self->m_names.size()) return nullptr;
    return self->m_names[id / 2 - 1];
  }
  static void close(void* state) {
    auto* self = static_cast<SequentialIds*>(state);
    for (char* name : self->m_names) agstrfree(self->m_graph, name);
    delete self;
  }
  static void idregister(void*, int, void*) {}

  Agraph_t* m_graph;
  std::vector<char*> m_names;
  std::map<std::string, IDTYPE> m_ids;
  IDTYPE m_anonymous = 1;
};

// DOT text handed to Graphviz's reader a line at a time (as agmemread does).
struct TextSource {
  std::string_view text;
  std::size_t at = 0;

  static int read(void* channel, char* buffer, int size) {
    auto* self = static_cast<TextSource*>(channel);
    std::size_t n = 0;
    while (self->at < self->text.size() && n + 1 < static_cast<std::size_t>(size)) {
      char c = self->text[self->at++];
      buffer[n++] = c;
      if (c == '\n') break;
    }
    return static_cast<int>(n);
  }
};

// The discipline of every graph jmap makes: its own ids (above), and DOT text read a line
// at a time.
Agdisc_t* graph_discipline() {
  static Agiodisc_t io{TextSource::read, AgIoDisc.putstr, AgIoDisc.flush};
  static Agdisc_t disc{AgDefaultDisc.mem, SequentialIds::discipline(), &io};
  return &disc;
}

Agraph_t* read_graph(const std::string& dot) {
  TextSource source{dot};
  return agread(&source, graph_discipline());
}

// A graph built from DOT statements with the calls Graphviz's own reader makes for that
// text (cgraph's grammar.y: opensubg, attrstmt, bindattrs, appendnode, applyattrs,
// newedge), each in the (sub)graph the statement stands in, so the picture is the same.
class GraphBuilder final : public DotStatements {
 public:
  ~GraphBuilder() override {
    if (m_graph) agclose(m_graph);
  }
  void open(const std::string& escaped_name) override {
    m_graph = agopen(unquoted_dot(escaped_name).data(), Agdirected, graph_discipline());
    m_open.assign(1, m_graph);
  }
  // attrstmt: every name bound first (bindattrs), then given its value in this graph.
  void defaults(Kind kind, const DotAttributes& attributes) override {
    int object = object_kind(kind);
    std::vector<Agsym_t*> symbols;
    for (const DotAttribute& attribute : attributes) symbols.push_back(bound(object, attribute.key));
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      if (symbols[i]->fixed && current() == m_graph) continue;
      Value value(m_graph, attributes[i]);
      agattr(current(), object, symbols[i]->name, value.text);
    }
  }
  void node(const std::string& escaped_name, const DotAttributes& attributes) override {
    std::string name = unquoted_dot(escaped_name);
    apply(AGNODE, agnode(current(), name.data(), 1), attributes);
  }
  void edge(const std::string& tail, const std::string& head, const DotAttributes& attributes) override {
    std::string tail_name = unquoted_dot(tail), head_name = unquoted_dot(head);
    Agnode_t* from = agnode(current(), tail_name.data(), 1);
    Agnode_t* to = agnode(current(), head_name.data(), 1);
    apply(AGEDGE, agedge(current(), from, to, nullptr, 1), attributes);
  }
  void open_subgraph(const std::string& escaped_name) override {
    std::string name = unquoted_dot(escaped_name);
    m_open.push_back(agsubg(current(), name.data(), 1));
  }
  void close_subgraph() override { m_open.pop_back(); }
  void same_rank(const std::vector<std::string>& escaped_names) override {
    m_open.push_back(agsubg(current(), nullptr, 1));  // anonymous
    defaults(Kind::graph, {{"rank", "same"}});
    for (const std::string& name : escaped_names) node(name, {});
    m_open.pop_back();
  }
  Agraph_t* release() { return std::exchange(m_graph, nullptr); }

 private:
  // A value as the reader holds it: an interned string, HTML-like or not.
  struct Value {
    Value(Agraph_t* owner, const DotAttribute& attribute) : graph(owner) {
      std::string plain = attribute.form == DotAttribute::Form::quoted ? unquoted_dot(attribute.value) : attribute.value;
      text = attribute.form == DotAttribute::Form::html ? agstrdup_html(graph, plain.data()) : agstrdup(graph, plain.data());
    }
    ~Value() { agstrfree(graph, text); }
    Value(const Value&) = delete;
    Value& operator=(const Value&) = delete;
    Agraph_t* graph;
    char* text;
  };

  static int object_kind(Kind kind) { return kind == Kind::graph ? AGRAPH : kind == Kind::node ? AGNODE : AGEDGE; }

  Agraph_t* current() const { return m_open.back(); }

  // bindattrs: the attribute as this graph sees it, declared (default "") if new.
  Agsym_t* bound(int kind, std::string_view key) {
    std::string name(key);
    Agsym_t* symbol = agattr(current(), kind, name.data(), nullptr);
    return symbol ? symbol : agattr(current(), kind, name.data(), const_cast<char*>(""));
  }

  void apply(int kind, void* object, const DotAttributes& attributes) {
    for (const DotAttribute& attribute : attributes) {
      Agsym_t* symbol = bound(kind, attribute.key);
      Value value(m_graph, attribute);
      agxset(object, symbol, value.text);
    }
  }

  Agraph_t* m_graph = nullptr;
  std::vector<Agraph_t*> m_open;  // the root, and the subgraphs open in it
};

std::string messages() {
  std::string text = g_graphviz_messages;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "no message" : text;
}

// PNG and PDF come from the cairo renderers of libgvplugin_pango, which Debian ships
// in libgvc6 (a dependency of graphviz and libgraphviz-dev); SVG from the core plugin.
std::string missing_renderer_hint(std::string_view format) {
  if (format == "png" || format == "pdf")
    return fmt::format(". '{}' is drawn by Graphviz's cairo renderer (libgvplugin_pango.so.6): install "
                       "Debian's libgvc6 and graphviz packages (sudo apt-get install libgvc6 graphviz), "
                       "or write SVG and convert it",
                       format);
  return "";
}

// Graphviz's cairo renderer draws bitmaps of at most 32,767 px a side; past that it
// shrinks the picture and prints a bare "(null): graph is too large" on stderr. So the
// PNG's size is worked out here as Graphviz will (the bounding box, the pad on each
// side, dpi/72), and a PNG that would not fit is drawn at the largest dpi that fits.
constexpr double k_cairo_max_pixels = 32767;
constexpr double k_default_pad_points = 4;  // Graphviz's pad when the graph names none

struct Pixels {
  double width, height;
};

Pixels png_pixels(Agraph_t* graph, double dpi) {
  const char* pad_attribute = agget(graph, const_cast<char*>("pad"));
  double pad = pad_attribute && *pad_attribute ? std::atof(pad_attribute) * 72 : k_default_pad_points;
  boxf box = GD_bb(graph);
  return Pixels{(box.UR.x - box.LL.x + 2 * pad) * dpi / 72, (box.UR.y - box.LL.y + 2 * pad) * dpi / 72};
}

std::string thousands(double value) {
  std::string digits = fmt::format("{:.0f}", value), grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

// The dpi to draw a PNG at: the one asked for, or the largest whole dpi that fits.
double fitting_dpi(Agraph_t* graph, double dpi, std::vector<std::string>* warnings) {
  Pixels asked = png_pixels(graph, dpi);
  double largest = std::max(asked.width, asked.height);
  if (largest < k_cairo_max_pixels - 1) return dpi;
  double fitted = std::floor(dpi * (k_cairo_max_pixels - 2) / largest);
  // Past about 40,000 steps in a row not even 1 dpi fits: Graphviz would shrink the
  // picture itself with a bare "graph is too large", so stop here and say what to do.
  if (fitted < 1)
    throw RenderError(fmt::format(
        "the picture is {} x {} px at {:g} dpi: even at 1 dpi it is more than the {} px a side Graphviz can draw "
        "in a PNG. Write SVG or PDF, or draw less: --persona, or split the journey into files",
        thousands(asked.width), thousands(asked.height), dpi, thousands(k_cairo_max_pixels)));
  if (warnings)
    warnings->push_back(fmt::format(
        "the picture is {} x {} px at {:g} dpi, more than the {} px a side Graphviz can draw in a PNG; drawn at {:g} dpi "
        "instead ({:.0f}% of the size). Write SVG or PDF for the full size, or pass --dpi {:g} or lower",
        thousands(asked.width), thousands(asked.height), dpi, thousands(k_cairo_max_pixels), fitted, 100 * fitted / dpi,
        fitted));
  return fitted;
}

// --width/--height: the dpi at which the picture, pad included, fills the box on its
// tighter side. Graphviz rounds the bitmap's size up, so a hair less than exact.
double dpi_to_fit(Agraph_t* graph, PixelBox fit) {
  Pixels points = png_pixels(graph, 72);
  double dpi = 1e9;
  if (fit.width > 0) dpi = std::min(dpi, 72 * fit.width / points.width);
  if (fit.height > 0) dpi = std::min(dpi, 72 * fit.height / points.height);
  return dpi * (1 - 1e-9);
}

// cairo keeps coordinates in 24.8 fixed point: a PDF page wider than 2^23 points comes
// out as an empty page, with no message (a map of about 45,000 steps in a row).
constexpr double k_cairo_max_points = 8388607;

void check_pdf_size(Agraph_t* graph) {
  Pixels points = png_pixels(graph, 72);
  if (std::max(points.width, points.height) < k_cairo_max_points) return;
  throw RenderError(fmt::format(
      "the picture is {} x {} points: more than the {} points a side cairo can draw in a PDF (Graphviz would write "
      "an empty page). Write SVG, or draw less: --persona, or split the journey into files",
      thousands(points.width), thousands(points.height), thousands(k_cairo_max_points)));
}

// The graph laid out (the layout it names: nop2 for computed views, dot for the flow)
// and rendered; called under the mutex, with the messages captured.
std::string render_graph(std::unique_ptr<Agraph_t, GraphDeleter> graph, std::string_view format, double dpi,
                         std::vector<std::string>* warnings, PixelBox fit) {
  GVC_t* gvc = context(format == "png" || format == "pdf" ? Plugins::cairo : Plugins::svg);
  const char* wanted = agget(graph.get(), const_cast<char*>("layout"));
  std::string layout_name = wanted && *wanted ? wanted : "dot";
  if (format == "png") agsafeset(graph.get(), const_cast<char*>("dpi"), fmt::format("{:g}", dpi).data(), const_cast<char*>(""));
  if (gvLayout(gvc, graph.get(), layout_name.c_str()) != 0)
    throw RenderError(fmt::format("Graphviz has no '{}' layout ({}); install Debian's graphviz package, "
                                  "which has the dot and neato layout plugins", layout_name, messages()));
  BlockOutput rendered;
  std::string format_name(format);
  {
    LayoutHandle layout(gvc, graph.get());
    if (agerrors() > 0) throw RenderError("Graphviz could not lay out the map: " + messages());
    if (format == "png" && fit.any()) dpi = dpi_to_fit(graph.get(), fit);
    if (format == "png") GD_drawing(graph.get())->dpi = fitting_dpi(graph.get(), dpi, warnings);
    if (format == "pdf") check_pdf_size(graph.get());
    std::unique_ptr<FILE, StreamCloser> stream = block_stream(rendered);
    if (!stream) throw RenderError("cannot open a stream for Graphviz's output");
    int status = gvRender(gvc, graph.get(), format_name.c_str(), stream.get());
    stream.reset();  // flushes the last of it into `rendered`
    if (status != 0)
      throw RenderError(fmt::format("Graphviz cannot render '{}': {}{}", format_name, messages(),
                                    missing_renderer_hint(format_name)));
    if (agerrors() > 0) throw RenderError("Graphviz reported errors while rendering: " + messages());
  }
  graph.reset();  // before the join, which holds the output twice for a moment
  std::string out = rendered.join();
  if (format == "pdf") pin_pdf_dates(out, reproducible_time());
  return out;
}

void start_call() {
  g_graphviz_messages.clear();
  agseterrf(capture_message);
  agseterr(AGWARN);
  agreseterrors();
}

}  // namespace

std::string render_dot(std::string dot, std::string_view format, double dpi, std::vector<std::string>* warnings,
                       PixelBox fit) {
  std::lock_guard<std::mutex> lock(g_graphviz_mutex);
  start_call();
  std::unique_ptr<Agraph_t, GraphDeleter> graph(read_graph(dot));
  std::string().swap(dot);  // the graph holds it all now (270 MB of text for a 50,000-step blueprint)
  if (!graph || agerrors() > 0) throw RenderError("Graphviz cannot read the graph: " + messages());
  return render_graph(std::move(graph), format, dpi, warnings, fit);
}

std::string render_statements(const DotWriterFunction& write, std::string_view format, double dpi,
                              std::vector<std::string>* warnings, PixelBox fit) {
  std::lock_guard<std::mutex> lock(g_graphviz_mutex);
  start_call();
  GraphBuilder builder;
  write(builder);
  std::unique_ptr<Agraph_t, GraphDeleter> graph(builder.release());
  if (!graph || agerrors() > 0) throw RenderError("Graphviz cannot build the graph: " + messages());
  return render_graph(std::move(graph), format, dpi, warnings, fit);
}

}  // namespace jmap
