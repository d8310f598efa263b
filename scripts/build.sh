#!/usr/bin/env bash
# Configures and builds AgentDesk into ${BUILD_DIR:-build}. Extra CMake arguments may be
# given as arguments (scripts/run-tests.sh uses them for its two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$BUILD_DIR" -j2
