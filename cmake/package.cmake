# `make deb` (cpack -G DEB in the build folder): a Debian package of what cmake/install.cmake
# installs, its Depends computed by dpkg-shlibdeps (dpkg-dev) from the binary.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jmap)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "the jmap project")
set(JMAP_PACKAGE_MAINTAINER "jmap maintainers <jmap-project@users.noreply.github.com>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${JMAP_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer journey map compiler")
set(CPACK_PACKAGE_DESCRIPTION
    "jmap compiles customer journey maps written in YAML into SVG, PNG, PDF\n"
    "and DOT pictures (through Graphviz) and a self-contained HTML page, and\n"
    "lints journey files in CI with machine-readable reports (JSON, SARIF,\n"
    "GitHub annotations, JUnit).")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/jmap-project/jmap")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # jmap_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: the widths jmap measures text with are DejaVu Sans's
# (fontconfig's "Helvetica" on Debian). Graphviz's pango plugin, which jmap dlopens,
# is in libgvc6, which shlibdeps finds through the link to libgvc.
# Paged PDF (--page) dlopens cairo and librsvg (src/render/svg_pdf.cpp), fontconfig is
# dlopened for the glyph check: shlibdeps sees none of them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libcairo2, librsvg2-2, libfontconfig1")
# `jmap diff REV:path` and `--compare REV:path` read a revision through git.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "git")
set(CPACK_STRIP_FILES ON)
# Debian wants man pages and the changelog gzipped (-9n: reproducible); done on the
# staged files, so `cmake --install` keeps plain pages.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/deb_pre_build.cmake)
set(CPACK_JMAP_DOCDIR ${CMAKE_INSTALL_DOCDIR})
set(CPACK_JMAP_MANDIR ${CMAKE_INSTALL_MANDIR})
include(CPack)
