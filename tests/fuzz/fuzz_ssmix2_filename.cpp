// libFuzzer target: the SS-MIX2 file-name parser (tools/fuzz.sh).
#include "fuzzbodies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return renkei::fuzz::ssmix2FileName(data, size);
}
