target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inspect.h
    ${CMAKE_CURRENT_LIST_DIR}/inspect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modeljson.h
    ${CMAKE_CURRENT_LIST_DIR}/modeljson.cpp)
