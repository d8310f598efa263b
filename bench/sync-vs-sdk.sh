#!/usr/bin/env bash
# `scripts/bench.sh sync`, second half: Google's Jules SDK (npm @google/jules-sdk, its
# full sync with activities, 3 at a time) and agentdeskctl against the same fake Jules
# (the project's own, in-repo), in one run, one after the other, and the ratio. Then
# a fake that answers 429 with Retry-After: 2 for a burst: agentdeskctl must send
# nothing during the pause, and still finish.
#
# Runs inside a session bus with an unlocked gnome-keyring (bench.sh starts it): the
# account's key goes to the keychain like any operator's.
#   bench/sync-vs-sdk.sh BUILD_DIR [SESSIONS...]     (default: 200 1000)
set -euo pipefail
build=$1; shift
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(200 1000)
key=AIzaBenchJulesKey-0123456789
scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$scratch"' EXIT
(cd "$(dirname "$0")/jules-sdk" && npm ci --no-audit --no-fund --no-update-notifier --loglevel=error >/dev/null)
sdk=$(cd "$(dirname "$0")/jules-sdk" && pwd)/sync.mjs
ctl=$build/agentdeskctl
fake=$build/fake-jules

now_ms() { date +%s%3N; }

# start_fake SESSIONS [extra options]: sets fake_url and fake_out.
start_fake() {
  local n=$1; shift
  fake_out=$scratch/fake-$n-$RANDOM.out
  "$fake" --key "$key" --auto-advance-ms 0 --sessions "$n" --activities 56 "$@" >"$fake_out" 2>&1 &
  fake_pid=$!
  for _ in $(seq 300); do [ -s "$fake_out" ] && break; sleep 0.1; done
  fake_url=$(head -1 "$fake_out")
}
stop_fake() { kill "$fake_pid" 2>/dev/null; wait "$fake_pid" 2>/dev/null || true; }

# agentdesk_import DATA_DIR: adds the account (adopting every session with its
# activities); prints the milliseconds.
agentdesk_import() {
  local t0; t0=$(now_ms)
  echo "$key" | "$ctl" --data-dir "$1" account add jules --name bench --base-url "$fake_url" --adopt all >/dev/null 2>&1
  echo $(( $(now_ms) - t0 ))
}
agentdesk_sync() {
  local t0; t0=$(now_ms)
  "$ctl" --data-dir "$1" task sync --all >/dev/null
  echo $(( $(now_ms) - t0 ))
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

for n in "${counts[@]}"; do
  start_fake "$n"
  home=$scratch/sdk-$n
  mkdir -p "$home"
  t0=$(now_ms)
  JULES_HOME=$home node "$sdk" "$fake_url" "$key" "$n" >"$scratch/sdk.json"
  sdk_ms=$(( $(now_ms) - t0 ))
  data=$scratch/agentdesk-$n
  import_ms=$(agentdesk_import "$data")
  sync_ms=$(agentdesk_sync "$data")
  stop_fake
  printf 'SYNC | %5d sessions x 56 activities | jules-sdk full sync %6d ms | agentdeskctl account add (import with activities) %6d ms = %sx | task sync --all %6d ms = %sx\n' \
    "$n" "$sdk_ms" "$import_ms" "$(ratio "$import_ms" "$sdk_ms")" "$sync_ms" "$(ratio "$sync_ms" "$sdk_ms")"
done

# The provider says "slow down" in the middle of the operator's sync: the fake is armed
# after the import and pauses 150 requests into the sync.
start_fake 200 --throttle-after 150
data=$scratch/throttled
agentdesk_import "$data" >/dev/null
curl -fsS -X POST "${fake_url%/v1alpha}/__bench/throttle" >/dev/null
status=0
t0=$(now_ms)
"$ctl" --data-dir "$data" task sync --all >/dev/null 2>"$scratch/throttled.err" || status=$?
sync_ms=$(( $(now_ms) - t0 ))
stop_fake
throttle=$(grep -h THROTTLE "$fake_out" || echo "THROTTLE the pause was never reached")
printf 'SYNC | 429 + Retry-After: 2 for a burst | task sync --all exit %d in %d ms (the pause is 2000 ms) | fake: %s (early must be 0)\n' \
  "$status" "$sync_ms" "${throttle#THROTTLE }"
