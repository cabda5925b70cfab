#!/usr/bin/env bash
# Builds Sagstjek and runs the whole test suite headless, under AddressSanitizer + UndefinedBehaviorSanitizer
# (so the one command a developer and CI run also catches memory errors and undefined behaviour).
#   scripts/test.sh                 the sanitizer build in build-asan/, all tests
#   scripts/test.sh --no-sanitize   a plain Debug build in build/, all tests
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

build=build-asan
# The test-only CLI commands (selftest-writer for tst_killwriter) are built in; the product build leaves them out.
options=(-DCMAKE_BUILD_TYPE=Debug -DSAGSTJEK_SANITIZE=ON -DSAGSTJEK_TEST_HOOKS=ON)
if [[ "${1:-}" == "--no-sanitize" ]]; then
  build=build
  options=(-DCMAKE_BUILD_TYPE=Debug -DSAGSTJEK_TEST_HOOKS=ON)
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cmake -S . -B "$build" -G Ninja "${options[@]}" >/dev/null
cmake --build "$build"
# One more job than the 2 cores of the CI machine: the team server's suites wait on the server more than they compute.
ctest --test-dir "$build" --output-on-failure -j3
