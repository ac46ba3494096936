#pragma once

namespace renkei::hardening {

// Keeps key material and decrypted records out of core files (DESIGN.md "Encryption"): sets
// RLIMIT_CORE to 0 and marks the process not dumpable (which also blocks ptrace attach by
// other processes of the same user). Call first thing in main() of release builds. Returns
// true when every step worked; a no-op returning true where the platform has no such knobs.
bool disableCoreDumps();

} // namespace renkei::hardening
