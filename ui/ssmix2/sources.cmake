# ssmix2: SS-MIX2 folders of a network profile and their import into the cache (issue 8 §4).
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2folderseditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2folderseditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2import.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2import.h
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2importui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2importui.h
)
