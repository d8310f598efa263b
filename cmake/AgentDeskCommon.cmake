# What makes the build fast, and what each choice gave: docs/building.md.

# ccache when it is installed (never required), unless a launcher is already chosen.
find_program(AGENTDESK_CCACHE NAMES ccache)
if(AGENTDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${AGENTDESK_CCACHE})
endif()

# One INTERFACE target carries the language standard, warnings and the strict Qt
# macros; every target of the project links it instead of setting flags by directory.
add_library(agentdesk_common INTERFACE)
target_compile_features(agentdesk_common INTERFACE cxx_std_17)
target_compile_definitions(agentdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(agentdesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's logging macros (qCWarning(category) << ...) use an empty __VA_ARGS__.
    target_compile_options(agentdesk_common INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()

# The sanitizer pass (scripts/run-tests.sh builds it with clang in build-sanitize/):
# AddressSanitizer and UndefinedBehaviorSanitizer, every finding fatal. The optimisation
# level is the build type's.
option(AGENTDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AGENTDESK_SANITIZE)
    target_compile_options(agentdesk_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(agentdesk_common INTERFACE -fsanitize=address,undefined)
endif()

# --- Build speed (docs/building.md says what each of these gave) ---------------------

# A library is compiled a folder at a time (a unity build: the Qt headers are parsed
# once per folder, not once per file), or, without that, with precompiled Qt headers.
# In a unity build, names in anonymous namespaces must be unique within their folder.
option(AGENTDESK_UNITY "Compile each library a folder at a time" ON)
option(AGENTDESK_PCH "Precompile the Qt headers" ON)

# agentdesk_use_pch(target core|ui|test|testgui): the header set cmake/pch/<kind>.h,
# compiled once by the first target that asks for it and reused by the others.
function(agentdesk_use_pch target kind)
    if(NOT AGENTDESK_PCH)
        return()
    endif()
    get_property(host GLOBAL PROPERTY agentdesk_pch_host_${kind})
    if(host)
        target_precompile_headers(${target} REUSE_FROM ${host})
    else()
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h)
        set_property(GLOBAL PROPERTY agentdesk_pch_host_${kind} ${target})
    endif()
endfunction()

# The unity groups: a folder under src/ (or tests/) with all its subfolders, small
# neighbouring layers together. About ten translation units for the core.
set(agentdesk_unity_merged
    base=foundation domain=foundation config=foundation secrets=storage platform=auth
    accounts=tasks attention=notify webhook=worker delegates=models controllers=widgets dialogs=widgets)

function(agentdesk_library target pch_kind)
    if(NOT AGENTDESK_UNITY)
        agentdesk_use_pch(${target} ${pch_kind})
        return()
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.cpp$")
            continue()
        endif()
        get_filename_component(path ${source} ABSOLUTE BASE_DIR ${source_dir})
        file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${path})
        # src/providers/jules/JulesAdapter.cpp -> providers; src/ui/models/X.cpp -> models
        string(REGEX REPLACE "^(src|tests)/(ui/)?([^/]+)/.*" "\\3" group "${relative}")
        foreach(merge IN LISTS agentdesk_unity_merged)
            string(REPLACE "=" ";" pair "${merge}")
            list(GET pair 0 from)
            list(GET pair 1 to)
            if(group STREQUAL from)
                set(group ${to})
            endif()
        endforeach()
        set_property(SOURCE ${path} TARGET_DIRECTORY ${target} PROPERTY UNITY_GROUP ${group})
    endforeach()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
endfunction()

# What is not shipped — the tests, the fakes, the benchmarks' harness — is compiled
# without optimisation (the libraries under test keep the build type's flags) unless
# asked: scripts/bench.sh asks, so the fakes it measures against are optimised too. Its
# executables link with lld when it is there.
option(AGENTDESK_OPTIMIZE_TEST_CODE "Optimise the tests, fakes and benchmarks like the libraries" OFF)
find_program(AGENTDESK_LLD NAMES ld.lld)
function(agentdesk_test_code target)
    if(NOT AGENTDESK_OPTIMIZE_TEST_CODE)
        target_compile_options(${target} PRIVATE -O0)
    endif()
    get_target_property(type ${target} TYPE)
    if(AGENTDESK_LLD AND type STREQUAL "EXECUTABLE")
        target_link_options(${target} PRIVATE -fuse-ld=lld)
    endif()
endfunction()
