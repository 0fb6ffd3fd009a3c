# The Windows x64 build, included by the top-level CMakeLists.txt in both of its roles:
#
# - In the main (Linux) build: option VNPOLICY_WINDOWS, and when it is on, target vnpolicy_windows
#   (part of ALL) configuring and building this same source tree again into
#   ${CMAKE_BINARY_DIR}/windows with MinGW-w64 (cmake/mingw-w64-x86_64.cmake): the core, its unit
#   tests, the binary UNO layout check and the add-in DLL vnpolicy.uno.dll (path:
#   VNPOLICY_WINDOWS_DLL, empty while addin/sources.cmake lists no source). The ctests of the main
#   build run the Windows programs under Wine and read the DLL's import and export tables.
# - In that cross-build (CMAKE_CROSSCOMPILING): GoogleTest built from Debian's sources, the layout
#   check and the add-in DLL (addin/win/AddinDll.cmake).
#
# Not in the sanitizer and fuzzing builds (nothing there concerns Windows).
include_guard(GLOBAL)

if(CMAKE_CROSSCOMPILING)
  # ---- inside the MinGW-w64 build ----
  # fmt and toml++ are used header-only: their Debian headers, seen through a directory of their
  # own (never all of /usr/include, whose C library headers would shadow MinGW's), and a package
  # file for core/'s find_package(fmt) giving fmt::fmt-header-only.
  set(vnpolicy_host_headers "${CMAKE_BINARY_DIR}/host-headers")
  foreach(dir fmt toml++)
    if(NOT EXISTS "/usr/include/${dir}")
      message(FATAL_ERROR "/usr/include/${dir} missing (libfmt-dev, libtomlplusplus-dev)")
    endif()
    file(MAKE_DIRECTORY "${vnpolicy_host_headers}/include")
    file(CREATE_LINK "/usr/include/${dir}" "${vnpolicy_host_headers}/include/${dir}" SYMBOLIC)
  endforeach()
  file(STRINGS /usr/include/fmt/core.h vnpolicy_fmt_version REGEX "^#define FMT_VERSION [0-9]+")
  string(REGEX REPLACE ".* ([0-9]+)$" "\\1" vnpolicy_fmt_version "${vnpolicy_fmt_version}")
  math(EXPR vnpolicy_fmt_major "${vnpolicy_fmt_version} / 10000")
  math(EXPR vnpolicy_fmt_minor "${vnpolicy_fmt_version} / 100 % 100")
  math(EXPR vnpolicy_fmt_patch "${vnpolicy_fmt_version} % 100")
  file(WRITE "${vnpolicy_host_headers}/fmt/fmt-config.cmake" "\
# fmt for the MinGW-w64 build, header-only (written by cmake/WindowsBuild.cmake)
if(NOT TARGET fmt::fmt-header-only)
  add_library(fmt::fmt-header-only INTERFACE IMPORTED)
  set_target_properties(fmt::fmt-header-only PROPERTIES
      INTERFACE_INCLUDE_DIRECTORIES \"${vnpolicy_host_headers}/include\"
      INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1)
endif()
")
  include(CMakePackageConfigHelpers)
  write_basic_package_version_file("${vnpolicy_host_headers}/fmt/fmt-config-version.cmake"
      VERSION ${vnpolicy_fmt_major}.${vnpolicy_fmt_minor}.${vnpolicy_fmt_patch}
      COMPATIBILITY SameMajorVersion)
  set(fmt_DIR "${vnpolicy_host_headers}/fmt" CACHE PATH "fmt (header-only) for the cross-build")
  set(VNPOLICY_TOMLPP_INCLUDE_DIR "${vnpolicy_host_headers}/include"
      CACHE PATH "toml++ (header-only) for the cross-build")

  # GoogleTest from Debian's sources (package googletest), with its own warning flags (not the
  # project's -Werror set); GTest::gtest_main for tests/core.
  set(VNPOLICY_GOOGLETEST_SOURCE_DIR "/usr/src/googletest"
      CACHE PATH "GoogleTest sources for the cross-build (Debian: googletest)")
  set(BUILD_GMOCK OFF CACHE BOOL "GoogleTest: no gMock (the tests do not use it)")
  set(INSTALL_GTEST OFF CACHE BOOL "GoogleTest: nothing to install")
  add_subdirectory("${VNPOLICY_GOOGLETEST_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/googletest"
                   EXCLUDE_FROM_ALL)
  set_property(TARGET gtest gtest_main PROPERTY COMPILE_OPTIONS "")

  include("${PROJECT_SOURCE_DIR}/addin/win/AddinDll.cmake")

  # The binary UNO layout check, compiled with the layer's headers and definitions.
  add_executable(vnpolicy_uno_layout "${PROJECT_SOURCE_DIR}/tests/windows/uno_layout.cpp")
  target_include_directories(vnpolicy_uno_layout PRIVATE "${PROJECT_SOURCE_DIR}/addin")
  target_link_libraries(vnpolicy_uno_layout PRIVATE vnpolicy_binary_uno_sdk)
  set_target_properties(vnpolicy_uno_layout PROPERTIES
                        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests/windows")
  # The same without the Windows sal/typesizes.h (Debian's LP64 one): must not compile, which
  # shows that the check catches a wrong layout (ctest windows_uno_layout_catches_lp64).
  add_library(vnpolicy_uno_layout_lp64 OBJECT EXCLUDE_FROM_ALL
              "${PROJECT_SOURCE_DIR}/tests/windows/uno_layout.cpp")
  target_include_directories(vnpolicy_uno_layout_lp64 PRIVATE "${PROJECT_SOURCE_DIR}/addin")
  target_include_directories(vnpolicy_uno_layout_lp64 SYSTEM PRIVATE
                             "${VNPOLICY_LO_SDK_INCLUDE_DIR}")
  target_compile_definitions(vnpolicy_uno_layout_lp64 PRIVATE SAL_UNX)
  return()
endif()

# ---- the main build ----
set(VNPOLICY_MINGW_TOOLCHAIN "${CMAKE_CURRENT_LIST_DIR}/mingw-w64-x86_64.cmake")
find_program(VNPOLICY_MINGW_CXX NAMES x86_64-w64-mingw32-g++-posix)
find_program(VNPOLICY_MINGW_OBJDUMP NAMES x86_64-w64-mingw32-objdump)
find_program(VNPOLICY_WINE64 NAMES wine64 HINTS /usr/lib/wine)
if(VNPOLICY_MINGW_CXX AND VNPOLICY_MINGW_OBJDUMP AND VNPOLICY_WINE64)
  set(vnpolicy_windows_default ON)
else()
  set(vnpolicy_windows_default OFF)
endif()
option(VNPOLICY_WINDOWS
       "Cross-build the core, its tests and the add-in DLL for Windows x64 (MinGW-w64, tests under Wine)"
       ${vnpolicy_windows_default})

set(VNPOLICY_WINDOWS_DLL "")
if(VNPOLICY_SANITIZE OR VNPOLICY_FUZZ)
  return()
endif()
if(NOT VNPOLICY_WINDOWS)
  if(vnpolicy_windows_default)
    message(STATUS "Windows x64 build: off (VNPOLICY_WINDOWS=OFF)")
  else()
    message(STATUS "Windows x64 build: off — needs x86_64-w64-mingw32-g++-posix and "
                   "x86_64-w64-mingw32-objdump (g++-mingw-w64-x86-64) and wine64 "
                   "(scripts/install-deps.sh); the .oxt carries no Windows DLL")
  endif()
  return()
endif()
if(NOT (VNPOLICY_MINGW_CXX AND VNPOLICY_MINGW_OBJDUMP AND VNPOLICY_WINE64))
  message(FATAL_ERROR "VNPOLICY_WINDOWS=ON needs x86_64-w64-mingw32-g++-posix, "
                      "x86_64-w64-mingw32-objdump (g++-mingw-w64-x86-64) and wine64: run "
                      "scripts/install-deps.sh, or configure with -DVNPOLICY_WINDOWS=OFF")
endif()

set(vnpolicy_win_dir "${CMAKE_BINARY_DIR}/windows")
set(vnpolicy_wineprefix "${CMAKE_BINARY_DIR}/wineprefix")
set(vnpolicy_win_args
    "-DCMAKE_TOOLCHAIN_FILE=${VNPOLICY_MINGW_TOOLCHAIN}"
    -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"  # -O2 as on Linux, no -g
    "-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG"
    -DVNPOLICY_WITH_ADDIN=OFF -DVNPOLICY_BENCH=OFF -DVNPOLICY_WINDOWS=OFF
    "-DVNPOLICY_WINEPREFIX=${vnpolicy_wineprefix}")
foreach(var VNPOLICY_DATA_DIR VNPOLICY_WERROR)  # the same data and warning policy as here
  if(DEFINED ${var})
    list(APPEND vnpolicy_win_args "-D${var}=${${var}}")
  endif()
endforeach()

# The DLL exists when addin/sources.cmake lists sources (as addin/win/AddinDll.cmake decides).
unset(VNPOLICY_ADDIN_SOURCES)
include("${PROJECT_SOURCE_DIR}/addin/sources.cmake")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${PROJECT_SOURCE_DIR}/addin/sources.cmake")
set(vnpolicy_win_dll "${vnpolicy_win_dir}/addin/vnpolicy.uno.dll")
set(vnpolicy_win_byproducts "")
if(VNPOLICY_ADDIN_SOURCES)
  set(VNPOLICY_WINDOWS_DLL "${vnpolicy_win_dll}")
  set(vnpolicy_win_byproducts "${vnpolicy_win_dll}")
endif()

include(ExternalProject)
ExternalProject_Add(vnpolicy_windows
  SOURCE_DIR "${PROJECT_SOURCE_DIR}"
  BINARY_DIR "${vnpolicy_win_dir}"
  PREFIX "${CMAKE_BINARY_DIR}/windows-ep"
  CMAKE_ARGS ${vnpolicy_win_args}
  BUILD_ALWAYS ON
  BUILD_BYPRODUCTS ${vnpolicy_win_byproducts}
  INSTALL_COMMAND "")
set_property(TARGET vnpolicy_windows PROPERTY VNPOLICY_WINDOWS_DLL "${VNPOLICY_WINDOWS_DLL}")
message(STATUS "Windows x64 build: on, in ${vnpolicy_win_dir} (-DVNPOLICY_WINDOWS=OFF skips it)")

# The layout check of the Linux build, to compare with the Windows one.
find_path(VNPOLICY_LO_SDK_C_INCLUDE_DIR sal/types.h HINTS /usr/include/libreoffice REQUIRED)
add_executable(vnpolicy_uno_layout "${PROJECT_SOURCE_DIR}/tests/windows/uno_layout.cpp")
target_include_directories(vnpolicy_uno_layout PRIVATE "${PROJECT_SOURCE_DIR}/addin")
target_include_directories(vnpolicy_uno_layout SYSTEM PRIVATE "${VNPOLICY_LO_SDK_C_INCLUDE_DIR}")
target_compile_definitions(vnpolicy_uno_layout PRIVATE LINUX)
set_target_properties(vnpolicy_uno_layout PROPERTIES
                      RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests/windows")

# ---- tests ----
set(vnpolicy_win_tests "${PROJECT_SOURCE_DIR}/tests/windows")
set(vnpolicy_lo_program "/usr/lib/libreoffice/program")
add_test(NAME windows_core_tests
         COMMAND bash "${vnpolicy_win_tests}/wine_tests.sh" gtest "${VNPOLICY_WINE64}"
                 "${vnpolicy_wineprefix}"
                 $<TARGET_FILE:vnpolicy_core_tests>
                 "${vnpolicy_win_dir}/tests/core/vnpolicy_core_tests.exe"
                 $<TARGET_FILE:vnpolicy_fictional_policy_tests>
                 "${vnpolicy_win_dir}/tests/core/vnpolicy_fictional_policy_tests.exe")
add_test(NAME windows_reference_doc_current
         COMMAND bash "${vnpolicy_win_tests}/wine_tests.sh" run "${VNPOLICY_WINE64}"
                 "${vnpolicy_wineprefix}" "${vnpolicy_win_dir}/core/vnpolicy_catalog_dump.exe"
                 --markdown --check "${PROJECT_SOURCE_DIR}/docs/FUNCTIONS-REFERENCE.md")
add_test(NAME windows_uno_layout
         COMMAND bash "${vnpolicy_win_tests}/wine_tests.sh" layout "${VNPOLICY_WINE64}"
                 "${vnpolicy_wineprefix}" $<TARGET_FILE:vnpolicy_uno_layout>
                 "${vnpolicy_win_dir}/tests/windows/vnpolicy_uno_layout.exe")
add_test(NAME windows_uno_layout_catches_lp64
         COMMAND "${CMAKE_COMMAND}" --build "${vnpolicy_win_dir}" --target vnpolicy_uno_layout_lp64)
set_tests_properties(windows_uno_layout_catches_lp64 PROPERTIES
                     PASS_REGULAR_EXPRESSION "binary UNO layout: sizeof\\(sal_Int64\\)")
add_test(NAME windows_executables_static
         COMMAND bash "${vnpolicy_win_tests}/check_dll.sh" imports "${VNPOLICY_MINGW_OBJDUMP}"
                 "${vnpolicy_win_dir}/tests/core/vnpolicy_core_tests.exe")
add_test(NAME windows_dll_exports
         COMMAND bash "${vnpolicy_win_tests}/check_dll.sh" exports "${VNPOLICY_MINGW_OBJDUMP}"
                 "${vnpolicy_win_dll}")
add_test(NAME windows_dll_imports
         COMMAND bash "${vnpolicy_win_tests}/check_dll.sh" imports "${VNPOLICY_MINGW_OBJDUMP}"
                 "${vnpolicy_win_dll}" sal3.dll cppu3.dll)
add_test(NAME addin_def_files_match
         COMMAND bash "${vnpolicy_win_tests}/check_dll.sh" def-match "${VNPOLICY_MINGW_OBJDUMP}"
                 "${vnpolicy_win_dll}" "${PROJECT_SOURCE_DIR}/addin/win/sal3.def"
                 "${PROJECT_SOURCE_DIR}/addin/win/cppu3.def")
add_test(NAME windows_imports_exist_on_linux
         COMMAND bash "${vnpolicy_win_tests}/check_dll.sh" on-linux "${VNPOLICY_MINGW_OBJDUMP}"
                 "${vnpolicy_win_dll}" "${PROJECT_SOURCE_DIR}/addin/win/sal3.def"
                 "${PROJECT_SOURCE_DIR}/addin/win/cppu3.def"
                 "${vnpolicy_lo_program}/libuno_sal.so.3" "${vnpolicy_lo_program}/libuno_cppu.so.3")
# The implementation name, as the .components file registers it.
file(STRINGS "${PROJECT_SOURCE_DIR}/addin/oxt/vnpolicy.components.in" vnpolicy_impl_line
     REGEX "<implementation name=\"[^\"]+\"")
string(REGEX REPLACE ".*<implementation name=\"([^\"]+)\".*" "\\1" vnpolicy_impl_name
       "${vnpolicy_impl_line}")
add_test(NAME windows_dll_loads
         COMMAND bash "${vnpolicy_win_tests}/wine_tests.sh" run "${VNPOLICY_WINE64}"
                 "${vnpolicy_wineprefix}"
                 "${vnpolicy_win_dir}/addin/loadcheck/vnpolicy_dll_load_check.exe"
                 "${vnpolicy_win_dll}" "${vnpolicy_impl_name}")
set_tests_properties(windows_dll_exports windows_dll_imports addin_def_files_match
                     windows_dll_loads PROPERTIES SKIP_RETURN_CODE 77)
set_tests_properties(windows_core_tests windows_reference_doc_current windows_uno_layout
                     windows_uno_layout_catches_lp64
                     windows_executables_static windows_dll_exports windows_dll_imports
                     windows_dll_loads addin_def_files_match windows_imports_exist_on_linux
                     PROPERTIES LABELS windows TIMEOUT 300)
