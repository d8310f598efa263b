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
# AddressSanitizer and UndefinedBehaviorSanitizer, every finding fatal; -O1 keeps the
# instrumented suite fast enough to run on every change.
option(AGENTDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AGENTDESK_SANITIZE)
    target_compile_options(agentdesk_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1)
    target_link_options(agentdesk_common INTERFACE -fsanitize=address,undefined)
endif()
