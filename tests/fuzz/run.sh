#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 30).
#   tests/fuzz/run.sh 30
# Environment: SAGSTJEK_FUZZ_BUILD (build dir, default build-fuzz), JOBS (parallel build jobs).
# New inputs go to a scratch corpus next to the build dir; the committed seeds are only read.
# Exit status: 0 when every target ran without a crash, leak or timeout; otherwise 1, with the
# reproducer under $SAGSTJEK_FUZZ_BUILD/fuzz-artifacts/.
set -euo pipefail

seconds="${1:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${SAGSTJEK_FUZZ_BUILD:-$root/build-fuzz}"
jobs="${JOBS:-$(nproc)}"

cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DSAGSTJEK_FUZZ=ON \
  -DSAGSTJEK_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target fuzz_csv fuzz_xlsx fuzz_dates fuzz_template

mkdir -p "$build/fuzz-artifacts"
status=0
for target in csv xlsx dates template; do
  scratch="$build/fuzz-corpus/$target"
  mkdir -p "$scratch"
  case "$target" in
    csv) max_len=65536 ;;
    xlsx) max_len=32768 ;;
    dates) max_len=256 ;;
    template) max_len=65536 ;;
  esac
  echo "=== fuzz_$target for ${seconds}s"
  if ! "$build/tests/fuzz/fuzz_$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$target-" \
      "$scratch" "$root/tests/fuzz/corpus/$target" 2>"$build/fuzz-$target.log"; then
    echo "fuzz_$target FAILED; see $build/fuzz-$target.log and $build/fuzz-artifacts/"
    tail -n 40 "$build/fuzz-$target.log"
    status=1
  else
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$build/fuzz-$target.log" | sed 's/^/  /'
  fi
done
exit "$status"
