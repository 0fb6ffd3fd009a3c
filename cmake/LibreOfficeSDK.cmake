# LibreOffice SDK for the UNO add-in: tools (unoidl-write, cppumaker), the office type libraries
# and the UNO runtime libraries, as found on Debian 12 (libreoffice-dev, LibreOffice 7.4).
#
# Defines
#   LO_UNOIDL_WRITE, LO_CPPUMAKER      the SDK tools
#   LO_TYPES_RDB, LO_OFFAPI_RDB        the office's own type libraries (UDK and office API)
#   LibreOffice::UNO                   an interface target: SDK headers (as SYSTEM includes),
#                                      -DLINUX -DCPPU_ENV=gcc3, the cppu/cppuhelper/sal libraries
#   lo_cppumaker(...)                  generate C++ headers for UNO types (see below)
include_guard(GLOBAL)

set(LO_SDK_HOME "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK root (bin/, lib/)")
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")

find_program(LO_UNOIDL_WRITE unoidl-write HINTS "${LO_SDK_HOME}/bin" REQUIRED NO_DEFAULT_PATH)
find_program(LO_CPPUMAKER cppumaker HINTS "${LO_SDK_HOME}/bin" REQUIRED NO_DEFAULT_PATH)
find_file(LO_TYPES_RDB types.rdb HINTS "${LO_PROGRAM_DIR}" REQUIRED NO_DEFAULT_PATH)
find_file(LO_OFFAPI_RDB offapi.rdb HINTS "${LO_PROGRAM_DIR}/types" REQUIRED NO_DEFAULT_PATH)
find_path(LO_SDK_INCLUDE_DIR sal/types.h HINTS /usr/include/libreoffice "${LO_SDK_HOME}/include"
          REQUIRED)

foreach(lib uno_cppuhelpergcc3 uno_cppu uno_sal)
    find_library(LO_LIB_${lib} ${lib} HINTS "${LO_SDK_HOME}/lib" REQUIRED NO_DEFAULT_PATH)
endforeach()

if(NOT TARGET LibreOffice::UNO)
    add_library(LibreOffice::UNO INTERFACE IMPORTED)
    target_include_directories(LibreOffice::UNO SYSTEM INTERFACE "${LO_SDK_INCLUDE_DIR}")
    target_compile_definitions(LibreOffice::UNO INTERFACE LINUX CPPU_ENV=gcc3)
    target_link_libraries(LibreOffice::UNO INTERFACE "${LO_LIB_uno_cppuhelpergcc3}"
                                                     "${LO_LIB_uno_cppu}" "${LO_LIB_uno_sal}")
endif()

# lo_cppumaker(STAMP <file> OUTPUT_DIR <dir> RDBS <rdb>... [EXTRA_RDBS <rdb>...]
#              [TYPES <type>...] [DEPENDS <file-or-target>...] [COMMENT <text>])
# Runs cppumaker -Gc over RDBS (only the listed TYPES and their dependencies, or all types when
# none are listed), types from EXTRA_RDBS being known but not generated. -Gc rewrites only headers
# whose content changed, so the rule is tracked by a stamp file.
function(lo_cppumaker)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "STAMP;OUTPUT_DIR;COMMENT"
                          "RDBS;EXTRA_RDBS;TYPES;DEPENDS")
    set(cmd "${LO_CPPUMAKER}" -Gc "-O${arg_OUTPUT_DIR}")
    if(arg_TYPES)
        # one -T argument "a;b;c": $<SEMICOLON> keeps it one word of the command line
        list(JOIN arg_TYPES "$<SEMICOLON>" types)
        list(APPEND cmd "-T${types}")
    endif()
    foreach(rdb IN LISTS arg_EXTRA_RDBS)
        list(APPEND cmd "-X${rdb}")
    endforeach()
    list(APPEND cmd ${arg_RDBS})
    add_custom_command(
        OUTPUT "${arg_STAMP}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${arg_OUTPUT_DIR}"
        COMMAND ${cmd}
        COMMAND "${CMAKE_COMMAND}" -E touch "${arg_STAMP}"
        DEPENDS ${arg_RDBS} ${arg_EXTRA_RDBS} ${arg_DEPENDS}
        COMMENT "${arg_COMMENT}"
        VERBATIM)
endfunction()
