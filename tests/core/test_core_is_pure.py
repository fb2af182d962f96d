"""The engine and its tests must not import qgis, so they run (and are tested) without QGIS."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"
TESTS = ROOT / "tests"
# what tests/core may import from tests/ (helpers that load data with GDAL's ogr, never QGIS)
CORE_TEST_HELPERS = ["conftest.py", "package_link.py", "osm_data.py", "reference.py",
                     "spopt_reference.py", "digiroad_data.py"]


def qgis_imports(path: Path) -> list[str]:
    """Names of qgis/PyQt modules a file imports anywhere (top level or inside functions)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        found += [n for n in names if n.split(".")[0] in ("qgis", "PyQt5", "processing")]
    return found


def test_core_never_imports_qgis():
    for path in CORE.rglob("*.py"):
        assert not qgis_imports(path), path


def test_core_tests_and_their_helpers_never_import_qgis():
    files = [*(TESTS / "core").rglob("*.py"), *(TESTS / name for name in CORE_TEST_HELPERS)]
    assert len(files) > 5
    for path in files:
        assert not qgis_imports(path), path
        tree = ast.parse(path.read_text())
        helpers = {n.module.split(".")[1] for n in ast.walk(tree)
                   if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("tests.")
                   and n.module.count(".") == 1}
        assert helpers <= {Path(h).stem for h in CORE_TEST_HELPERS}, (path, helpers)
