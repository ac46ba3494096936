target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secretbytes.h
    ${CMAKE_CURRENT_LIST_DIR}/secretbytes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/primitives.h
    ${CMAKE_CURRENT_LIST_DIR}/primitives.cpp)
