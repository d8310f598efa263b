#!/usr/bin/env bash
# Configures and builds AgentDesk into ${BUILD_DIR:-build}. Extra CMake arguments may be
# given in CMAKE_ARGS (scripts/run-tests.sh uses it for the sanitizer build).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# shellcheck disable=SC2086 # CMAKE_ARGS is a list of arguments
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j2
