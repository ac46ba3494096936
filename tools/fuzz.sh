#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in their own build folder and runs each
# for a bounded time. Usage: tools/fuzz.sh [seconds per target, default 60]
# Needs: clang (Debian 12: clang-14) and libclang-rt-14-dev (libclang_rt.fuzzer-x86_64.a);
# libfuzzer-14-dev is not needed.
# Crashes land in <build>/artifacts/: minimise one (fuzz_hl7 -minimize_crash=1 <file>), fix the
# bug, and add the input under tests/fuzz/regressions/{hl7,filename}/ (TestFuzzRegressions).
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${RENKEI_FUZZ_BUILD_DIR:-$root/build/fuzz}"

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (apt-get install clang)" >&2; exit 2; }

# The whole build is instrumented for coverage (fuzzer-no-link) and sanitizers, so that libFuzzer
# sees inside renkei_core; only the fuzz executables link libFuzzer itself.
CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    -DRENKEI_FUZZ=ON -DRENKEI_BUILD_UI=OFF -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --target fuzz_hl7 fuzz_ssmix2_filename

# Seed corpora: the sample storage's files and their names, plus the regression inputs.
corpus="$build/corpus"
mkdir -p "$corpus/hl7" "$corpus/filename" "$build/artifacts"
while IFS= read -r -d '' f; do
    cp -f "$f" "$corpus/hl7/$(basename "$f")"
    printf '%s' "$(basename "$f")" >"$corpus/filename/$(basename "$f")"
done < <(find "$root/tests/data/ssmix2/sampleData" -type f -print0)
cp -f "$root"/tests/fuzz/regressions/hl7/* "$corpus/hl7/" 2>/dev/null || true
cp -f "$root"/tests/fuzz/regressions/filename/* "$corpus/filename/" 2>/dev/null || true

fuzzers="$build/tests/ssmix2/fuzz"
status=0
for target in hl7:fuzz_hl7 filename:fuzz_ssmix2_filename; do
    name="${target%%:*}"
    exe="${target##*:}"
    echo "== $exe for ${seconds}s"
    "$fuzzers/$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/artifacts/$exe-" -print_final_stats=1 \
        "$corpus/$name" || status=$?
done
exit "$status"
