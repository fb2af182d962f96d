"""The scenario dialog in a real Qt session on the bundled Tampere sample: inputs preselected
by name and following the travel mode, problems and failures shown in the dialog, settings
saved only after the check and restored by layer name, a run loaded as a styled group below
the point and line layers, and threshold legends."""

from __future__ import annotations

import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsRenderContext,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, Qt, QTime

from tests.qgis_helpers import ROOT, register_provider

pytestmark = pytest.mark.usefixtures("qgis_processing")
TAMPERE = ROOT / "resources" / "sample" / "tampere_sample.gpkg"
GTFS = ROOT / "resources" / "sample" / "tampere_gtfs.zip"


def sample_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{TAMPERE}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


@contextmanager
def scenario_project(tmp_path, layers: list):
    """The project holding ``layers`` (in tree order), outputs under ``tmp_path/out``, no
    dialog settings; all emptied afterwards."""
    QgsSettings().remove("palveluverkko/scenario")
    project = QgsProject.instance()
    project.writeEntry("palveluverkko", "output_folder", str(tmp_path / "out"))
    project.addMapLayers(layers)
    try:
        yield layers
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()
        project.removeEntry("palveluverkko", "output_folder")
        QgsSettings().remove("palveluverkko/scenario")


@pytest.fixture()
def project_layers(tmp_path):
    # the tree: facilities, roads, population
    with scenario_project(tmp_path, [sample_layer(n) for n in ("facilities", "roads",
                                                               "population")]) as layers:
        yield layers


def make_dialog(layers=None, facilities=None):
    """A new dialog; with the fixture's ``layers``, those chosen (``facilities`` instead of
    the sample's if given)."""
    from palveluverkko.ui.scenario_dialog import ScenarioDialog

    dlg = ScenarioDialog()
    if layers is not None:
        fac, roads, pop = layers
        dlg.fac.layer.setLayer(facilities or fac)
        dlg.pop.layer.setLayer(pop)
        dlg.travel.roads.setLayer(roads)
    return dlg


def tick(dlg, *ids: str) -> None:
    QgsApplication.processEvents()  # the list follows the layer once back in the loop
    for i in range(dlg.list.count()):
        item = dlg.list.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole + 1) in ids else Qt.Unchecked)


def wait(dlg, seconds: float = 180) -> None:
    deadline = time.time() + seconds
    while dlg.task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    QgsApplication.processEvents()


def test_inputs_preselected_by_name_and_follow_the_mode(project_layers):
    from palveluverkko.ui.scenario_inputs import MODES, TRANSIT

    dlg = make_dialog(project_layers)
    assert (dlg.fac.id_field.currentField(), dlg.fac.name_field.currentField(),
            dlg.fac.capacity.currentField()) == ("fac_id", "name", "capacity")
    assert dlg.pop.total.currentField() == "vaesto"
    assert dlg.pop.ages.checkedItems() == ["ika_0_14", "ika_15_64", "ika_65_"]
    assert (dlg.pop.elderly.currentField(), dlg.pop.area.currentField()) == ("ika_75_", "alue")
    assert (dlg.travel.class_field.currentField(), dlg.travel.oneway.currentField(),
            dlg.travel.speed.currentField()) == ("highway", "oneway", "maxspeed")
    QgsApplication.processEvents()
    assert dlg.list.count() == 7
    assert any(dlg.list.item(i).text().startswith("Hervannan") for i in range(7))
    # road mode: the road inputs on, the timetable ones off; and the other way round
    assert dlg.travel.oneway.isEnabled() and not dlg.transit.date.isEnabled()
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    assert not dlg.travel.oneway.isEnabled() and not dlg.travel.scheme.isEnabled()
    assert not dlg.travel.speed.isEnabled()
    assert dlg.transit.date.isEnabled() and dlg.transit.percentile.isEnabled()
    assert dlg.travel.roads.isEnabled()  # the walks may follow the roads
    # by public transport no road layer unless chosen, as in the algorithm (README step 4)
    assert dlg.travel.roads.currentLayer() is None
    assert "straight lines times 1.3" in dlg.travel.roads.toolTip()
    tick(dlg, "3", "4")
    alg, params = dlg.parameters()
    assert params["ROADS"] is None and params["CLASS_FIELD"] is None
    fac, roads, pop = project_layers
    dlg.travel.roads.setLayer(roads)  # the planner's choice for the walks is kept
    assert dlg.parameters()[1]["ROADS"] is roads
    dlg.travel.mode.setCurrentIndex(MODES.index("car"))
    assert dlg.travel.roads.currentLayer() is roads and "straight" not in \
        dlg.travel.roads.toolTip()
    dlg.travel.roads.setLayer(None)
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    assert dlg.travel.roads.currentLayer() is roads
    dlg.travel.roads.setLayer(None)
    dlg.travel.mode.setCurrentIndex(MODES.index("car"))
    assert dlg.travel.roads.currentLayer() is roads  # by road: picked again
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    alg, params = dlg.parameters()
    assert alg == "palveluverkko:transitclosureimpact" and params["CLOSE_IDS"] == "3,4"
    assert "ONEWAY_FIELD" not in params and params["PERCENTILE"] == 50
    assert params["AGE_FIELDS"] == ["ika_0_14", "ika_15_64", "ika_65_"]
    assert params["ELDERLY_FIELD"] == "ika_75_" and params["NAME_FIELD"] == "name"
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    alg, params = dlg.parameters()
    assert alg == "palveluverkko:closureimpact" and params["MODE"] == MODES.index("walk")
    assert (params["ONEWAY_FIELD"], params["SPEED_FIELD"], params["CLASS_SCHEME"]) == (
        "oneway", "maxspeed", 0)
    from palveluverkko.ui.scenario_dialog import initial_size

    screen = dlg.screen().availableGeometry()
    assert initial_size(dlg) == (min(1120, int(screen.width() * 0.9)),
                                 min(840, int(screen.height() * 0.9)))
    assert (dlg.width(), dlg.height()) == initial_size(dlg) and dlg.width() > 376
    assert dlg.list.minimumHeight() >= 200


def test_finnish_date_accepted_bad_date_shown_and_nothing_saved(project_layers):
    from palveluverkko.ui.scenario_inputs import MODES, TRANSIT, parse_date

    assert str(parse_date("1.11.2016")) == "2016-11-01"
    assert str(parse_date("2022-01-18")) == "2022-01-18"
    assert parse_date("45.13.2016") is None and parse_date("") is None
    dlg = make_dialog(project_layers)
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    dlg.transit.gtfs.setFilePath(str(GTFS))
    # choosing the feed moves the date into its week (17-23 January 2022), on a Tuesday
    assert dlg.transit.date.date() == QDate(2022, 1, 18)
    assert "17.1.2022" in dlg.transit.feed_note.text()
    dlg.transit.date.lineEdit().setText("18.1.2022")
    tick(dlg, "3")
    assert dlg.problems() == []
    assert dlg.parameters()[1]["DATE"] == QDateTime(QDate(2022, 1, 18), QTime(0, 0))
    dlg.result.thresholds.setText("15,30")
    dlg.transit.date.lineEdit().setText("45.13.2016")
    assert dlg.run() is False
    text = dlg.message_texts()
    assert "The date '45.13.2016' is not a date: type it as d.m.yyyy" in text, text
    assert QgsSettings().value("palveluverkko/scenario/results/thresholds") is None
    dlg.transit.date.setDate(QDate(2016, 11, 1))
    dlg.run()
    assert "The feed has no service on 1.11.2016: it runs from 17.1.2022 to 23.1.2022" \
        in dlg.message_texts()
    assert dlg.task is None and dlg.progress.value() == 0


def test_settings_restored_by_layer_name_in_another_project(project_layers):
    from palveluverkko.ui.scenario_inputs import MODES

    dlg = make_dialog(project_layers)
    dlg.pop.area.setField("kunta")
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    dlg.result.thresholds.setText("5,15")
    tick(dlg, "3")
    assert dlg.problems() == []
    dlg.save_settings()
    dlg.result.thresholds.setText("bad")
    assert dlg.run() is False  # a failed check saves nothing
    assert "Access thresholds: 'bad' in 'bad' is not a number of minutes" in \
        dlg.message_texts()
    # "another project": the same layers under the same names, with new ids, other order
    project = QgsProject.instance()
    old_ids = {x.id() for x in project_layers}
    project.removeAllMapLayers()
    other = [QgsVectorLayer("Point?crs=EPSG:3067", "facilities_old", "memory"),
             sample_layer("population"), sample_layer("roads"), sample_layer("facilities")]
    project.addMapLayers(other)
    assert all(layer.id() not in old_ids for layer in other)
    again = make_dialog()
    assert again.fac.layer.currentLayer() is other[3]
    assert again.pop.layer.currentLayer() is other[1]
    assert again.travel.roads.currentLayer() is other[2]
    assert again.pop.area.currentField() == "kunta"
    assert again.travel.current_mode() == "walk"
    assert again.result.thresholds.text() == "5,15"


def _far_facilities() -> QgsVectorLayer:
    """Two facilities 200 km from the sample's roads."""
    layer = QgsVectorLayer("Point?crs=EPSG:3067", "far", "memory")
    layer.dataProvider().addAttributes([QgsField("fac_id", QMetaType.Type.Int)])
    layer.updateFields()
    feats = []
    for i in (1, 2):
        f = QgsFeature(layer.fields())
        f.setAttributes([i])
        f.setGeometry(QgsGeometry.fromWkt(f"POINT({100000 + i * 100} 6600000)"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_failure_message_shown_in_the_dialog(project_layers):
    register_provider()
    far = _far_facilities()
    QgsProject.instance().addMapLayer(far)
    dlg = make_dialog(project_layers, facilities=far)
    tick(dlg, "1")
    assert dlg.run() is True
    wait(dlg)
    text = dlg.message_texts()
    assert "None of the facilities open in the scenario can be snapped to the road network" \
        in text, text
    assert "see the messages" in dlg.status.text() and dlg.progress.value() == 0
    assert dlg.run_button.isEnabled() and not dlg.cancel_button.isEnabled()
    out = Path(QgsProject.instance().readEntry("palveluverkko", "output_folder")[0])
    assert out.is_dir() and list(out.iterdir()) == []  # no empty 'Scenario_1' left behind


def test_run_loads_a_styled_group_below_the_point_layers(project_layers, tmp_path):
    from palveluverkko.ui.scenario_inputs import MODES

    register_provider()
    fac = project_layers[0]
    dlg = make_dialog(project_layers)
    dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
    dlg.result.name.setText("Kaukajärvi ja Linnainmaa kiinni")
    dlg.result.thresholds.setText("10,20,30")
    tick(dlg, "3", "4")
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl") as opened:
        assert dlg.run() is True
        assert not dlg.run_button.isEnabled() and dlg.cancel_button.isEnabled()
        wait(dlg)
    assert dlg.task is None and dlg.status.text().startswith("Done"), dlg.message_texts()
    assert dlg.progress.value() == 100 and opened.call_count == 1
    folder = tmp_path / "out" / "Kaukajärvi_ja_Linnainmaa_kiinni"
    assert (folder / "report.html").exists() and (folder / "loads.gpkg").exists()
    root = QgsProject.instance().layerTreeRoot()
    assert not root.findLayer(fac.id()).itemVisibilityChecked()  # the status layer shows it
    names = [n.name() for n in root.children()]
    assert names == ["facilities", "roads", "Kaukajärvi ja Linnainmaa kiinni", "population"]
    status, cells, loads, flows = dlg.loaded_layers[:4]
    assert all(x.name().startswith("Kaukajärvi ja Linnainmaa kiinni: ")
               for x in dlg.loaded_layers)
    # the facilities: the two closed ones marked, loads as numbers, names
    rows = {f["fac_id"]: f for f in status.getFeatures()}
    assert {k for k, f in rows.items() if f["status"] == "closed"} == {"3", "4"}
    assert rows["3"]["load_after"] == 0 and rows["3"]["load_before"] > 1000
    labels = [i.label() for i in status.renderer().legendSymbolItems()]
    assert labels[0] == "closed in the scenario"
    render = QgsRenderContext()
    render.setExpressionContext(status.createExpressionContext())
    renderer = status.renderer().clone()
    renderer.startRender(render, status.fields())
    render.expressionContext().setFeature(rows["3"])
    shapes = [[x.symbolLayer(i).shape() for i in range(x.symbolLayerCount())]
              for x in renderer.symbolsForFeature(rows["3"], render)]
    assert shapes == [[Qgis.MarkerShape.Circle, Qgis.MarkerShape.Cross2]]
    renderer.stopRender(render)
    # typed tables with the facilities' names joined
    assert loads.fields().field("load_before").type() == QMetaType.Type.Double
    assert "facility_name" in loads.fields().names()
    named = {f["facility"]: f["facility_name"] for f in loads.getFeatures()}
    assert named["3"] == rows["3"]["name"] and named["3"] != "3"
    assert "to_name" in flows.fields().names()
    # cells: the change by default, the thresholds' classes and "no access" as other styles
    assert cells.renderer().type() == "RuleRenderer"
    assert "about the same" in [i.label() for i in cells.renderer().legendSymbolItems()]
    cells.styleManager().setCurrentStyle("Travel time after")
    assert [i.label() for i in cells.renderer().legendSymbolItems()] == [
        "0–10 min", "10–20 min", "20–30 min", "over 30 min", "no access"]
    # a second run: a new folder, the first group hidden, progress starts again from zero
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        dlg.run()
        assert dlg.progress.value() < 100
        wait(dlg)
    assert (tmp_path / "out" / "Kaukajärvi_ja_Linnainmaa_kiinni_2" / "cells.gpkg").exists()
    groups = [n for n in root.children() if n.name() == "Kaukajärvi ja Linnainmaa kiinni"]
    assert [g.itemVisibilityChecked() for g in groups] == [True, False]


def test_cancel_stops_the_run(project_layers):
    register_provider()
    dlg = make_dialog(project_layers)
    tick(dlg, "3")
    assert dlg.run() is True
    dlg.cancel()
    wait(dlg)
    assert dlg.status.text().startswith("Cancelled"), dlg.status.text()
    assert dlg.progress.value() == 0 and dlg.loaded_layers == []


def test_legend_classes_come_from_the_thresholds():
    from palveluverkko.algorithms.map_styles import time_renderer

    layer = QgsVectorLayer("Polygon?crs=EPSG:3067&field=t:double", "t", "memory")
    renderer = time_renderer("t", [25, 10, 40], Qgis.GeometryType.Polygon)
    items = renderer.legendSymbolItems()
    assert [i.label() for i in items] == ["0–10 min", "10–25 min", "25–40 min",
                                          "over 40 min", "no access"]
    render = QgsRenderContext()
    render.setExpressionContext(layer.createExpressionContext())
    renderer.startRender(render, layer.fields())
    keys = {}
    for value in (3.0, 24.9, 25.0, 99.0, None):
        f = QgsFeature(layer.fields())
        f.setAttributes([value])
        render.expressionContext().setFeature(f)
        keys[value] = [x.color().name() for x in renderer.symbolsForFeature(f, render)]
    renderer.stopRender(render)
    colors = [i.symbol().color().name() for i in items]
    assert len(set(colors)) == 5
    assert [colors.index(keys[v][0]) for v in (3.0, 24.9, 25.0, 99.0, None)] == [
        0, 1, 2, 3, 4]
    assert all(len(k) == 1 for k in keys.values())  # one class each


def test_processing_output_styled_from_its_bands(project_layers):
    from qgis import processing
    from qgis.core import QgsProcessingContext

    register_provider()
    fac, roads, pop = project_layers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.runAndLoadResults("palveluverkko:nearestfacility", {
        "INPUT": pop, "POP_FIELD": "vaesto", "FACILITIES": fac, "FAC_ID": "fac_id",
        "ROADS": roads, "CLASS_FIELD": "highway", "MODE": 1, "BANDS": "7,14",
        "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}, context=context)
    layer = QgsProject.instance().mapLayer(results["OUTPUT"])
    assert layer is not None
    assert [i.label() for i in layer.renderer().legendSymbolItems()] == [
        "0–7 min", "7–14 min", "over 14 min", "no access"]


def test_sites_of_the_optimiser_get_their_own_symbols():
    from palveluverkko.algorithms.map_styles import chosen_sites_renderer, closure_sites_renderer

    labels = [i.label() for i in chosen_sites_renderer().legendSymbolItems()]
    assert labels == ["kept (current and chosen)", "new site chosen",
                      "closed (current, not chosen)", "candidate not chosen"]
    renderer = closure_sites_renderer()
    items = renderer.legendSymbolItems()
    assert [i.label() for i in items] == ["closed in the scenario", "new in the scenario",
                                          "open (size: residents after)"]
    assert items[0].symbol().symbolLayer(1).shape() == Qgis.MarkerShape.Cross2


def test_catchment_and_service_legends_from_the_bands():
    from palveluverkko.algorithms.map_styles import band_renderer, service_renderer

    renderer = band_renderer([30, 15, 45], Qgis.GeometryType.Polygon)
    assert [i.label() for i in renderer.legendSymbolItems()] == [
        "up to 15 min", "up to 30 min", "up to 45 min"]
    passes = [r.symbol().symbolLayer(0).renderingPass() for r in renderer.rootRule().children()]
    assert passes == [3, 2, 1] and renderer.usingSymbolLevels()  # nearer bands on top
    cells = service_renderer("trips_window", Qgis.GeometryType.Polygon, "walk_min")
    labels = [i.label() for i in cells.legendSymbolItems()]
    assert labels == ["none", "1–4", "5–11", "12–29", "30 or more",
                      "no stop within walking distance"]
    first = cells.rootRule().children()[0].filterExpression()
    assert first == '"trips_window" >= 0 AND "trips_window" < 1 AND "walk_min" IS NOT NULL'


def test_output_folder_next_to_the_project_or_in_documents(tmp_path):
    from palveluverkko.ui.scenario_results import default_folder, run_folder, slug

    project = QgsProject()
    unsaved = default_folder(project)
    assert unsaved.name == "Palveluverkko" and not str(unsaved).startswith(
        tempfile.gettempdir())
    project.setFileName(str(tmp_path / "hyvinvointialue.qgz"))
    assert default_folder(project) == tmp_path / "hyvinvointialue_palveluverkko"
    assert slug("Kaukajärvi / Linnainmaa: kiinni") == "Kaukajärvi_Linnainmaa_kiinni"
    first = run_folder(tmp_path, "A")
    assert (first.name, run_folder(tmp_path, "A").name) == ("A", "A_2")


def _copy(source: QgsVectorLayer, name: str, extra: tuple[str, ...] = ()) -> QgsVectorLayer:
    """A memory copy of ``source`` named ``name`` with ``extra`` numeric fields."""
    kind = {0: "Point", 2: "Polygon"}[int(source.geometryType())]
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3067", name, "memory")
    fields = [*source.fields().toList(), *(QgsField(n, QMetaType.Type.Double) for n in extra)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feats = []
    for f in source.getFeatures():
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        g.setAttributes(f.attributes() + [1.0] * len(extra))
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_layers_picked_in_tree_order_never_the_plugins_results(tmp_path):
    """Earlier results on top of the tree (as after a few runs): the dialog still takes the
    sample's facilities and population: not a layer the plugin wrote (marked), not one with
    the results' fields (a saved result loaded again), not a layer with a bare 'id'."""
    from palveluverkko.algorithms.map_styles import mark_output

    fac, roads, pop = (sample_layer(n) for n in ("facilities", "roads", "population"))
    nonroutable = QgsVectorLayer("Point?crs=EPSG:3067&field=layer:string&field=id:string"
                                 "&field=reason:string", "Reitittämättömät kohteet", "memory")
    nearest = _copy(pop, "Lähin palvelupiste", ("fac_id", "time_min"))
    cells = _copy(pop, "Ruudut: saavutettavuus ennen ja jälkeen", ("fac_before", "min_before"))
    for layer in (nonroutable, nearest):
        mark_output(layer)
    with scenario_project(tmp_path, [nonroutable, nearest, cells, pop, fac, roads]):
        dlg = make_dialog()
        assert dlg.fac.layer.currentLayer() is fac
        assert dlg.pop.layer.currentLayer() is pop
        assert dlg.travel.roads.currentLayer() is roads
        QgsApplication.processEvents()
        assert dlg.list.count() == 7


def test_outputs_field_clash_says_what_to_do(tmp_path):
    """The closure refuses a population that already holds its result fields, in words
    that go through the translation and say what to choose instead."""
    import processing
    from qgis.core import QgsProcessingException

    register_provider()
    pop = _copy(sample_layer("population"), "cells", ("fac_before",))
    message = ""
    with mock.patch("palveluverkko.algorithms.outputs.translate",
                    side_effect=lambda ctx, text: text) as tr:
        try:
            processing.run("palveluverkko:closureimpact", {
                "POPULATION": pop, "POP_FIELD": "vaesto",
                "FACILITIES": f"{TAMPERE}|layername=facilities", "FAC_ID": "fac_id",
                "ROADS": f"{TAMPERE}|layername=roads", "CLASS_FIELD": "highway", "MODE": 1,
                "CLOSE_IDS": "3", "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
                "SUMMARY": "memory:", "EQUITY": "memory:", "REPORT": str(tmp_path / "r.html")})
        except QgsProcessingException as e:
            message = str(e)
    assert "already has a field 'fac_before'" in message
    assert "Choose the original layer" in message
    assert tr.call_args[0][0] == "outputs"


def test_group_above_the_population_and_the_facilities_stay_visible(tmp_path):
    """The QA's project (roads, population, facilities, each added on top): the results go
    above the opaque population grid, below the roads; the facilities below the group stay
    visible (the group's facility layer is drawn over them) and the layers are marked."""
    from palveluverkko.algorithms.map_styles import is_output
    from palveluverkko.ui.scenario_inputs import MODES

    register_provider()
    fac, pop, roads = (sample_layer(n) for n in ("facilities", "population", "roads"))
    with scenario_project(tmp_path, [roads, pop, fac]):
        root = QgsProject.instance().layerTreeRoot()
        assert [n.name() for n in root.children()] == ["roads", "population", "facilities"]
        dlg = make_dialog([fac, roads, pop])
        dlg.travel.mode.setCurrentIndex(MODES.index("walk"))
        dlg.result.name.setText("S")
        tick(dlg, "3", "4")
        with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
            assert dlg.run() is True
            wait(dlg)
        assert dlg.status.text().startswith("Done"), dlg.message_texts()
        assert [n.name() for n in root.children()] == ["roads", "S", "population",
                                                       "facilities"]
        assert root.findLayer(fac.id()).itemVisibilityChecked()
        assert "hidden" not in dlg.message_texts()
        assert all(is_output(x) for x in dlg.loaded_layers)


def test_no_access_is_grey_and_hatched_and_hides_what_lies_below():
    from palveluverkko.algorithms.map_styles import NO_ACCESS, time_renderer

    renderer = time_renderer("t", [10], Qgis.GeometryType.Polygon)
    items = renderer.legendSymbolItems()
    symbol = items[-1].symbol()
    assert items[-1].label() == "no access" and symbol.symbolLayerCount() == 2
    fill, hatch = symbol.symbolLayer(0), symbol.symbolLayer(1)
    assert fill.brushStyle() == Qt.SolidPattern and fill.color().name() == NO_ACCESS
    assert fill.color().alpha() == 255 and symbol.opacity() == 1
    assert hatch.brushStyle() == Qt.BDiagPattern


def test_closed_facility_mark_is_large_and_outlined():
    """A white disc with a black ring and a thick red cross: visible on the dark red of
    the cells that lost access, beside its label."""
    from palveluverkko.algorithms.map_styles import closure_sites_renderer

    renderer = closure_sites_renderer()
    items = renderer.legendSymbolItems()
    closed = items[0].symbol()
    disc, cross = closed.symbolLayer(0), closed.symbolLayer(1)
    assert disc.size() >= 6.5 and disc.strokeColor().name() == "#000000"
    assert disc.strokeWidth() >= 0.5 and disc.color().name() == "#ffffff"
    assert cross.size() >= 4.5 and cross.strokeWidth() >= 1.2
    from palveluverkko.algorithms.map_styles import label_layer

    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=name:string", "s", "memory")
    label_layer(layer, "name")  # the label starts off the mark's edge, not its centre
    assert layer.labeling().settings().offsetType == Qgis.LabelOffsetType.FromSymbolBounds


def test_nearest_facility_catchments_show_whose_area(project_layers):
    """By nearest facility: each facility's farthest band outlined (one per facility) and
    one label per facility, on its nearest band."""
    from qgis import processing
    from qgis.core import QgsExpression, QgsExpressionContextUtils

    register_provider()
    fac, roads, pop = project_layers
    results = processing.runAndLoadResults("palveluverkko:catchmentareas", {
        "FACILITIES": fac, "FAC_ID": "fac_id", "ROADS": roads, "CLASS_FIELD": "highway",
        "MODE": 1, "BANDS": "5,10", "KIND": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = QgsProject.instance().mapLayer(results["OUTPUT"])
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["up to 5 min", "up to 10 min",
                                          "facility's area (nearest facility)"]
    outline = rules[-1]
    assert outline.symbol().symbolLayer(0).brushStyle() == Qt.NoBrush
    labels = layer.labeling().rootRule().children()
    assert layer.labelsEnabled() and labels[0].settings().fieldName == "fac_id"

    def matching(expression: str) -> list:
        exp = QgsExpression(expression)
        ctx = layer.createExpressionContext()
        ctx.appendScope(QgsExpressionContextUtils.layerScope(layer))
        out = []
        for f in layer.getFeatures():
            ctx.setFeature(f)
            if exp.evaluate(ctx):
                out.append((f["fac_id"], f["band_from"], f["band_to"]))
        return out

    outlined = matching(outline.filterExpression())
    labelled = matching(labels[0].filterExpression())
    ids = {f["fac_id"] for f in layer.getFeatures()}
    assert sorted(i for i, _, _ in outlined) == sorted(ids) and len(ids) >= 5
    assert {b for _, _, b in outlined} <= {10.0, 5.0}
    assert sorted(i for i, _, _ in labelled) == sorted(ids)
    assert {b for _, _, b in labelled} <= {5.0, 10.0}
    assert {b for _, _, b in outlined} != {b for _, _, b in labelled}  # nearest, farthest


def test_transit_scenario_in_the_dialog_gives_the_readme_figures(project_layers):
    """README step 4 by the dialog's defaults: no road layer for the walks, so 736 residents
    in 46 cells reach no station before or after (with the roads they were 1,153 in 60)."""
    from palveluverkko.ui.scenario_inputs import MODES, TRANSIT

    register_provider()
    dlg = make_dialog(project_layers)
    dlg.travel.mode.setCurrentIndex(MODES.index(TRANSIT))
    dlg.transit.gtfs.setFilePath(str(GTFS))
    dlg.transit.date.setDate(QDate(2022, 1, 18))
    dlg.result.name.setText("transit")
    dlg.result.thresholds.setText("15,30")
    tick(dlg, "3", "4")
    with mock.patch("palveluverkko.ui.scenario_dialog.QDesktopServices.openUrl"):
        assert dlg.run() is True
        wait(dlg, 400)
    assert dlg.status.text().startswith("Done"), dlg.message_texts()
    cells = next(x for x in dlg.loaded_layers if "min_before" in x.fields().names())
    never = [f for f in cells.getFeatures() if _null(f["min_before"]) and _null(f["min_after"])]
    assert len(never) == 46
    assert round(sum(max(f["vaesto"], 0) for f in never)) == 736


def _null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def test_digiroad_links_preselect_their_fields_and_scheme(project_layers):
    """A Digiroad road-link layer (TOIMINN_LK, AJOSUUNTA, LINK_ID) gets its class and
    direction fields and the Digiroad scheme; back on the OSM sample, highway and OSM."""
    from palveluverkko.algorithms.parameters import CLASS_SCHEMES

    links = QgsVectorLayer("LineString?crs=EPSG:3067&field=LINK_ID:integer"
                           "&field=TOIMINN_LK:integer&field=AJOSUUNTA:integer", "links", "memory")
    QgsProject.instance().addMapLayer(links)
    dlg = make_dialog(project_layers)
    dlg.travel.roads.setLayer(links)
    assert (dlg.travel.class_field.currentField(), dlg.travel.oneway.currentField()) == (
        "TOIMINN_LK", "AJOSUUNTA")
    assert CLASS_SCHEMES[dlg.travel.scheme.currentIndex()] == "digiroad"
    dlg.travel.roads.setLayer(project_layers[1])
    assert dlg.travel.class_field.currentField() == "highway"
    assert CLASS_SCHEMES[dlg.travel.scheme.currentIndex()] == "osm"


def test_a_digiroad_layer_picked_first_shows_the_digiroad_scheme(tmp_path):
    """With no saved settings, the scheme follows the road layer the dialog picks itself
    (the saved default used to put it back to OSM)."""
    from palveluverkko.algorithms.parameters import CLASS_SCHEMES
    from palveluverkko.ui.scenario_dialog import ScenarioDialog

    links = QgsVectorLayer("LineString?crs=EPSG:3067&field=LINK_ID:integer"
                           "&field=TOIMINN_LK:integer&field=AJOSUUNTA:integer", "links", "memory")
    with scenario_project(tmp_path, [sample_layer("facilities"), sample_layer("population"),
                                     links]):
        dlg = ScenarioDialog()
        assert dlg.travel.roads.currentLayer() is links
        assert CLASS_SCHEMES[dlg.travel.scheme.currentIndex()] == "digiroad"
