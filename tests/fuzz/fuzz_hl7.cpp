// libFuzzer target: the HL7 v2 parser and the SS-MIX2 mapper (tools/fuzz.sh).
#include "fuzzbodies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return renkei::fuzz::hl7(data, size);
}
