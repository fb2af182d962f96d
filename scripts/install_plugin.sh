#!/usr/bin/env bash
# Make this checkout the "palveluverkko" plugin of a QGIS profile and enable it, so the
# QGIS desktop and qgis_process find it. QGIS_CUSTOM_CONFIG_PATH selects another
# configuration folder (the tests use a temporary one).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIG="${QGIS_CUSTOM_CONFIG_PATH:-$HOME/.local/share/QGIS/QGIS3}"
PLUGINS="$CONFIG/profiles/default/python/plugins"
mkdir -p "$PLUGINS"
if [ -e "$PLUGINS/palveluverkko" ] && [ ! -L "$PLUGINS/palveluverkko" ]; then
  echo "$PLUGINS/palveluverkko exists and is not a link; move it away first" >&2
  exit 1
fi
ln -sfn "$ROOT" "$PLUGINS/palveluverkko"
QT_QPA_PLATFORM=offscreen QGIS_CUSTOM_CONFIG_PATH="$CONFIG" \
  qgis_process plugins enable palveluverkko >/dev/null 2>&1 || true
echo "plugin linked: $PLUGINS/palveluverkko -> $ROOT"
