"""Every algorithm of the provider on the bundled sample (and the Kuopio GTFS) gives the
outputs it gave when the golden files were written (before the issue 16 refactoring).

Regenerate the golden files, only on purpose, with
``PALVELUVERKKO_WRITE_GOLDEN=1 pytest tests/algorithms/test_regression_outputs.py``.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pytest

from tests.osm_data import SHARED, stop_xy
from tests.qgis_helpers import (
    FACILITIES,
    POPULATION,
    ROADS,
    SAMPLE,
    register_provider,
    sao_paulo_hexagons,
)

pytestmark = pytest.mark.usefixtures("qgis_processing")
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
WRITE = os.environ.get("PALVELUVERKKO_WRITE_GOLDEN") == "1"
KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
TOL = 1e-9
MANY = 400  # layers with more features are kept as per-column summaries

WALK = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway"}
CAR = {"ROADS": ROADS, "MODE": 0, "CLASS_FIELD": "highway", "SPEED_FIELD": "maxspeed",
       "ONEWAY_FIELD": "oneway", "CLASS_SPEEDS": "residential=30,service=15"}
BIKE = {"ROADS": ROADS, "MODE": 2, "CLASS_FIELD": "highway", "BIKE_SPEED": 18.0}
IMPACT_OUT = {"OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
              "SUMMARY": "memory:", "EQUITY": "memory:"}
TRANSIT = {"GTFS": [str(KUOPIO)], "DATE": "2016-11-01", "START": "07:00", "END": "07:20",
           "STEP": 2}


# ---------------------------------------------------------------------- inputs
def _kuopio_layers():
    """Deterministic point layers at Kuopio stops: facilities and population cells."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from core.transit.gtfs import read_feed

    feed = read_feed(KUOPIO)
    xs, ys = stop_xy(feed.stops)
    rng = np.random.default_rng(16)
    used = np.flatnonzero(np.isfinite(xs))
    near = used[np.hypot(xs[used] - np.median(xs[used]), ys[used] - np.median(ys[used]))
                < 4000]

    def layer(idx, dx, fields, values):
        lyr = QgsVectorLayer(f"Point?crs=EPSG:3067{fields}", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + dx, ys[s])))
            f.setAttributes(values(i))
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    fac = layer(rng.choice(near, 4, replace=False), 0.0, "&field=fac_id:integer",
                lambda i: [i + 1])
    pop = layer(rng.choice(near, 40), 90.0, "&field=id:integer&field=pop:double",
                lambda i: [i + 1, float(10 + 7 * (i % 5))])
    return fac, pop


def _facilities_with_status():
    """The sample facilities in memory with a status field (3 closed, 5 new) and 7 and 9
    selected."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    sample = QgsVectorLayer(FACILITIES, "f", "ogr")
    lyr = QgsVectorLayer("Point?crs=EPSG:3067", "fac", "memory")
    fields = [f for f in sample.fields() if f.name() != "fid"]
    lyr.dataProvider().addAttributes(fields + [QgsField("status", QMetaType.Type.QString)])
    lyr.updateFields()
    feats = []
    for f in sample.getFeatures():
        g = QgsFeature(lyr.fields())
        g.setGeometry(f.geometry())
        status = {3: "closed", 5: "Uusi"}.get(f["fac_id"], "open")
        g.setAttributes([f[x.name()] for x in fields] + [status])
        feats.append(g)
    lyr.dataProvider().addFeatures(feats)
    lyr.selectByIds([f.id() for f in lyr.getFeatures() if f["fac_id"] in (7, 9)])
    return lyr


def _channel_cells():
    """Cells with minutes to fixed sites before and after, to a mobile stop, and a remote
    share (the multichannel compensation's inputs)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    lyr = QgsVectorLayer("Point?crs=EPSG:3067&field=id:integer&field=population:double"
                         "&field=min_before:double&field=min_after:double"
                         "&field=mobile_min:double&field=sigma_gp:double", "cells", "memory")
    feats = []
    for i in range(12):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(385000 + 250 * i, 6672000)))
        f.setAttributes([i + 1, 10.0 + 5 * i, 3.0 + i, 3.0 + 2.5 * i,
                         None if i % 4 == 3 else 1.0 + (i * 7) % 20, 0.1 * (i % 5)])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _new_cases() -> dict:
    """The accessibility, channel and plan algorithms (merged after the refactoring; their
    golden files were written by the code before the merge of issue 16)."""
    from tests.algorithms.test_plan_algorithms import (
        grid,
        layer,
        plan_inputs,
        projection_table,
        site_table,
        spec_projection_rows,
        staff_layers,
    )
    from tests.qgis_helpers import ROOT

    channels = ROOT / "resources" / "sample" / "channels_sample.gpkg"

    def ch(name: str) -> str:
        return f"{channels}|layername={name}"

    fac_k, pop_k = _kuopio_layers()
    car = {"ROADS": ROADS, "MODE": 0, "CLASS_FIELD": "highway"}
    scenario = layer("None?field=site_id:string&field=action:string"
                     "&field=effective_date:string",
                     [{"site_id": "S1", "action": "close", "effective_date": "2026-01-01"}])
    travel = layer("None?field=pop:double&field=km:double",
                   [{"pop": 100, "km": 50}, {"pop": 50, "km": 100}, {"pop": 10}])
    cells, sites, od = plan_inputs()[:3]
    staff, staff_od = staff_layers()
    return {
        "accessibilityindex_e2sfca_closure": ("accessibilityindex", {
            "INPUT": POPULATION, "POP_FIELD": "population", "SITES": FACILITIES,
            "SITE_ID": "fac_id", "CAPACITY": "capacity", "METHOD": 1, "MAX_COST": 10,
            "CLOSE_IDS": "5,8", "OUTPUT": "memory:", "SITES_OUTPUT": "memory:",
            "RUN": "memory:", **WALK}),
        "transitaccessibilityindex": ("transitaccessibilityindex", {
            **TRANSIT, "INPUT": pop_k, "POP_FIELD": "pop", "SITES": fac_k, "SITE_ID": "fac_id",
            "MAX_COST": 40, "OUTPUT": "memory:", "SITES_OUTPUT": "memory:", "RUN": "memory:"}),
        "mobileunits": ("mobileunits", {
            "STOPS": ch("mobile_stops"), "UNITS": ch("mobile_units"),
            "SCHEDULE": ch("stop_schedule"), "HOLIDAYS": ch("holidays"),
            "DEPOTS": ch("depots"), "INPUT": POPULATION, "POP_FIELD": "population",
            "SITES": FACILITIES, "SITE_HOURS": "capacity", "YEAR": 2025, "COVER_MIN": 2,
            "ACCESS_MIN": 3, "OUTPUT": "memory:", "ROUTES": "memory:", "GRID": "memory:",
            **car}),
        "homecare": ("homecare", {
            "BASES": ch("hc_bases"), "INPUT": ch("hc_demand"), "CLOSE": "2",
            "OUTPUT": "memory:", "GRID": "memory:", "COMPARISON": "memory:", **car}),
        "digitalchannel": ("digitalchannel", {
            "INPUT": POPULATION, "GRID_ID": "id", "BROADBAND": ch("broadband"),
            "READINESS": "population=0.85", "REMOTE": "gp=0.3", "RULE": 2,
            "OUTPUT": "memory:", "SUMMARY": "memory:"}),
        "multichannelcompensation": ("multichannelcompensation", {
            "INPUT": _channel_cells(), "POP_FIELD": "population", "MOBILE_FIELD": "mobile_min",
            "SIGMA_FIELD": "sigma_gp", "FIXED_LIMIT": 8, "MOBILE_LIMIT": 6,
            "OUTPUT": "memory:", "SUMMARY": "memory:"}),
        "populationprojection": ("populationprojection", {
            "INPUT": grid(), "POP_FIELD": "vaesto", "MUNICIPALITY_FIELD": "kunta",
            "PROJECTION": projection_table(spec_projection_rows()), "BASE_YEAR": 2023,
            "TARGET_YEARS": "2030", "RAKE": False,
            "USE_RATES": "0_14=1,15_64=2,65_74=3,75_84=5,85_=8", "OUTPUT": "memory:",
            "CHECK": "memory:"}),
        "networkcosts": ("networkcosts", {
            "SITES": site_table(), "SCENARIO": scenario, "SCENARIO_NAME": "close S1",
            "TRAVEL": travel, "TRAVEL_POP": "pop", "TRAVEL_KM": "km", "VISITS": 5.0,
            "DISCOUNT_RATE": 3.0, "YEARLY": "memory:", "SITE_YEARS": "memory:",
            "NPV": "memory:"}),
        "leastcostplan": ("leastcostplan", {
            "DEMAND": cells, "DEMAND_ID": "grd_id", "DEMAND_FIELDS": "need_{year}",
            "SITES": sites, "TIMES": od, "EUR_PER_MINUTE": 0.4, "DISCOUNT_RATE": 3.0,
            "FIRST_YEAR": 2025, "LAST_YEAR": 2027, "PLAN": "memory:", "YEARLY": "memory:"}),
        "staffcommute": ("staffcommute", {
            "STAFF": staff, "TIMES": staff_od, "MOVES": "A>B", "LIMIT": 30,
            "OUTPUT": "memory:", "AREAS": "memory:"}),
        "costreport": ("costreport", _cost_report_inputs(layer)),
    }


def _cost_report_inputs(layer) -> dict:
    """Two scenarios' yearly costs, one's sites by year with lease ends, staff commutes."""
    cols = ("scenario", "year", "rent", "opex", "staff", "county_total", "societal_total")
    yearly = [layer("None?" + "&".join(f"field={c}:{'string' if c == 'scenario' else 'double'}"
                                       for c in cols),
                    [dict(zip(cols, (name, y, rent, 5e4, 1e5, rent + 1.5e5, rent + 1.6e5)))
                     for y in range(2025, 2031)
                     for rent in [base if y < cut else base / 2]])
              for name, base, cut in (("keep", 2e5, 2031), ("close S1", 2e5, 2027))]
    sites = layer("None?field=site_id:string&field=year:integer&field=active_months:double",
                  [{"site_id": s, "year": y, "active_months": 12.0 if s == "S2" or y < 2027
                    else 0.0} for s in ("S1", "S2") for y in range(2025, 2031)])
    leases = layer("None?field=site_id:string&field=lease_end:string",
                   [{"site_id": "S1", "lease_end": "2026-12-31"},
                    {"site_id": "S2", "lease_end": "30.6.2029"}])
    staff = layer("None?field=site_id:string&field=site_after:string&field=staff:double"
                  "&field=over_before:double&field=over_after:double",
                  [{"site_id": "S1", "site_after": "S2", "staff": 9.0, "over_before": 1.0,
                    "over_after": 3.0}])
    return {"YEARLY": yearly, "DISCOUNT_RATE": 3.0, "SITE_YEARS": sites, "SITES": leases,
            "STAFF": staff, "REPORT": str(Path(tempfile.mkdtemp()) / "costs.html")}
def _site_csv(tmp: Path) -> str:
    """A county's site list: TM35FIN and WGS84 rows cannot mix, so TM35FIN with one bad row."""
    path = tmp / "sites.csv"
    path.write_text("nimi;itä;pohjoinen;paikkoja\nA;385000;6671000;10\nB;384000,5;6672000;"
                    "2,5\nC;;;1\n", encoding="utf-8")
    return str(path)


def cases(tmp: Path) -> dict:
    """name -> (algorithm id, parameters)."""
    fac_k, pop_k = _kuopio_layers()
    fac_s, pop_s = sao_paulo_hexagons()
    report = str(tmp / "report.html")
    fac_status = _facilities_with_status()
    # 9 candidate sites, ids apart from the facilities' 1-17 (a shared id is refused)
    candidates = f'{SAMPLE}|layername=population|subset="id" % 9 = 0 AND "id" > 17'
    return {
        "nearestfacility_car": ("nearestfacility", {
            "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
            "FAC_ID": "fac_id", "BANDS": "2,4,8", "OUTPUT": "memory:", "SUMMARY": "memory:",
            **CAR}),
        "nearestfacility_walk_cutoff": ("nearestfacility", {
            "INPUT": POPULATION, "POP_FIELD": "population", "FACILITIES": FACILITIES,
            "FAC_ID": "fac_id", "BANDS": "5,10", "CUTOFF": 12, "OUTPUT": "memory:",
            "SUMMARY": "memory:", **WALK}),
        "odmatrix_bike": ("odmatrix", {
            "ORIGINS": POPULATION, "ORIGINS_ID": "id", "DESTINATIONS": FACILITIES,
            "DESTINATIONS_ID": "fac_id", "K": 3, "OUTPUT": "memory:", **BIKE}),
        "odmatrix_car_from_origins": ("odmatrix", {
            "ORIGINS": FACILITIES, "ORIGINS_ID": "fac_id", "DESTINATIONS": POPULATION,
            "DESTINATIONS_ID": "id", "CUTOFF": 6, "OUTPUT": "memory:", **CAR}),
        "checknetwork_car": ("checknetwork", {
            "FACILITIES": FACILITIES, "POPULATION": POPULATION, "POP_FIELD": "population",
            "EDGES": "memory:", "DANGLES": "memory:", **CAR}),
        "catchmentareas_walk": ("catchmentareas", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "BANDS": "5,10", "KIND": 0,
            "POPULATION": POPULATION, "POP_FIELD": "population", "RESOLUTION": 40,
            "OUTPUT": "memory:", **WALK}),
        "catchmentareas_car_nearest_rings": ("catchmentareas", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "BANDS": "2,4", "KIND": 1,
            "RINGS": True, "POPULATION": POPULATION, "POP_FIELD": "population",
            "RESOLUTION": 60, "OUTPUT": "memory:", **CAR}),
        "closureimpact_walk": ("closureimpact", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CLOSE_IDS": "3,7",
            "CAPACITY_FIELD": "capacity", "POPULATION": POPULATION,
            "POP_FIELD": "population", "AREA_FIELD": "area", "THRESHOLDS": "5,10,15",
            "REPORT": report, **IMPACT_OUT, **WALK}),
        "closureimpact_car_expression": ("closureimpact", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CLOSE_EXPRESSION": '"fac_id" = 9',
            "POPULATION": POPULATION, "POP_FIELD": "population", "THRESHOLDS": "2,4",
            "REPORT": report, **IMPACT_OUT, **CAR}),
        "closureimpact_status_selection_new_sites": ("closureimpact", {
            "FACILITIES": fac_status, "FAC_ID": "fac_id", "STATUS_FIELD": "status",
            "CLOSE_SELECTED": True, "CAPACITY_FIELD": "capacity",
            "NEW_FACILITIES": candidates, "NEW_ID": "id", "POPULATION": POPULATION,
            "POP_FIELD": "population", "AGE_FIELDS": ["population"],
            "ELDERLY_FIELD": "population", "THRESHOLDS": "3,6", "REPORT": report,
            **IMPACT_OUT, **BIKE}),
        "optimisenetwork_candidates_rates_pcenter": ("optimisenetwork", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "NEW_FACILITIES": candidates,
            "NEW_ID": "id", "POPULATION": POPULATION, "POP_FIELD": "population",
            "USE_RATES": "population=0.1", "PROBLEM": 3, "P": 5, "MUST_CLOSE": "2,4",
            "THRESHOLDS": "5,10", "SITES": "memory:", "REPORT": report, **IMPACT_OUT,
            **WALK}),
        "optimisenetwork_setcover": ("optimisenetwork", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
            "POP_FIELD": "population", "PROBLEM": 2, "THRESHOLD": 10, "SHARE": 0.4,
            "THRESHOLDS": "5,10", "SITES": "memory:", "REPORT": report, **IMPACT_OUT,
            **WALK}),
        "optimisenetwork_pmedian": ("optimisenetwork", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "POPULATION": POPULATION,
            "POP_FIELD": "population", "AREA_FIELD": "area", "PROBLEM": 0, "P": 4,
            "MUST_OPEN": "1", "THRESHOLDS": "5,10", "SITES": "memory:", "REPORT": report,
            **IMPACT_OUT, **WALK}),
        "optimisenetwork_coverage_capacity": ("optimisenetwork", {
            "FACILITIES": FACILITIES, "FAC_ID": "fac_id", "CAPACITY_FIELD": "capacity",
            "POPULATION": POPULATION, "POP_FIELD": "population", "PROBLEM": 1, "P": 3,
            "THRESHOLD": 8, "THRESHOLDS": "5,10", "SITES": "memory:", "REPORT": report,
            **IMPACT_OUT, **WALK}),
        "comparescenarios": ("comparescenarios", {
            "A": POPULATION, "A_ID": "id", "A_FAC": "population", "A_TIME": "population",
            "B": POPULATION, "B_ID": "id", "B_FAC": "area", "B_TIME": "id",
            "POP_FIELD": "population", "AREA_FIELD": "area", "FACILITIES": FACILITIES,
            "FAC_ID": "fac_id", "CAPACITY_FIELD": "capacity", "THRESHOLDS": "20,60",
            "REPORT": report, **IMPACT_OUT}),
        "transittimes": ("transittimes", {
            **TRANSIT, "ORIGINS": pop_k, "ORIGIN_ID": "id", "FACILITIES": fac_k,
            "FAC_ID": "fac_id", "PERCENTILES": "10,50,90", "THRESHOLD": 25,
            "ARRIVE_BY": "08:00", "OUTPUT": "memory:", "OD": "memory:"}),
        "transittimes_road_walks": ("transittimes", {
            "GTFS": [str(SHARED / "sao_paulo" / "spo_gtfs.zip")], "DATE": "2019-10-01",
            "START": "07:00", "END": "07:30", "STEP": 5, "ORIGINS": pop_s, "ORIGIN_ID": "id",
            "FACILITIES": fac_s, "FAC_ID": "fac_id", "PERCENTILES": "50,80",
            "ROADS": f"{SHARED / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines",
            "CLASS_FIELD": "highway", "OUTPUT": "memory:"}),
        "transitservice": ("transitservice", {
            **{k: TRANSIT[k] for k in ("GTFS", "DATE", "START", "END")}, "CELLS": pop_k,
            "MAX_WALK": 600, "STOPS": "memory:", "CELLS_OUT": "memory:"}),
        "transitcatchments": ("transitcatchments", {
            **TRANSIT, "STEP": 5, "FACILITIES": fac_k, "FAC_ID": "fac_id", "BANDS": "15,30",
            "SPACING": 400, "POPULATION": pop_k, "POP_FIELD": "pop", "OUTPUT": "memory:"}),
        "transitclosureimpact": ("transitclosureimpact", {
            **TRANSIT, "FACILITIES": fac_k, "FAC_ID": "fac_id", "CLOSE_IDS": "2",
            "POPULATION": pop_k, "POP_FIELD": "pop", "PERCENTILE": 60,
            "THRESHOLDS": "20,40", "REPORT": report, **IMPACT_OUT}),
        "transitoptimisenetwork": ("transitoptimisenetwork", {
            **TRANSIT, "FACILITIES": fac_k, "FAC_ID": "fac_id", "POPULATION": pop_k,
            "POP_FIELD": "pop", "PROBLEM": 0, "P": 2, "THRESHOLDS": "30",
            "SITES": "memory:", "REPORT": report, **IMPACT_OUT}),
        **_new_cases(),
        "sitesfromcsv": ("sitesfromcsv", {"INPUT": _site_csv(tmp), "OUTPUT": "memory:"}),
    }


# ---------------------------------------------------------------------- snapshots
def _value(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    if hasattr(v, "toString") and not isinstance(v, str):
        return v.toString()
    if isinstance(v, float) and not math.isfinite(v):
        return repr(v)
    return v


def _geometry(g) -> list:
    if g is None or g.isNull():
        return []
    c = g.centroid().asPoint() if not g.isEmpty() else None
    return [g.wkbType(), g.area(), g.length(), c.x() if c else None, c.y() if c else None,
            g.constGet().nCoordinates()]


def _layer(layer) -> dict:
    names = layer.fields().names()
    rows = [[_value(v) for v in f.attributes()] + [_geometry(f.geometry())]
            for f in layer.getFeatures()]
    if len(rows) <= MANY:
        return {"fields": names, "rows": rows}
    summary = {}
    for i, name in enumerate(names + ["geometry"]):
        col = [r[i] for r in rows]
        nums = [x for x in col if isinstance(x, (int, float)) and not isinstance(x, bool)]
        summary[name] = {"nulls": sum(x is None for x in col), "true": sum(x is True for x in col),
                         "sum": float(np.sum(nums)) if nums else None,
                         "min": min(nums) if nums else None, "max": max(nums) if nums else None}
        if name == "geometry":
            summary[name] = {"area": sum(r[i][1] for r in rows if r[i]),
                             "length": sum(r[i][2] for r in rows if r[i]),
                             "vertices": sum(r[i][5] for r in rows if r[i])}
    return {"fields": names, "count": len(rows), "summary": summary}


def _report(path: str) -> str:
    """The report's text, with the embedded chart images and the day it was made left out."""
    import datetime as dt

    from core.scenario.report_text import date

    text = Path(path).read_text(encoding="utf-8")
    for lang in ("en", "fi", "sv"):
        text = text.replace(date(dt.date.today(), lang), "(today)")
    return re.sub(r"<img[^>]*>", "<img>", text)


def snapshot(result: dict, params: dict) -> dict:
    out = {}
    for key in sorted(result):
        value = result[key]
        if hasattr(value, "getFeatures"):
            out[key] = _layer(value)
        elif key == "REPORT":
            out[key] = _report(value)
        elif key == "REPORT_PDF":  # (a file next to the report: its name, not its folder)
            out[key] = Path(value).name if value else None
        elif isinstance(value, str) and value == params.get(key):
            continue
        else:
            out[key] = _value(value)
    return out


def assert_same(got, want, where: str = "") -> None:
    if isinstance(want, float) or isinstance(got, float):
        assert isinstance(got, (int, float)) and isinstance(want, (int, float)), where
        assert math.isclose(got, want, rel_tol=TOL, abs_tol=TOL), f"{where}: {got} != {want}"
    elif isinstance(want, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(want), f"{where}: keys differ"
        for k in want:
            assert_same(got[k], want[k], f"{where}.{k}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), f"{where}: lengths differ"
        for i, (a, b) in enumerate(zip(got, want)):
            assert_same(a, b, f"{where}[{i}]")
    else:
        assert got == want, f"{where}: {got!r} != {want!r}"


NAMES = ["nearestfacility_car", "nearestfacility_walk_cutoff", "odmatrix_bike",
         "odmatrix_car_from_origins", "checknetwork_car", "catchmentareas_walk",
         "catchmentareas_car_nearest_rings", "closureimpact_walk",
         "closureimpact_car_expression", "closureimpact_status_selection_new_sites",
         "optimisenetwork_candidates_rates_pcenter", "optimisenetwork_setcover",
         "optimisenetwork_pmedian",
         "optimisenetwork_coverage_capacity", "comparescenarios", "transittimes",
         "transittimes_road_walks",
         "transitservice", "transitcatchments", "transitclosureimpact",
         "transitoptimisenetwork", "accessibilityindex_e2sfca_closure",
         "transitaccessibilityindex", "mobileunits", "homecare", "digitalchannel",
         "multichannelcompensation", "populationprojection", "networkcosts", "leastcostplan",
         "staffcommute", "costreport", "sitesfromcsv"]


def test_every_algorithm_has_a_case(tmp_path):
    from palveluverkko.algorithms.provider import all_algorithms

    covered = {alg for alg, _ in cases(tmp_path).values()}
    assert sorted(NAMES) == sorted(cases(tmp_path))
    missing = {a.name() for a in all_algorithms()} - covered
    assert not missing, f"no regression case for {sorted(missing)}"


@pytest.mark.parametrize("name", NAMES)
def test_outputs_equal_the_golden_files(name, tmp_path):
    import processing

    alg, params = cases(tmp_path)[name]
    register_provider()
    got = json.loads(json.dumps(snapshot(processing.run(f"palveluverkko:{alg}", params),
                                         params)))
    path = GOLDEN / f"{name}.json"
    if WRITE:
        path.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert_same(got, want, name)
