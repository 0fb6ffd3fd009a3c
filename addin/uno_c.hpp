// The C API of LibreOffice's binary UNO (sal and cppu), the only interface the add-in library
// speaks: plain structs and C functions, mapped by the office's own bridge, so the same source
// builds with g++ for Linux and MinGW-w64 for Windows (../shared/design/binary-uno-poc). No C++
// UNO header may be included in the add-in.
#pragma once

#include <rtl/alloc.h>
#include <rtl/ustring.h>
#include <sal/types.h>
#include <typelib/typeclass.h>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/sequence2.h>

// UNO_LB_UNO of uno/lbnames.h, which C++ code may include only with a C++ UNO environment set.
inline constexpr char kBinaryUnoEnvironment[] = "uno";

#if defined _WIN32
#define VNPOLICY_EXPORT extern "C" __declspec(dllexport)
#else
#define VNPOLICY_EXPORT extern "C" __attribute__((visibility("default")))
#endif
