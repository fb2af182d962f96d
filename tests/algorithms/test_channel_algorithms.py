"""The mobile, home-care and digital channel algorithms on the bundled sample."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")
CAR = {"ROADS": ROADS, "MODE": 0, "CLASS_FIELD": "highway"}
STOP_XY = {"S1": (385736.4, 6672316.1), "S2": (385497.3, 6671506.8)}
DEPOT_XY = (385893.3, 6672071.4)


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def layer(kind: str, fields: str, records: list, name: str = "test") -> QgsVectorLayer:
    """A memory layer; ``records`` are (geometry or None, attributes)."""
    uri = f"{kind}?crs=EPSG:3067" + "".join(f"&field={f}" for f in fields.split())
    lyr = QgsVectorLayer(uri, name, "memory")
    feats = []
    for geom, attrs in records:
        f = QgsFeature(lyr.fields())
        if geom is not None:
            f.setGeometry(geom)
        f.setAttributes(attrs)
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def point(xy) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(*xy))


def od_minutes(origins, destinations, oid, did) -> dict:
    res = rows(run("odmatrix", ORIGINS=origins, ORIGINS_ID=oid, DESTINATIONS=destinations,
                   DESTINATIONS_ID=did, OUTPUT="memory:", **CAR)["OUTPUT"])
    return {(r["origin_id"], r["dest_id"]): r["time_min"] for r in res}


# ------------------------------------------------------------------------------ mobile
def mobile_inputs(second_start="12:00", second_end="14:00"):
    stops = layer("Point", "stop_id:string unit_id:string",
                  [(point(xy), [s, "bus"]) for s, xy in STOP_XY.items()], "stops")
    units = layer("None", "unit_id:string base_id:string visits_per_hour:double "
                  "staff_per_shift:double shift_min:double setup_min:double",
                  [(None, ["bus", "D", 3.0, 2.0, 450.0, 0.0])], "units")
    cols = ("stop_id:string weekday:integer time_start:string time_end:string "
            "period_weeks:integer first_date:string valid_from:string valid_to:string "
            "route_day_id:string seq:integer")
    sched = layer("None", cols, [
        (None, ["S1", 2, "09:00", "11:00", 2, "2025-01-07", None, "2025-12-31", "tue", 1]),
        (None, ["S2", 2, second_start, second_end, 2, "2025-01-07", None, "2025-12-31",
                "tue", 2])], "schedule")
    depots = layer("Point", "base_id:string", [(point(DEPOT_XY), ["D"])], "depots")
    return dict(STOPS=stops, UNITS=units, SCHEDULE=sched, DEPOTS=depots, INPUT=POPULATION,
                POP_FIELD="population", YEAR=2025, COVER_MIN=3, OUTPUT="memory:",
                ROUTES="memory:", GRID="memory:", **CAR)


def test_mobile_units_on_the_sample():
    params = mobile_inputs()
    params.update(SITES=FACILITIES, SITE_HOURS="capacity", ACCESS_MIN=5)
    res = run("mobileunits", **params)
    stops = rows(res["OUTPUT"])
    assert [s["n_visits_y"] for s in stops] == [26, 26]
    assert [s["hours_y"] for s in stops] == [52, 52]
    assert [s["capacity_y"] for s in stops] == [156, 156]
    assert [s["interval_days"] for s in stops] == [14, 14]
    places = layer("Point", "pid:string", [(point(DEPOT_XY), ["D"])] + [
        (point(xy), [s]) for s, xy in STOP_XY.items()])
    od = od_minutes(places, places, "pid", "pid")
    (route,) = rows(res["ROUTES"])
    drive = od["D", "S1"] + od["S1", "S2"] + od["S2", "D"]
    assert route["drive_min"] == pytest.approx(drive, rel=1e-6)
    assert route["t_day_min"] == pytest.approx(drive + 240, rel=1e-6)
    assert route["slack_min"] == pytest.approx(450 - drive - 240, rel=1e-6)
    assert route["route_ok"] == 1 and route["route_km"] > 0
    grid = rows(res["GRID"])
    covered = [g for g in grid if g["mobile_stop"] is not None]
    assert covered and all(g["mobile_min"] <= 3 for g in covered)
    assert all(g["mobile_interval_days"] == 14 for g in covered)
    assert sum(s["pop_cov"] for s in stops) == pytest.approx(
        sum(g["population"] or 0 for g in covered))
    # the mobile stops add capacity: access never falls, and it rises near the stops
    assert all(g["dA_mobile"] >= -1e-12 for g in grid)
    assert max(g["dA_mobile"] for g in grid) > 0


def test_mobile_route_late_and_overlap_messages():
    res = run("mobileunits", **mobile_inputs("11:01", "13:00"))
    (route,) = rows(res["ROUTES"])
    assert route["route_ok"] == 0 and route["late"] == "S2"
    with pytest.raises(QgsProcessingException, match="rows 0 and 1: unit 'bus' would be at "
                                                     "stops 'S1'"):
        run("mobileunits", **mobile_inputs("10:30", "13:00"))
    with pytest.raises(QgsProcessingException, match="time_start '12:75' is not a time"):
        run("mobileunits", **mobile_inputs("12:75", "13:00"))


# ------------------------------------------------------------------------------ home care
def bases_layer():
    return layer("Point", "base_id:integer shift_min:double vehicle_cost_per_km:double",
                 [(point(DEPOT_XY), [1, 465.0, 0.5]),
                  (point(STOP_XY["S2"]), [2, 465.0, 0.5])], "bases")


def test_home_care_star_matches_the_od_times_and_routes_drive_less():
    common = dict(BASES=bases_layer(), INPUT=POPULATION, AGE_COVERAGE="population=0.01",
                  OUTPUT="memory:", GRID="memory:", **CAR)
    star = run("homecare", METHOD=1, **common)
    bases, cells = rows(star["OUTPUT"]), rows(star["GRID"])
    od = od_minutes(bases_layer(), POPULATION, "base_id", "id")
    visits = {c["id"]: 0.01 * (c["population"] or 0) * 9 for c in cells}
    for b in bases:
        mine = [c for c in cells if c["base_id"] == b["base_id"]]
        assert all(c["drive_min_oneway"] == pytest.approx(
            min(od[bb, c["id"]] for bb in (1, 2)), rel=1e-6) for c in mine)
        assert b["drive_min_wk"] == pytest.approx(
            sum(visits[c["id"]] * 2 * od[b["base_id"], c["id"]] for c in mine), rel=1e-6)
        assert b["fte_needed"] == pytest.approx(  # written to 0.01 FTE
            52 * (b["care_min_wk"] + b["drive_min_wk"]) / 60 / 1600, abs=0.005)
    route = rows(run("homecare", METHOD=0, CLOSE="2", COMPARISON="memory:",
                     **common)["OUTPUT"])
    assert sum(b["drive_min_wk"] for b in route) < sum(b["drive_min_wk"] for b in bases)
    assert [b["care_min_wk"] for b in route] == pytest.approx([b["care_min_wk"] for b in bases])


def test_home_care_closing_a_base():
    res = run("homecare", METHOD=1, BASES=bases_layer(), INPUT=POPULATION,
              AGE_COVERAGE="population=0.01", CLOSE="2", OUTPUT="memory:", GRID="memory:",
              COMPARISON="memory:", **CAR)
    table = rows(res["COMPARISON"])
    assert [r["base_id"] for r in table] == ["1", "2", None]
    total = table[-1]
    assert total["visits_wk_after"] == pytest.approx(total["visits_wk_before"])
    assert total["d_drive_min_wk"] > 0  # everyone is now driven to from base 1
    assert table[1]["visits_wk_after"] == 0
    with pytest.raises(QgsProcessingException, match="'9' is not a base_id"):
        run("homecare", METHOD=1, BASES=bases_layer(), INPUT=POPULATION,
            AGE_COVERAGE="population=0.01", CLOSE="9", OUTPUT="memory:", GRID="memory:", **CAR)
    with pytest.raises(QgsProcessingException, match="row 0: base 0 is not a base_id"):
        run("homecare", METHOD=1, BASES=bases_layer(), INPUT=POPULATION, AREA_FIELD="id",
            AGE_COVERAGE="population=0.01", OUTPUT="memory:", GRID="memory:", **CAR)
    with pytest.raises(QgsProcessingException, match="no clients field"):
        run("homecare", BASES=bases_layer(), INPUT=POPULATION, OUTPUT="memory:",
            GRID="memory:", **CAR)


# ------------------------------------------------------------------------------ digital
def broadband(skip: int | None = None):
    pop = rows(QgsVectorLayer(POPULATION))
    recs = [(None, [p["id"], 10, 10 if i % 2 else 2, 0.5])
            for i, p in enumerate(pop) if i != skip]
    return layer("None", "grid_id:integer hh_total:double hh_fixed_100M:double mob_cov:double",
                 recs, "broadband")


def test_digital_channel_on_the_sample():
    res = run("digitalchannel", INPUT=POPULATION, GRID_ID="id", BROADBAND=broadband(),
              READINESS="population=0.9", REMOTE="gp=0.3,nurse=0.1", RULE=2,
              VISITS_FIELD="population", OUTPUT="memory:", SUMMARY="memory:")
    cells = rows(res["OUTPUT"])
    for i, c in enumerate(cells):
        b = 1.0 if i % 2 else 0.5
        p = c["population"] or 0
        assert c["b_conn"] == b
        assert c["sigma_gp"] == pytest.approx(0.3 * b * 0.9 if p > 0 else 0)
        assert c["dig_excluded"] == pytest.approx(p * (1 - 0.9 * b))
        assert c["demand_phys_nurse"] == pytest.approx(p * (1 - c["sigma_nurse"]))
    gp = rows(res["SUMMARY"])[0]
    assert gp["service"] == "gp"
    assert gp["visits_shifted_y"] == pytest.approx(
        sum((c["population"] or 0) * c["sigma_gp"] for c in cells))
    with pytest.raises(QgsProcessingException, match="1 grid cell.* no row"):
        run("digitalchannel", INPUT=POPULATION, GRID_ID="id", BROADBAND=broadband(skip=3),
            READINESS="population=0.9", OUTPUT="memory:", SUMMARY="memory:")
    res = run("digitalchannel", INPUT=POPULATION, GRID_ID="id", BROADBAND=broadband(skip=3),
              READINESS="population=0.9", DEFAULT=0.25, OUTPUT="memory:", SUMMARY="memory:")
    fourth = rows(res["OUTPUT"])[3]
    assert fourth["bb_source"] == "default" and fourth["b_conn"] == 0.25
    with pytest.raises(QgsProcessingException, match="'population=1.5' is outside 0-1"):
        run("digitalchannel", INPUT=POPULATION, GRID_ID="id", BROADBAND=broadband(),
            READINESS="population=1.5", OUTPUT="memory:", SUMMARY="memory:")
    assert np.isfinite([c["dig_excl_share"] for c in cells]).all()


def test_mobile_units_read_their_tables_from_csv_files(tmp_path):
    """The units and schedule as CSV files (every column text through OGR) give the same
    stops as typed layers."""
    units = tmp_path / "units.csv"
    units.write_text("unit_id,base_id,visits_per_hour,staff_per_shift,shift_min,setup_min\n"
                     "bus,D,3,2,450,0\n", encoding="utf-8")
    sched = tmp_path / "schedule.csv"
    sched.write_text("stop_id,weekday,time_start,time_end,period_weeks,first_date,valid_from,"
                     "valid_to,route_day_id,seq\n"
                     "S1,2,09:00,11:00,2,2025-01-07,,2025-12-31,tue,1\n"
                     "S2,2,12:00,14:00,2,2025-01-07,,2025-12-31,tue,2\n", encoding="utf-8")
    typed = rows(run("mobileunits", **mobile_inputs())["OUTPUT"])
    params = {**mobile_inputs(), "UNITS": str(units), "SCHEDULE": str(sched)}
    from_csv = rows(run("mobileunits", **params)["OUTPUT"])
    keys = ("n_visits_y", "hours_y", "capacity_y", "interval_days", "pop_cov")
    assert [[s[k] for k in keys] for s in from_csv] == [[s[k] for k in keys] for s in typed]
    assert [s["n_visits_y"] for s in from_csv] == [26, 26]
