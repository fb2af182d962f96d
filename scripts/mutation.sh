#!/usr/bin/env bash
# Mutation testing of core/ with mutmut: by hand or nightly, NOT in CI (it runs the tests once
# per mutant, minutes per module). mutmut goes in its own venv (.venv-mutation, from PyPI);
# the tests run in .venv-core (no QGIS) on a scratch copy of the checkout, since mutmut edits
# the files it mutates. A surviving mutant is a change to the code that no test noticed:
# review each one (`mutmut show ID` in the scratch folder), then write the test that kills
# it or note why it is harmless. The score is in CONTRIBUTING.md.
#
#   scripts/mutation.sh                       # the modules below, each with its own tests
#   scripts/mutation.sh core/roads/wkb.py:tests/core/test_wkb.py     # MODULE:TEST[,TEST...]
# MUTATION_DIR=/tmp/somewhere runs in another scratch folder (two runs side by side).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" >/dev/null
MVENV="$ROOT/.venv-mutation"
if [ ! -x "$MVENV/bin/mutmut" ]; then
  /usr/bin/python3 -m venv "$MVENV"
  "$MVENV/bin/pip" install -q --disable-pip-version-check "mutmut==2.5.1"
fi
if [ "$#" -gt 0 ]; then
  PAIRS=("$@")
else  # module, then the fast tests aimed at it
  PAIRS=(
    core/roads/snapping.py:tests/core/test_snapping.py
    core/roads/checks.py:tests/core/test_checks.py
    core/scenario/bands.py:tests/core/test_bands.py
    core/scenario/report.py:tests/core/test_report.py,tests/core/test_board_report.py
  )
fi
WORK="${MUTATION_DIR:-/tmp/palveluverkko-mutation-$(id -u)}"
rm -rf "$WORK"
mkdir -p "$WORK/resources"
cp -r "$ROOT/core" "$ROOT/tests" "$ROOT/pyproject.toml" "$WORK/"
cp -r "$ROOT/resources/sample" "$WORK/resources/"
find "$WORK" -name __pycache__ -prune -exec rm -rf {} +
cd "$WORK"
for pair in "${PAIRS[@]}"; do
  module="${pair%%:*}"
  tests="${pair#*:}"
  tests="${tests//,/ }"
  echo "== $module  <-  $tests"
  "$MVENV/bin/mutmut" run --paths-to-mutate "$module" --tests-dir tests/core --simple-output --no-progress \
    --runner "$ROOT/.venv-core/bin/python -m pytest -x -q -p no:cacheprovider $tests" || true
done
"$MVENV/bin/mutmut" results || true
echo "scratch copy with the results: $WORK (mutmut show ID / mutmut html there)"
