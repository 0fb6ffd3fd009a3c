// The component's two entry points, the only symbols the library exports. The library lives in
// the binary UNO environment "uno": cppuhelper maps the service manager into it, calls
// component_getFactory there and maps the returned uno_Interface* back through the office's own
// bridge (cppuhelper/source/shlib.cxx, invokeComponentFactory).
#include <cstring>

#include "addin_object.hpp"
#include "uno_c.hpp"

VNPOLICY_EXPORT void SAL_CALL component_getImplementationEnvironment(const char** env_type_name,
                                                                     uno_Environment** /*env*/) {
    *env_type_name = kBinaryUnoEnvironment;
}

// In environment "uno": service_manager is a uno_Interface* (released by the caller after this
// returns, and not used here); the result carries one reference for the caller.
VNPOLICY_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                    void* /*service_manager*/,
                                                    void* /*registry_key*/) {
    if (implementation_name == nullptr ||
        std::strcmp(implementation_name, vnpolicy::addin::kImplementationName) != 0) {
        return nullptr;
    }
    return vnpolicy::addin::new_factory();
}
