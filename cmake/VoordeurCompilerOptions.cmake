# SPDX-License-Identifier: EUPL-1.2
# Warning and sanitizer flags, applied per target through voordeur_target_defaults().

add_library(voordeur_compile_options INTERFACE)
target_compile_options(voordeur_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(VOORDEUR_WERROR)
    target_compile_options(voordeur_compile_options INTERFACE -Werror)
endif()
if(VOORDEUR_SANITIZE)
    target_compile_options(voordeur_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(voordeur_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Applies the project's warnings (and sanitizers) to one of our own targets.
function(voordeur_target_defaults target)
    target_link_libraries(${target} PRIVATE $<BUILD_INTERFACE:voordeur_compile_options>)
endfunction()
