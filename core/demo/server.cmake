# The demo network's server: HTTP/1.1, FHIR R4 REST, OAuth 2.0 / SMART, TLS, fault switches.
find_package(ZLIB REQUIRED)
target_sources(renkei_demo PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demonetwork.h
    ${CMAKE_CURRENT_LIST_DIR}/demonetwork.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demosignin.h
    ${CMAKE_CURRENT_LIST_DIR}/demosignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/http.h
    ${CMAKE_CURRENT_LIST_DIR}/http.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpconnection.h
    ${CMAKE_CURRENT_LIST_DIR}/httpconnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverstore.h
    ${CMAKE_CURRENT_LIST_DIR}/serverstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/search.h
    ${CMAKE_CURRENT_LIST_DIR}/search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paging.h
    ${CMAKE_CURRENT_LIST_DIR}/paging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fhirapi.h
    ${CMAKE_CURRENT_LIST_DIR}/fhirapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fhirapicapability.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oauth.h
    ${CMAKE_CURRENT_LIST_DIR}/oauth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oauthpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/totp.h
    ${CMAKE_CURRENT_LIST_DIR}/totp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/certs.h
    ${CMAKE_CURRENT_LIST_DIR}/certs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/faults.h
    ${CMAKE_CURRENT_LIST_DIR}/faults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server.h
    ${CMAKE_CURRENT_LIST_DIR}/server.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverdemo.h
    ${CMAKE_CURRENT_LIST_DIR}/serverdemo.cpp)
target_link_libraries(renkei_demo PUBLIC ZLIB::ZLIB Qt6::Network)
