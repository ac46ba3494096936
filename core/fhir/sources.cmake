target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reader.h)
