# The sources of the add-in library on binary UNO, shared by the Linux build (addin/) and the
# Windows cross-build (addin/win/AddinDll.cmake): they include only the C headers of sal and
# cppu (addin/uno_c.hpp) and link the core statically.
set(VNPOLICY_ADDIN_SOURCES
    "${CMAKE_CURRENT_LIST_DIR}/addin_object.cpp"
    "${CMAKE_CURRENT_LIST_DIR}/component.cpp"
    "${CMAKE_CURRENT_LIST_DIR}/uno_values.cpp")
