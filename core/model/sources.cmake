target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codes.h
    ${CMAKE_CURRENT_LIST_DIR}/codes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datetime.h
    ${CMAKE_CURRENT_LIST_DIR}/datetime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resources.h
    ${CMAKE_CURRENT_LIST_DIR}/resources.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourceset.h
    ${CMAKE_CURRENT_LIST_DIR}/wareki.h
    ${CMAKE_CURRENT_LIST_DIR}/wareki.cpp)
