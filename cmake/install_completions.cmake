# Runs inside `cmake --install`: asks the built jmap for each shell's completion script
# and writes it where that shell looks. Quiet when jmap has no `completion` command.
# Set by cmake/install.cmake: JMAP_BINARY, JMAP_DATADIR.

# zsh: Debian's zsh reads vendor-completions under /usr (the .deb: CPack installs with
# prefix /usr and its staging folder as DESTDIR), site-functions elsewhere (/usr/local).
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(zsh_dir "zsh/vendor-completions")
else()
  set(zsh_dir "zsh/site-functions")
endif()
set(destinations "bash=bash-completion/completions/jmap" "zsh=${zsh_dir}/_jmap" "fish=fish/vendor_completions.d/jmap.fish")

foreach(entry IN LISTS destinations)
  string(REPLACE "=" ";" entry "${entry}")
  list(GET entry 0 shell)
  list(GET entry 1 relative)
  execute_process(COMMAND "${JMAP_BINARY}" completion ${shell} OUTPUT_VARIABLE script RESULT_VARIABLE status
                  ERROR_QUIET)
  if(NOT status EQUAL 0 OR script STREQUAL "")
    continue()
  endif()
  set(path "${CMAKE_INSTALL_PREFIX}/${JMAP_DATADIR}/${relative}")
  message(STATUS "Installing: $ENV{DESTDIR}${path}")
  file(WRITE "$ENV{DESTDIR}${path}" "${script}")
  list(APPEND CMAKE_INSTALL_MANIFEST_FILES "${path}")
endforeach()
