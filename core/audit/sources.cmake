target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditlogging.h
    ${CMAKE_CURRENT_LIST_DIR}/auditlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/auditrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.h
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/auditkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditfile.h
    ${CMAKE_CURRENT_LIST_DIR}/auditfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditlog.h
    ${CMAKE_CURRENT_LIST_DIR}/auditlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditverifier.h
    ${CMAKE_CURRENT_LIST_DIR}/auditverifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditfhir.h
    ${CMAKE_CURRENT_LIST_DIR}/auditfhir.cpp)
