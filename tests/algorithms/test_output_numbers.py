"""Output numbers written to sensible precision (QA walk-through item 16): summary figures
rounded at write time by kind, field precision set, CSV ids and years unquoted; per-cell
values and the OD matrix kept exact (other tools read them on)."""

from __future__ import annotations

import csv

import pytest

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
ROAD = {"ROADS": ROADS, "CLASS_FIELD": "highway", "MODE": 1}


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def test_summary_and_catchment_numbers_are_rounded_by_kind(tmp_path):
    from qgis.core import QgsVectorLayer

    summary = tmp_path / "summary.csv"
    out = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
              FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5,10", OUTPUT="memory:",
              SUMMARY=str(summary), **ROAD)
    text = summary.read_text(encoding="utf-8")
    assert '"' not in text  # ids (fac_id 3) and counts unquoted
    table = list(csv.DictReader(text.splitlines()))
    means = [r["mean_min"] for r in table if r["mean_min"]]
    assert means and all(decimals(m) <= 1 for m in means)
    assert any(decimals(m) == 1 for m in means)
    cells = rows(out["OUTPUT"])  # a cell's own minutes stay exact
    assert any(c["time_min"] is not None and c["time_min"] != round(c["time_min"], 1)
               for c in cells)
    gpkg = tmp_path / "catchments.gpkg"
    run("catchmentareas", FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5", KIND=1,
        RESOLUTION=100, OUTPUT=str(gpkg), **{**ROAD, "MODE": 0})
    polygons = rows(QgsVectorLayer(str(gpkg), "c", "ogr"))
    assert polygons and all(p["area_km2"] == round(p["area_km2"], 3) for p in polygons)
    assert any(p["area_km2"] != round(p["area_km2"], 2) for p in polygons)


def test_rounded_fields_carry_their_precision():
    out = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
              FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5", OUTPUT="memory:",
              SUMMARY="memory:", **ROAD)
    field = out["SUMMARY"].fields().field("mean_min")
    assert (field.length(), field.precision()) == (20, 1)


def test_od_matrix_keeps_full_precision(tmp_path):
    od = tmp_path / "od.csv"
    run("odmatrix", ORIGINS=POPULATION, ORIGINS_ID="id", DESTINATIONS=FACILITIES,
        DESTINATIONS_ID="fac_id", OUTPUT=str(od), **ROAD)
    table = list(csv.DictReader(od.read_text(encoding="utf-8").splitlines()))
    assert any(decimals(r["time_min"]) > 3 for r in table)
    assert not od.read_text(encoding="utf-8").count('"')
