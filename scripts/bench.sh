#!/usr/bin/env bash
# Builds and runs the benchmarks, printing the results. Not part of ctest: timings
# are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build} BUILD_TYPE=${BUILD_TYPE:-Release} scripts/build.sh >/dev/null
QT_QPA_PLATFORM=offscreen "${BUILD_DIR:-build}/bench/bench_store" "$@"
