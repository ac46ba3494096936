# The timeline view: every dated item of a record on one axis, one lane per facility.
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timelinecanvas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timelinecanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinepaint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timelineview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timelineview.h)
