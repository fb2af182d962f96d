#!/usr/bin/env bash
# Run the test suite headless (installs what is missing first). Extra arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$ROOT/.venv/bin/ruff" check "$ROOT"
exec "$ROOT/.venv/bin/python" -m pytest -q "$ROOT/tests" "$@"
