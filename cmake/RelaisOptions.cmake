# relais_options: the one INTERFACE target every Relais target links. It carries the
# language standard, warnings, hardening and Qt's strictness defines, so no target
# sets them on its own and no global add_compile_options is needed.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(relais_options INTERFACE)
target_compile_features(relais_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(relais_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
    -fstack-protector-strong -fstack-clash-protection)
if(RELAIS_WERROR)
    target_compile_options(relais_options INTERFACE -Werror)
endif()

target_compile_definitions(relais_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SQLITE_HAS_CODEC)

target_link_options(relais_options INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

# The libFuzzer build (scripts/fuzz, tests/fuzz): clang only. Every target gets
# coverage instrumentation and ASan/UBSan; the fuzz executables add libFuzzer's main.
option(RELAIS_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; core and storage only)" OFF)
if(RELAIS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RELAIS_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++); scripts/fuzz sets it")
    endif()
    target_compile_options(relais_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(relais_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
elseif(RELAIS_SANITIZE)
    target_compile_options(relais_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(relais_options INTERFACE -fsanitize=address,undefined)
else()
    # _FORTIFY_SOURCE needs optimisation and conflicts with ASan's interceptors.
    target_compile_definitions(relais_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_definitions(relais_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:RELAIS_RELEASE_HARDENING=1>)
endif()
