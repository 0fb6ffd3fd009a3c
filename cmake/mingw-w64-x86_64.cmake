# CMake toolchain file: Windows x64 with Debian's MinGW-w64 cross compiler (g++-mingw-w64-x86-64),
# for the core, its unit tests and the binary-UNO add-in DLL (cmake/WindowsBuild.cmake drives it).
#
#   cmake -S . -B build-win -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake \
#         -DVNPOLICY_WITH_ADDIN=OFF -DVNPOLICY_BENCH=OFF -DVNPOLICY_WINDOWS=OFF
#
# - The posix threading variant of the compiler (std::thread, std::mutex, thread-safe statics on
#   winpthread), and everything linked statically (-static: libgcc, libstdc++, winpthread): the
#   executables and the DLL need no MinGW DLL at run time, only Windows' own (KERNEL32, msvcrt).
# - Executables built here run on Linux through Wine (CMAKE_CROSSCOMPILING_EMULATOR): custom
#   commands and add_test() naming a target go through it, in the throwaway Wine prefix
#   VNPOLICY_WINEPREFIX (default: <build dir>/wineprefix), with Wine's messages off.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(VNPOLICY_MINGW_TRIPLET x86_64-w64-mingw32)
find_program(CMAKE_C_COMPILER NAMES ${VNPOLICY_MINGW_TRIPLET}-gcc-posix REQUIRED)
find_program(CMAKE_CXX_COMPILER NAMES ${VNPOLICY_MINGW_TRIPLET}-g++-posix REQUIRED)
# binutils-mingw-w64-x86-64: dlltool makes the import libraries of sal3.dll and cppu3.dll,
# objdump reads a DLL's import and export tables (the tests of tests/windows/).
find_program(VNPOLICY_MINGW_DLLTOOL NAMES ${VNPOLICY_MINGW_TRIPLET}-dlltool REQUIRED)
find_program(VNPOLICY_MINGW_OBJDUMP NAMES ${VNPOLICY_MINGW_TRIPLET}-objdump REQUIRED)

# Only the MinGW sysroot for libraries and headers (never Linux's /usr/include or /usr/lib);
# programs are the build machine's.
set(CMAKE_FIND_ROOT_PATH /usr/${VNPOLICY_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static")

# Wine: Debian's wine64 package installs the loader as /usr/lib/wine/wine64 (the wine package
# adds the /usr/bin/wine launcher, which complains when wine32 is missing).
find_program(VNPOLICY_WINE64 NAMES wine64 HINTS /usr/lib/wine NO_CACHE)
if(VNPOLICY_WINE64)
  if(NOT DEFINED VNPOLICY_WINEPREFIX)
    set(VNPOLICY_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix")
  endif()
  set(CMAKE_CROSSCOMPILING_EMULATOR
      "${CMAKE_COMMAND};-E;env;WINEPREFIX=${VNPOLICY_WINEPREFIX};WINEDEBUG=-all;WINEDLLOVERRIDES=mscoree,mshtml=;${VNPOLICY_WINE64}")
endif()
