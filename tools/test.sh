#!/usr/bin/env bash
# The README's second command (and all that .ci/run does): install what is missing, build
# everything, run every test through CTest, then build the core again with AddressSanitizer and
# UndefinedBehaviorSanitizer and run the core tests under them.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh

echo "== build (ci preset) =="
cmake --preset ci >/dev/null
cmake --build --preset ci
echo "== tests =="
ctest --preset ci

echo "== core tests under ASan + UBSan (asan preset) =="
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
