// Loads the Windows add-in DLL as LibreOffice's shared-library loader would, with stand-ins for
// sal3.dll and cppu3.dll beside this program (every function of them stops the program): the
// DLL's C runtime, static initialisers and entry points must work without calling the office.
//
//   vnpolicy_dll_load_check <dll> <implementation name>
//
// component_getImplementationEnvironment must answer "uno"; component_getFactory must answer
// nullptr for an unknown implementation and a factory object for the add-in's, whose release
// frees it. Run under Wine by ctest windows_dll_loads.
#include <windows.h>

#include <cstdio>
#include <cstring>

namespace {

// The two entry points, in environment "uno" (the uno_Interface of the factory seen as its
// first three pointers: acquire, release, pDispatcher).
using GetEnvironment = void (*)(const char**, void**);
using GetFactory = void* (*)(const char*, void*, void*);
struct Interface {
    void (*acquire)(Interface*);
    void (*release)(Interface*);
    void* dispatcher;
};

template <typename Function>
Function entry(HMODULE library, const char* name) {
    // Through void (*)(): GCC's -Wcast-function-type allows that as a generic function pointer.
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(library, name)));
}

int fail(const char* what) {
    std::fprintf(stderr, "FAIL: %s (error %lu)\n", what, GetLastError());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <dll> <implementation name>\n", argv[0]);
        return 2;
    }
    const HMODULE library = LoadLibraryA(argv[1]);
    if (library == nullptr) return fail("LoadLibrary");
    const auto get_environment =
        entry<GetEnvironment>(library, "component_getImplementationEnvironment");
    const auto get_factory = entry<GetFactory>(library, "component_getFactory");
    if (get_environment == nullptr || get_factory == nullptr) return fail("GetProcAddress");

    const char* environment = nullptr;
    get_environment(&environment, nullptr);
    if (environment == nullptr || std::strcmp(environment, "uno") != 0) {
        return fail("component_getImplementationEnvironment does not answer \"uno\"");
    }
    if (get_factory("org.vnpolicy.NoSuchImplementation", nullptr, nullptr) != nullptr) {
        return fail("component_getFactory answers an unknown implementation");
    }
    auto* factory = static_cast<Interface*>(get_factory(argv[2], nullptr, nullptr));
    if (factory == nullptr) return fail("component_getFactory has no factory for the add-in");
    if (factory->acquire == nullptr || factory->release == nullptr ||
        factory->dispatcher == nullptr) {
        return fail("the factory is not a uno_Interface");
    }
    factory->acquire(factory);
    factory->release(factory);
    factory->release(factory);
    if (!FreeLibrary(library)) return fail("FreeLibrary");
    std::printf("%s loads and unloads; environment \"uno\"; a factory for %s\n", argv[1], argv[2]);
    return 0;
}
