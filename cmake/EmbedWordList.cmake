# SPDX-License-Identifier: EUPL-1.2
# Turns a word list (one word per line, '#' comments, blank lines ignored) into a C++ fragment of
# string literals, so the list is part of the program and needs no file at run time.
#   cmake -DINPUT=words.txt -DOUTPUT=words.inc -P EmbedWordList.cmake
file(STRINGS "${INPUT}" lines ENCODING UTF-8)
set(body "// Generated from ${INPUT} by cmake/EmbedWordList.cmake. Do not edit.\n")
foreach(line IN LISTS lines)
    string(STRIP "${line}" word)
    if(word STREQUAL "" OR word MATCHES "^#")
        continue()
    endif()
    if(word MATCHES "[\"\\\\]")
        message(FATAL_ERROR "${INPUT}: a word may not contain quotes or backslashes: ${word}")
    endif()
    string(APPEND body "\"${word}\",\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
