# print: the patient summary (A4, Japanese typography, a footer on every page), printing the
# current view, the print and export actions under the network's policy (issue 7).
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/htmlkit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/htmlkit.h
    ${CMAKE_CURRENT_LIST_DIR}/pageprinter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageprinter.h
    ${CMAKE_CURRENT_LIST_DIR}/printactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/printactions.h
    ${CMAKE_CURRENT_LIST_DIR}/printui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/printui.h
    ${CMAKE_CURRENT_LIST_DIR}/summarydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/summarydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/summarydocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/summarydocument.h
    ${CMAKE_CURRENT_LIST_DIR}/summaryoptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/summaryoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/viewprint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/viewprint.h)
target_include_directories(renkei_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
