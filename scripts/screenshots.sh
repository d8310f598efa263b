#!/usr/bin/env bash
# Regenerates the README screenshots: runs the fake Jules and the test OAuth server,
# fills a throw-away data directory through agentdeskctl (keys and tokens in a
# throw-away keyring), signs in to the platform, and photographs the app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-docs/screenshots}
mkdir -p "$OUT"
export SHOT_DATA=$(mktemp -d) SHOT_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
KEY=demo-jules-key-0123456789
"$BUILD_DIR/fake-jules" --key "$KEY" --auto-advance-ms 400 --source acme/widgets --source acme/api \
    --elsewhere "Tidy the CHANGELOG (from the web app)" > "$SHOT_DATA/fake.url" &
FAKE=$!
GH_TOKEN=github_pat_demo_0123456789
# Tasks started on github.com (issues assigned to Copilot): adopted into the same inbox.
"$BUILD_DIR/fake-copilot" --token "$GH_TOKEN" --repo acme/widgets --auto-advance-ms 1500 \
    --elsewhere "Fix #41: the date picker ignores the locale" \
    --elsewhere "Fix #44: crash when the config file is empty" > "$SHOT_DATA/copilot.url" &
COPILOT=$!
[ -d tests/oauth-server/node_modules ] || (cd tests/oauth-server && npm ci --no-audit --no-fund --loglevel=error)
node tests/oauth-server/server.js > "$SHOT_DATA/oauth.json" &
OAUTH=$!
trap 'kill $FAKE $COPILOT $OAUTH 2>/dev/null; rm -rf "$SHOT_DATA" "$SHOT_HOME" "$XDG_RUNTIME_DIR"' EXIT
for _ in $(seq 100); do [ -s "$SHOT_DATA/fake.url" ] && [ -s "$SHOT_DATA/copilot.url" ] && [ -s "$SHOT_DATA/oauth.json" ] && break; sleep 0.1; done
export JULES_URL=$(cat "$SHOT_DATA/fake.url") COPILOT_URL=$(cat "$SHOT_DATA/copilot.url") GH_TOKEN KEY BUILD_DIR OUT DEVIN_KEY=cog_demo_devin_token_0001
export ISSUER=$(sed -n "s/.*\"issuer\":\"\([^\"]*\)\".*/\1/p" "$SHOT_DATA/oauth.json")
HOME=$SHOT_HOME dbus-run-session -- bash -c '
  set -e
  echo -n screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctl() { "$BUILD_DIR/agentdeskctl" --data-dir "$SHOT_DATA" "$@"; }
  echo "$KEY" | ctl account add jules --name work --base-url "$JULES_URL" >/dev/null
  repo=https://github.com/acme/widgets
  ctl task create --provider jules --repo $repo --auto-pr --prompt "Fix the flaky parser test on empty input" >/dev/null
  ctl task create --provider jules --repo https://github.com/acme/api --auto-pr --prompt "Add retries to the webhook sender" >/dev/null
  sleep 3
  ctl task create --provider jules --repo $repo --plan-approval --prompt "Upgrade the build to CMake presets" >/dev/null
  ctl task create --provider jules --repo $repo --prompt "Pick a logging library; ask me before adding a dependency" >/dev/null
  selected=$(ctl task create --provider jules --repo $repo --auto-pr --prompt "Return an empty list from parse() on null input" --json | sed -n "s/.*\"id\": \"\(task_[^\"]*\)\".*/\1/p" | head -1)
  echo "$GH_TOKEN" | ctl account add copilot --name github --base-url "$COPILOT_URL" >/dev/null
  sleep 3
  ctl task sync --all >/dev/null
  ctl account sync >/dev/null
  # Sign in with a "browser" that follows the redirects (the test server approves at once).
  ctl platform login --url "$ISSUER" --client-id agentdesk-test --workspace acme --no-browser 2>/dev/null > "$SHOT_DATA/login.out" &
  login=$!
  for _ in $(seq 100); do [ -s "$SHOT_DATA/login.out" ] && break; sleep 0.1; done
  curl -sSL -o /dev/null -c "$SHOT_DATA/cookies" -b "$SHOT_DATA/cookies" "$(head -1 "$SHOT_DATA/login.out")"
  wait $login
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --select "$selected" --screenshot "$OUT/main-window.png" --screenshot-delay 2500
  echo "$DEVIN_KEY" | ctl account add devin --name devin-team --base-url http://127.0.0.1:9/ --no-check >/dev/null
  # Nothing listens there: once the first look for its tasks has given up, the banner says so.
  xvfb-run -a -s "-screen 0 1024x768x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --screenshot "$OUT/offline.png" --screenshot-delay 20000
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog new-task --screenshot "$OUT/new-task.png" --screenshot-delay 1500
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog accounts --screenshot "$OUT/accounts.png" --screenshot-delay 1500
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog palette --screenshot "$OUT/palette.png" --screenshot-delay 1500
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog settings --screenshot "$OUT/settings.png" --screenshot-delay 1500
  # The same window in German (the language setting; the system language works the same way).
  printf "[ui]\nlanguage=de\n" >> "$SHOT_DATA/agentdesk.ini"
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --select "$selected" --screenshot "$OUT/main-window-de.png" --screenshot-delay 2500
  sed -i "/^\[ui\]/,/^language=de/d" "$SHOT_DATA/agentdesk.ini"
  ctl platform logout >/dev/null
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog sign-in --screenshot "$OUT/sign-in.png" --screenshot-delay 1500

  # The Worker panel, attached to a headless worker that runs sessions from the fake platform.
  coproc PLATFORM { exec "$BUILD_DIR/fake-platform" --session "agt_docs:Fix the flaky parser test" \
      --session "agt_docs:Add a CHANGELOG entry for 0.2" --session "agt_docs:Document the retry settings"; }
  read -r platform_url <&"${PLATFORM[0]}"
  ctl platform login --url "$platform_url" --client-id agentdesk --workspace acme --no-browser 2>/dev/null > "$SHOT_DATA/login2.out" &
  login=$!
  for _ in $(seq 100); do [ -s "$SHOT_DATA/login2.out" ] && break; sleep 0.1; done
  curl -sSL -o /dev/null "$(head -1 "$SHOT_DATA/login2.out")"
  wait $login
  ctl worker route add --agent agt_docs --provider jules --account work --repo https://github.com/acme/widgets --auto-pr >/dev/null
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --show-dialog worker-setup --screenshot "$OUT/worker-setup.png" --screenshot-delay 1500
  ctl worker run --concurrency 2 --listen 127.0.0.1:0 --poll-interval 2 2> "$SHOT_DATA/worker.log" &
  worker=$!
  for _ in $(seq 100); do grep -q "webhooks on port" "$SHOT_DATA/worker.log" 2>/dev/null && break; sleep 0.1; done
  hook="http://127.0.0.1:$(sed -n "s/.*webhooks on port \([0-9]*\).*/\1/p" "$SHOT_DATA/worker.log" | head -1)/webhook"
  event={\"specversion\":\"1.0\",\"id\":\"evt_1\",\"source\":\"/platform\",\"type\":\"agent.session_queued\",\"data\":{\"sessionId\":\"ses_1\"}}
  curl -s -o /dev/null -H "Content-Type: application/cloudevents+json" -d "$event" "$hook"
  curl -s -o /dev/null -H "Content-Type: application/cloudevents+json" -d "$event" "$hook"
  curl -s -o /dev/null -H "Content-Type: text/plain" -d hello "$hook"
  sleep 2
  xvfb-run -a -s "-screen 0 1400x860x24" "$BUILD_DIR/agentdesk" --data-dir "$SHOT_DATA" \
      --screenshot "$OUT/worker-panel.png" --screenshot-delay 2500
  kill -TERM $worker; wait $worker || true
  kill $PLATFORM_PID 2>/dev/null || true
'
echo "screenshots in $OUT"
