"""The plugin folder importable as the package ``palveluverkko`` (for tests and benches).

The checkout's folder name is not the package name, so a link named ``palveluverkko``
to it goes in a folder of its own, which goes on ``sys.path``.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_LINK = Path(os.environ.get("PALVELUVERKKO_PKG_DIR",
                           f"/tmp/palveluverkko_pkg_{hashlib.sha1(bytes(ROOT)).hexdigest()[:10]}"))


def make_importable() -> None:
    """Put ``ROOT`` (for ``core``, ``tests``, ``bench``) and the link folder on sys.path."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    _LINK.mkdir(parents=True, exist_ok=True)
    link = _LINK / "palveluverkko"
    if not link.is_symlink() or link.resolve() != ROOT:
        if link.is_symlink():
            link.unlink()
        link.symlink_to(ROOT)
    if str(_LINK) not in sys.path:
        sys.path.insert(0, str(_LINK))
