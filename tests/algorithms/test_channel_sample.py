"""The bundled channel sample (resources/sample/channels_sample.gpkg) through the channel
algorithms: the worked example of the README."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, ROOT, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
CHANNELS = ROOT / "resources" / "sample" / "channels_sample.gpkg"
CAR = {"ROADS": ROADS, "MODE": 0, "CLASS_FIELD": "highway"}


def layer(name: str) -> str:
    return f"{CHANNELS}|layername={name}"


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def test_mobile_sample():
    res = run("mobileunits", STOPS=layer("mobile_stops"), UNITS=layer("mobile_units"),
              SCHEDULE=layer("stop_schedule"), HOLIDAYS=layer("holidays"),
              DEPOTS=layer("depots"), INPUT=POPULATION, POP_FIELD="population",
              SITES=FACILITIES, SITE_HOURS="capacity", YEAR=2025, COVER_MIN=2,
              ACCESS_MIN=3, OUTPUT="memory:", ROUTES="memory:", GRID="memory:", **CAR)
    stops = rows(res["OUTPUT"])
    assert [s["n_visits_y"] for s in stops] == [25, 25]  # 26 Tuesdays minus 2025-12-23
    assert [s["hours_y"] for s in stops] == pytest.approx([25 * 165 / 60, 25 * 105 / 60])
    assert [s["staff_hours_y"] for s in stops] == pytest.approx([137.5, 87.5])
    (route,) = rows(res["ROUTES"])
    assert route["route_ok"] == 1 and 0 < route["drive_min"] < 30
    grid = rows(res["GRID"])
    assert sum(s["pop_cov"] for s in stops) > 0
    assert max(g["dA_mobile"] for g in grid) > 0


def test_home_care_sample():
    demand = rows(QgsVectorLayer(layer("hc_demand")))
    res = run("homecare", BASES=layer("hc_bases"), INPUT=layer("hc_demand"), CLOSE="2",
              OUTPUT="memory:", GRID="memory:", COMPARISON="memory:", **CAR)
    bases, cells = rows(res["OUTPUT"]), rows(res["GRID"])
    served = [d["visits_per_week"] for d, c in zip(demand, cells) if c["base_id"] is not None]
    assert len(served) > 40  # the rest lie beyond the sample's roads (reported in the log)
    assert sum(b["visits_wk"] for b in bases) == pytest.approx(sum(served))
    assert all(0 < b["drive_share"] < 0.5 for b in bases if b["visits_wk"])
    total = rows(res["COMPARISON"])[-1]
    assert total["d_fte_needed"] >= 0  # closing a base never saves driving time here


def test_digital_sample():
    bb = {r["grid_id"]: r for r in rows(QgsVectorLayer(layer("broadband")))}
    res = run("digitalchannel", INPUT=POPULATION, GRID_ID="id", BROADBAND=layer("broadband"),
              READINESS="population=0.85", REMOTE="gp=0.3", RULE=2, OUTPUT="memory:",
              SUMMARY="memory:")
    cells = rows(res["OUTPUT"])
    for c in cells:
        b = bb[c["id"]]
        fixed = b["hh_fixed_100M"] / b["hh_total"] if b["hh_total"] else 0.0
        assert c["b_conn"] == pytest.approx(max(fixed, b["mob_cov"]))
        assert c["dig_excluded"] == pytest.approx((c["population"] or 0) *
                                                  (1 - 0.85 * c["b_conn"]))
