# workspace: the panes that hold the views side by side, and the workspace date they follow;
# the patient banner and search panel around them.
target_sources(renkei_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/facilitypalette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facilitypalette.h
    ${CMAKE_CURRENT_LIST_DIR}/patientarea.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientarea.h
    ${CMAKE_CURRENT_LIST_DIR}/patientlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/patientopener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientopener.h
    ${CMAKE_CURRENT_LIST_DIR}/patientsearchpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientsearchpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/patientbanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/recordloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordloader.h
    ${CMAKE_CURRENT_LIST_DIR}/recordview.h
    ${CMAKE_CURRENT_LIST_DIR}/screenshottour.cpp
    ${CMAKE_CURRENT_LIST_DIR}/screenshottour.h
    ${CMAKE_CURRENT_LIST_DIR}/viewerui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/viewerui.h
    ${CMAKE_CURRENT_LIST_DIR}/vieweraudit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vieweraudit.h
    ${CMAKE_CURRENT_LIST_DIR}/viewregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/viewregistry.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace.h
    ${CMAKE_CURRENT_LIST_DIR}/workspacepane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacepane.h)
