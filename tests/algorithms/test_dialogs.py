"""The algorithm dialogs: fields preselected by name, never an id as the population, number
precision, Help pages, distinct output names, the Non-routable features output and per-run
layer names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
ROOT = Path(__file__).resolve().parents[2]
TAMPERE = ROOT / "resources" / "sample" / "tampere_sample.gpkg"


def _algorithms():
    register_provider()
    return [a for a in QgsApplication.processingRegistry().providerById(
        "palveluverkko").algorithms() if not a.id().startswith("model:")
        and hasattr(a, "NAME")]


@pytest.fixture(autouse=True)
def no_mock_iface(monkeypatch):
    """The Processing panel asks QGIS's iface for a browser model; pytest-qgis's stand-in
    has none, so the panel runs as outside the desktop."""
    monkeypatch.setattr("processing.gui.ParametersPanel.iface", None)


@pytest.fixture()
def tampere_layers():
    project = QgsProject.instance()
    layers = {n: QgsVectorLayer(f"{TAMPERE}|layername={n}", n, "ogr")
              for n in ("population", "facilities", "roads")}
    layers["helsinki_population"] = QgsVectorLayer(POPULATION, "helsinki_population", "ogr")
    project.addMapLayers(list(layers.values()))
    yield layers
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()  # the groups of runs


def _dialog(alg_id: str, **layers):
    """The algorithm's own dialog with ``layers`` chosen for the given parameters."""
    register_provider()
    alg = QgsApplication.processingRegistry().createAlgorithmById(f"palveluverkko:{alg_id}")
    dlg = alg.createCustomParametersWidget(None)
    assert dlg is not None
    wrappers = dlg.mainWidget().wrappers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    for key, layer in layers.items():
        wrappers[key].setParameterValue(layer.id(), context)
    value = lambda key: wrappers[key].parameterValue() or ""  # noqa: E731
    return dlg, value


def test_fields_are_preselected_by_name_on_the_samples(tampere_layers):
    t = tampere_layers
    dlg, value = _dialog("nearestfacility", INPUT=t["population"],
                         FACILITIES=t["facilities"], ROADS=t["roads"])
    assert (value("POP_FIELD"), value("FAC_ID")) == ("vaesto", "fac_id")
    assert (value("CLASS_FIELD"), value("ONEWAY_FIELD")) == ("highway", "oneway")
    assert value("SPEED_FIELD") == "maxspeed"  # as the scenario dialog
    dlg, value = _dialog("closureimpact", POPULATION=t["population"],
                         FACILITIES=t["facilities"], ROADS=t["roads"])
    assert [value(k) for k in ("POP_FIELD", "ELDERLY_FIELD", "AREA_FIELD", "FAC_ID",
                               "NAME_FIELD", "CAPACITY_FIELD")] == [
        "vaesto", "ika_75_", "alue", "fac_id", "name", "capacity"]  # README step 3: alue
    # another layer, another name: the choice follows the layer
    dlg.mainWidget().wrappers["POPULATION"].setParameterValue(
        t["helsinki_population"].id(), QgsProcessingContext())
    assert (value("POP_FIELD"), value("AREA_FIELD")) == ("population", "area")


def test_layers_are_preselected_by_name():
    """QGIS alone offers the first point layer for both the population and the facilities;
    layers named in Finnish are found by name, and their fields follow."""
    from palveluverkko.algorithms.parameters import LAYER_CANDIDATES, pick_layer

    project = QgsProject.instance()
    names = {"facilities": "terveysasemat", "population": "väestö", "roads": "tiet"}
    layers = {k: QgsVectorLayer(f"{TAMPERE}|layername={k}", v, "ogr") for k, v in names.items()}
    project.addMapLayers(list(layers.values()))
    try:
        dlg, value = _dialog("nearestfacility")
        wrappers = dlg.mainWidget().wrappers
        assert [wrappers[k].parameterValue() for k in ("INPUT", "FACILITIES", "ROADS")] == [
            layers[k].id() for k in ("population", "facilities", "roads")]
        assert (value("POP_FIELD"), value("FAC_ID"), value("CLASS_FIELD")) == (
            "vaesto", "fac_id", "highway")
    finally:
        project.removeAllMapLayers()
    assert pick_layer(["roads", "facilities"], LAYER_CANDIDATES["FACILITIES"]) == 1
    assert pick_layer(["tiet", "kunnat"], LAYER_CANDIDATES["POPULATION"]) == -1


@pytest.mark.parametrize("alg_id", ["closureimpact", "optimisenetwork"])
def test_population_never_defaults_to_an_id(tampere_layers, alg_id):
    """A facility layer chosen as the population: QGIS alone would take its first numeric
    field (fid); the field stays empty and the dialog refuses to run until one is chosen."""
    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase

    dlg, value = _dialog(alg_id, POPULATION=t_fac(tampere_layers),
                         FACILITIES=tampere_layers["facilities"],
                         ROADS=tampere_layers["roads"])
    assert value("POP_FIELD") == ""
    with pytest.raises(AlgorithmDialogBase.InvalidParameterValue) as e:
        dlg.mainWidget().createProcessingParameters()
    assert e.value.parameter.name() == "POP_FIELD"


def test_an_empty_population_field_is_refused_by_name(tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    register_provider()
    with pytest.raises(QgsProcessingException, match=r"Total population field: no field "
                       r"chosen\. Choose the field of the layer 'Population'"):
        processing.run("palveluverkko:closureimpact", {
            "POPULATION": POPULATION, "FACILITIES": FACILITIES, "ROADS": ROADS,
            "CLOSE_IDS": "1", "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
            "SUMMARY": "memory:", "EQUITY": "memory:", "REPORT": str(tmp_path / "r.html")})


def t_fac(layers):
    return layers["facilities"]


def test_pick_field_takes_only_names_that_say_what_the_field_holds():
    from palveluverkko.algorithms.parameters import field_candidates, pick_field

    assert pick_field(["fid", "fac_id", "capacity"], field_candidates("x", "POP_FIELD")) == ""
    assert pick_field(["fid", "ID", "Vaesto"], field_candidates("x", "POP_FIELD")) == "Vaesto"
    assert pick_field(["fid", "nimi", "name"], field_candidates("x", "NAME_FIELD")) == "name"
    assert pick_field(["fid", "TOIMINN_LK"], field_candidates("x", "CLASS_FIELD")) == \
        "TOIMINN_LK"
    assert pick_field(["kunta"], field_candidates("homecare", "AREA_FIELD")) == ""
    ids = {"id", "fid", "fac_id", "grd_id", "site_id"}
    for key in ("POP_FIELD", "TRAVEL_POP", "CAPACITY_FIELD", "CAPACITY", "ELDERLY_FIELD"):
        assert not ids & set(field_candidates("x", key)), key


def test_number_precision():
    algs = {a.name(): a for a in _algorithms()}

    def decimals(alg, key):
        return algs[alg].parameterDefinition(key).metadata()["widget_wrapper"]["decimals"]

    assert decimals("nearestfacility", "MAX_SNAP") == 0  # metres
    assert decimals("nearestfacility", "CUTOFF") == 1  # minutes
    assert decimals("optimisenetwork", "SHARE") == 2  # a share 0-1
    assert decimals("nearestfacility", "WALK_SPEED") == 1  # km/h
    for alg in algs.values():
        for d in alg.parameterDefinitions():
            if isinstance(d, QgsProcessingParameterNumber) and \
                    d.dataType() == QgsProcessingParameterNumber.Double:
                assert d.metadata()["widget_wrapper"]["decimals"] <= 2, (alg.name(), d.name())


def test_help_button_opens_a_bundled_page_that_is_current():
    from palveluverkko.algorithms.help_pages import help_page

    for alg in _algorithms():
        url = alg.helpUrl()
        assert url.startswith("file://"), alg.name()
        page = Path(url[len("file://"):])
        assert page.is_file() and page.parent == ROOT / "resources" / "help", url
        fresh = alg.create()
        assert page.read_text(encoding="utf-8") == help_page(fresh), (
            f"{page.name} is out of date: run scripts/make_help_pages.py")
    text = (ROOT / "resources" / "help" / "nearestfacility.html").read_text(encoding="utf-8")
    assert "Non-routable features" in text and "<h2>Parameters</h2>" in text


def test_help_page_in_the_language_of_qgis():
    from qgis.core import QgsSettings

    alg = next(a for a in _algorithms() if a.name() == "nearestfacility")
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    try:
        for lang in ("fi", "sv"):
            settings.setValue("locale/userLocale", f"{lang}_FI")
            page = Path(alg.helpUrl()[len("file://"):])
            assert page == ROOT / "resources" / "help" / lang / "nearestfacility.html"
            assert f'<html lang="{lang}">' in page.read_text(encoding="utf-8")
        settings.setValue("locale/userLocale", "de")  # no German pages: the English one
        assert alg.helpUrl().endswith("/resources/help/nearestfacility.html")
    finally:
        settings.setValue("locale/userLocale", before)
    fi = (ROOT / "resources" / "help" / "fi" / "nearestfacility.html").read_text("utf-8")
    assert "<h1>Lähin palvelupiste</h1>" in fi  # translated where the .ts has it


def test_help_pages_go_into_the_plugin_zip():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import package

    files = {p.as_posix() for p in package.runtime_files()}
    assert "resources/help/nearestfacility.html" in files
    assert "resources/help/closureimpact.html" in files


def test_output_names_are_distinct_and_labels_say_optional_once():
    for alg in _algorithms():
        outs = [o.description() for o in alg.outputDefinitions()]
        assert len(outs) == len(set(outs)), (alg.name(), outs)
        for d in alg.parameterDefinitions():
            if d.flags() & QgsProcessingParameterDefinition.FlagOptional:
                assert "optional" not in d.description().lower(), (alg.name(), d.name())


def _layer_with_a_far_point():
    """Two population points: one on a facility, one 5 km east of every road."""
    src = QgsVectorLayer(FACILITIES, "f", "ogr")
    first = next(src.getFeatures()).geometry().asPoint()
    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=cell:string&field=pop:double",
                           "cells", "memory")
    feats = []
    for name, x in (("near", first.x()), ("far", first.x() + 5000)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, first.y())))
        f.setAttributes([name, 10.0])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.mark.parametrize("alg_id", ["nearestfacility", "odmatrix", "closureimpact"])
def test_non_routable_features(alg_id, tmp_path):
    import processing

    register_provider()
    cells = _layer_with_a_far_point()
    common = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway", "NONROUTABLE": "memory:"}
    if alg_id == "nearestfacility":
        params = {"INPUT": cells, "POP_FIELD": "pop", "FACILITIES": FACILITIES,
                  "OUTPUT": "memory:", "SUMMARY": "memory:"}
    elif alg_id == "odmatrix":
        params = {"ORIGINS": cells, "ORIGINS_ID": "cell", "DESTINATIONS": FACILITIES,
                  "OUTPUT": "memory:"}
    else:
        params = {"POPULATION": cells, "POP_FIELD": "pop", "FACILITIES": FACILITIES,
                  "FAC_ID": "fac_id", "CLOSE_IDS": "1", "OUTPUT": "memory:",
                  "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
                  "EQUITY": "memory:", "REPORT": str(tmp_path / "r.html")}
    out = processing.run(f"palveluverkko:{alg_id}", {**common, **params})
    got = rows(out["NONROUTABLE"])
    assert [(r["layer"], r["reason"]) for r in got] == [("cells", "too far from a road")]
    far = got[0]
    assert far["feature_id"] == 2 and far["snap_m"] > 4000
    if alg_id == "odmatrix":
        assert far["id"] == "far"
    geom = next(out["NONROUTABLE"].getFeatures()).geometry().asPoint()
    start = next(cells.getFeatures()).geometry().asPoint()
    assert abs(geom.x() - start.x() - 5000) < 1e-6 and abs(geom.y() - start.y()) < 1e-6


def test_non_routable_output_is_optional_for_scripts():
    """Without NONROUTABLE a script's run gives the outputs it gave before."""
    import processing

    register_provider()
    out = processing.run("palveluverkko:nearestfacility", {
        "INPUT": _layer_with_a_far_point(), "POP_FIELD": "pop", "FACILITIES": FACILITIES,
        "ROADS": ROADS, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert set(out) == {"OUTPUT", "SUMMARY"}
    defs = {a.name(): a for a in _algorithms()}
    for name in ("nearestfacility", "catchmentareas", "odmatrix", "closureimpact",
                 "optimisenetwork", "accessibilityindex"):
        d = defs[name].parameterDefinition("NONROUTABLE")
        assert d is not None and d.createByDefault() and d.description() == \
            "Non-routable features", name
    assert defs["transitclosureimpact"].parameterDefinition("NONROUTABLE") is None


def test_layers_of_a_run_are_named_after_the_run(tampere_layers):
    """The group carries the time of the run, the layers only what they hold."""
    import processing

    register_provider()
    project = QgsProject.instance()
    processing.runAndLoadResults("palveluverkko:nearestfacility", {
        "INPUT": _layer_with_a_far_point(), "POP_FIELD": "pop", "FACILITIES": FACILITIES,
        "ROADS": ROADS, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT",
        "NONROUTABLE": "TEMPORARY_OUTPUT"})
    names = sorted(n.name() for n in project.mapLayers().values()
                   if n.id() not in {x.id() for x in tampere_layers.values()})
    assert names == ["Facility summary", "Nearest facility", "Non-routable features"]
    groups = [g.name() for g in project.layerTreeRoot().findGroups(True)]
    assert any(re.fullmatch(r"Nearest facility \d\d:\d\d:\d\d", g) for g in groups), groups


def test_outputs_go_below_points_and_lines_and_no_empty_nonroutable_layer():
    """A run's group of polygons goes above the project's topmost polygon layer, below its
    facilities and roads; its layers are marked as the plugin's; the Non-routable features
    output of a run where every point is routed is not loaded (but still written)."""
    import processing

    from palveluverkko.algorithms.map_styles import is_output

    register_provider()
    project = QgsProject.instance()
    layers = [QgsVectorLayer(f"{TAMPERE}|layername={n}", n, "ogr")
              for n in ("facilities", "roads", "population")]
    project.addMapLayers(layers)
    try:
        root = project.layerTreeRoot()
        assert [n.name() for n in root.children()] == ["facilities", "roads", "population"]
        out = processing.runAndLoadResults("palveluverkko:catchmentareas", {
            "FACILITIES": layers[0], "FAC_ID": "fac_id", "ROADS": layers[1],
            "CLASS_FIELD": "highway", "MODE": 1, "BANDS": "5,10",
            "OUTPUT": "TEMPORARY_OUTPUT", "NONROUTABLE": "TEMPORARY_OUTPUT"})
        assert out["NONROUTABLE"]  # written for models and scripts
        tops = [n.name() for n in root.children()]
        assert tops[:2] == ["facilities", "roads"] and tops[3] == "population", tops
        assert re.fullmatch(r"Catchment areas \d\d:\d\d:\d\d", tops[2]), tops
        loaded = [n.layer() for n in root.children()[2].findLayers()]
        assert [x.name() for x in loaded] == ["Catchment areas"]  # no empty layer
        assert all(is_output(x) for x in loaded)
        assert not any(is_output(x) for x in layers)
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()


PLAN = ROOT / "resources" / "sample" / "plan_sample.gpkg"
CHANNELS = ROOT / "resources" / "sample" / "channels_sample.gpkg"
# what each dialog preselects on the sample layers (Finnish QGIS): layer or field per key;
# "" = nothing (no layer of that kind in the project, and never the roads)
FINNISH_CHOICES = {
    "nearestfacility": {"INPUT": "population", "POP_FIELD": "vaesto",
                        "FACILITIES": "facilities", "ROADS": "roads", "FAC_ID": "fac_id"},
    "accessibilityindex": {"INPUT": "population", "POP_FIELD": "vaesto",
                           "SITES": "facilities", "SITE_ID": "fac_id", "ROADS": "roads"},
    "mobileunits": {"INPUT": "population", "POP_FIELD": "vaesto", "POP75_FIELD": "ika_75_",
                    "STOPS": "mobile_stops", "UNITS": "mobile_units",
                    "SCHEDULE": "stop_schedule", "DEPOTS": "depots", "ROADS": "roads"},
    "homecare": {"INPUT": "hc_demand", "BASES": "hc_bases", "ROADS": "roads"},
    "multichannelcompensation": {"INPUT": "population", "POP_FIELD": "vaesto"},
    "digitalchannel": {"INPUT": "population", "GRID_ID": "grd_id",
                       "BROADBAND": "broadband"},
    "populationprojection": {"INPUT": "population", "POP_FIELD": "vaesto",
                             "MUNICIPALITY_FIELD": "kunta", "PROJECTION": "projection"},
    "leastcostplan": {"DEMAND": "population", "DEMAND_ID": "grd_id", "SITES": "site_costs",
                      "TIMES": ""},
    "odmatrix": {"ORIGINS": "population", "ORIGINS_ID": "grd_id",
                 "DESTINATIONS": "facilities", "DESTINATIONS_ID": "fac_id", "ROADS": "roads"},
}


@pytest.fixture()
def finnish_sample_project():
    """Finnish QGIS with the sample layers: Tampere's grid, stations and roads (the roads
    on top, as QGIS would offer them first), the plan's tables and the channels' layers."""
    from qgis.PyQt.QtCore import QCoreApplication

    from palveluverkko.plugin import install_translator

    translator = install_translator("fi")
    project = QgsProject.instance()
    layers = [QgsVectorLayer(f"{TAMPERE}|layername={n}", n, "ogr")
              for n in ("roads", "population", "facilities")]
    layers += [QgsVectorLayer(f"{PLAN}|layername={n}", n, "ogr")
               for n in ("projection", "site_costs")]
    layers += [QgsVectorLayer(f"{CHANNELS}|layername={n}", n, "ogr")
               for n in ("mobile_stops", "depots", "hc_bases", "hc_demand", "mobile_units",
                         "stop_schedule", "broadband")]
    assert all(x.isValid() for x in layers)
    project.addMapLayers(layers)
    try:
        yield layers
    finally:
        QCoreApplication.removeTranslator(translator)
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()


@pytest.mark.parametrize("alg_id", sorted(FINNISH_CHOICES))
def test_finnish_dialogs_preselect_population_and_never_roads_for_other_layers(
        finnish_sample_project, alg_id):
    from qgis.core import QgsProcessingParameterField

    from palveluverkko.algorithms.dialog import layer_of

    dlg, value = _dialog(alg_id)
    alg = dlg.algorithm()
    assert alg.displayName() == alg.tr(alg.DISPLAY) != alg.DISPLAY  # in Finnish
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    got = {}
    for key in FINNISH_CHOICES[alg_id]:
        if isinstance(alg.parameterDefinition(key), QgsProcessingParameterField):
            got[key] = value(key)
        else:
            layer = layer_of(value(key), context)
            got[key] = layer.name() if layer is not None else ""
    assert got == FINNISH_CHOICES[alg_id]
    # no layer parameter but the road network holds the (line) roads
    for d in alg.parameterDefinitions():
        w = dlg.mainWidget().wrappers.get(d.name())
        if d.name() != "ROADS" and w is not None and hasattr(d, "dataTypes"):
            layer = layer_of(w.parameterValue(), context)
            assert layer is None or layer.name() != "roads", (alg_id, d.name())


def test_dialogs_skip_the_plugins_outputs_unless_they_take_one():
    """An earlier result named like a population grid, above the sample's in the tree: not
    the population of Nearest facility, but the cells of Channels compensation (which
    takes the closure impact's output)."""
    from palveluverkko.algorithms.dialog import layer_of
    from palveluverkko.algorithms.map_styles import mark_output

    project = QgsProject.instance()
    earlier = QgsVectorLayer(f"{TAMPERE}|layername=population", "population after", "ogr")
    mark_output(earlier)
    layers = [earlier] + [QgsVectorLayer(f"{TAMPERE}|layername={n}", n, "ogr")
                          for n in ("population", "facilities", "roads")]
    project.addMapLayers(layers)
    try:
        context = QgsProcessingContext()
        context.setProject(project)
        _, value = _dialog("nearestfacility")
        assert layer_of(value("INPUT"), context) is layers[1]
        _, value = _dialog("multichannelcompensation")
        assert layer_of(value("INPUT"), context) is earlier
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()


def test_a_digiroad_road_layer_preselects_its_fields_and_scheme(tampere_layers):
    """Digiroad road links: TOIMINN_LK, AJOSUUNTA and the Digiroad scheme; back on an OSM
    layer, highway and the OSM scheme."""
    links = QgsVectorLayer("LineString?crs=EPSG:3067&field=LINK_ID:integer"
                           "&field=TOIMINN_LK:integer&field=AJOSUUNTA:integer", "links", "memory")
    QgsProject.instance().addMapLayer(links)
    t = tampere_layers
    dlg, value = _dialog("nearestfacility", INPUT=t["population"],
                         FACILITIES=t["facilities"], ROADS=links)
    assert (value("CLASS_FIELD"), value("ONEWAY_FIELD")) == ("TOIMINN_LK", "AJOSUUNTA")
    assert value("CLASS_SCHEME") == 1  # digiroad
    dlg.mainWidget().wrappers["ROADS"].setParameterValue(t["roads"].id(), QgsProcessingContext())
    assert value("CLASS_FIELD") == "highway"
    assert dlg.mainWidget().wrappers["CLASS_SCHEME"].parameterValue() == 0  # osm
    QgsProject.instance().removeMapLayer(links)  # while the dialog that shows it is alive
