// jmap's text-layout plugin for Graphviz (a gvplugin_library_t), for gvContextPlugins.
#pragma once

namespace jmap {

// The address to list as "gvplugin_jmap_text_LTX_library" among a context's builtins.
void* text_layout_plugin();

}  // namespace jmap
