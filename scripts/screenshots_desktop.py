"""Screenshots of the Finnish desktop for the README: an algorithm dialog with its fields
preselected by name, the Processing toolbox group and the example model in the modeler.

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python scripts/screenshots_desktop.py

QGIS runs with the Finnish locale, its own Finnish translation and the plugin's
(i18n/palveluverkko_fi.qm); the layers are the bundled Tampere sample. PNGs go to
docs/screenshots/fi_*.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
DATA = ROOT / "resources" / "sample" / "tampere_sample.gpkg"
_KEEP: list = []


def finnish_app():
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QLocale, QTranslator

    app = QgsApplication([], True)
    QgsSettings().setValue("locale/userLocale", "fi")
    QgsSettings().setValue("locale/overrideFlag", True)
    QLocale.setDefault(QLocale("fi_FI"))
    app.initQgis()
    for qm in (Path("/usr/share/qt5/translations/qtbase_fi.qm"),
               Path("/usr/share/qgis/i18n/qgis_fi.qm"), ROOT / "i18n" / "palveluverkko_fi.qm"):
        t = QTranslator()
        if t.load(str(qm)):
            app.installTranslator(t)
            _KEEP.append(t)
    return app


def save(widget, name: str, app) -> Path:
    widget.show()
    for _ in range(20):
        app.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    try:  # a 128-colour palette keeps the PNGs small
        from PIL import Image

        Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)
    except ImportError:
        pass
    print(path)
    return path


def algorithm_dialog(alg_id: str, layers: dict, choose: dict, app, name: str, size=(1100, 760),
                     show: str = ""):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    dlg = alg.createCustomParametersWidget(None)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    wrappers = dlg.mainWidget().wrappers
    for key, layer in choose.items():
        wrappers[key].setParameterValue(layers[layer].id(), context)
    dlg.resize(*size)
    if show:  # scroll the parameters to this one
        dlg.show()
        app.processEvents()
        from qgis.PyQt.QtWidgets import QScrollArea

        area = dlg.mainWidget().findChild(QScrollArea)
        area.ensureWidgetVisible(wrappers[show].wrappedWidget(), 0, 300)
    return save(dlg, name, app)


def toolbox(app):
    from qgis.gui import QgsProcessingToolboxProxyModel, QgsProcessingToolboxTreeView

    view = QgsProcessingToolboxTreeView()
    view.setToolboxProxyModel(QgsProcessingToolboxProxyModel(view))
    view.setFilterString("")
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if "Palveluverkko" in str(model.data(index)):
            view.expand(index)
            for sub in range(model.rowCount(index)):
                view.expand(model.index(sub, 0, index))
        else:
            view.setRowHidden(row, index.parent(), True)
    view.setHeaderHidden(True)
    view.resize(460, 640)
    return save(view, "fi_toolbox", app)


def modeler(app):
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    model.fromFile(str(ROOT / "resources" / "models" / "walking_access.model3"))
    dlg = ModelerDialog.create(model)
    dlg.resize(1200, 760)
    dlg.show()
    for _ in range(20):
        app.processEvents()
    dlg.view().zoomFull() if hasattr(dlg.view(), "zoomFull") else None
    return save(dlg, "fi_model", app)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = finnish_app()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    Processing.initialize()
    sys.path.insert(0, str(ROOT))
    from tests.package_link import make_importable

    make_importable()
    from processing.gui import ParametersPanel

    ParametersPanel.iface = None  # outside the desktop: no browser model or canvas to give
    from palveluverkko.algorithms.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    names = {"population": "väestö", "facilities": "terveysasemat", "roads": "tiet"}
    layers = {k: QgsVectorLayer(f"{DATA}|layername={k}", v, "ogr") for k, v in names.items()}
    QgsProject.instance().addMapLayers(list(layers.values()))
    algorithm_dialog("palveluverkko:closureimpact", layers,
                     {"FACILITIES": "facilities", "POPULATION": "population",
                      "ROADS": "roads"}, app, "fi_closure_dialog", show="AREA_FIELD")
    algorithm_dialog("palveluverkko:nearestfacility", layers,
                     {"INPUT": "population", "FACILITIES": "facilities", "ROADS": "roads"},
                     app, "fi_nearest_dialog")
    toolbox(app)
    try:
        modeler(app)
    except Exception as e:  # the modeler wants the desktop's iface in some versions
        print(f"modeler screenshot skipped: {e}", file=sys.stderr)
    sys.stdout.flush()
    os._exit(0)  # (QGIS may crash tearing down the Processing dialogs under Xvfb)


if __name__ == "__main__":
    main()
