"""Write resources/help/<algorithm id>.html for every algorithm (the dialogs' Help button).

Run with the QGIS Python: ``.venv/bin/python scripts/make_help_pages.py``. The pages are
generated from algorithms/help.py; tests/algorithms/test_dialogs.py checks they are current.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.package_link import make_importable

    make_importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from palveluverkko.algorithms.common import HELP_PAGES
    from palveluverkko.algorithms.help_pages import help_page
    from palveluverkko.algorithms.provider import all_algorithms

    HELP_PAGES.mkdir(parents=True, exist_ok=True)
    for alg in all_algorithms():
        alg.initAlgorithm()
        (HELP_PAGES / f"{alg.name()}.html").write_text(help_page(alg), encoding="utf-8")
        print(HELP_PAGES / f"{alg.name()}.html")


if __name__ == "__main__":
    main()
