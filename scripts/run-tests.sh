#!/usr/bin/env bash
# Builds AgentDesk and runs every test twice: once as shipped (GCC, RelWithDebInfo, in
# build/), once built with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (in build-sanitize/), where any finding fails the test. The two builds run one after
# the other (each uses both cores); the two test runs, which mostly wait on sockets and
# timers, run side by side, each in a throw-away session bus with an unlocked
# gnome-keyring of its own (a real Secret Service). A test whose peer is missing fails;
# nothing is skipped silently. docs/building.md says what makes this take minutes.
#
# SANITIZE=0 runs only the first pass (for a quick local check; CI runs both).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BUILD_DIR=${BUILD_DIR:-$SRC/build}
SANITIZE_DIR=${SANITIZE_DIR:-$SRC/build-sanitize}
SANITIZE=${SANITIZE:-1}
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }

# The rules the code states (docs/architecture.md, CONTRIBUTING.md) and its format are
# checked first: they take seconds, and a broken rule fails the run like a failed test.
echo "== Rules and format"
python3 scripts/check-rules.py
scripts/check-format.sh

# The test peers from the npm registry, pinned by their lock files, fetched while the
# compilers run.
npm_log=$(mktemp)
(for dir in tests/oauth-server tests/webhook-sender; do
   (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
 done) >"$npm_log" 2>&1 &
npm_pid=$!

# The first pass keeps the shipped optimisation without debug information (a failing
# check names its file and line itself; the sanitizer pass keeps line tables for its
# reports). The benchmarks are not built here: scripts/bench.sh builds and runs them.
echo "== Build (GCC, as shipped: $BUILD_DIR)"
BUILD_DIR=$BUILD_DIR scripts/build.sh "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g0 -DNDEBUG" -DAGENTDESK_BUILD_BENCH=OFF
echo "   built in $(elapsed)"
if [ "$SANITIZE" != 0 ]; then
  echo "== Build (clang, AddressSanitizer + UndefinedBehaviorSanitizer: $SANITIZE_DIR)"
  BUILD_DIR=$SANITIZE_DIR BUILD_TYPE=Debug scripts/build.sh -DCMAKE_CXX_COMPILER=clang++ -DAGENTDESK_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -gline-tables-only" -DAGENTDESK_BUILD_BENCH=OFF
  echo "   built in $(elapsed)"
fi
if ! wait "$npm_pid"; then
  cat "$npm_log" >&2
  echo "npm ci failed: the OAuth server and the CloudEvents sender cannot be installed" >&2
  exit 1
fi
rm -f "$npm_log"

# Every sanitizer finding is fatal, leaks included (tests run agentdeskctl too: its
# findings fail the test that ran it).
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
unset DISPLAY WAYLAND_DISPLAY
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# run_pass NAME BUILD_DIR [ctest arguments]: one test run in a session of its own.
run_pass() {
  local name=$1 dir=$2; shift 2
  local home="$scratch/$name-home" runtime="$scratch/$name-runtime"
  mkdir -p "$home" "$runtime"
  chmod 700 "$runtime"
  HOME=$home XDG_RUNTIME_DIR=$runtime dbus-run-session -- bash -c '
    echo -n agentdesk-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure -j2 "$@"' "$dir" "$@"
}

echo "== Tests (as shipped$([ "$SANITIZE" != 0 ] && echo ", and under the sanitizers alongside"))"
run_pass shipped "$BUILD_DIR" --timeout 300 >"$scratch/shipped.log" 2>&1 &
shipped_pid=$!
if [ "$SANITIZE" != 0 ]; then
  # The package is checked once, in the first pass; here it would only repackage the
  # sanitizer build.
  run_pass sanitize "$SANITIZE_DIR" --timeout 600 -E "^tst_packaging$" >"$scratch/sanitize.log" 2>&1 &
  sanitize_pid=$!
fi
status=0
wait "$shipped_pid" || status=1
echo "-- as shipped ($BUILD_DIR)"
cat "$scratch/shipped.log"
if [ "$SANITIZE" != 0 ]; then
  wait "$sanitize_pid" || status=1
  echo "-- under AddressSanitizer + UndefinedBehaviorSanitizer ($SANITIZE_DIR)"
  cat "$scratch/sanitize.log"
fi
echo "== $([ $status = 0 ] && echo "All tests passed" || echo "FAILED") in $(elapsed) (builds and tests)"
exit $status
