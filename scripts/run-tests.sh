#!/usr/bin/env bash
# Builds AgentDesk and runs every test twice: once as shipped (GCC, RelWithDebInfo, in
# build/), once built with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (in build-sanitize/), where any finding fails the test. The peers the tests need are
# started here: a throw-away session bus and an unlocked gnome-keyring (a real Secret
# Service). A test whose peer is missing fails; nothing is skipped silently.
#
# SANITIZE=0 runs only the first pass (for a quick local check; CI runs both).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BUILD_DIR=${BUILD_DIR:-$SRC/build}
SANITIZE_DIR=${SANITIZE_DIR:-$SRC/build-sanitize}

BUILD_DIR=$BUILD_DIR scripts/build.sh
if [ "${SANITIZE:-1}" != 0 ]; then
  BUILD_DIR=$SANITIZE_DIR BUILD_TYPE=Debug \
    CMAKE_ARGS="-DCMAKE_CXX_COMPILER=clang++ -DAGENTDESK_SANITIZE=ON -DAGENTDESK_BUILD_BENCH=OFF" \
    scripts/build.sh
fi
# The test peers from the npm registry, pinned by their lock files.
for dir in tests/oauth-server tests/webhook-sender; do
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

SESSION_HOME=$(mktemp -d)
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$SESSION_HOME" "$XDG_RUNTIME_DIR"' EXIT
unset DISPLAY WAYLAND_DISPLAY
# Every sanitizer finding is fatal, leaks included (tests run agentdeskctl too: its
# findings fail the test that ran it).
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export BUILD_DIR SANITIZE_DIR SANITIZE=${SANITIZE:-1}
HOME=$SESSION_HOME dbus-run-session -- bash -c '
  set -e
  echo -n agentdesk-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  echo "== Tests (build: $BUILD_DIR)"
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 300
  if [ "$SANITIZE" != 0 ]; then
    # The package is checked once, in the first pass; here it would only repackage
    # the sanitizer build.
    echo "== Tests under AddressSanitizer + UndefinedBehaviorSanitizer (build: $SANITIZE_DIR)"
    ctest --test-dir "$SANITIZE_DIR" --output-on-failure -j2 --timeout 600 -E "^tst_packaging$"
  fi
'
