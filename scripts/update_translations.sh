#!/usr/bin/env bash
# Extract the translatable strings with Qt's pylupdate5 into i18n/palveluverkko_{fi,sv}.ts
# (existing translations are kept, strings gone from the code dropped), then compile the .qm
# files with lrelease. The .ts files are the source of truth: fill them with Qt Linguist or
# scripts/ts_todo.py --apply, then run this again. Needs pyqt5-dev-tools and qttools5-dev-tools.
#   scripts/update_translations.sh [OUT_DIR]   (OUT_DIR: write the .ts there instead, no .qm;
#                                               the tests use it to check the .ts are current)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/i18n}"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# strings kept as data (the road modes of core/, which has no Qt; algorithms/help.py) are
# marked for extraction by a generated stub
PY="$ROOT/.venv/bin/python"; [ -x "$PY" ] || PY=python3
"$PY" scripts/ts_todo.py --stub > "$WORK/data_strings.py"
mapfile -t SOURCES < <(ls algorithms/*.py ui/*.py plugin.py)
for lang in fi sv; do
  ts="$OUT/palveluverkko_$lang.ts"
  if [ "$OUT" != "$ROOT/i18n" ] && [ -f "$ROOT/i18n/palveluverkko_$lang.ts" ]; then
    cp "$ROOT/i18n/palveluverkko_$lang.ts" "$ts"
  fi
  pylupdate5 -noobsolete "${SOURCES[@]}" "$WORK/data_strings.py" -ts "$ts" 2>&1 \
    | grep -v -e DeprecationWarning -e getdefaultlocale || true
  # no <location> lines: line numbers would change the .ts at every edit of the code
  sed -i '/<location /d' "$ts"
done
if [ "$OUT" = "$ROOT/i18n" ]; then
  lrelease -silent i18n/palveluverkko_fi.ts i18n/palveluverkko_sv.ts
  "$PY" scripts/ts_todo.py | grep -E '^(fi|sv):'
fi
