# Fails when a Lintas binary would load libsqlite3 (plain SQLite) or does not load libsqlcipher.
# SQLCipher exports the same symbols as libsqlite3: with both in one process, whichever the
# dynamic linker binds first wins, and the database could be written unencrypted.
if(NOT BINARIES)
  message(FATAL_ERROR "no binaries given")
endif()
foreach(bin IN LISTS BINARIES)
  execute_process(COMMAND ldd "${bin}" OUTPUT_VARIABLE deps RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${bin}")
  endif()
  if(deps MATCHES "libsqlite3\\.so")
    message(FATAL_ERROR "${bin} loads plain libsqlite3:\n${deps}")
  endif()
  if(NOT deps MATCHES "libsqlcipher\\.so")
    message(FATAL_ERROR "${bin} does not load libsqlcipher:\n${deps}")
  endif()
  message(STATUS "${bin}: libsqlcipher only")
endforeach()
