"""Screenshots of the scenario dialog and its result map in a Finnish QGIS, on the bundled
Tampere sample (the README's worked example: Kaukajärvi and Linnainmaa closed, on foot).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py

Writes docs/screenshots/fi_scenario_dialog*.png and fi_scenario_map*.png, and
fi_scenario_channels.png: the dialog with the service channels (the README's scenario over
all channels on the channel sample); with ``--channels`` only that one.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

from qgis.core import (
    QgsApplication,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SAMPLE = ROOT / "resources" / "sample"
SCENARIO = "Kaukajärvi ja Linnainmaa kiinni"
TRANSIT_SCENARIO = "Sama joukkoliikenteellä"
CHANNEL_SCENARIO = "Seitsemän asemaa kiinni, terveysbussi ja etävastaanotto"


def small_png(image_or_path, path: Path) -> None:
    """Save as a palette PNG (a few hundred kB at most)."""
    from PIL import Image

    tmp = path.with_suffix(".tmp.png")
    if isinstance(image_or_path, Path):
        shutil.move(image_or_path, tmp)
    else:
        image_or_path.save(str(tmp))
    Image.open(tmp).convert("RGB").quantize(256).save(path, optimize=True)
    tmp.unlink()


def wait(dlg) -> None:
    deadline = time.time() + 300
    while dlg.task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    QgsApplication.processEvents()


def base_layers(project: QgsProject) -> dict:
    layers = {n: QgsVectorLayer(f"{SAMPLE / 'tampere_sample.gpkg'}|layername={n}", n, "ogr")
              for n in ("facilities", "roads", "population")}
    names = {"facilities": "terveysasemat", "roads": "tiet", "population": "väestöruudut"}
    for key, layer in layers.items():
        layer.setName(names[key])
    symbol = layers["roads"].renderer().symbol()
    symbol.setColor(QColor("#8a8a8a"))
    symbol.setWidth(0.12)
    fill = layers["population"].renderer().symbol()
    fill.setColor(QColor(0, 0, 0, 0))
    fill.symbolLayer(0).setStrokeColor(QColor("#c8c8c8"))
    project.addMapLayers(list(layers.values()))
    return layers


def map_image(project: QgsProject, group_name: str, title: str, path: Path) -> None:
    """The visible layers with a legend (layers of the group and the facilities only)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(262, 184, QgsUnitTypes.LayoutMillimeters))
    head = QgsLayoutItemLabel(layout)
    head.setText(title)
    head.setFont(QFont("DejaVu Sans", 13, QFont.Bold))
    head.attemptMove(QgsLayoutPoint(6, 4))
    head.attemptResize(QgsLayoutSize(250, 10))
    layout.addLayoutItem(head)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(6, 15))
    item.attemptResize(QgsLayoutSize(160, 165))
    item.setFrameEnabled(True)
    group = project.layerTreeRoot().findGroup(group_name)
    cells = next(n.layer() for n in group.findLayers() if n.layer().geometryType() == 2)
    extent = cells.extent()
    extent.scale(1.02)
    item.setExtent(extent)
    layout.addLayoutItem(item)
    item.zoomToExtent(extent)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setTitle("Selite")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    for node in list(root.children()):
        keep = QgsLayerTree.isGroup(node) and node.name() == group_name
        if not keep:
            root.removeChildNode(node)
    for node in group.children():
        layer = node.layer() if QgsLayerTree.isLayer(node) else None
        copy = legend.model().rootGroup().findGroup(group_name)
        if layer is None or not layer.isSpatial():
            copy.removeLayer(layer)
        else:  # the group names the scenario: the layers' own part is enough here
            copy.findLayer(layer.id()).setCustomProperty(
                "legend/title-label", layer.name().split(": ", 1)[-1])
    legend.setStyleFont(QgsLegendStyle.Group, QFont("DejaVu Sans", 9, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 8))
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(170, 15))
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    bottom = item.positionWithUnits().y() + item.sizeWithUnits().height()
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    tmp = path.with_suffix(".raw.png")
    for _ in range(2):  # the legend's size is known once it has been drawn: widen the page
        right = legend.positionWithUnits().x() + legend.sizeWithUnits().width()
        page.setPageSize(QgsLayoutSize(max(262, right + 4), bottom + 5,
                                       QgsUnitTypes.LayoutMillimeters))
        exporter.exportToImage(str(tmp), settings)
    small_png(tmp, path)


def channel_shot() -> None:
    """The dialog after the README's scenario over all channels (Helsinki sample, walking,
    seven sites closed, the health bus's stops and remote GP visits), the channels group in
    view."""
    from qgis.PyQt.QtWidgets import QScrollArea

    from palveluverkko.ui.scenario_dialog import ScenarioDialog
    from palveluverkko.ui.scenario_inputs import MODES

    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()
    helsinki, channels = SAMPLE / "helsinki_sample.gpkg", SAMPLE / "channels_sample.gpkg"
    layers = [QgsVectorLayer(f"{path}|layername={n}", n, "ogr") for path, n in (
        (helsinki, "facilities"), (helsinki, "roads"), (channels, "cells"),
        (channels, "mobile_stops"), (channels, "mobile_units"), (channels, "stop_schedule"),
        (channels, "holidays"), (channels, "broadband"))]
    for layer, name in zip(layers, ("toimipisteet", "tiet", "väestöruudut")):
        layer.setName(name)  # (the tables keep theirs: the dialog finds them by name)
    project.addMapLayers(layers)
    QgsSettings().remove("palveluverkko/scenario")
    dlg = ScenarioDialog()
    dlg.fac.layer.setLayer(layers[0])
    dlg.fac.capacity.setField("")
    dlg.pop.layer.setLayer(layers[2])
    dlg.pop.total.setField("population")
    dlg.pop.area.setField("area")
    dlg.travel.roads.setLayer(layers[1])
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    dlg.result.name.setText(CHANNEL_SCENARIO)
    dlg.result.thresholds.setText("8")
    dlg.channels.limit.setValue(8)
    dlg.channels.readiness.setText("population=0.85")
    dlg.show()
    QgsApplication.processEvents()
    closed = {"1", "5", "7", "8", "10", "12", "13"}
    for i in range(dlg.list.count()):
        item = dlg.list.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole + 1) in closed
                           else Qt.Unchecked)
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        dlg.run()
        wait(dlg)
    scroll = dlg.findChild(QScrollArea)
    scroll.ensureWidgetVisible(dlg.channels.box)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    bar = dlg.messages.verticalScrollBar()  # the channels' line is the last one
    bar.setValue(bar.maximum())
    QgsApplication.processEvents()
    small_png(dlg.grab(), OUT / "fi_scenario_channels.png")


def main() -> None:
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    pkg = Path(tempfile.mkdtemp())
    (pkg / "palveluverkko").symlink_to(ROOT)
    sys.path.insert(0, str(pkg))
    from palveluverkko.algorithms.provider import PalveluverkkoProvider
    from palveluverkko.plugin import install_translator

    QgsSettings().setValue("locale/userLocale", "fi")
    QLocale.setDefault(QLocale(QLocale.Finnish, QLocale.Finland))
    keep = [install_translator("fi")]
    for qm in ("/usr/share/qt5/translations/qtbase_fi.qm", "/usr/share/qgis/i18n/qgis_fi.qm"):
        translator = QTranslator()  # the dialogs' standard buttons (Close), QGIS's widgets
        if translator.load(qm):
            QgsApplication.installTranslator(translator)
            keep.append(translator)
    from palveluverkko.ui.scenario_dialog import ScenarioDialog
    from palveluverkko.ui.scenario_inputs import MODES, TRANSIT

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    QgsSettings().remove("palveluverkko/scenario")
    work = Path(tempfile.mkdtemp(prefix="palveluverkko_shots_"))
    project = QgsProject.instance()
    if "--channels" in sys.argv:
        project.write(str(work / "channels.qgz"))
        channel_shot()
        print(OUT / "fi_scenario_channels.png")
        return
    base_layers(project)
    project.write(str(work / "tampere.qgz"))  # the outputs go next to it
    OUT.mkdir(parents=True, exist_ok=True)

    dlg = ScenarioDialog()
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    dlg.result.name.setText(SCENARIO)
    dlg.result.thresholds.setText("10,20,30")
    dlg.show()
    QgsApplication.processEvents()
    for i in range(dlg.list.count()):
        item = dlg.list.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole + 1) in ("3", "4")
                           else Qt.Unchecked)
    QgsApplication.processEvents()
    small_png(dlg.grab(), OUT / "fi_scenario_dialog.png")
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        dlg.run()
        wait(dlg)
    small_png(dlg.grab(), OUT / "fi_scenario_dialog_done.png")
    map_image(project, SCENARIO, f"{SCENARIO}: muutos kävelymatkan ajassa",
              OUT / "fi_scenario_map.png")
    group = project.layerTreeRoot().findGroup(SCENARIO)
    cells = next(n.layer() for n in group.findLayers() if n.layer().geometryType() == 2)
    styles = cells.styleManager().styles()
    after = next(s for s in styles if s not in (cells.styleManager().currentStyle(),)
                 and ("after" in s.lower() or "jälkeen" in s.lower()))
    cells.styleManager().setCurrentStyle(after)
    map_image(project, SCENARIO, f"{SCENARIO}: kävelyaika lähimmälle asemalle sulkemisen "
              "jälkeen", OUT / "fi_scenario_map_after.png")

    # public transport: a date the feed does not run on is caught before the run
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    dlg.transit.gtfs.setFilePath(str(SAMPLE / "tampere_gtfs.zip"))
    dlg.transit.date.setDate(QDate(2016, 11, 1))
    dlg.run()
    QgsApplication.processEvents()
    small_png(dlg.grab(), OUT / "fi_scenario_dialog_transit_error.png")
    dlg.transit.date.setDate(QDate(2022, 1, 18))
    dlg.result.name.setText(TRANSIT_SCENARIO)
    dlg.result.thresholds.setText("15,30")
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        dlg.run()
        wait(dlg)
    small_png(dlg.grab(), OUT / "fi_scenario_dialog_transit_done.png")
    group = project.layerTreeRoot().findGroup(TRANSIT_SCENARIO)
    cells = next(n.layer() for n in group.findLayers() if n.layer().geometryType() == 2)
    cells.styleManager().setCurrentStyle(next(
        s for s in cells.styleManager().styles() if "after" in s.lower()
        or "jälkeen" in s.lower()))
    map_image(project, TRANSIT_SCENARIO, f"{TRANSIT_SCENARIO}: matka-aika (mediaani "
              "7-9) sulkemisen jälkeen", OUT / "fi_scenario_map_transit_after.png")
    channel_shot()
    print(OUT, work)
    del keep


if __name__ == "__main__":
    app = QgsApplication([], True)
    app.initQgis()
    main()
