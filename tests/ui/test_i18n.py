"""Finnish and Swedish translations load and cover every algorithm's name and group."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from palveluverkko.algorithms.provider import all_algorithms
from palveluverkko.plugin import install_translator

pytestmark = pytest.mark.usefixtures("qgis_app")


@pytest.mark.parametrize("locale", ["fi", "sv"])
def test_translation_covers_every_algorithm(locale):
    english = {a.name(): (a.displayName(), a.group()) for a in all_algorithms()}
    translator = install_translator(locale)
    assert translator is not None
    try:
        for alg in all_algorithms():
            name, group = english[alg.name()]
            assert alg.displayName() != name, (locale, name)
            assert alg.group() != group, (locale, group)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_finnish_names():
    translator = install_translator("fi")
    try:
        names = {a.name(): a.displayName() for a in all_algorithms()}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert names["catchmentareas"] == "Vaikutusalueet"
    assert names["closureimpact"] == "Palvelupisteen sulkemisen vaikutukset"
    assert install_translator("de") is None  # no German: English stays


# ------------------------------------------------- engine messages, aliases, legends, models


def _finnish():
    translator = install_translator("fi")
    assert translator is not None
    return translator


def _points(xy):
    from qgis.core import QgsGeometry, QgsPointXY

    from tests.algorithms.test_algorithms import memory_layer

    return memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [i])
                                  for i, (x, y) in enumerate(xy)], "&field=id:integer")


def _roads_with_island():
    from qgis.core import QgsGeometry, QgsPointXY

    from tests.algorithms.test_algorithms import memory_layer

    line = QgsGeometry.fromPolylineXY
    return memory_layer("LineString", [
        (line([QgsPointXY(0, 0), QgsPointXY(500, 0)]), []),
        (line([QgsPointXY(500, 0), QgsPointXY(1000, 0)]), []),
        (line([QgsPointXY(400, 250), QgsPointXY(600, 250)]), [])])


@pytest.mark.usefixtures("qgis_processing")
def test_core_warning_of_a_finnish_run_is_finnish(tmp_path):
    """Closure impact on the sample (cycling, closing 3, 7 and 9): the engine's warning on
    cells that reach no facility comes out in Finnish, with its figures; none in English."""
    import processing

    from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, log_feedback, register_provider

    register_provider()
    log = log_feedback()
    translator = _finnish()
    try:
        processing.run("palveluverkko:closureimpact", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CLOSE_IDS": "3,7,9",
            "POPULATION": POPULATION, "POP_FIELD": "population", "THRESHOLDS": "3,6",
            "ROADS": ROADS, "MODE": 2, "CLASS_FIELD": "highway", "BIKE_SPEED": 18.0,
            "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
            "SUMMARY": "memory:", "EQUITY": "memory:",
            "REPORT": str(tmp_path / "report.html")}, feedback=log)
    finally:
        QCoreApplication.removeTranslator(translator)
    text = "\n".join(log.lines)
    assert "21 ruudusta (väestö 14141) ei saavuteta yhtään palvelupistettä ennen eikä " \
        "jälkeen" in text, text
    assert "reach no facility" not in text


@pytest.mark.usefixtures("qgis_processing")
def test_snapping_reasons_and_notes_are_finnish_in_rows_and_log():
    """Nearest facility in Finnish: the per-row reason and snap_note values and the log
    lines that name them are Finnish (field names stay)."""
    import processing

    from tests.qgis_helpers import log_feedback, register_provider, rows

    register_provider()
    log = log_feedback()
    translator = _finnish()
    try:
        out = processing.run("palveluverkko:nearestfacility", {
            "INPUT": _points([(500, 240), (100, 10), (100, 5000)]),
            "FACILITIES": _points([(900, 0)]), "FAC_ID": "id", "ROADS": _roads_with_island(),
            "MODE": 1, "BANDS": "10", "OUTPUT": "memory:", "SUMMARY": "memory:"}, feedback=log)
    finally:
        QCoreApplication.removeTranslator(translator)
    got = rows(out["OUTPUT"])
    assert [r["snap_note"] for r in got] == ["lähin tie ei ole yhteydessä verkkoon", "", ""]
    assert [r["reason"] for r in got] == ["", "", "liian kaukana tiestä"]
    text = "\n".join(log.lines)
    assert "1/3 (väestökohteet): liian kaukana tiestä." in text, text
    assert "lähin tie ei ole yhteydessä verkkoon" in text
    assert "too far from a road" not in text and "not connected to the network" not in text


@pytest.mark.usefixtures("qgis_processing")
def test_core_error_of_a_finnish_run_is_finnish():
    """A NetworkError of the engine becomes a Finnish QgsProcessingException, figures kept."""
    import processing
    from qgis.core import QgsProcessingException

    from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider

    register_provider()
    translator = _finnish()
    try:
        with pytest.raises(QgsProcessingException) as err:
            processing.run("palveluverkko:nearestfacility", {
                "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
                "FAC_ID": "fac_id", "ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway",
                "TOLERANCE": 500, "BANDS": "10", "OUTPUT": "memory:", "SUMMARY": "memory:"})
    finally:
        QCoreApplication.removeTranslator(translator)
    text = str(err.value)
    assert "topologiatoleranssi (500 kartan yksikköä) ei ole pienempi kuin tiesegmenttien " \
        "mediaanipituus" in text, text
    assert "median road segment" not in text


def test_engine_text_translates_templates_and_their_message_arguments():
    from palveluverkko.algorithms.translation import engine_text
    from palveluverkko.core.messages import Join, msg

    error = ValueError(msg("{table}: column '{col}' is missing.", table=msg("Mobile units"),
                           col="setup_min"))
    joined = Join("; ", [msg("no geometry"), msg("too far from a road")])
    assert engine_text(error) == str(error) == "Mobile units: column 'setup_min' is missing."
    assert engine_text(joined) == "no geometry; too far from a road"
    translator = _finnish()
    try:
        assert engine_text(error) == "Liikkuvat yksiköt: sarake 'setup_min' puuttuu."
        assert engine_text(joined) == "ei geometriaa; liian kaukana tiestä"
        assert engine_text("too far from a road") == "liian kaukana tiestä"
        assert engine_text(ValueError("not an engine text")) == "not an engine text"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("qgis_processing")
def test_loaded_outputs_get_finnish_aliases_and_english_none(tmp_path):
    """Field names stay; in Finnish the attribute table headers (aliases) are Finnish."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider

    register_provider()
    params = {"INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
              "FAC_ID": "fac_id", "ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway",
              "BANDS": "5,10", "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}

    def aliases():
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        res = processing.runAndLoadResults("palveluverkko:nearestfacility", params,
                                           context=context)
        out = {}
        for key in ("OUTPUT", "SUMMARY"):
            layer = QgsProject.instance().mapLayer(res[key])
            out.update({f.name(): f.alias() for f in layer.fields()})
            QgsProject.instance().removeMapLayer(layer.id())
        return out

    english = aliases()
    assert english["time_min"] == "" and english["fac_id"] == ""
    translator = _finnish()
    try:
        fi = aliases()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert fi["time_min"] == "Matka-aika (min)"
    assert fi["reason"] == "Syy" and fi["snap_note"] == "Kohdistuksen huomautus"
    assert fi["pop_le_5"] == "Väestö 5 minuutin sisällä"
    assert fi["population"] == "Väestö"  # the summary's fields


def test_every_written_field_has_an_alias_entry():
    """Each alias text is an entry of context "fields" and every pattern placeholder stays."""
    from palveluverkko.algorithms.field_aliases import ALIASES, PATTERNS
    from scripts.ts_todo import messages, ts_path

    for lang in ("fi", "sv"):
        entries = {s for c, s, _ in messages(ts_path(lang)) if c == "fields"}
        texts = set(ALIASES.values()) | {t for _, t in PATTERNS}
        assert texts <= entries, (lang, sorted(texts - entries))


@pytest.mark.parametrize("style", ["best_channel", "digital_exclusion", "mobile_interval",
                                   "home_drive", "access_index", "access_ratio"])
def test_channel_and_other_qml_legends_are_finnish(style):
    """A .qml style loaded for an output (apply_style) shows a Finnish legend under fi and
    the English one otherwise."""
    from qgis.core import QgsVectorLayer

    from palveluverkko.algorithms.common import StyleLoader

    def labels():
        layer = QgsVectorLayer("Point?crs=EPSG:3067", "t", "memory")
        StyleLoader(f"{style}_points.qml").postProcessLayer(layer, None, None)
        return [i.label() for i in layer.renderer().legendSymbolItems()]

    english = labels()
    translator = _finnish()
    try:
        fi = labels()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(fi) == len(english) > 2
    english_words = [x for x in english if any(c.isalpha() for c in x)]
    assert english_words
    assert not set(fi) & set(english_words), (fi, english)
    if style == "best_channel":
        assert "kiinteä toimipiste" in fi and "vain etäpalvelu (digitaalinen)" in fi
        assert "fixed site" in english


def test_example_models_show_translated_names_with_the_same_ids():
    from palveluverkko.algorithms.provider import example_models

    english = {m.name(): (m.displayName(), m.group()) for m in example_models()}
    translator = _finnish()
    try:
        models = example_models()
        fi = {m.name(): (m.displayName(), m.group()) for m in models}
        copy = models[0].createInstance()
        assert copy.displayName() == models[0].displayName() != models[0].name()
        walk = next(m for m in models if m.name() == "Walking access example").create()
        params = {p.name(): p.description() for p in walk.parameterDefinitions()}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert set(fi) == set(english) == {"Walking access example",
                                        "Public transport closure example"}
    assert fi["Walking access example"] == ("Esimerkki: saavutettavuus kävellen",
                                            "Esimerkkimallit")
    assert english["Walking access example"] == ("Walking access example", "Example models")
    assert "Palvelupisteet" in params.values() and "Suljettavat palvelupisteet (tunnukset)" \
        in params.values(), params
    assert not {"Facilities", "Roads", "Population"} & set(params.values())


@pytest.mark.usefixtures("qgis_processing")
def test_the_optimiser_report_of_a_finnish_qgis_is_finnish(tmp_path, monkeypatch):
    """The optimiser's report follows QGIS's language like the other reports: Finnish title,
    and its note (mode, problem, solver, the proven bound from the engine) in Finnish."""
    import processing

    from palveluverkko.algorithms import optimise_network
    from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider

    register_provider()
    monkeypatch.setattr(optimise_network, "report_language", lambda: "fi")
    report = tmp_path / "report.html"
    translator = _finnish()
    try:
        processing.run("palveluverkko:optimisenetwork", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
            "POP_FIELD": "population", "PROBLEM": 2, "THRESHOLD": 10, "SHARE": 0.4,
            "THRESHOLDS": "5,10", "SITES": "memory:", "REPORT": str(report),
            "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
            "SUMMARY": "memory:", "EQUITY": "memory:", "ROADS": ROADS, "MODE": 1,
            "CLASS_FIELD": "highway"})
    finally:
        QCoreApplication.removeTranslator(translator)
    page = report.read_text(encoding="utf-8")
    assert "<h1>Optimoitu palveluverkko</h1>" in page
    assert "Kulkutapa: walk. Matka-ajat sisältävät kävelyn kunkin pisteen ja tien välillä. " \
        "Tehtävä: setcover; ratkaisija: exact (HiGHS); tavoite 4; todistetusti optimaalinen " \
        "(raja 4)." in page, page[-800:]
    assert "Problem:" not in page and "proven optimal" not in page


@pytest.mark.usefixtures("qgis_processing")
def test_channel_summary_figures_are_written_in_finnish():
    """Multichannel compensation in Finnish: the summary's figure names (row values) are
    Finnish, the figures the same as in English."""
    import processing
    from qgis.core import QgsGeometry, QgsPointXY

    from tests.algorithms.test_algorithms import memory_layer
    from tests.qgis_helpers import register_provider, rows

    register_provider()
    cells = memory_layer("Point", [
        (QgsGeometry.fromPointXY(QgsPointXY(i * 250, 0)), attrs) for i, attrs in enumerate([
            [100.0, 5.0, 20.0, 1.0, 0.0], [50.0, 5.0, 20.0, 10.0, 0.4],
            [10.0, 3.0, 3.0, 10.0, 0.0]])],
        "&field=population:double&field=min_before:double&field=min_after:double"
        "&field=mobile_min:double&field=sigma_gp:double")
    params = {"INPUT": cells, "POP_FIELD": "population", "MOBILE_FIELD": "mobile_min",
              "SIGMA_FIELD": "sigma_gp", "FIXED_LIMIT": 8, "MOBILE_LIMIT": 2,
              "OUTPUT": "memory:", "SUMMARY": "memory:"}
    english = {r["figure"]: r["persons"] for r in rows(processing.run(
        "palveluverkko:multichannelcompensation", params)["SUMMARY"])}
    translator = _finnish()
    try:
        fi = {r["figure"]: r["persons"] for r in rows(processing.run(
            "palveluverkko:multichannelcompensation", params)["SUMMARY"])}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert english["population losing the fixed site"] == 150
    assert fi["kiinteän toimipisteen menettävä väestö"] == 150
    assert fi["joista liikkuvan palvelun pysäkin lähellä"] == 100
    assert fi["paras palvelukanava jälkeen: mobile"] == english["best channel after: mobile"]
    assert sorted(fi.values()) == sorted(english.values()) and not set(fi) & set(english)
