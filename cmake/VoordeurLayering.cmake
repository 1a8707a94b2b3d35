# SPDX-License-Identifier: EUPL-1.2
# Guards the layering: the core library may never link a Qt target, directly or through
# another library. Runs at configure time so the mistake is caught before anything builds.

function(_voordeur_collect_links target out_var)
    set(seen ${${out_var}})
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${property})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            # Unwrap generator expressions such as $<BUILD_INTERFACE:x> or $<LINK_ONLY:x>.
            string(REGEX REPLACE "^\\$<[A-Z_]+:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST seen)
                continue()
            endif()
            list(APPEND seen "${lib}")
            if(TARGET "${lib}")
                _voordeur_collect_links("${lib}" seen)
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(voordeur_forbid_qt target)
    set(links "")
    _voordeur_collect_links(${target} links)
    foreach(lib IN LISTS links)
        if(lib MATCHES "^Qt[0-9]*::" OR lib MATCHES "Qt[0-9]*(Core|Gui|Widgets)")
            message(FATAL_ERROR "Layering violation: ${target} links ${lib}. "
                                "The core library must stay free of Qt (see docs/ARCHITECTURE.md).")
        endif()
    endforeach()
endfunction()
