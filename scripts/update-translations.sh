#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings appear unfinished, gone
# ones are dropped). Translate with Qt Linguist, then rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja >/dev/null
cmake --build "$BUILD_DIR" --target agentdesk_ui_lupdate
for ts in translations/*.ts; do
  printf '%s: ' "$ts"
  python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
msgs = root.findall('.//message')
# English is the source language: only its plural forms need translating.
english = root.get('language', '').startswith('en')
considered = [m for m in msgs if not english or m.get('numerus') == 'yes']
open_ = [m for m in considered if m.find('translation').get('type') == 'unfinished']
print(f"{len(considered)} {'plural ' if english else ''}messages, {len(open_)} unfinished")
PY
done
