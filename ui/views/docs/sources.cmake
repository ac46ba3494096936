# The documents view (issue 6 §5): discharge summaries and referral letters, the section
# reader (safe narrative), PDF attachments with Qt PDF, find in the text.
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/documentreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentreader.h
    ${CMAKE_CURRENT_LIST_DIR}/documentsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentsview.h
    ${CMAKE_CURRENT_LIST_DIR}/findbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findbar.h
    ${CMAKE_CURRENT_LIST_DIR}/narrativehtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/narrativehtml.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfattachmentview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdfattachmentview.h)
