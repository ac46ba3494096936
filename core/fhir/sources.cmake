target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reader.h
    ${CMAKE_CURRENT_LIST_DIR}/reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json.h
    ${CMAKE_CURRENT_LIST_DIR}/json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/types.h
    ${CMAKE_CURRENT_LIST_DIR}/types.cpp
    ${CMAKE_CURRENT_LIST_DIR}/context.h
    ${CMAKE_CURRENT_LIST_DIR}/context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mappers.h
    ${CMAKE_CURRENT_LIST_DIR}/patient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/observation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/medication.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clinical.cpp
    ${CMAKE_CURRENT_LIST_DIR}/document.cpp
    ${CMAKE_CURRENT_LIST_DIR}/narrative.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiles.cpp)
