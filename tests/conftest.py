"""Test set-up: the plugin folder is importable as the package ``palveluverkko``."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# no disk cache of road networks in the user's QGIS profile (tests that need one set a folder)
os.environ.setdefault("PALVELUVERKKO_NETWORK_CACHE", "off")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.package_link import make_importable  # noqa: E402

make_importable()


@pytest.fixture(scope="session", autouse=True)
def sample_data_untouched():
    """No test may change the bundled sample data (a GeoPackage opened read-write by QGIS
    is switched to WAL journaling, which changes the file)."""
    files = sorted((ROOT / "resources" / "sample").glob("*.gpkg"))
    before = {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    yield
    changed = [f.name for f in files if hashlib.sha256(f.read_bytes()).hexdigest() != before[f]]
    assert not changed, f"tests changed the sample data: {changed}"
