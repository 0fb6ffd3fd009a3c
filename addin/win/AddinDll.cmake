# The Windows x64 side of the add-in, inside the MinGW-w64 cross-build (cmake/WindowsBuild.cmake
# includes this file when cross-compiling; ../../cmake/mingw-w64-x86_64.cmake is the toolchain).
#
# Defines
#   vnpolicy_binary_uno_sdk    interface target: the C headers of the LibreOffice SDK for Windows
#                              x64 — this directory's include/ first (sal/typesizes.h: LLP64
#                              instead of Debian's LP64 one), then the SDK, and -DSAL_UNX: MinGW
#                              is no platform the SDK knows, and sal/types.h stops with #error
#                              unless one is named; SAL_UNX only chooses SAL_CALL (nothing: x64
#                              Windows has one calling convention) and the visibility attributes
#                              (meaningless in a PE file: sal3.def, cppu3.def and vnpolicy.def say
#                              what is imported and exported).
#   vnpolicy_uno_import_libs   target making ${CMAKE_BINARY_DIR}/addin/lib{sal3,cppu3}.dll.a with
#                              dlltool from sal3.def and cppu3.def (the listed C functions only)
#   vnpolicy_addin_dll         ${CMAKE_BINARY_DIR}/addin/vnpolicy.uno.dll (part of ALL), built
#                              only when addin/sources.cmake lists sources: the binary-UNO layer
#                              (VNPOLICY_ADDIN_SOURCES, relative paths taken from addin/), linked
#                              with VNPOLICY_ADDIN_LINK_LIBRARIES (default: vnpolicy_dispatch
#                              vnpolicy_core) and the two import libraries; libgcc, libstdc++
#                              and winpthread linked in statically.
#   VNPOLICY_ADDIN_DLL         the DLL's path (empty when it is not built)
#   vnpolicy_dll_load_check    with the DLL: ${CMAKE_BINARY_DIR}/addin/loadcheck/, a program
#                              loading it beside stand-ins of sal3.dll and cppu3.dll
include_guard(GLOBAL)

set(VNPOLICY_ADDIN_WIN_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(VNPOLICY_LO_SDK_INCLUDE_DIR "/usr/include/libreoffice"
    CACHE PATH "C headers of the LibreOffice SDK (sal, rtl, typelib, uno)")
if(NOT EXISTS "${VNPOLICY_LO_SDK_INCLUDE_DIR}/sal/types.h")
  message(FATAL_ERROR "No LibreOffice SDK headers in ${VNPOLICY_LO_SDK_INCLUDE_DIR} "
                      "(Debian: libreoffice-dev, scripts/install-deps.sh)")
endif()
if(NOT VNPOLICY_MINGW_DLLTOOL)
  find_program(VNPOLICY_MINGW_DLLTOOL NAMES x86_64-w64-mingw32-dlltool REQUIRED)
endif()

add_library(vnpolicy_binary_uno_sdk INTERFACE)
target_include_directories(vnpolicy_binary_uno_sdk INTERFACE "${VNPOLICY_ADDIN_WIN_DIR}/include")
target_include_directories(vnpolicy_binary_uno_sdk SYSTEM INTERFACE
                           "${VNPOLICY_LO_SDK_INCLUDE_DIR}")
target_compile_definitions(vnpolicy_binary_uno_sdk INTERFACE SAL_UNX)

# Import libraries of the office's sal3.dll and cppu3.dll, naming only what the layer calls.
set(vnpolicy_import_libs "")
foreach(lib sal3 cppu3)
  set(implib "${CMAKE_BINARY_DIR}/addin/lib${lib}.dll.a")
  add_custom_command(
    OUTPUT "${implib}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/addin"
    COMMAND "${VNPOLICY_MINGW_DLLTOOL}" --input-def "${VNPOLICY_ADDIN_WIN_DIR}/${lib}.def"
            --dllname ${lib}.dll --output-lib "${implib}"
    DEPENDS "${VNPOLICY_ADDIN_WIN_DIR}/${lib}.def"
    COMMENT "Import library of ${lib}.dll (dlltool, addin/win/${lib}.def)"
    VERBATIM)
  list(APPEND vnpolicy_import_libs "${implib}")
endforeach()
add_custom_target(vnpolicy_uno_import_libs DEPENDS ${vnpolicy_import_libs})

unset(VNPOLICY_ADDIN_SOURCES)
unset(VNPOLICY_ADDIN_LINK_LIBRARIES)
include("${VNPOLICY_ADDIN_WIN_DIR}/../sources.cmake")
set(VNPOLICY_ADDIN_DLL "")
if(VNPOLICY_ADDIN_SOURCES)
  set(vnpolicy_addin_sources "")
  foreach(source IN LISTS VNPOLICY_ADDIN_SOURCES)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${VNPOLICY_ADDIN_WIN_DIR}/..")
    list(APPEND vnpolicy_addin_sources "${source}")
  endforeach()
  if(NOT DEFINED VNPOLICY_ADDIN_LINK_LIBRARIES)
    set(VNPOLICY_ADDIN_LINK_LIBRARIES vnpolicy_dispatch vnpolicy_core)
  endif()

  # vnpolicy.def on the link line: exactly the two entry points are exported.
  add_library(vnpolicy_addin_dll MODULE ${vnpolicy_addin_sources}
                                        "${VNPOLICY_ADDIN_WIN_DIR}/vnpolicy.def")
  target_link_libraries(vnpolicy_addin_dll PRIVATE vnpolicy_binary_uno_sdk
                        ${VNPOLICY_ADDIN_LINK_LIBRARIES} ${vnpolicy_import_libs})
  add_dependencies(vnpolicy_addin_dll vnpolicy_uno_import_libs)
  set_target_properties(vnpolicy_addin_dll PROPERTIES
      OUTPUT_NAME vnpolicy
      PREFIX ""
      SUFFIX ".uno.dll"
      LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/addin"
      RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/addin")
  # No MinGW DLL at run time (-static: libgcc, libstdc++, winpthread inside), unused sections
  # dropped, no symbol table (-s: the .oxt ships it as built), no time stamp in the PE header.
  target_link_options(vnpolicy_addin_dll PRIVATE
      -static -s -Wl,--gc-sections -Wl,--no-insert-timestamp)
  set(VNPOLICY_ADDIN_DLL "${CMAKE_BINARY_DIR}/addin/vnpolicy.uno.dll")

  # The load check (ctest windows_dll_loads): tests/windows/dll_load_check.cpp beside stand-ins
  # for sal3.dll and cppu3.dll (stub_dll.cmake: each listed function stops the program), in
  # ${CMAKE_BINARY_DIR}/addin/loadcheck, where Windows looks first for the DLL's imports.
  set(loadcheck_dir "${CMAKE_BINARY_DIR}/addin/loadcheck")
  foreach(lib sal3 cppu3)
    set(stub_cpp "${CMAKE_BINARY_DIR}/addin/${lib}_standin.cpp")
    add_custom_command(
      OUTPUT "${stub_cpp}"
      COMMAND "${CMAKE_COMMAND}" "-DDEF=${VNPOLICY_ADDIN_WIN_DIR}/${lib}.def"
              "-DOUTPUT=${stub_cpp}" -P "${VNPOLICY_ADDIN_WIN_DIR}/stub_dll.cmake"
      DEPENDS "${VNPOLICY_ADDIN_WIN_DIR}/${lib}.def" "${VNPOLICY_ADDIN_WIN_DIR}/stub_dll.cmake"
      COMMENT "Stand-in ${lib}.dll for the load check"
      VERBATIM)
    add_library(vnpolicy_${lib}_standin MODULE "${stub_cpp}")
    set_target_properties(vnpolicy_${lib}_standin PROPERTIES
        OUTPUT_NAME ${lib} PREFIX "" LIBRARY_OUTPUT_DIRECTORY "${loadcheck_dir}")
    target_link_options(vnpolicy_${lib}_standin PRIVATE -static)
  endforeach()
  add_executable(vnpolicy_dll_load_check "${PROJECT_SOURCE_DIR}/tests/windows/dll_load_check.cpp")
  set_target_properties(vnpolicy_dll_load_check PROPERTIES
                        RUNTIME_OUTPUT_DIRECTORY "${loadcheck_dir}")
  add_dependencies(vnpolicy_dll_load_check vnpolicy_addin_dll vnpolicy_sal3_standin
                   vnpolicy_cppu3_standin)
endif()
