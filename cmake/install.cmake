# What `cmake --install` (and `make install`, and the .deb) puts where: GNUInstallDirs
# places, so PREFIX=/usr/local and the package's /usr both work.
install(TARGETS jmap RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES man/jmap.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES man/jmap-format.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES man/jmap-templates.7 DESTINATION ${CMAKE_INSTALL_MANDIR}/man7)
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/jmap/templates)
file(GLOB JMAP_SCHEMAS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/schema/*.json)
install(FILES ${JMAP_SCHEMAS} DESTINATION ${CMAKE_INSTALL_DATADIR}/jmap/schema)
# The README links docs/*.md by relative path: the folder keeps its place beside it.
file(GLOB JMAP_DOCS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${JMAP_DOCS} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# Shell completions, written at install time by the jmap just built (`jmap completion
# SHELL`); a jmap without that command installs none (cmake/install_completions.cmake).
install(CODE "set(JMAP_BINARY \"$<TARGET_FILE:jmap>\")\nset(JMAP_DATADIR \"${CMAKE_INSTALL_DATADIR}\")")
install(SCRIPT cmake/install_completions.cmake)
