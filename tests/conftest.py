"""Test set-up: the plugin folder is importable as the package ``palveluverkko``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for ``core`` and ``tests`` as top-level packages
_LINK = Path(os.environ.get("PALVELUVERKKO_PKG_DIR", "/tmp/palveluverkko_pkg"))


def _package_path() -> Path:
    """A folder holding a ``palveluverkko`` link to the checkout, so relative imports work."""
    _LINK.mkdir(parents=True, exist_ok=True)
    link = _LINK / "palveluverkko"
    if not link.exists():
        link.symlink_to(ROOT)
    return _LINK


if str(_package_path()) not in sys.path:
    sys.path.insert(0, str(_LINK))
