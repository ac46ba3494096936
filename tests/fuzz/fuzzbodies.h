#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the fuzz targets, shared by the libFuzzer executables (RENKEI_FUZZ=ON, clang)
// and by TestFuzzRegressions, which replays tests/fuzz/regressions/ in every normal build.
namespace renkei::fuzz {

// Bytes → parseMessage → mapMessage, encode → parse again (must succeed and give the same
// text), and a rewrite to another delimiter set and back.
int hl7(const uint8_t *data, size_t size);
// Bytes (as UTF-8) → parseFileName; a parsed name must rebuild its own expected path.
int ssmix2FileName(const uint8_t *data, size_t size);

} // namespace renkei::fuzz
