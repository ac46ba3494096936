# clinical: the patient record in memory and what derives from it (docs/clinical.md).
target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clinicaltime.h
    ${CMAKE_CURRENT_LIST_DIR}/clinicaltime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/patientrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/patientrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labcodes.h
    ${CMAKE_CURRENT_LIST_DIR}/labcodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labtable.h
    ${CMAKE_CURRENT_LIST_DIR}/labtable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labtablebuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/labtablebuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medicationlist.h
    ${CMAKE_CURRENT_LIST_DIR}/medicationlist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documents.h
    ${CMAKE_CURRENT_LIST_DIR}/documents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/summary.h
    ${CMAKE_CURRENT_LIST_DIR}/summary.cpp)
