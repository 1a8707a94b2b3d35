# SPDX-License-Identifier: EUPL-1.2
# Fails when the static core library defines or references any Qt symbol.
if(NOT EXISTS "${LIBRARY}")
    message(FATAL_ERROR "No library at ${LIBRARY}")
endif()
execute_process(COMMAND "${NM}" --demangle "${LIBRARY}"
                OUTPUT_VARIABLE symbols RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIBRARY}: ${errors}")
endif()
string(LENGTH "${symbols}" length)
if(length LESS 1000)
    message(FATAL_ERROR "nm listed almost nothing for ${LIBRARY}; the check would prove nothing")
endif()
string(REGEX MATCHALL "[^\n]*(QString|QObject|QByteArray|QCoreApplication|QMetaObject|qt_[a-z_]+|Qt[0-9]?::)[^\n]*"
       qt_symbols "${symbols}")
if(qt_symbols)
    list(JOIN qt_symbols "\n" listing)
    message(FATAL_ERROR "voordeur_core refers to Qt:\n${listing}")
endif()
message(STATUS "voordeur_core: no Qt symbols among ${length} bytes of symbol listing")
