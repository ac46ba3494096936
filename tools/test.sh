#!/usr/bin/env bash
# The README's second command (and all that .ci/run does): install what is missing, build
# everything, run every test through CTest, package the build as a .deb and run the binaries
# installed from it (tools/package-check.sh), then build the core again with AddressSanitizer and
# UndefinedBehaviorSanitizer and run the core tests under them.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh

echo "== build (ci preset) =="
cmake --preset ci >/dev/null
cmake --build --preset ci
echo "== tests =="
ctest --preset ci
echo "== package check (.deb from the ci tree, installed with dpkg -x, binaries run) =="
tools/package-check.sh build/ci

echo "== core tests under ASan + UBSan (asan preset) =="
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
