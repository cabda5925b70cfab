#!/usr/bin/env bash
# Builds Sagstjek and runs the whole test suite headless.
#   scripts/test.sh              Debug build in build/, all tests
#   scripts/test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

build=build
options=(-DCMAKE_BUILD_TYPE=Debug)
if [[ "${1:-}" == "--sanitize" ]]; then
  build=build-asan
  options+=(-DSAGSTJEK_SANITIZE=ON)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cmake -S . -B "$build" -G Ninja "${options[@]}" >/dev/null
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j2
