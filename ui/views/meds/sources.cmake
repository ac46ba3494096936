# The medications view (issue 6 §4): allergies, the current list and history by ingredient,
# cross-facility duplicates, the medication timeline. recordformat is shared with views/docs.
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/allergybanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/allergybanner.h
    ${CMAKE_CURRENT_LIST_DIR}/medicationmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medicationmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/medicationsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medicationsview.h
    ${CMAKE_CURRENT_LIST_DIR}/medicationtimeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medicationtimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/recordformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordformat.h)
