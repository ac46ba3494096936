# workspace: the panes that hold the views side by side, and the workspace date they follow.
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/recordview.h)
