# renkei_add_test(Name SOURCES a.cpp... [LIBS lib...] [LABELS label...] [ENV VAR=value...]
#                 [TIMEOUT seconds])
# One QTest executable per class (STYLE.md §4): offscreen platform, forced asserts, a UTF-8
# locale, and (through tests/support) a temporary HOME and XDG folders for every run.
include_guard(GLOBAL)

function(renkei_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    renkei_apply_settings(${name})
    target_link_libraries(${name} PRIVATE renkei_test_support Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS core)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=900000;QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;LANG=C.UTF-8;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1;${ARG_ENV}")
endfunction()
