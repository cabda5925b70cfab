#!/usr/bin/env bash
# Builds Sagstjek and starts it on its default database (created with demo data on first start).
# Extra arguments go to the app, e.g. scripts/run.sh --lang da
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Explicitly without the test-only CLI commands, even if this build directory was configured with them once.
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAGSTJEK_TEST_HOOKS=OFF >/dev/null
cmake --build build-release --target sagstjek sagstjek-cli
exec build-release/app/sagstjek "$@"
