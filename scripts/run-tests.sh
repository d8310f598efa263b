#!/usr/bin/env bash
# Builds AgentDesk and runs every test, with the peers the tests need started here:
# a throw-away session bus and an unlocked gnome-keyring (a real Secret Service).
# A test whose peer is missing fails; nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
export BUILD_DIR=${BUILD_DIR:-$SRC/build}
scripts/build.sh
# The test peers from the npm registry, pinned by their lock files.
for dir in tests/oauth-server tests/webhook-sender; do
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

SESSION_HOME=$(mktemp -d)
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$SESSION_HOME" "$XDG_RUNTIME_DIR"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export AGENTDESK_REQUIRE_PEERS=1
HOME=$SESSION_HOME dbus-run-session -- bash -c '
  set -e
  echo -n agentdesk-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 300
'
