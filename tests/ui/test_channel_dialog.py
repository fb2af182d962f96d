"""The scenario dialog's "Service channels" group on the bundled channel sample: the inputs
preselected where unambiguous, reaching the closure impact's parameters, kept by layer name,
and a run that shows the compensation figures and a styled best-channel layer (the README's
scenario over all channels)."""

from __future__ import annotations

from unittest import mock

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.qgis_helpers import ROOT, SAMPLE, register_provider, rows
from tests.ui.test_dialog import scenario_project, tick, wait

pytestmark = pytest.mark.usefixtures("qgis_processing")
CHANNELS = ROOT / "resources" / "sample" / "channels_sample.gpkg"
TABLES = ("mobile_stops", "mobile_units", "stop_schedule", "holidays", "broadband")


def _layer(path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture()
def channel_project(tmp_path):
    layers = {n: _layer(SAMPLE, n) for n in ("facilities", "roads")}
    layers.update({n: _layer(CHANNELS, n) for n in ("cells", *TABLES)})
    with scenario_project(tmp_path, list(layers.values())):
        yield layers


def _dialog(layers):
    from palveluverkko.ui.scenario_dialog import ScenarioDialog
    from palveluverkko.ui.scenario_inputs import MODES

    dlg = ScenarioDialog()
    dlg.fac.layer.setLayer(layers["facilities"])
    dlg.pop.layer.setLayer(layers["cells"])
    dlg.pop.total.setField("population")
    dlg.travel.roads.setLayer(layers["roads"])
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    dlg.result.thresholds.setText("8")
    return dlg


def test_channel_inputs_reach_the_algorithm(channel_project):
    layers = channel_project
    dlg = _dialog(layers)
    ch = dlg.channels
    assert ch in dlg.left and ch.box.title() == "Service channels (optional)"
    # each table preselected: the only layer with the fields it needs
    assert [c.currentLayer() for c in (ch.stops, ch.units, ch.schedule, ch.holidays,
                                       ch.broadband)] == [layers[n] for n in TABLES]
    assert ch.grid.currentField() == "id"  # of the population layer
    ch.limit.setValue(8)
    tick(dlg, "1", "5")
    # the default readiness names age fields this population does not have
    assert dlg.problems() == ["Digital readiness: the population layer 'cells' has no field "
                              "'ika_15_64'."]
    ch.readiness.setText("population=0.85")
    ch.remote.setText("gp=1.3")
    assert dlg.problems() == ["Remote share: 'gp=1.3' is outside 0-1."]
    ch.remote.setText("gp=0.3")
    assert dlg.problems() == []
    alg, params = dlg.parameters()
    assert alg == "palveluverkko:closureimpact"
    assert {k: params[k] for k in ("STOPS", "UNITS", "SCHEDULE", "HOLIDAYS", "BROADBAND")} \
        == {k: layers[n] for k, n in zip(("STOPS", "UNITS", "SCHEDULE", "HOLIDAYS",
                                          "BROADBAND"), TABLES)}
    assert (params["MOBILE_LIMIT"], params["GRID_ID"], params["READINESS"],
            params["REMOTE"], params["RULE"], params["DEFAULT"]) == (
        8, "id", "population=0.85", "gp=0.3", 2, -1)
    # every key is a parameter of the algorithm (closure and transit closure alike)
    register_provider()
    from qgis.core import QgsApplication

    for alg_id in ("palveluverkko:closureimpact", "palveluverkko:transitclosureimpact"):
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        for key in ("STOPS", "UNITS", "SCHEDULE", "HOLIDAYS", "MOBILE_LIMIT", "BROADBAND",
                    "GRID_ID", "READINESS", "REMOTE", "RULE", "DEFAULT"):
            assert alg.parameterDefinition(key) is not None, (alg_id, key)
    # missing companions are problems; no stops and no broadband: no channel parameters
    ch.units.setLayer(None)
    ch.grid.setField("")
    assert dlg.problems() == [
        "Mobile stops are chosen: choose the mobile units table too.",
        "A broadband table is chosen: choose the population's grid id field too."]
    ch.stops.setLayer(None)
    ch.broadband.setLayer(None)
    params = dlg.parameters()[1]
    assert not {"STOPS", "BROADBAND", "MOBILE_LIMIT", "GRID_ID"} & set(params)
    assert dlg.problems() == []


def test_channel_settings_restored_by_layer_name(channel_project):
    layers = channel_project
    dlg = _dialog(layers)
    dlg.channels.limit.setValue(8)
    dlg.channels.readiness.setText("population=0.85")
    dlg.channels.rule.setCurrentIndex(0)
    dlg.channels.holidays.setLayer(None)
    dlg.save_settings()
    QgsProject.instance().removeAllMapLayers()
    again = {n: _layer(CHANNELS, n) for n in ("cells", *TABLES)}
    again["extra_stops"] = _layer(CHANNELS, "mobile_stops")  # two candidates: no guess
    again["extra_stops"].setName("bus stops 2024")
    QgsProject.instance().addMapLayers(list(again.values()))
    from palveluverkko.ui.scenario_dialog import ScenarioDialog

    dlg = ScenarioDialog()
    ch = dlg.channels
    assert ch.stops.currentLayer() is again["mobile_stops"]  # by the saved name
    assert ch.holidays.currentLayer() is None and ch.schedule.currentLayer() is \
        again["stop_schedule"]
    assert (ch.limit.value(), ch.readiness.text(), ch.rule.currentIndex()) == (
        8, "population=0.85", 0)


def test_run_with_channels_shows_the_compensation_and_a_channel_map(channel_project,
                                                                     tmp_path):
    register_provider()
    layers = channel_project
    dlg = _dialog(layers)
    dlg.result.name.setText("Kanavat")
    dlg.pop.area.setField("area")
    dlg.fac.capacity.setField("")
    ch = dlg.channels
    ch.limit.setValue(8)
    ch.readiness.setText("population=0.85")
    tick(dlg, "1", "5", "7", "8", "10", "12", "13")
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        assert dlg.run() is True, dlg.message_texts()
        wait(dlg)
    assert dlg.status.text().startswith("Done"), dlg.message_texts()
    # the README's figures: 4,471 lose their site, the bus serves 1,401, remote 744
    assert ("Channels: 4471 residents lose their facility within 8 min; a mobile stop serves "
            "1401, remote visits take 744 person-equivalents, 2326 are left without a "
            "substitute.") in dlg.message_texts()
    names = [x.name() for x in dlg.loaded_layers]
    assert names[1] == "Kanavat: best service channel after"
    assert "Kanavat: channels by area" in names
    best = dlg.loaded_layers[1]
    assert [i.label() for i in best.renderer().legendSymbolItems()] == [
        "fixed site within reach", "mobile stop within reach",
        "remote service (digital) only", "no channel"]
    cells = rows(best)
    counts = {k: sum(c["population"] for c in cells if c["ch_best_after"] == k)
              for k in ("fixed", "mobile", "digital", "none")}
    lost = [c for c in cells if c["ch_lost"]]
    assert sum(c["population"] for c in lost) == pytest.approx(4471)
    assert sum(c["population"] for c in lost if c["ch_best_after"] == "mobile") \
        == pytest.approx(1401)
    assert counts["fixed"] + counts["mobile"] + counts["digital"] + counts["none"] == \
        pytest.approx(sum(c["population"] for c in cells))
    # every cell falls in exactly the legend class of its best channel
    from qgis.core import QgsRenderContext

    render = QgsRenderContext()
    render.setExpressionContext(best.createExpressionContext())
    renderer = best.renderer().clone()
    renderer.startRender(render, best.fields())
    labels = {i.symbol().color().name(): i.label() for i in renderer.legendSymbolItems()}
    assert len(labels) == 4
    want = {"fixed": "fixed site within reach", "mobile": "mobile stop within reach",
            "digital": "remote service (digital) only", "none": "no channel"}
    for f in best.getFeatures():
        render.expressionContext().setFeature(f)
        keys = [x.color().name() for x in renderer.symbolsForFeature(f, render)]
        assert [labels[k] for k in keys] == [want[f["ch_best_after"]]]
    renderer.stopRender(render)
    report = (tmp_path / "out" / "Kanavat" / "report.html").read_text(encoding="utf-8")
    assert "Other service channels" in report


def test_a_table_the_plugin_wrote_does_not_block_the_preselection(tmp_path):
    """A result with the broadband table's fields (marked as the plugin's) is not counted:
    the sample's broadband table is still the only one, and preselected."""
    from palveluverkko.algorithms.map_styles import mark_output

    copy = _layer(CHANNELS, "broadband")
    copy.setName("broadband copy")
    mark_output(copy)
    layers = {n: _layer(SAMPLE, n) for n in ("facilities", "roads")}
    layers.update({n: _layer(CHANNELS, n) for n in ("cells", "broadband")})
    with scenario_project(tmp_path, [copy, *layers.values()]):
        dlg = _dialog(layers)
        assert dlg.channels.broadband.currentLayer() is layers["broadband"]
