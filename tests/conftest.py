"""Test set-up: the plugin folder is importable as the package ``palveluverkko``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.package_link import make_importable  # noqa: E402

make_importable()
