#!/usr/bin/env bash
# Installs what AgentDesk needs to build, run and test on Debian 12 — only what is missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build dpkg-dev file git python3
  # The sanitizer pass builds with clang and its runtimes; both passes link with lld;
  # clang-format checks the style (docs/building.md).
  clang lld libclang-rt-14-dev clang-format
  qt6-base-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6
  qtkeychain-qt6-dev libgl-dev libsecret-1-0 libsqlite3-dev
  qt6-translations-l10n
  xvfb xauth gnome-keyring dbus curl openssl appstream desktop-file-utils
)
# Node.js runs the real OAuth server (and, later, CloudEvents senders) the tests talk to.
# Debian's nodejs is enough; a Node.js that is already installed (with its npm) is kept.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
