#!/usr/bin/env bash
# The whole check, as CI runs it (installs what is missing first): ruff, mypy on core/, the
# engine's tests (tests/core) in .venv-core where qgis cannot be imported, then the QGIS layers
# (tests/algorithms, tests/ui, tests/integration) in .venv. Extra arguments go to both pytest runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$ROOT/.venv/bin/ruff" check "$ROOT"
"$ROOT/.venv/bin/mypy"
CORE_PY="$ROOT/.venv-core/bin/python"
if "$CORE_PY" -c "import qgis" 2>/dev/null; then
  echo "qgis is importable in .venv-core: tests/core would not prove the engine runs without QGIS" >&2
  exit 1
fi
"$CORE_PY" -m pytest -q "$ROOT/tests/core" "$@"
exec "$ROOT/.venv/bin/python" -m pytest -q "$ROOT/tests" --ignore="$ROOT/tests/core" "$@"
