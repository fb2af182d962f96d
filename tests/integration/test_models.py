"""The bundled example models run as users run them: by id and by file with qgis_process,
on the Tampere sample, with the inputs' defaults (the sample's field names)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest

from tests.integration.test_qgis_process import _qgis_process, linked_profile  # noqa: F401
from tests.qgis_helpers import ROOT

MODELS = ROOT / "resources" / "models"
TAMPERE = ROOT / "resources" / "sample" / "tampere_sample.gpkg"
GTFS = ROOT / "resources" / "sample" / "tampere_gtfs.zip"
LAYERS = [f"{k}={TAMPERE}|layername={k}" for k in ("facilities", "population")]
CELLS = 841


def _results(res) -> dict:
    assert res.returncode == 0, res.stderr + res.stdout
    return json.loads(res.stdout[res.stdout.index("{"):])["results"]


def _positions(path) -> list[tuple[float, float]]:
    """(x, y) of every input, step and output of a model file."""
    root = ET.parse(path).getroot()
    out = []
    for opt in root.iter("Option"):
        names = {o.get("name"): o.get("value") for o in opt.findall("Option")}
        if "component_pos_x" in names and opt.get("name") != "comment":  # (comments empty)
            out.append((float(names["component_pos_x"]), float(names["component_pos_y"])))
    return out


@pytest.mark.parametrize("name", ["walking_access.model3", "transit_closure.model3"])
def test_models_are_laid_out(name):
    pos = _positions(MODELS / name)
    assert len(pos) >= 10  # inputs, the steps and the outputs
    assert len(set(pos)) == len(pos), "two components at one place"
    root = ET.parse(MODELS / name).getroot()
    outputs = [o for m in root.iter("Option") if m.get("name") == "outputs"
               for o in m.findall("Option")]
    assert outputs
    for out in outputs:  # each output's box in the modeler says which output it is
        desc = {o.get("name"): o.get("value") for o in out.findall("Option")}
        assert desc["component_description"] == out.get("name")


def test_walking_model_runs_from_its_file(linked_profile, tmp_path):  # noqa: F811
    out = {"catchments": tmp_path / "c.gpkg",
           "cells_before_and_after": tmp_path / "cells.gpkg",
           "closure_report": tmp_path / "r.html"}
    res = _qgis_process(linked_profile, "run", str(MODELS / "walking_access.model3"), "--json",
                        "--", *LAYERS, f"roads={TAMPERE}|layername=roads", "bands=10,20",
                        "close_ids=3", *(f"{k}={v}" for k, v in out.items()))
    results = _results(res)
    assert results["closure_report"] == str(tmp_path / "r.html")
    from osgeo import ogr

    assert ogr.Open(str(tmp_path / "cells.gpkg")).GetLayer(0).GetFeatureCount() == CELLS
    assert ogr.Open(str(tmp_path / "c.gpkg")).GetLayer(0).GetFeatureCount() > 10


def test_transit_closure_model_runs_through_qgis_process(linked_profile, tmp_path):  # noqa: F811
    out = {"cells_before_and_after": tmp_path / "cells.gpkg",
           "facility_loads": tmp_path / "loads.csv",
           "closure_report": tmp_path / "report.html"}
    res = _qgis_process(linked_profile, "run", "palveluverkko:Public transport closure example",
                        "--json", "--", *LAYERS, f"gtfs={GTFS}",
                        *(f"{k}={v}" for k, v in out.items()))
    _results(res)
    with open(tmp_path / "loads.csv", encoding="utf-8") as fh:
        loads = {r["facility"]: r for r in csv.DictReader(fh)}
    # stations 3 and 4 close (the defaults): their load goes to zero and moves elsewhere
    assert [loads[f]["open_after"] for f in ("3", "4")] == ["0", "0"]
    assert float(loads["3"]["load_after"]) == 0 and float(loads["3"]["load_before"]) > 5000
    moved = sum(float(r["change"]) for f, r in loads.items() if f not in ("3", "4"))
    lost = float(loads["3"]["load_before"]) + float(loads["4"]["load_before"])
    assert moved == pytest.approx(lost, rel=0.05)
    assert all(r["capacity"] for r in loads.values())  # the capacity field's default
    from osgeo import ogr

    assert ogr.Open(str(tmp_path / "cells.gpkg")).GetLayer(0).GetFeatureCount() == CELLS
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Public transport closure example" in report
    assert (tmp_path / "report.pdf").exists()


def test_readme_first_day_links_the_finnish_screenshots():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### First day in QGIS"):]
    for name in ("fi_toolbox", "fi_nearest_dialog", "fi_closure_dialog", "fi_model"):
        path = ROOT / "docs" / "screenshots" / f"{name}.png"
        assert f"(docs/screenshots/{name}.png)" in section
        assert path.is_file() and path.stat().st_size < 150_000, path
