"""The scenario dialog in a real Qt session: combos fill, the map selection ticks, a run
produces the styled layers in a group named after the scenario."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider

pytestmark = pytest.mark.usefixtures("qgis_processing")


@pytest.fixture()
def project_layers():
    project = QgsProject.instance()
    layers = [QgsVectorLayer(FACILITIES, "facilities", "ogr"),
              QgsVectorLayer(POPULATION, "population", "ogr"),
              QgsVectorLayer(ROADS, "roads", "ogr")]
    project.addMapLayers(layers)
    yield layers
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def make_dialog(project_layers):
    from palveluverkko.ui.scenario_dialog import ScenarioDialog

    fac, pop, roads = project_layers
    dlg = ScenarioDialog()
    dlg.facilities.setLayer(fac)
    dlg.fac_id.setField("fac_id")
    dlg.population.setLayer(pop)
    dlg.pop_field.setField("population")
    dlg.roads.setLayer(roads)
    dlg.class_field.setField("highway")
    dlg.mode.setCurrentIndex(1)
    dlg.thresholds.setText("5,10")
    return dlg


def test_combos_fill_and_selection_ticks(project_layers):
    dlg = make_dialog(project_layers)
    fac = project_layers[0]
    assert dlg.facilities.count() == 2  # points and polygons only: facilities, population
    assert dlg.roads.currentLayer() is project_layers[2]
    assert dlg.list.count() == fac.featureCount() == 17
    ids = {f["fac_id"]: f.id() for f in fac.getFeatures()}
    fac.selectByIds([ids[3], ids[7]])
    dlg.tick_selection()
    assert sorted(dlg.closed_ids()) == ["3", "7"]
    alg, params = dlg.parameters()
    assert alg == "palveluverkko:closureimpact" and params["CLOSE_IDS"] in ("3,7", "7,3")
    assert params["NAME_FIELD"] == "name" and params["SCENARIO_NAME"] == dlg.scenario.text()
    from palveluverkko.ui.scenario_dialog import MODES

    assert [dlg.mode.itemText(i) for i in range(dlg.mode.count())][:2] == ["Car", "Walk"]
    assert dlg.mode.count() == len(MODES) and MODES[-1] == "transit"
    dlg.mode.setCurrentIndex(MODES.index("transit"))
    assert dlg.parameters()[0] == "palveluverkko:transitclosureimpact"
    assert dlg.gtfs.isEnabled()


def test_background_run_loads_styled_layers(project_layers):
    register_provider()
    dlg = make_dialog(project_layers)
    dlg.scenario.setText("Close 3")
    dlg.list.item(2).setCheckState(Qt.Checked)
    from unittest import mock

    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl") as opened:
        dlg.run()
        assert not dlg.run_button.isEnabled() and dlg.cancel_button.isEnabled()
        deadline = time.time() + 120
        while dlg.task is not None and time.time() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.05)
    assert dlg.task is None and dlg.status.text() == "Done.", dlg.status.text()
    group = QgsProject.instance().layerTreeRoot().findGroup("Close 3")
    assert group is not None and len(group.findLayers()) == 5
    cells = dlg.loaded_layers[0]
    assert cells.renderer().type() == "graduatedSymbol"
    assert cells.renderer().classAttribute() == "change_min"
    assert opened.call_count == 1
    assert dlg.progress.value() == 100
    # the report, its map and its PDF are made in the background task's thread too
    report = Path(opened.call_args[0][0].toLocalFile())
    assert report.read_text(encoding="utf-8").count("<img") == 3
    assert report.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
