# core/sync: the sync engine that fills the encrypted cache from a FHIR network (docs/sync.md).
target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/synctypes.h
    ${CMAKE_CURRENT_LIST_DIR}/synccapabilities.h
    ${CMAKE_CURRENT_LIST_DIR}/synccapabilities.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncstate.h
    ${CMAKE_CURRENT_LIST_DIR}/syncstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.h
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncqueue.h
    ${CMAKE_CURRENT_LIST_DIR}/syncqueue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audituploader.h
    ${CMAKE_CURRENT_LIST_DIR}/audituploader.cpp)
