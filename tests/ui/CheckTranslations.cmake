# Fails when a translation in translations/ is out of step with the UI sources:
#  - the committed .ts has unfinished, vanished or obsolete entries, or empty translations;
#  - lupdate, run on the same sources into a copy, would add an entry (a string that is not
#    translated yet) or drop one (a translation whose string is gone).
# Run as: cmake -DLUPDATE=… -DSOURCES_LIST=… -DTS_DIR=… -DWORK_DIR=… -P CheckTranslations.cmake
# SOURCES_LIST is a lupdate list file (one source per line, include paths as -I<dir>), the same
# sources that qt_add_translations in ui/CMakeLists.txt scans.
cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE SOURCES_LIST TS_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslations.cmake: ${var} is not set")
  endif()
endforeach()

# Reads a .ts file with ';', '[' and ']' masked, so that CMake's list handling cannot split it.
function(read_masked out path)
  file(READ "${path}" text)
  string(REPLACE ";" "__SC__" text "${text}")
  string(REPLACE "[" "__LB__" text "${text}")
  string(REPLACE "]" "__RB__" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Counts `regex` matches in `text`.
function(count_matches out regex text)
  string(REGEX MATCHALL "${regex}" matches "${text}")
  list(LENGTH matches n)
  set(${out} ${n} PARENT_SCOPE)
endfunction()

# The <source> texts of unfinished messages, for the failure report.
function(unfinished_sources out text)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\""
         hits "${text}")
  set(sources "")
  foreach(hit IN LISTS hits)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" s "${hit}")
    string(REPLACE "__SC__" ";" s "${s}")
    string(REPLACE "__LB__" "[" s "${s}")
    string(REPLACE "__RB__" "]" s "${s}")
    string(APPEND sources "\n    \"${s}\"")
  endforeach()
  set(${out} "${sources}" PARENT_SCOPE)
endfunction()

file(GLOB ts_files LIST_DIRECTORIES false "${TS_DIR}/*.ts")
if(NOT ts_files)
  message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(problems "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  read_masked(original "${ts}")

  count_matches(messages "<message[ >]" "${original}")
  count_matches(unfinished "type=\"unfinished\"" "${original}")
  count_matches(stale "type=\"(vanished|obsolete)\"" "${original}")
  count_matches(empty "<translation>[ \t\r\n]*</translation>|<translation/>|<numerusform>[ \t\r\n]*</numerusform>" "${original}")
  if(messages EQUAL 0)
    string(APPEND problems "\n${name}: holds no messages")
  endif()
  if(unfinished GREATER 0)
    unfinished_sources(list "${original}")
    string(APPEND problems "\n${name}: ${unfinished} unfinished translation(s):${list}")
  endif()
  if(stale GREATER 0)
    string(APPEND problems "\n${name}: ${stale} vanished or obsolete entr(y/ies); run `ninja update_translations`")
  endif()
  if(empty GREATER 0)
    string(APPEND problems "\n${name}: ${empty} empty translation(s)")
  endif()

  # What lupdate makes of the copy: new strings arrive unfinished, gone ones are dropped.
  set(copy "${WORK_DIR}/${name}")
  file(COPY_FILE "${ts}" "${copy}")
  execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${copy}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}) on ${name}:\n${out}\n${err}")
  endif()
  if(err MATCHES "[Ww]arning|[Ee]rror")
    string(APPEND problems "\n${name}: lupdate complained:\n${err}")
  endif()

  read_masked(updated "${copy}")
  count_matches(updated_messages "<message[ >]" "${updated}")
  count_matches(updated_unfinished "type=\"unfinished\"" "${updated}")
  if(updated_unfinished GREATER unfinished)
    unfinished_sources(list "${updated}")
    math(EXPR added "${updated_unfinished} - ${unfinished}")
    string(APPEND problems "\n${name}: ${added} source string(s) not translated yet:${list}")
  endif()
  if(updated_messages LESS messages)
    math(EXPR gone "${messages} - ${updated_messages}")
    string(APPEND problems "\n${name}: ${gone} entr(y/ies) no longer in the sources; run `ninja update_translations`")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "Translations are out of date:${problems}")
endif()
list(LENGTH ts_files n)
message(STATUS "${n} translation file(s) complete")
