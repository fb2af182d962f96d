"""Bad input, as a county GIS specialist meets it (issue 17): every case is a clear error, a
warning or a correct figure, and no input file is ever changed.

Cases that write files work on a copy of the sample GeoPackage, never on the bundled file.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.qgis_helpers import (
    FACILITIES,
    POPULATION,
    ROADS,
    ROOT,
    SAMPLE,
    register_provider,
)

pytestmark = pytest.mark.usefixtures("qgis_processing")
WALK = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway"}
NEAREST = {"INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
           "FAC_ID": "fac_id", "BANDS": "5,10", **WALK}
CLOSURE = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CLOSE_IDS": "3",
           "POPULATION": POPULATION, "POP_FIELD": "population", "THRESHOLDS": "5,10", **WALK,
           "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:", "SUMMARY": "memory:",
           "EQUITY": "memory:"}


class Log(QgsProcessingFeedback):
    """Feedback that keeps every message; optionally cancels once progress passes a mark."""

    def __init__(self, cancel_at: float | None = None):
        super().__init__()
        self.lines: list[str] = []
        self.cancel_at = cancel_at

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append("WARNING " + text)

    def reportError(self, text, fatal=False):  # noqa: N802
        self.lines.append("ERROR " + text)

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def run(alg, feedback=None, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params, feedback=feedback or Log())


def points(features: list, fields: str = "&field=fac_id:integer",
           crs: str = "EPSG:3067") -> QgsVectorLayer:
    """A memory point layer from (x, y or None, attributes) tuples."""
    layer = QgsVectorLayer(f"Point?crs={crs}{fields}", "test points", "memory")
    feats = []
    for x, y, attrs in features:
        f = QgsFeature(layer.fields())
        if x is not None:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def sample_facilities(extra=(), fields="&field=fac_id:integer") -> QgsVectorLayer:
    """The sample facilities as a memory layer (fac_id only), plus ``extra`` features."""
    src = QgsVectorLayer(FACILITIES, "f", "ogr")
    feats = [(f.geometry().asPoint().x(), f.geometry().asPoint().y(), [f["fac_id"]])
             for f in src.getFeatures()]
    return points(feats + list(extra), fields)


@pytest.fixture
def gpkg_copy(tmp_path):
    """A copy of the sample GeoPackage (never the bundled file) and its layer URIs."""
    path = tmp_path / "mydata.gpkg"
    shutil.copy(SAMPLE, path)
    return path


def tables(path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {r[0] for r in db.execute("select table_name from gpkg_contents")}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------- 1-4: data loss
@pytest.mark.parametrize("alg, extra, key", [
    ("nearestfacility", {}, "OUTPUT"),
    ("nearestfacility", {}, "SUMMARY"),
    ("catchmentareas", {"BANDS": "5"}, "OUTPUT"),
    ("closureimpact", {}, "LOADS"),
])
def test_output_onto_an_input_file_is_refused_before_writing(gpkg_copy, tmp_path, alg, extra,
                                                              key):
    uri = {n: f"{gpkg_copy}|layername={n}" for n in ("roads", "facilities", "population")}
    params = {"FACILITIES": uri["facilities"], "FAC_ID": "fac_id", "ROADS": uri["roads"],
              "MODE": 1, "CLASS_FIELD": "highway"}
    if alg == "nearestfacility":
        params.update(INPUT=uri["population"], POP_FIELD="population", BANDS="5,10",
                      OUTPUT=str(tmp_path / "o.gpkg"), SUMMARY=str(tmp_path / "s.csv"))
    elif alg == "closureimpact":
        params.update({k: v for k, v in CLOSURE.items() if k not in params},
                      POPULATION=uri["population"], REPORT=str(tmp_path / "r.html"))
    else:
        params.update(OUTPUT=str(tmp_path / "o.gpkg"))
    params.update(extra)
    params[key] = str(gpkg_copy)
    before = digest(gpkg_copy)
    with pytest.raises(QgsProcessingException, match=rf"\({key}\): the output file .*mydata"
                                                     r"\.gpkg is also an input"):
        run(alg, **params)
    assert digest(gpkg_copy) == before
    assert {"roads", "facilities", "population"} <= tables(gpkg_copy)


def test_new_layer_in_the_input_geopackage_is_allowed_but_not_over_an_input_layer(gpkg_copy):
    params = {**NEAREST, "INPUT": f"{gpkg_copy}|layername=population",
              "SUMMARY": "memory:"}
    with pytest.raises(QgsProcessingException, match="is also an input"):
        run("nearestfacility", **params,
            OUTPUT=f"ogr:dbname='{gpkg_copy}' table=\"population\" (geom)")
    res = run("nearestfacility", **params,
              OUTPUT=f"ogr:dbname='{gpkg_copy}' table=\"nearest\" (geom)")
    assert "nearest" in res["OUTPUT"]
    assert {"roads", "facilities", "population", "nearest"} <= tables(gpkg_copy)


def test_report_onto_a_geopackage_or_other_file_is_refused(gpkg_copy, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    for target in (gpkg_copy, notes):
        before = digest(target)
        with pytest.raises(QgsProcessingException,
                           match=r"Report \(REPORT\): .* already exists and is not a "
                                 r"Palveluverkko HTML report"):
            run("closureimpact", **CLOSURE, REPORT=str(target))
        assert digest(target) == before
    report = tmp_path / "report.html"
    run("closureimpact", **CLOSURE, REPORT=str(report))
    run("closureimpact", **CLOSURE, REPORT=str(report))  # our own report: replaced
    assert "Key figures" in report.read_text()


def test_report_in_a_missing_folder_is_refused_before_other_outputs(tmp_path):
    out = tmp_path / "cells.gpkg"
    with pytest.raises(QgsProcessingException,
                       match=r"Report \(REPORT\): the folder .*nowhere does not exist"):
        run("closureimpact", **{**CLOSURE, "OUTPUT": str(out)},
            REPORT=str(tmp_path / "nowhere" / "r.html"))
    assert not out.exists()


def test_output_under_a_file_instead_of_a_folder_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    with pytest.raises(QgsProcessingException,
                       match=r"Nearest facility \(OUTPUT\): .*notes.txt is a file, not a folder"):
        run("nearestfacility", **NEAREST, OUTPUT=str(notes / "o.gpkg"), SUMMARY="memory:")
    assert notes.read_text() == "x"


def test_cancel_after_the_sink_was_created_leaves_no_empty_geopackage(tmp_path):
    out = tmp_path / "catchments.gpkg"
    log = Log(cancel_at=50)
    with pytest.raises(QgsProcessingException):
        run("catchmentareas", feedback=log, FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5",
            OUTPUT=str(out), **WALK)
    assert not out.exists()
    assert "incomplete outputs were removed" in log.text


def test_qgis_process_output_onto_the_input_geopackage_keeps_its_layers(gpkg_copy, tmp_path):
    from tests.test_qgis_process import _env

    config = tmp_path / "config"
    subprocess.run([str(ROOT / "scripts" / "install_plugin.sh")], env=_env(config), check=True,
                   capture_output=True)
    before = digest(gpkg_copy)
    res = subprocess.run(
        ["qgis_process", "run", "palveluverkko:nearestfacility", "--",
         f"INPUT={gpkg_copy}|layername=population", "POP_FIELD=population",
         f"FACILITIES={gpkg_copy}|layername=facilities", "FAC_ID=fac_id",
         f"ROADS={gpkg_copy}|layername=roads", "MODE=1", "CLASS_FIELD=highway",
         f"OUTPUT={gpkg_copy}", f"SUMMARY={tmp_path / 'summary.csv'}"],
        env=_env(config), capture_output=True, text=True, timeout=300)
    assert res.returncode != 0
    assert "Nearest facility (OUTPUT): the output file" in res.stdout + res.stderr
    assert "is also an input (parameter 'Population', layer 'population', 'facilities', " \
        "'roads')" in \
        res.stdout + res.stderr
    assert digest(gpkg_copy) == before
    assert {"roads", "facilities", "population"} <= tables(gpkg_copy)
