"""Screenshots for the README: the scenario dialog and a styled closure result.

    xvfb-run -a /usr/bin/python3 scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"
DATA = ROOT / "resources" / "sample" / "helsinki_sample.gpkg"


def main() -> None:
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    pkg = Path(tempfile.mkdtemp())
    (pkg / "palveluverkko").symlink_to(ROOT)
    sys.path.insert(0, str(pkg))
    import processing

    from palveluverkko.algorithms.provider import PalveluverkkoProvider
    from palveluverkko.ui.scenario_dialog import ScenarioDialog

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    layers = {n: QgsVectorLayer(f"{DATA}|layername={n}", n, "ogr")
              for n in ("facilities", "population", "roads")}
    QgsProject.instance().addMapLayers(list(layers.values()))
    dlg = ScenarioDialog()
    dlg.facilities.setLayer(layers["facilities"])
    dlg.fac_id.setField("fac_id")
    dlg.capacity.setField("capacity")
    dlg.population.setLayer(layers["population"])
    dlg.pop_field.setField("population")
    dlg.area_field.setField("area")
    dlg.roads.setLayer(layers["roads"])
    dlg.class_field.setField("highway")
    dlg.mode.setCurrentIndex(1)
    dlg.thresholds.setText("5,10,15")
    dlg.scenario.setText("Close six sites")
    for i in (0, 1, 2, 3, 6, 9):
        dlg.list.item(i).setCheckState(2)
    dlg.resize(520, 860)
    dlg.show()
    QgsApplication.processEvents()
    dlg.grab().save(str(OUT / "scenario_dialog.png"))

    alg, params = dlg.parameters()
    res = processing.run(alg, params)
    cells = QgsVectorLayer(res["OUTPUT"], "cells", "ogr")
    cells.loadNamedStyle(str(ROOT / "resources" / "styles" / "change_in_time_polygons.qml"))
    cells.setOpacity(0.75)
    cells.setSubsetString('"min_before" IS NOT NULL')  # cells off the road extract
    roads = layers["roads"]
    roads.renderer().symbol().setColor(QColor("#666666"))
    roads.renderer().symbol().setWidth(0.15)
    fac = layers["facilities"]
    fac.renderer().symbol().setColor(QColor("#000000"))
    s = QgsMapSettings()
    s.setLayers([fac, roads, cells])
    s.setDestinationCrs(roads.crs())
    s.setExtent(roads.extent())
    s.setOutputSize(QSize(700, 700))
    s.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(s)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(OUT / "closure_change.png"))
    print(OUT)


if __name__ == "__main__":
    app = QgsApplication([], True)
    app.initQgis()
    main()
