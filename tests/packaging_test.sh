#!/usr/bin/env bash
# The Debian package as a user gets it: build it with cpack, check its metadata,
# unpack it into a temporary root and run the installed agentdeskctl.
set -euo pipefail
BUILD_DIR=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$BUILD_DIR" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/agentdesk_*.deb)
echo "built $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libsecret-1-0 libqt6svg6 libqt6core6 libqt6keychain1; do
  grep -q "$needed" <<<"$depends" || { echo "missing dependency: $needed"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/agentdesk usr/bin/agentdeskctl \
         usr/share/applications/io.github.agentdesk.AgentDesk.desktop \
         usr/share/metainfo/io.github.agentdesk.AgentDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.agentdesk.AgentDesk.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.agentdesk.AgentDesk.png \
         usr/share/icons/hicolor/256x256/apps/io.github.agentdesk.AgentDesk.png \
         usr/share/bash-completion/completions/agentdeskctl \
         usr/share/man/man1/agentdeskctl.1 \
         usr/lib/systemd/user/agentdesk-worker.service; do
  [ -s "$work/root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
file "$work/root/usr/share/icons/hicolor/48x48/apps/io.github.agentdesk.AgentDesk.png" | grep -q "48 x 48" \
  || { echo "the 48x48 icon is not 48x48"; exit 1; }

desktop-file-validate "$work/root/usr/share/applications/io.github.agentdesk.AgentDesk.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.agentdesk.AgentDesk.metainfo.xml"
man -l "$work/root/usr/share/man/man1/agentdeskctl.1" >/dev/null 2>"$work/man.err" || true
if grep -q "warning" "$work/man.err"; then cat "$work/man.err"; exit 1; fi
bash -n "$work/root/usr/share/bash-completion/completions/agentdeskctl"
grep -q "ExecStart=/usr/bin/agentdeskctl worker run" "$work/root/usr/lib/systemd/user/agentdesk-worker.service"

version=$("$work/root/usr/bin/agentdeskctl" --version)
echo "installed: $version"
[ "$version" = "agentdeskctl $(sed -n 's/^project(AgentDesk VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")" ] \
  || { echo "unexpected version: $version"; exit 1; }
"$work/root/usr/bin/agentdesk" --version
echo "package ok"
