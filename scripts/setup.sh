#!/usr/bin/env bash
# Install what Palveluverkko needs on Debian bookworm (run as root). Idempotent:
# a second run only checks and returns quickly.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PALVELUVERKKO_VENV:-$ROOT/.venv}"
need_apt=0
for p in qgis python3-qgis qgis-providers python3-scipy python3-pandas python3-networkx \
         python3-shapely python3-matplotlib python3-venv xvfb qttools5-dev-tools pyqt5-dev-tools \
         qttranslations5-l10n zip unzip; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_apt=1
done
if [ "$need_apt" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" \
      > /etc/apt/sources.list.d/bookworm-backports.list
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -t bookworm-backports \
    qgis python3-qgis qgis-providers
  apt-get install -y -qq --no-install-recommends python3-scipy python3-pandas python3-networkx \
    python3-shapely python3-matplotlib python3-venv python3-pip xvfb xauth qttools5-dev-tools \
    pyqt5-dev-tools zip unzip
  # Qt's own Finnish and Swedish texts (dialog buttons such as "Peruuta"/"Avbryt"), which
  # QGIS loads from /usr/share/qt5/translations when its language is fi or sv
  apt-get install -y -qq --no-install-recommends qttranslations5-l10n
fi

if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if ! "$VENV/bin/python" -c "import pytest, pytest_qgis" 2>/dev/null || [ ! -x "$VENV/bin/ruff" ] \
   || [ ! -x "$VENV/bin/mypy" ]; then
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$ROOT/requirements-dev.txt"
fi
# The engine's tests (tests/core) in a venv WITHOUT QGIS and without the system site-packages:
# PyPI wheels of Debian's versions (requirements-core.txt); of the system only GDAL's osgeo,
# linked in by a .pth file. Remade when requirements-core.txt changes.
CORE_VENV="$ROOT/.venv-core"
CORE_STAMP="$CORE_VENV/requirements-core.txt"
if [ ! -x "$CORE_VENV/bin/python" ] || ! cmp -s "$ROOT/requirements-core.txt" "$CORE_STAMP"; then
  rm -rf "$CORE_VENV"
  /usr/bin/python3 -m venv "$CORE_VENV"
  "$CORE_VENV/bin/pip" install -q --disable-pip-version-check -r "$ROOT/requirements-core.txt"
  OSGEO="$(/usr/bin/python3 -c 'import os, osgeo; print(os.path.dirname(osgeo.__file__))')"
  mkdir -p "$CORE_VENV/debian-gdal"
  ln -sfn "$OSGEO" "$CORE_VENV/debian-gdal/osgeo"
  SITE="$("$CORE_VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  echo "$CORE_VENV/debian-gdal" > "$SITE/debian_gdal.pth"
  cp "$ROOT/requirements-core.txt" "$CORE_STAMP"
fi
# PySAL spopt as an independent reference for the location-allocation tests, in its own venv
# (its dependencies must not shadow the Debian libraries QGIS uses)
SPOPT_VENV="$ROOT/.venv-spopt"
if [ ! -x "$SPOPT_VENV/bin/python" ] || ! "$SPOPT_VENV/bin/python" -c "import spopt" 2>/dev/null; then
  /usr/bin/python3 -m venv "$SPOPT_VENV"
  "$SPOPT_VENV/bin/pip" install -q --disable-pip-version-check spopt || \
    echo "spopt could not be installed; its comparison test will be skipped" >&2
fi
# PySAL access (the accessibility indices' reference) in the same venv: tests only, never a
# runtime dependency of the plugin
if [ -x "$SPOPT_VENV/bin/python" ] && ! "$SPOPT_VENV/bin/python" -c "import access" 2>/dev/null
then
  "$SPOPT_VENV/bin/pip" install -q --disable-pip-version-check "access==1.1.10.*" || \
    echo "PySAL access could not be installed; its comparison test will be skipped" >&2
fi
echo "setup ok: $(qgis_process.bin --version 2>/dev/null | grep -m1 QGIS || echo QGIS) venv=$VENV"
