# One function applies warnings, defines and hardening to every target of ours (STYLE.md §2).
include_guard(GLOBAL)

function(renkei_apply_settings target)
    target_compile_features(${target} PRIVATE cxx_std_20)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_MESSAGELOGCONTEXT
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
            -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Werror=switch
            -Werror=return-type -fstack-protector-strong -fno-common)
        if(RENKEI_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
            # GCC 12 at -O2 reports false array-bounds / stringop / restrict errors inside Qt's
            # inline QString and QByteArray code (GCC bug 105329 family): keep them visible as
            # warnings, not build breakers.
            if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
                target_compile_options(${target} PRIVATE
                    -Wno-error=array-bounds -Wno-error=stringop-overflow
                    -Wno-error=stringop-overread -Wno-error=restrict)
            endif()
        endif()
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE")
            target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)
        endif()
        if(RENKEI_SANITIZE)
            target_compile_options(${target} PRIVATE
                -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
            # Tests scale their heaviest inputs down under sanitizers (tests/support).
            target_compile_definitions(${target} PRIVATE RENKEI_SANITIZED=1)
        endif()
    endif()
endfunction()

# Fails the configure step when `target` reaches any of the forbidden libraries, directly or
# through what it links (core must not link Widgets or Gui).
function(renkei_forbid_links target)
    set(forbidden ${ARGN})
    set(queue ${target})
    set(seen "")
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(libs ${current} LINK_LIBRARIES)
        get_target_property(ilibs ${current} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS libs ilibs)
            if(NOT lib OR lib MATCHES "-NOTFOUND$")
                continue()
            endif()
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST forbidden)
                message(FATAL_ERROR "${target} must not link ${lib} (reached through ${current}); see DESIGN.md")
            endif()
            list(APPEND queue ${lib})
        endforeach()
    endwhile()
endfunction()

# Precompiled Qt and standard headers for the large libraries: the CI machine has two cores and
# this halves their compile time (measured: renkei_core 232 s → 131 s of CPU).
function(renkei_precompile_common target)
    target_precompile_headers(${target} PRIVATE
        <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
        <QJsonValue> <QList> <QObject> <QString> <QStringList> <QUrl> <QVariant>
        <memory> <optional> <vector>)
endfunction()
