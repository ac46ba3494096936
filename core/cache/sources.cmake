target_sources(renkei_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cachetypes.h
    ${CMAKE_CURRENT_LIST_DIR}/cachedatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/cachedatabase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cacheschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rowcipher.h
    ${CMAKE_CURRENT_LIST_DIR}/rowcipher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cachekeys.h
    ${CMAKE_CURRENT_LIST_DIR}/cachekeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelstream.h
    ${CMAKE_CURRENT_LIST_DIR}/modelstream.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cacherecords.h
    ${CMAKE_CURRENT_LIST_DIR}/cacherecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cache.h
    ${CMAKE_CURRENT_LIST_DIR}/cache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cacheread.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cacheerase.cpp)
