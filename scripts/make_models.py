"""Write the example graphical models into resources/models (run with QGIS's Python).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py
"""

from __future__ import annotations

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
    QgsProcessingParameterString,
)
from qgis.core import (
    QgsProcessingModelChildParameterSource as Src,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "models"


def add_input(model, param) -> None:
    model.addModelParameter(param, QgsProcessingModelParameter(param.name()))


def child(model, alg_id: str, cid: str, params: dict, outputs: dict) -> None:
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(cid)
    c.setDescription(cid.replace("_", " "))
    for key, source in params.items():
        c.addParameterSources(key, [source])
    outs = {}
    for key, name in outputs.items():
        o = QgsProcessingModelOutput(name)
        o.setChildOutputName(key)
        o.setChildId(cid)
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
    add_input(m, QgsProcessingParameterFeatureSource("facilities", "Facilities", pts))
    add_input(m, QgsProcessingParameterField("fac_id", "Facility id field", "fac_id",
                                             parentLayerParameterName="facilities"))
    add_input(m, QgsProcessingParameterFeatureSource("population", "Population", pts))
    add_input(m, QgsProcessingParameterField("pop_field", "Population field", "vaesto",
                                             parentLayerParameterName="population"))
    add_input(m, QgsProcessingParameterFeatureSource("roads", "Roads",
                                                     [QgsProcessing.TypeVectorLine]))
    add_input(m, QgsProcessingParameterField("class_field", "Road class field (OSM highway)",
                                             "highway", parentLayerParameterName="roads"))
    add_input(m, QgsProcessingParameterString("bands", "Time bands (minutes)", "10,20,30"))
    add_input(m, QgsProcessingParameterString("close_ids", "Facilities to close (ids)", "3,4"))
    common = {"FACILITIES": Src.fromModelParameter("facilities"),
              "FAC_ID": Src.fromModelParameter("fac_id"),
              "ROADS": Src.fromModelParameter("roads"),
              "CLASS_FIELD": Src.fromModelParameter("class_field"),
              "MODE": Src.fromStaticValue(1)}
    child(m, "palveluverkko:catchmentareas", "catchments",
          {**common, "BANDS": Src.fromModelParameter("bands"), "KIND": Src.fromStaticValue(1),
           "POPULATION": Src.fromModelParameter("population"),
           "POP_FIELD": Src.fromModelParameter("pop_field")},
          {"OUTPUT": "Catchments"})
    child(m, "palveluverkko:closureimpact", "closure_impact",
          {**common, "POPULATION": Src.fromModelParameter("population"),
           "POP_FIELD": Src.fromModelParameter("pop_field"),
           "CLOSE_IDS": Src.fromModelParameter("close_ids"),
           "THRESHOLDS": Src.fromModelParameter("bands")},
          {"OUTPUT": "Cells before and after", "REPORT": "Closure report"})
    return m


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    model = walking_access_model()
    path = OUT / "walking_access.model3"
    if not model.toFile(str(path)):
        sys.exit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, str(ROOT.parent))
    main()
