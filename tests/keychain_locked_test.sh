#!/usr/bin/env bash
# A locked keyring, as after a screen lock, in a session of its own (locking the
# suite's shared keyring would break the tests running next to this one): the
# command line says "locked" and exits 5, never "no key, add it again", and the
# account and its key survive.
set -euo pipefail
CTL=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home" "$work/run"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run AGENTDESK_KEYCHAIN_SERVICE=agentdesk-locked-test
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- bash -s "$CTL" "$work/data" <<'SESSION'
set -euo pipefail
ctl=$1 data=$2
echo -n locked-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
echo apk_user_lockedKey_0000001 | "$ctl" --data-dir "$data" account add devin --name work --no-check
collection=/org/freedesktop/secrets/collection/login
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
  org.freedesktop.Secret.Service.Lock "array:objpath:$collection" >/dev/null
locked=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets $collection \
  org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked | grep -c 'boolean true' || true)
[ "$locked" = 1 ] || { echo "could not lock the test keyring"; exit 1; }

set +e
err=$("$ctl" --data-dir "$data" task create --provider devin --repo https://github.com/acme/widgets --prompt x 2>&1 >/dev/null)
code=$?
set -e
echo "exit $code: $err"
[ "$code" = 5 ] || { echo "expected exit code 5 for a locked keyring"; exit 1; }
grep -qi "locked" <<<"$err" || { echo "the message does not say the keyring is locked"; exit 1; }
if grep -qiE "holds no key|add it again|Remove the account" <<<"$err"; then
  echo "the message gives advice that would destroy a good key"; exit 1
fi
# The account is still listed, its key shown as locked (and the listing exits 5 too).
list=$("$ctl" --data-dir "$data" account list 2>/dev/null || true)
grep -q "^work .*(keyring locked)" <<<"$list" || { echo "the account is not listed as locked: $list"; exit 1; }
echo "ok: a locked keyring is reported as locked"
SESSION
