# SS-MIX2 standard storage: HL7 v2.5 parser, storage reader, mapping into the model.
target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2log.h
    ${CMAKE_CURRENT_LIST_DIR}/ssmix2log.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hl7message.h
    ${CMAKE_CURRENT_LIST_DIR}/hl7message.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hl7escape.h
    ${CMAKE_CURRENT_LIST_DIR}/hl7escape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hl7charset.h
    ${CMAKE_CURRENT_LIST_DIR}/hl7charset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hl7reader.h
    ${CMAKE_CURRENT_LIST_DIR}/hl7reader.cpp)
target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/filename.h
    ${CMAKE_CURRENT_LIST_DIR}/filename.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/datatypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapper.h
    ${CMAKE_CURRENT_LIST_DIR}/mapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapcommon.h
    ${CMAKE_CURRENT_LIST_DIR}/mapcommon.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapadt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapclinical.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapmedication.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maplab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storage.h
    ${CMAKE_CURRENT_LIST_DIR}/storage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storagewalk.h
    ${CMAKE_CURRENT_LIST_DIR}/storagewalk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import.h
    ${CMAKE_CURRENT_LIST_DIR}/import.cpp)
