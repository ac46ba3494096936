# emergency: the one-screen emergency view (救急時医療情報共有) and break-the-glass access with
# its reason in the audit log (issue 7 §3).
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/breakglassdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/breakglassdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/emergencyaccess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/emergencyaccess.h
    ${CMAKE_CURRENT_LIST_DIR}/emergencysummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/emergencysummary.h
    ${CMAKE_CURRENT_LIST_DIR}/emergencyview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/emergencyview.h)
