# CPU flags. A build runs on every x86-64 CPU with AVX2 + FMA + F16C: everything is
# compiled for baseline x86-64 except the engine's own kernels, which are compiled once
# per level below and chosen at start-up (engine/src/kernel_table.h). LINNET_NATIVE
# compiles everything for this machine instead, for local builds only.
option(LINNET_NATIVE "Compile everything for this machine's CPU (-march=native); the result may not run elsewhere" OFF)
if(LINNET_NATIVE)
  add_compile_options(-march=native)
endif()

# A level's name (engine/include/linnet/cpu.h) and its compiler flags; cpu.cpp's
# detection tests exactly these features.
set(LINNET_CPU_LEVELS avx2 avx512 avx512bf16)
set(LINNET_CPU_FLAGS_avx2 -mavx2 -mfma -mf16c)
set(LINNET_CPU_FLAGS_avx512 ${LINNET_CPU_FLAGS_avx2} -mavx512f -mavx512bw -mavx512vl -mavx512dq)
set(LINNET_CPU_FLAGS_avx512bf16 ${LINNET_CPU_FLAGS_avx512} -mavx512vnni -mavx512bf16)

# Compiles `sources` once per level into `target`, each copy with its level's flags and
# LINNET_ISA=<level> (the namespace its code lives in). `ARGN` after LIBS: what the
# sources need to compile (include directories and definitions come from `target`).
function(linnet_add_cpu_kernels target)
  cmake_parse_arguments(K "" "" "SOURCES;LIBS" ${ARGN})
  foreach(level IN LISTS LINNET_CPU_LEVELS)
    set(objects ${target}_${level})
    add_library(${objects} OBJECT ${K_SOURCES})
    target_compile_options(${objects} PRIVATE ${LINNET_CPU_FLAGS_${level}})
    target_compile_definitions(${objects} PRIVATE LINNET_ISA=${level})
    target_include_directories(${objects} PRIVATE
        $<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>)
    target_link_libraries(${objects} PRIVATE ${K_LIBS})
    set_target_properties(${objects} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_sources(${target} PRIVATE $<TARGET_OBJECTS:${objects}>)
    list(APPEND all_objects ${objects})
  endforeach()
  set_property(TARGET ${target} PROPERTY LINNET_CPU_KERNEL_TARGETS ${all_objects})
endfunction()
