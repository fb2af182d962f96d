"""The bundled Tampere sample shows the method: everyone reached, transit served, a closure
that changes something, and Statistics Finland's masked cells never counted as people."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.qgis_helpers import register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
GPKG = SAMPLE / "tampere_sample.gpkg"
GTFS = SAMPLE / "tampere_gtfs.zip"
ROADS, FACILITIES, POPULATION = (f"{GPKG}|layername={n}"
                                 for n in ("roads", "facilities", "population"))
NETWORK = {"ROADS": ROADS, "CLASS_FIELD": "highway", "ONEWAY_FIELD": "oneway"}
TRANSIT = {"GTFS": [str(GTFS)], "DATE": "2022-01-18", "START": "07:00", "END": "09:00"}
CLOSE = "3,4"  # Kaukajärven and Linnainmaan terveysasema (the README's worked example)


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def population() -> list[dict]:
    from qgis.core import QgsVectorLayer

    options = QgsVectorLayer.LayerOptions()
    options.forceReadOnly = True
    return rows(QgsVectorLayer(POPULATION, "population", "ogr", options))


@pytest.mark.parametrize("mode", [0, 1])  # car, walk
def test_nearest_facility_reaches_everyone(mode):
    res = run("nearestfacility", INPUT=POPULATION, POP_FIELD="vaesto", FACILITIES=FACILITIES,
              FAC_ID="fac_id", MODE=mode, BANDS="5,10,15,20,30", OUTPUT="memory:",
              SUMMARY="memory:", **NETWORK)
    cells = rows(res["OUTPUT"])
    total = sum(c["vaesto"] for c in cells)
    reached = sum(c["vaesto"] for c in cells if c["reachable"])
    assert total > 90_000 and reached / total >= 0.99
    # every facility serves someone: the sites are spread like a real network
    assert len({c["fac_id"] for c in cells if c["reachable"]}) == 7


def test_transit_service_in_most_cells():
    res = run("transitservice", **TRANSIT, CELLS=POPULATION, STOPS="memory:",
              CELLS_OUT="memory:")
    cells = rows(res["CELLS_OUT"])
    served = [c for c in cells if c["trips_day"] > 0]
    assert len(served) / len(cells) >= 0.9
    people = sum(c["vaesto"] for c in cells)
    assert sum(c["vaesto"] for c in served) / people >= 0.97
    assert np.median([c["trips_window"] for c in served]) > 20


def test_masked_cells_are_never_summed_as_people(tmp_path):
    pop = population()
    masked = [c for c in pop if c["ika_0_14"] == -1]
    assert masked and all(c["vaesto"] < 10 and c["ika_75_"] == -1 for c in masked)
    known = {g: sum(c[g] for c in pop if c[g] >= 0)
             for g in ("ika_0_14", "ika_15_64", "ika_65_", "ika_75_")}
    res = run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id", CLOSE_IDS=CLOSE,
              CAPACITY_FIELD="capacity", POPULATION=POPULATION, POP_FIELD="vaesto",
              AGE_FIELDS=["ika_0_14", "ika_15_64", "ika_65_"], ELDERLY_FIELD="ika_75_",
              AREA_FIELD="alue", MODE=1, THRESHOLDS="10,20,30", OUTPUT="memory:",
              FLOWS="memory:", LOADS="memory:", SUMMARY="memory:", EQUITY="memory:",
              REPORT=str(tmp_path / "report.html"), **NETWORK)
    summary = {(r["area"], r["group"]): r for r in rows(res["SUMMARY"])}
    for group, want in known.items():
        assert summary[("all areas", group)]["population"] == pytest.approx(want)
    assert summary[("all areas", "total")]["population"] == sum(c["vaesto"] for c in pop)
    # the closure is visible: people lose walking access and the neighbours fill up
    assert summary[("all areas", "total")]["losing_20"] > 5000
    loads = {r["facility"]: r for r in rows(res["LOADS"])}
    assert not loads["3"]["open_after"] and loads["3"]["load_before"] > 5000
    assert any(r["over_capacity"] and not r["use_before"] > 1 for r in loads.values())


def test_closure_by_public_transport_is_visible(tmp_path):
    res = run("transitclosureimpact", **TRANSIT, STEP=5, FACILITIES=FACILITIES,
              FAC_ID="fac_id", CLOSE_IDS=CLOSE, CAPACITY_FIELD="capacity",
              POPULATION=POPULATION, POP_FIELD="vaesto", PERCENTILE=50, THRESHOLDS="15,30",
              OUTPUT="memory:", FLOWS="memory:", LOADS="memory:", SUMMARY="memory:",
              EQUITY="memory:", REPORT=str(tmp_path / "report.html"))
    total = {r["group"]: r for r in rows(res["SUMMARY"]) if r["area"] == "all areas"}["total"]
    assert total["within_30_before"] / total["population"] > 0.9
    assert total["losing_15"] > 3000
    assert total["mean_min_after"] > total["mean_min_before"] + 1
