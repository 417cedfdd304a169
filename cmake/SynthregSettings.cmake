# Settings every SynthReg target shares, carried by one INTERFACE target instead of global flags.
add_library(synthreg_settings INTERFACE)
target_compile_features(synthreg_settings INTERFACE cxx_std_20)
target_compile_definitions(synthreg_settings INTERFACE
  QT_NO_KEYWORDS              # ATen has a member named `slots`
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(synthreg_settings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-unused-parameter -Wno-missing-field-initializers>)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}" CACHE STRING "" FORCE)
endif()
