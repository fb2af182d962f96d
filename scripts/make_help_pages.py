"""Write resources/help/<algorithm id>.html for every algorithm (the dialogs' Help button),
and the Finnish and Swedish pages in resources/help/fi and resources/help/sv.

Run with the QGIS Python: ``.venv/bin/python scripts/make_help_pages.py``. The pages are
generated from algorithms/help.py; tests/algorithms/test_dialogs.py checks they are current.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fi", "sv")  # pages in resources/help/<lang>/, from i18n/palveluverkko_<lang>.qm


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.package_link import make_importable

    make_importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from palveluverkko.algorithms.common import HELP_PAGES
    from palveluverkko.algorithms.help_pages import help_page
    from palveluverkko.algorithms.provider import all_algorithms

    for lang in ("", *LANGUAGES):  # English first, then with each translation installed
        translator = QTranslator()
        if lang:
            if not translator.load(str(ROOT / "i18n" / f"palveluverkko_{lang}.qm")):
                continue
            QCoreApplication.installTranslator(translator)
        folder = HELP_PAGES / lang if lang else HELP_PAGES
        folder.mkdir(parents=True, exist_ok=True)
        for alg in all_algorithms():
            alg.initAlgorithm()
            (folder / f"{alg.name()}.html").write_text(help_page(alg, lang or "en"),
                                                       encoding="utf-8")
        print(folder)
        if lang:
            QCoreApplication.removeTranslator(translator)


if __name__ == "__main__":
    main()
