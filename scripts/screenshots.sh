#!/bin/sh
# Makes the README screenshots of the cue card from the real app: a fresh demo database in a temporary
# folder, a half-reviewed case with a "not met" defect open, in Danish and in English, 1366x768, offscreen.
# Usage: scripts/screenshots.sh BUILD_DIR
set -eu
BUILD=${1:?usage: scripts/screenshots.sh BUILD_DIR}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$BUILD/app/sagstjek"
OUT="$ROOT/docs/screenshots"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT" "$TMP/runtime"
chmod 700 "$TMP/runtime"

# A clean user: no settings, no recent files, and a predictable look.
export HOME="$TMP" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_RUNTIME_DIR="$TMP/runtime"
export QT_QPA_PLATFORM=offscreen QT_QPA_FONTDIR=/usr/share/fonts/truetype/dejavu LC_ALL=C.UTF-8
unset SAGSTJEK_LANGUAGE

# The demo case with an open defect, in progress (the demo data is deterministic).
CASE=KTH-2023-0122
ITEM=cash-benefit.contact.first_in_time

for LANG_CODE in da en; do
    DB="$TMP/demo-$LANG_CODE.sqlite"
    "$APP" --db "$DB" --lang "$LANG_CODE" --case "$CASE" --item "$ITEM" \
        --screenshot "$OUT/cuecard-$LANG_CODE.png" 2>"$TMP/log" || { cat "$TMP/log" >&2; exit 1; }
    echo "wrote $OUT/cuecard-$LANG_CODE.png"
done

# The rounds, defects (with their remediation), overview (dashboard) and action plan views (Danish), on the demo's half-yearly sample
# round and action plan.
for TAB in rounds defects overview actionplan; do
    DB="$TMP/demo-$TAB.sqlite"
    "$APP" --db "$DB" --lang da --tab "$TAB" --screenshot "$OUT/$TAB-da.png" 2>"$TMP/log" || { cat "$TMP/log" >&2; exit 1; }
    echo "wrote $OUT/$TAB-da.png"
done

# Page 1 of the demo round's report as PDF (Danish, pseudonymised), made by the command line and drawn by pdftoppm.
CLI="$BUILD/app/sagstjek-cli"
DB="$TMP/demo-overview.sqlite"
"$CLI" --db "$DB" --lang da report "Kvalitetsopfølgning 2. halvår 2026" --pdf "$TMP/report.pdf" >"$TMP/log" 2>&1 ||
    { cat "$TMP/log" >&2; exit 1; }
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$TMP/report.pdf" "$OUT/report-da"
echo "wrote $OUT/report-da.png"
