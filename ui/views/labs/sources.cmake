# labs: the cumulative lab table (検査結果の時系列表), its filters and the trend chart with the
# medication lane (issue 6 §3). The table is built on a worker thread (Qt Concurrent).
find_package(Qt6 6.4 REQUIRED COMPONENTS Concurrent)
target_link_libraries(renkei_ui PUBLIC Qt6::Concurrent)
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/frozentableview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/frozentableview.h
    ${CMAKE_CURRENT_LIST_DIR}/labcelldelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labcelldelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/labformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labformat.h
    ${CMAKE_CURRENT_LIST_DIR}/labsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labsview.h
    ${CMAKE_CURRENT_LIST_DIR}/labtablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labtablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/labtrendchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labtrendchart.h
    ${CMAKE_CURRENT_LIST_DIR}/medicationlane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medicationlane.h)
target_include_directories(renkei_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
