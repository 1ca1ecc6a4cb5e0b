# CPack runs this on the staged files before it makes the .deb: man pages gzipped and a
# changelog, as Debian policy asks. Dated by SOURCE_DATE_EPOCH when set (reproducible).
file(GLOB_RECURSE staged_pages "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/${CPACK_JMAP_MANDIR}/man*/*")
foreach(page IN LISTS staged_pages)
  if(NOT page MATCHES "\\.gz$")
    execute_process(COMMAND gzip -9nf "${page}" COMMAND_ERROR_IS_FATAL ANY)
  endif()
endforeach()

file(GLOB doc_dirs LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/${CPACK_JMAP_DOCDIR}")
foreach(doc_dir IN LISTS doc_dirs)
  string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
  file(WRITE "${doc_dir}/changelog"
       "${CPACK_PACKAGE_NAME} (${CPACK_PACKAGE_VERSION}) unstable; urgency=medium\n\n"
       "  * Release ${CPACK_PACKAGE_VERSION}, packaged by CPack.\n\n"
       " -- ${CPACK_PACKAGE_CONTACT}  ${date}\n")
  execute_process(COMMAND gzip -9nf "${doc_dir}/changelog" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
