#!/usr/bin/env bash
# Fails when a tracked C++ file does not follow .clang-format, and names the lines.
# The whole tree is checked (it is formatted), so the check needs no history and works
# on a shallow clone. To fix: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
  echo "check-format: $CLANG_FORMAT is missing (scripts/install-deps.sh installs it)" >&2
  exit 2
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' | grep -v '^tests/.*/node_modules/')
if [ "${1:-}" = --fix ]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  exit 0
fi
if ! "$CLANG_FORMAT" --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/check-format.$$"; then
  grep -E '^[^ ].*: error:' "${TMPDIR:-/tmp}/check-format.$$" | head -40 >&2
  echo "check-format: $(grep -cE ': error:' "${TMPDIR:-/tmp}/check-format.$$") places do not follow .clang-format; run scripts/check-format.sh --fix" >&2
  rm -f "${TMPDIR:-/tmp}/check-format.$$"
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/check-format.$$"
echo "check-format: ${#files[@]} files follow .clang-format"
