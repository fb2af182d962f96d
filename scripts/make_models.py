"""Write the example graphical models into resources/models (run with QGIS's Python).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.core import (
    QgsProcessingModelChildParameterSource as Src,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "models"


def add_input(model, param, x: float, y: float) -> None:
    """A model input, laid out at (x, y) on the canvas."""
    component = QgsProcessingModelParameter(param.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(param, component)


def model_input(model, name: str) -> Src:
    """The model input ``name``; its default when it is left out (Processing passes a model
    input that is not given on as NULL, not as its default)."""
    default = model.parameterDefinition(name).defaultValue()
    if default is None:
        return Src.fromModelParameter(name)
    return Src.fromExpression(f"coalesce(@{name}, '{default}')")


def child(model, alg_id: str, cid: str, params: dict, outputs: dict, x: float,
          y: float) -> None:
    """A child algorithm at (x, y); ``outputs`` maps its output to (model output name,
    default value); the model outputs sit to its right."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(cid)
    c.setDescription(cid.replace("_", " ").capitalize())
    c.setPosition(QPointF(x, y))
    for key, source in params.items():
        c.addParameterSources(key, [source])
    outs = {}
    for k, (key, (name, default)) in enumerate(outputs.items()):
        o = QgsProcessingModelOutput(name)
        o.setChildOutputName(key)
        o.setChildId(cid)
        o.setDescription(name)  # the label of the output's box in the modeler
        o.setDefaultValue(default)
        o.setPosition(QPointF(x + 260, y - 40 + 60 * k))
        outs[name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)


def walking_access_model() -> QgsProcessingModelAlgorithm:
    m = QgsProcessingModelAlgorithm("Walking access example", "Example models",
                                    "examplemodels")
    m.setHelpContent({"ALG_DESC": "Example model: nearest-facility walking catchments with "
                                  "their population, then the impact of closing facilities "
                                  "(ids) on the same walking network, with its HTML report."})
    pts = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
    # inputs in a column on the left; defaults are the bundled sample's field names
    add_input(m, QgsProcessingParameterFeatureSource("facilities", "Facilities", pts), 120, 60)
    add_input(m, QgsProcessingParameterField("fac_id", "Facility id field", "fac_id",
                                             parentLayerParameterName="facilities"), 120, 130)
    add_input(m, QgsProcessingParameterFeatureSource("population", "Population", pts),
              120, 200)
    add_input(m, QgsProcessingParameterField("pop_field", "Population field", "vaesto",
                                             parentLayerParameterName="population",
                                             type=QgsProcessingParameterField.Numeric),
              120, 270)
    add_input(m, QgsProcessingParameterFeatureSource("roads", "Roads",
                                                     [QgsProcessing.TypeVectorLine]), 120, 340)
    add_input(m, QgsProcessingParameterField("class_field", "Road class field (OSM highway)",
                                             "highway", parentLayerParameterName="roads",
                                             optional=True), 120, 410)
    add_input(m, QgsProcessingParameterString("bands", "Time bands (minutes)", "10,20,30"),
              120, 480)
    add_input(m, QgsProcessingParameterString("close_ids", "Facilities to close (ids)", "3,4"),
              120, 550)
    given = functools.partial(model_input, m)
    common = {"FACILITIES": given("facilities"), "FAC_ID": given("fac_id"),
              "ROADS": given("roads"), "CLASS_FIELD": given("class_field"),
              "POPULATION": given("population"), "POP_FIELD": given("pop_field"),
              "MODE": Src.fromStaticValue(1)}
    child(m, "palveluverkko:catchmentareas", "catchments",
          {**common, "BANDS": given("bands"), "KIND": Src.fromStaticValue(1)},
          {"OUTPUT": ("Catchments", "TEMPORARY_OUTPUT")}, 420, 180)
    child(m, "palveluverkko:closureimpact", "closure_impact",
          {**common, "CLOSE_IDS": given("close_ids"), "THRESHOLDS": given("bands")},
          {"OUTPUT": ("Cells before and after", "TEMPORARY_OUTPUT"),
           "REPORT": ("Closure report", "TEMPORARY_OUTPUT")}, 420, 420)
    m.updateDestinationParameters()  # the outputs become parameters of the model
    return m


def transit_closure_model() -> QgsProcessingModelAlgorithm:
    """Closing health stations, by public transport (GTFS), on the bundled Tampere sample:
    the inputs' defaults are the sample's field names, feed date and window."""
    m = QgsProcessingModelAlgorithm("Public transport closure example", "Example models",
                                    "examplemodels")
    m.setHelpContent({"ALG_DESC": "Example model: the impact of closing facilities (ids) "
                                  "when the population travels by public transport (a GTFS "
                                  "feed, the median travel time over a morning departure "
                                  "window), with the facilities' loads and the board "
                                  "report. The defaults fit the bundled Tampere sample "
                                  "(tampere_sample.gpkg and tampere_gtfs.zip)."})
    pts = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
    column = iter(range(60, 2000, 70))
    add_input(m, QgsProcessingParameterFeatureSource("facilities", "Facilities", pts), 120,
              next(column))
    add_input(m, QgsProcessingParameterField("fac_id", "Facility id field", "fac_id",
                                             parentLayerParameterName="facilities"), 120,
              next(column))
    add_input(m, QgsProcessingParameterField("name_field", "Facility name field", "name",
                                             parentLayerParameterName="facilities",
                                             optional=True), 120, next(column))
    add_input(m, QgsProcessingParameterField("capacity_field", "Capacity field", "capacity",
                                             parentLayerParameterName="facilities",
                                             optional=True), 120, next(column))
    add_input(m, QgsProcessingParameterFeatureSource("population", "Population", pts), 120,
              next(column))
    add_input(m, QgsProcessingParameterField("pop_field", "Population field", "vaesto",
                                             parentLayerParameterName="population",
                                             type=QgsProcessingParameterField.Numeric), 120,
              next(column))
    add_input(m, QgsProcessingParameterFile("gtfs", "GTFS feed (zip)", extension="zip"), 120,
              next(column))
    add_input(m, QgsProcessingParameterString("date", "Date (YYYY-MM-DD)", "2022-01-18"), 120,
              next(column))
    add_input(m, QgsProcessingParameterString("start", "First departure", "07:00"), 120,
              next(column))
    add_input(m, QgsProcessingParameterString("end", "Last departure", "09:00"), 120,
              next(column))
    add_input(m, QgsProcessingParameterString("close_ids", "Facilities to close (ids)", "3,4"),
              120, next(column))
    add_input(m, QgsProcessingParameterString("thresholds", "Access thresholds (minutes)",
                                              "15,30"), 120, next(column))

    given = functools.partial(model_input, m)

    child(m, "palveluverkko:transitclosureimpact", "transit_closure", {
        "FACILITIES": given("facilities"), "FAC_ID": given("fac_id"),
        "NAME_FIELD": given("name_field"), "CAPACITY_FIELD": given("capacity_field"),
        "POPULATION": given("population"),
        "POP_FIELD": given("pop_field"), "GTFS": given("gtfs"), "DATE": given("date"),
        "START": given("start"), "END": given("end"), "STEP": Src.fromStaticValue(5),
        "PERCENTILE": Src.fromStaticValue(50), "CLOSE_IDS": given("close_ids"),
        "THRESHOLDS": given("thresholds"),
        "SCENARIO_NAME": Src.fromStaticValue("Public transport closure example")},
        {"OUTPUT": ("Cells before and after", "TEMPORARY_OUTPUT"),
         "LOADS": ("Facility loads", "TEMPORARY_OUTPUT"),
         "REPORT": ("Closure report", "TEMPORARY_OUTPUT")}, 440, 400)
    m.updateDestinationParameters()
    return m


MODELS = {"walking_access.model3": walking_access_model,
          "transit_closure.model3": transit_closure_model}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in MODELS.items():
        path = OUT / name
        if not make().toFile(str(path)):
            sys.exit(f"could not write {path}")
        print(path)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, str(ROOT.parent))
    sys.path.insert(0, str(ROOT))
    from tests.package_link import make_importable

    make_importable()
    from palveluverkko.algorithms.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()  # the steps must be known to declare the outputs
    QgsApplication.processingRegistry().addProvider(provider)
    main()
