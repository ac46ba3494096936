# The synthetic data of the demo network (core/demo/dataset.h: generate()).
target_sources(renkei_demo PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/generator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_care.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_care.h
    ${CMAKE_CURRENT_LIST_DIR}/generator_clinical.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_context.h
    ${CMAKE_CURRENT_LIST_DIR}/generator_documents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_histories.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_json.h
    ${CMAKE_CURRENT_LIST_DIR}/generator_labs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_large.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_meds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_moderate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_network.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_parts.h
    ${CMAKE_CURRENT_LIST_DIR}/generator_patients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generator_rng.h
    ${CMAKE_CURRENT_LIST_DIR}/pdf.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdf.h
    ${CMAKE_CURRENT_LIST_DIR}/tables.h
    ${CMAKE_CURRENT_LIST_DIR}/tables_drugs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tables_labs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tables_names.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tables_network.cpp)
