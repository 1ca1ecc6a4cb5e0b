// Stage 3, view: a render-ready picture of the journey. Everything a renderer needs
// (positions in points, wrapped lines, colours, tooltips) and nothing of the YAML.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jmap/model.hpp"

namespace jmap {

struct Point {
  double x = 0, y = 0;  // points (1/72 in), origin top-left, y grows downwards
};

struct TextRun {
  std::string text;
  double size = 10;  // whole points: Graphviz reads POINT-SIZE as an integer
  bool bold = false;
  bool italic = false;
  std::string color;  // "" = the box's default
};

// One line of runs. A line whose only run has empty text is a gap of `size` points.
using TextLine = std::vector<TextRun>;

// The height the view gives a line: a whole number of points, from its largest run
// (or the gap it stands for). Renderers must space lines by it.
double line_pitch(const TextLine& line);

enum class Align { left, center, right };

// A rectangle with text, drawn as one node. Also used for rules and bands (no text).
struct Box {
  std::string id;  // stable, from journey ids: "step-see-ad"
  double x = 0, y = 0, width = 0, height = 0;
  std::string fill;    // "" = transparent
  std::string stroke;  // "" = none
  double stroke_width = 1;
  std::string shape = "box";  // a Graphviz shape: the flow's touchpoints are ovals and 3-D boxes
  bool rounded = false;
  bool dashed = false;
  double padding = 6;
  Align align = Align::left;
  bool middle = false;  // centre lines vertically (else top)
  std::vector<TextLine> lines;
  std::string tooltip;  // plain text for hover and screen readers
};

// A smooth line through points (monotone: no overshoot), e.g. one persona's emotion curve.
struct Curve {
  std::string id;
  std::string color;
  double width = 2.5;
  bool dashed = false;
  bool dotted = false;  // wins over dashed
  std::vector<Point> points;   // the curve passes through these
  std::vector<Point> controls;  // cubic Bezier control points: 3n+1 for n segments
  std::string tooltip;
  std::optional<Point> arrow_tip;  // an arrowhead from the last control point to here
};

struct Marker {
  std::string id;
  Point center;
  double radius = 5;
  std::string shape = "circle";  // a Graphviz shape: print tells personas apart by it
  std::string fill, stroke;
  std::string tooltip;
};

// Drawing order: boxes, then curves, then markers (markers sit on their curves).
struct View {
  std::string title;
  std::string description;
  double width = 0, height = 0;
  std::vector<Box> boxes;
  std::vector<Curve> curves;
  std::vector<Marker> markers;
};

// A graph that Graphviz lays out itself (dot): the flow view. Nodes size to their
// lines, which the view has already wrapped.
struct GraphNode {
  std::string id;
  std::vector<TextLine> lines;
  std::string shape = "box";  // a Graphviz shape
  bool rounded = false;
  bool dashed = false;
  std::string fill, stroke;
  double stroke_width = 1;
  std::string tooltip;
  bool spacer = false;  // invisible, no text: holds the stage bands' tops and bottoms in line
  double height = 0;    // points; 0 = as tall as the text (a node never shrinks below its text)
};

struct GraphEdge {
  std::string id, from, to;
  std::string color;
  std::string label;       // "" = none
  bool dashed = false;
  bool arrow = true;
  bool constraint = true;  // false: does not pull the layout (loops back)
  double width = 1.2;
  std::string tooltip;
  // A loop back is drawn as if it ran forwards (to -> from, the arrow at `to`), so
  // that dot routes it beside the path instead of over it, without pulling the ranks.
  bool reversed = false;
  std::string tail_port, head_port;  // compass points ("s", "n") of `from` and `to`; "" = any
  int weight = 1;        // how hard the layout pulls the ends in line (the main path: hard)
  bool invisible = false;  // a spacer's tie: shapes the layout, never drawn
};

// A stage: its steps and their touchpoints in one box.
struct GraphCluster {
  std::string id;
  std::vector<TextLine> label;
  std::string fill, stroke;
  std::string tooltip;
  std::vector<std::string> nodes;
  std::vector<std::vector<std::string>> same_rank;  // nodes that stand side by side
};

// One entry of the flow's key: a line of text in a cell drawn like what it explains.
struct LegendItem {
  TextLine text;
  std::string fill, stroke;  // the cell's; "" = none
  double stroke_width = 1;
  bool dashed = false;
};

struct Graph {
  std::string title, description;
  std::string background, text_color;
  std::vector<TextLine> heading;  // title lines above the graph
  std::vector<std::vector<LegendItem>> legend;  // rows of the key, under the heading
  std::vector<GraphCluster> clusters;
  std::vector<GraphNode> nodes;   // inside clusters (by id) or free
  std::vector<GraphEdge> edges;
};

// Which picture of the journey, for whom, in which colours.
enum class ViewKind { map, blueprint, flow };

// Lanes first..last of those a map or blueprint draws, top to bottom (the emotion curve
// counts as one; lanes without content, left out, do not): a printed page's band.
struct LaneRange {
  std::size_t first = 0, last = 0;
};

struct ViewOptions {
  ViewKind kind = ViewKind::map;
  std::string persona;            // "" = everyone; else only this persona's steps and curve
  std::string theme = "default";  // the name of a row of theme_table()
  std::string id_prefix;          // put before every element id (several SVGs in one page)
  bool heading = true;            // the title block; a page that has its own leaves it out
  bool narrow = false;            // a printed page: as wide as its columns (no 1,000-point minimum)
  // A printed page (map, blueprint): only these lanes under the stage row; unset, all.
  std::optional<LaneRange> lanes = std::nullopt;
  bool compact_heading = false;   // the title block as one line: no persona cards, no key
  // `build --compare OLD`: the old state, whose curves the map draws dashed under the new
  // ones; steps added since are tagged NEW and what is gone is listed in a note.
  const Journey* compare = nullptr;
};

// The views and themes a user can name: one table each, read by the CLI, its help,
// the man page test and the views themselves.
struct ViewInfo {
  ViewKind kind;
  std::string_view name;     // on the command line: --view NAME
  std::string_view title;    // what a screen reader hears first: "Service blueprint"
  std::string_view summary;  // for --help
};
const std::vector<ViewInfo>& view_table();
const ViewInfo& view_info(ViewKind kind);
const ViewInfo* view_named(std::string_view name);  // nullptr: no such view

struct ThemeInfo {
  std::string_view name, summary;
};
const std::vector<ThemeInfo>& theme_table();
bool is_theme(std::string_view name);

// One picture of the journey, ready for a renderer: the map or the blueprint (laid out
// in points by jmap) or the flow (laid out by Graphviz), with what a screen reader says
// of it. Every id in the drawing already carries `id_prefix`.
struct SvgLabel {
  std::string title;        // the journey's title
  std::string description;  // "Service blueprint: 5 stages, 14 steps, for Busy parent. ..."
  std::string id_prefix;
};

struct Picture {
  ViewKind kind = ViewKind::map;
  SvgLabel label;
  std::variant<View, Graph> drawing;
};

// The view stage for one picture: picks the builder for `options.kind`.
Picture make_picture(const Journey& journey, const ViewOptions& options = {});

// The classic journey map: stages as columns, lanes as rows, the emotion curve.
View make_map_view(const Journey& journey, const ViewOptions& options = {});

// The service blueprint: the same columns; physical evidence, customer actions,
// frontstage, backstage and support lanes, split by the three blueprint lines.
View make_blueprint_view(const Journey& journey, const ViewOptions& options = {});

// The flow: steps as nodes in one cluster per stage, sequence and `next` edges,
// nodes coloured by emotion, touchpoints hanging off the steps that use them.
Graph make_flow_view(const Journey& journey, const ViewOptions& options = {});

}  // namespace jmap
