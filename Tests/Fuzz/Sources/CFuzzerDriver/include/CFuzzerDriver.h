#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver as a function (compiler-rt's FuzzerInterface.h): runs the fuzzer with
/// these command-line arguments and this LLVMFuzzerTestOneInput. Defined in
/// libclang_rt.fuzzer, which -sanitize=fuzzer links.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
