#!/usr/bin/env bash
# Builds the benchmarks in Release (build-bench/) and prints what they measure: first
# paint and the refresher's schedule with many unfinished tasks, the store with 100,000
# tasks (first page, paging, search, memory), re-sync cost against stored history, a
# full sync next to Google's Jules SDK against the same fake (and a 429 burst), an
# idle worker's CPU and requests, and webhook intake at 1/50/200/1000 connections next to
# the Node receiver an operator would otherwise run. Timings are reported, never
# asserted: the machine is shared and noisy, compare ratios rather than absolute figures.
#
#   scripts/bench.sh [store|startup|sync|worker|webhook]...   (default: all)
#   WEBHOOK_SECONDS=10 WORKER_SECONDS=60 WORKER_SETTLE_SECONDS=240 SYNC_SESSIONS="200 1000"
#   STORE_TASKS=1000000 STORE_ACTIVITIES_PER_TASK=10
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BENCH_BUILD_DIR:-build-bench}
BUILD_DIR=$BUILD_DIR BUILD_TYPE=Release scripts/build.sh -DAGENTDESK_OPTIMIZE_TEST_CODE=ON -DAGENTDESK_BUILD_BENCH=ON >/dev/null
export QT_QPA_PLATFORM=offscreen AGENTDESK_KEYCHAIN_SERVICE=agentdesk-bench
which=("$@")
[ ${#which[@]} -eq 0 ] && which=(startup store sync worker webhook)

webhook() {
  (cd bench/webhook-load && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  local seconds=${WEBHOOK_SECONDS:-10} key=bench-webhook-key-0123456789
  run_receiver() {   # name, command...
    local name=$1; shift
    local out; out=$(mktemp)
    "$@" >"$out" 2>/dev/null &
    local pid=$!
    for _ in $(seq 100); do grep -q LISTENING "$out" && break; sleep 0.1; done
    local port; port=$(awk '/LISTENING/ {print $2}' "$out")
    for c in 1 50 200 1000; do
      local line
      line=$(node bench/webhook-load/load.mjs --url "http://127.0.0.1:$port/webhook" --key "$key" \
               --connections "$c" --duration "$seconds" --pid "$pid")
      printf 'WEBHOOK | %-9s | %5s conns | %s\n' "$name" "$c" "$line"
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -f "$out"
  }
  run_receiver agentdesk "$BUILD_DIR/bench/bench_webhook_receiver" --key "$key"
  run_receiver node env WEBHOOK_KEY="$key" node bench/webhook-load/node-receiver.mjs
}

# A session bus with an unlocked gnome-keyring of its own, as the tests use: the
# benchmark's keys never reach the user's keychain.
in_keyring_session() {
  local home runtime
  home=$(mktemp -d) runtime=$(mktemp -d)
  chmod 700 "$runtime"
  HOME=$home XDG_RUNTIME_DIR=$runtime dbus-run-session -- bash -c '
    echo -n agentdesk-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' in_keyring_session "$@"
  local status=$?
  rm -rf "$home" "$runtime"
  return $status
}

for w in "${which[@]}"; do
  case $w in
    startup) "$BUILD_DIR/bench/bench_startup" ;;
    store) "$BUILD_DIR/bench/bench_store" ${STORE_TASKS:-100000} ${STORE_ACTIVITIES_PER_TASK:-10} ;;
    sync)
      "$BUILD_DIR/bench/bench_sync"
      in_keyring_session bench/sync-vs-sdk.sh "$BUILD_DIR" ${SYNC_SESSIONS:-200 1000} ;;
    worker) "$BUILD_DIR/bench/bench_worker" "${WORKER_SECONDS:-60}" "${WORKER_SETTLE_SECONDS:-240}" ;;
    webhook) webhook ;;
    *) echo "unknown benchmark: $w (startup, store, sync, worker, webhook)" >&2; exit 2 ;;
  esac
done
