"""Test set-up: the plugin folder is importable as the package ``palveluverkko``."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for ``core`` and ``tests`` as top-level packages
_LINK = Path(os.environ.get("PALVELUVERKKO_PKG_DIR",
                           f"/tmp/palveluverkko_pkg_{hashlib.sha1(bytes(ROOT)).hexdigest()[:10]}"))


def _package_path() -> Path:
    """A folder holding a ``palveluverkko`` link to the checkout, so relative imports work."""
    _LINK.mkdir(parents=True, exist_ok=True)
    link = _LINK / "palveluverkko"
    if not link.is_symlink() or link.resolve() != ROOT:
        if link.is_symlink():
            link.unlink()
        link.symlink_to(ROOT)
    return _LINK


if str(_package_path()) not in sys.path:
    sys.path.insert(0, str(_LINK))
