target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secretbytes.h
    ${CMAKE_CURRENT_LIST_DIR}/secretbytes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/primitives.h
    ${CMAKE_CURRENT_LIST_DIR}/primitives.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keystore.h
    ${CMAKE_CURRENT_LIST_DIR}/keystore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/passphrasekeystore.h
    ${CMAKE_CURRENT_LIST_DIR}/passphrasekeystore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychainaccess.h
    ${CMAKE_CURRENT_LIST_DIR}/keychainaccess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychainkeystore.h
    ${CMAKE_CURRENT_LIST_DIR}/keychainkeystore.cpp)
