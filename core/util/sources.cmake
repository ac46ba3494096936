target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/result.h
    ${CMAKE_CURRENT_LIST_DIR}/result.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/buildinfo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hardening.h
    ${CMAKE_CURRENT_LIST_DIR}/hardening.cpp)
