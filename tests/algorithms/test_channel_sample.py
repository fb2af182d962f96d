"""The bundled channel sample (resources/sample/channels_sample.gpkg) through the channel
algorithms: the worked example of the README."""

from __future__ import annotations

import re

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


def test_closure_compensated_by_the_bus_and_remote_care(tmp_path):
    """The sample scenario: close seven sites (walking, 8 min); the health bus (2 min by car)
    and remote GP care (30 % of visits, 85 % internet use) make up part of the loss."""
    from core.channels.multichannel import closure_compensation

    impact = run("closureimpact", FACILITIES=FACILITIES, FAC_ID="fac_id",
                 CLOSE_IDS="1,5,7,8,10,12,13", POPULATION=POPULATION, POP_FIELD="population",
                 THRESHOLDS="8", OUTPUT="memory:", FLOWS="memory:", LOADS="memory:",
                 SUMMARY="memory:", EQUITY="memory:", REPORT=str(tmp_path / "r.html"),
                 ROADS=ROADS, CLASS_FIELD="highway", MODE=1)["OUTPUT"]
    mobile = run("mobileunits", STOPS=layer("mobile_stops"), UNITS=layer("mobile_units"),
                 SCHEDULE=layer("stop_schedule"), DEPOTS=layer("depots"), INPUT=impact,
                 POP_FIELD="population", COVER_MIN=2, OUTPUT="memory:", ROUTES="memory:",
                 GRID="memory:", **CAR)["GRID"]
    digital = run("digitalchannel", INPUT=mobile, GRID_ID="id", BROADBAND=layer("broadband"),
                  READINESS="population=0.85", REMOTE="gp=0.3", OUTPUT="memory:",
                  SUMMARY="memory:")["OUTPUT"]
    res = run("multichannelcompensation", INPUT=digital, POP_FIELD="population",
              MOBILE_FIELD="mobile_min", SIGMA_FIELD="sigma_gp", FIXED_LIMIT=8, MOBILE_LIMIT=2,
              OUTPUT="memory:", SUMMARY="memory:")
    cells = rows(digital)
    nan = float("nan")
    col = lambda k: [nan if c[k] is None else c[k] for c in cells]  # noqa: E731
    ref_cells, ref = closure_compensation([c["population"] or 0 for c in cells],
                                          col("min_before"), col("min_after"),
                                          col("mobile_min"), col("sigma_gp"), 8, 2)
    out = rows(res["OUTPUT"])
    assert [c["best_after"] for c in out] == ref_cells["best_after"].tolist()
    summary = {r["figure"]: r for r in rows(res["SUMMARY"])}
    for figure, persons in zip(ref["figure"], ref["persons"]):
        assert summary[figure]["persons"] == pytest.approx(persons)
    lost = summary["population losing the fixed site"]["persons"]
    assert lost == pytest.approx(sum((c["population"] or 0) for c in cells if c["lost_8"]))
    assert lost > 4000
    assert summary["of whom near a mobile stop"]["persons"] > 0
    assert summary["of the rest, demand that can go remote"]["persons"] > 0
    assert 0 < summary["left uncompensated"]["share_of_lost"] < 1


WALK8 = {"FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": layer("cells"),
         "POP_FIELD": "population", "AREA_FIELD": "area", "ROADS": ROADS,
         "CLASS_FIELD": "highway", "MODE": 1, "OUTPUT": "memory:", "FLOWS": "memory:",
         "LOADS": "memory:", "SUMMARY": "memory:", "EQUITY": "memory:"}
CHANNELS_IN = {"STOPS": layer("mobile_stops"), "UNITS": layer("mobile_units"),
               "SCHEDULE": layer("stop_schedule"), "HOLIDAYS": layer("holidays"),
               "MOBILE_LIMIT": 8, "GRID_ID": "id", "BROADBAND": layer("broadband"),
               "READINESS": "population=0.85", "REMOTE": "gp=0.3"}


def test_closure_impact_judges_each_cell_over_all_its_channels(tmp_path):
    """The README's scenario in one run: close seven sites (walking, 8 min); the health bus
    stops (8 min walk) and remote GP visits make up part of the loss, by area."""
    report = tmp_path / "r.html"
    res = run("closureimpact", CLOSE_IDS="1,5,7,8,10,12,13", THRESHOLDS="8",
              REPORT=str(report), CHANNEL_AREAS="memory:", **WALK8, **CHANNELS_IN)
    areas = {r["area"]: r for r in rows(res["CHANNEL_AREAS"])}
    for name, want in (("North", (383, 100, 70.7217, 212.2783)),
                       ("South", (4088, 1301, 673.2204, 2113.7796)),
                       ("all areas", (4471, 1401, 743.9421, 2326.0579))):
        got = [areas[name][k] for k in ("lost", "mobile", "remote", "left")]
        assert got == pytest.approx(want, abs=1e-4), name
    # written to 0.001
    assert areas["all areas"]["mobile_share"] == pytest.approx(1401 / 4471, abs=5e-4)
    cells = rows(res["OUTPUT"])
    bb = {r["grid_id"]: r for r in rows(QgsVectorLayer(layer("broadband")))}
    mobile = {c["id"]: c["mobile_min"] for c in rows(run(
        "mobileunits", STOPS=layer("mobile_stops"), UNITS=layer("mobile_units"),
        SCHEDULE=layer("stop_schedule"), DEPOTS=layer("depots"), INPUT=layer("cells"),
        POP_FIELD="population", COVER_MIN=1000, OUTPUT="memory:", ROUTES="memory:",
        GRID="memory:", ROADS=ROADS, CLASS_FIELD="highway", MODE=1)["GRID"])}
    for c in cells:
        b = bb[c["id"]]
        fixed = b["hh_fixed_100M"] / b["hh_total"] if b["hh_total"] else 0.0
        assert c["ch_sigma"] == pytest.approx(0.3 * 0.85 * max(fixed, b["mob_cov"]))
        assert c["ch_mobile_min"] == pytest.approx(mobile[c["id"]], abs=1e-4)  # float32 s
        assert c["ch_lost"] == int(c["lost_8"])
        near = c["ch_mobile_min"] is not None and c["ch_mobile_min"] <= 8
        # a cell losing its site within reach of a stop is compensated by the stop
        assert c["ch_comp_mobile"] == int(c["lost_8"] and near)
        assert c["ch_comp_remote"] == pytest.approx(c["ch_sigma"] if c["lost_8"] and not near
                                                    else 0)
        if c["lost_8"]:
            assert c["ch_best_after"] == ("mobile" if near else "digital")
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", report.read_text(encoding="utf-8")))
    assert ("Of the 4,471 residents who lose their facility within 8 min, a mobile stop within "
            "8 min serves 1,401 (31%), remote visits can take the demand of 744 more (17%), "
            "and 2,326 (52%) are left without a substitute.") in page
    assert "North 383 100 71 212 45%" in page and "South 4,088 1,301 673 2,114 48%" in page
    plain = run("closureimpact", CLOSE_IDS="1,5,7,8,10,12,13", THRESHOLDS="8",
                REPORT=str(tmp_path / "plain.html"), **WALK8)
    assert "CHANNEL_AREAS" not in plain and "ch_sigma" not in rows(plain["OUTPUT"])[0]
    assert "Other service channels" not in (tmp_path / "plain.html").read_text(
        encoding="utf-8")


def test_optimiser_chooses_sites_for_the_demand_the_channels_leave(tmp_path):
    from core.channels.multichannel import channel_demand

    common = dict(PROBLEM=1, P=3, THRESHOLD=8, SITES="memory:", REPORT=str(tmp_path / "o.html"),
                  **WALK8)
    plain = run("optimisenetwork", **common)
    res = run("optimisenetwork", **common, **CHANNELS_IN)
    closure = rows(run("closureimpact", CLOSE_IDS="1", THRESHOLDS="8",
                       REPORT=str(tmp_path / "c.html"), **WALK8, **CHANNELS_IN)["OUTPUT"])
    nan = float("nan")
    left = channel_demand([c["population"] for c in closure],
                          [nan if c["ch_mobile_min"] is None else c["ch_mobile_min"]
                           for c in closure], [c["ch_sigma"] for c in closure], 8)
    cells = rows(res["OUTPUT"])
    covered = sum(w for w, c in zip(left, cells) if c["min_after"] is not None
                  and c["min_after"] <= 8)
    assert res["OBJECTIVE"] == pytest.approx(covered)
    assert res["OBJECTIVE"] == pytest.approx(11570.1654, abs=1e-3)
    assert plain["OBJECTIVE"] == pytest.approx(16642)
    assert sum(s["demand"] for s in rows(res["SITES"])) == pytest.approx(sum(
        w for w, c in zip(left, cells) if c["fac_after"] is not None))
    with pytest.raises(Exception, match="serve 24112 of the demand 71724 already, at least "
                                        "the share 0.27; no site is needed"):
        run("optimisenetwork", **{**common, "PROBLEM": 2, "SHARE": 0.27}, **CHANNELS_IN)


@pytest.mark.parametrize("drop, message", [
    ("UNITS", "Mobile stops are given: give the Mobile units table too."),
    ("GRID_ID", "A broadband table is given: choose the population's grid id field too.")])
def test_channel_inputs_missing_their_companion(tmp_path, drop, message):
    params = {k: v for k, v in CHANNELS_IN.items() if k != drop}
    with pytest.raises(Exception, match=re.escape(message)):
        run("closureimpact", CLOSE_IDS="1", THRESHOLDS="8", REPORT=str(tmp_path / "r.html"),
            **WALK8, **params)


def test_mobile_plan_chooses_stops_that_fit_the_shift():
    """Phase 2 on the sample: the bus (shift 450 min, depot D1) picks its stops among the
    population cells, 120 minutes at each, covering the residents within 2 minutes by car."""
    res = run("mobileunits", STOPS=layer("mobile_stops"), UNITS=layer("mobile_units"),
              SCHEDULE=layer("stop_schedule"), DEPOTS=layer("depots"), INPUT=layer("cells"),
              POP_FIELD="population", COVER_MIN=2, OUTPUT="memory:", ROUTES="memory:",
              GRID="memory:", CANDIDATES=layer("cells"), STAY_MIN=120, PLAN="memory:",
              PLAN_ROUTE="memory:", **CAR)
    (route,) = rows(res["PLAN_ROUTE"])
    plan = sorted((c for c in rows(res["PLAN"]) if c["seq"] > 0), key=lambda c: c["seq"])
    assert [c["seq"] for c in plan] == list(range(1, len(plan) + 1))
    assert route["stops"] == ",".join(str(c["fid"]) for c in plan)  # no stop_id: feature ids
    assert route["t_day_min"] == pytest.approx(route["drive_min"] + 120 * len(plan))
    assert route["t_day_min"] <= 450 and len(plan) == 3 and route["stops"] == "76,64,19"
    assert route["need_covered"] == 9870 and route["need_total"] == 71724
    # no overlap between the three here; the first pick is the best single candidate
    assert sum(c["need_within"] for c in plan) == 9870
    assert max(c["need_within"] for c in rows(res["PLAN"])) == 5674 == plan[1]["need_within"]
