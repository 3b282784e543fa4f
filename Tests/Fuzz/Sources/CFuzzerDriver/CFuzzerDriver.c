// Only the declaration in include/CFuzzerDriver.h matters; a C target needs one source file.
#include "CFuzzerDriver.h"
