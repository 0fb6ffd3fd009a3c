/* sal/typesizes.h of Windows x64 for the MinGW-w64 build of the add-in DLL.

   Debian's LibreOffice SDK ships the one of its own build, Linux x86-64 (LP64: long is 64 bits).
   Windows x64 is LLP64 (long is 32 bits, long long and pointers 64), and these are the values of
   LibreOffice's config_host/config_typesizes.h there, so sal_Int32 is long and sal_Int64 is
   long long as in the MSVC-built office. This directory comes before the SDK's on the include path
   (sal/types.h includes "sal/typesizes.h", which is not found beside sal/types.h itself), so this
   file replaces the Linux one. tests/windows/uno_layout.cpp checks the result: every binary UNO
   structure the add-in touches has the same size and offsets as on Linux. */
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#if !defined(_WIN64)
#error "addin/win/include/sal/typesizes.h describes Windows x64 only"
#endif

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
