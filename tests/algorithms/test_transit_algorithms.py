"""Transit algorithms in QGIS Processing against the engine (Kuopio and Sao Paulo feeds)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.transit.gtfs import connections
from core.transit.profiles import stop_footpaths
from tests.osm_data import KUOPIO, SHARED, load_kuopio, stop_xy

pytestmark = pytest.mark.usefixtures("qgis_processing")


@pytest.fixture(scope="module")
def kuopio():
    return load_kuopio()


def test_transit_algorithm_on_kuopio(kuopio):
    import processing
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingException,
        QgsVectorLayer,
    )

    from core.transit.profiles import percentiles, straight_access, travel_seconds
    from tests.qgis_helpers import register_provider, rows

    feed, conn, foot = kuopio
    xs, ys = stop_xy(feed.stops)
    rng = np.random.default_rng(8)
    used = np.unique(conn.dep_stop)
    pts = rng.choice(used, 30)

    def layer(idx, offset):
        lyr = QgsVectorLayer("Point?crs=EPSG:3067&field=id:integer", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + offset, ys[s])))
            f.setAttributes([i])
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    origins, facilities = layer(pts, 120.0), layer(rng.choice(used, 3), 0.0)
    register_provider()
    params = {"GTFS": [str(KUOPIO)], "DATE": "2016-11-01", "START": "07:00", "END": "07:30",
              "STEP": 1, "ORIGINS": origins, "ORIGIN_ID": "id", "FACILITIES": facilities,
              "FAC_ID": "id", "PERCENTILES": "10,50,90", "OUTPUT": "memory:"}
    res = processing.run("palveluverkko:transittimes", {**params, "ARRIVE_BY": "08:00",
                                                          "OD": "memory:"})
    out = rows(res["OUTPUT"])
    assert len(out) == 30 and any(r["p50_min"] is not None for r in out)
    assert max(r["trips_day"] for r in out) > 10
    od = rows(res["OD"])
    assert od and all(r["p10_min"] <= r["p50_min"] for r in od if r["p50_min"] is not None)
    for r in out:  # the nearest facility's median is the smallest of the OD medians or better
        mine = [o["p50_min"] for o in od if o["origin_id"] == r["id"] and o["p50_min"]]
        if r["p50_min"] is not None and mine:
            assert r["p50_min"] <= min(mine) + 1e-9
        assert r["trips_day"] >= 0
        if r["leave_by"] is not None:
            assert r["leave_by"] <= "08:00:00" and r["arrive_by_min"] >= 0
    # the nearest-facility median equals the engine's, for the same walking rules
    from core.transit.profiles import profile_to_target

    conn_all = connections(feed, date(2016, 11, 1), 7 * 3600, 7 * 3600 + 1800 + 7200)
    foot4 = stop_footpaths(xs, ys, 400, 5 / 3.6)
    access = straight_access(xs[pts] + 120, ys[pts], xs, ys, 800, 5 / 3.6)
    deps = np.arange(7 * 3600, 7 * 3600 + 1801, 60, dtype=float)
    best = np.full((30, len(deps)), np.inf)
    for f in facilities.getFeatures():
        p = f.geometry().asPoint()
        eg = straight_access(np.array([p.x()]), np.array([p.y()]), xs, ys, 800, 5 / 3.6)
        prof = profile_to_target(conn_all, foot4, dict(zip(eg.stop.tolist(),
                                                           eg.seconds.tolist())), len(xs), 3)
        d = np.hypot(xs[pts] + 120 - p.x(), ys[pts] - p.y()) * 1.3 / (5 / 3.6)
        s = travel_seconds(prof, access, deps, np.where(d * 5 / 3.6 <= 800, d, np.inf))
        s[s > 7200] = np.inf
        best = np.minimum(best, s)
    want = percentiles(best, [50])[:, 0] / 60
    got = np.array([np.inf if r["p50_min"] is None else r["p50_min"] for r in out])
    assert np.allclose(got, want, equal_nan=False)
    with pytest.raises(QgsProcessingException, match="covers 2016-10-24"):
        processing.run("palveluverkko:transittimes", {**params, "DATE": "2019-01-01"})


def test_transit_closure_impact_on_kuopio(kuopio, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from core.transit.profiles import (
        percentiles,
        profile_to_target,
        straight_access,
        travel_seconds,
    )
    from palveluverkko.algorithms.travel_times import MATRICES as TIMES
    from tests.qgis_helpers import register_provider, rows

    feed, conn, _ = kuopio
    xs, ys = stop_xy(feed.stops)
    rng = np.random.default_rng(21)
    used = np.unique(conn.dep_stop)
    cells, sites = rng.choice(used, 40), rng.choice(used, 4, replace=False)

    def layer(idx, dx, fields):
        lyr = QgsVectorLayer(f"Point?crs=EPSG:3067{fields}", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + dx, ys[s])))
            f.setAttributes([i + 1, 100.0] if "pop" in fields else [i + 1])
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    pop = layer(cells, 90.0, "&field=id:integer&field=pop:double")
    fac = layer(sites, 0.0, "&field=fac_id:integer")
    register_provider()
    params = {"FACILITIES": fac, "FAC_ID": "fac_id", "CLOSE_IDS": "2", "POPULATION": pop,
              "POP_FIELD": "pop", "GTFS": [str(KUOPIO)], "DATE": "2016-11-01",
              "START": "07:00", "END": "07:20", "STEP": 2, "PERCENTILE": 50,
              "THRESHOLDS": "20,40", "OUTPUT": "memory:", "FLOWS": "memory:",
              "LOADS": "memory:", "SUMMARY": "memory:", "EQUITY": "memory:",
              "REPORT": str(tmp_path / "r.html")}
    res = processing.run("palveluverkko:transitclosureimpact", params)
    hits = TIMES.hits
    processing.run("palveluverkko:transitclosureimpact", {**params, "CLOSE_IDS": "3"})
    assert TIMES.hits == hits + 1
    # reference: median over the window per facility, then the nearest open one
    conn_all = connections(feed, date(2016, 11, 1), 7 * 3600, 7 * 3600 + 1200 + 7200)
    foot = stop_footpaths(xs, ys, 400, 5 / 3.6)
    ox, oy = xs[cells] + 90, ys[cells]
    access = straight_access(ox, oy, xs, ys, 800, 5 / 3.6)
    deps = np.arange(7 * 3600, 7 * 3600 + 1201, 120, dtype=float)
    med = np.empty((40, 4))
    for j, s in enumerate(sites):
        eg = straight_access(xs[s:s + 1], ys[s:s + 1], xs, ys, 800, 5 / 3.6)
        prof = profile_to_target(conn_all, foot, dict(zip(eg.stop.tolist(),
                                                          eg.seconds.tolist())), len(xs), 3)
        d = np.hypot(ox - xs[s], oy - ys[s]) * 1.3 / (5 / 3.6)
        t = travel_seconds(prof, access, deps, np.where(d * 5 / 3.6 <= 800, d, np.inf))
        t[t > 7200] = np.inf
        med[:, j] = percentiles(t, [50])[:, 0] / 60
    got = rows(res["OUTPUT"])
    before = np.array([np.inf if r["min_before"] is None else r["min_before"] for r in got])
    after = np.array([np.inf if r["min_after"] is None else r["min_after"] for r in got])
    assert np.allclose(before, med.min(axis=1), atol=1e-3)
    assert np.allclose(after, med[:, [0, 2, 3]].min(axis=1), atol=1e-3)
    assert sum(f["total"] for f in rows(res["FLOWS"])) == pytest.approx(4000)


def test_service_counts_against_stop_times(kuopio):
    from core.transit.frequency import cell_trips, stop_departures
    from core.transit.profiles import straight_access

    feed, _, _ = kuopio
    day = connections(feed, date(2016, 11, 1))
    stats = stop_departures(day, len(feed.stops), 7 * 3600, 9 * 3600)
    # departures of a stop on the clock day = its stop_times rows that are not a trip's
    # last: the date's trips before 24:00 and the previous date's trips past 24:00
    from core.transit.gtfs import active_services

    def rows_of(d, keep):
        trips = set(feed.trips.loc[feed.trips.service_id.isin(active_services(feed, d)),
                                   "trip_id"])
        st = feed.stop_times[feed.stop_times.trip_id.isin(trips)]
        last = st.groupby("trip_id")["stop_sequence"].transform("max") == st["stop_sequence"]
        return st[~last & keep(st["departure"])]

    today = rows_of(date(2016, 11, 1), lambda t: t < 86400)
    yesterday = rows_of(date(2016, 10, 31), lambda t: t >= 86400)
    assert len(yesterday) > 0
    counts = pd.concat([today, yesterday]).groupby("stop_id").size()
    ids = feed.stops["stop_id"].to_numpy()
    assert all(stats.dep_day[i] == counts.get(ids[i], 0) for i in range(len(ids)))
    assert (stats.h07 + stats.h08 == stats.dep_window).all()
    xs, ys = stop_xy(feed.stops)
    access = straight_access(xs[:50], ys[:50], xs, ys, 500, 5 / 3.6)
    cells = cell_trips(day, access, 7 * 3600, 9 * 3600)
    for o in range(0, 50, 7):
        stops = access.stop[access.origin == o]
        want = day[day.dep_stop.isin(stops)]["trip"].nunique()
        assert cells.trips_day[o] == want
    assert (cells.trips_window <= cells.trips_day).all()


@pytest.mark.usefixtures("qgis_processing")
def test_transit_service_algorithm(kuopio):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tests.qgis_helpers import register_provider, rows

    feed, _, _ = kuopio
    xs, ys = stop_xy(feed.stops)
    cells = QgsVectorLayer("Point?crs=EPSG:3067&field=id:integer", "c", "memory")
    feats = []
    for i in range(20):
        f = QgsFeature(cells.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[i * 10] + 50, ys[i * 10])))
        f.setAttributes([i])
        feats.append(f)
    feats[-1].setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 7000000)))  # far from all
    cells.dataProvider().addFeatures(feats)
    register_provider()
    res = processing.run("palveluverkko:transitservice", {
        "GTFS": [str(KUOPIO)], "DATE": "2016-11-01", "START": "07:00", "END": "09:00",
        "CELLS": cells, "STOPS": "memory:", "CELLS_OUT": "memory:"})
    stops = rows(res["STOPS"])
    assert len(stops) == len(feed.stops) and sum(s["dep_day"] for s in stops) > 5000
    assert all(s["h07"] + s["h08"] == s["dep_window"] for s in stops)
    out = rows(res["CELLS_OUT"])
    assert out[-1]["trips_day"] == 0 and out[-1]["walk_min"] is None
    assert max(c["trips_day"] for c in out) > 50


def test_transit_catchments_hold_their_population(kuopio):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tests.qgis_helpers import register_provider, rows

    feed, conn, _ = kuopio
    xs, ys = stop_xy(feed.stops)
    rng = np.random.default_rng(5)
    used = np.unique(conn.dep_stop)

    def layer(idx, noise, fields):
        lyr = QgsVectorLayer(f"Point?crs=EPSG:3067{fields}", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            dx, dy = rng.normal(0, noise, 2)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + dx, ys[s] + dy)))
            f.setAttributes([i, 10.0] if "pop" in fields else [i])
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    fac = layer(rng.choice(used, 2, replace=False), 0, "&field=fac_id:integer")
    pop = layer(rng.choice(used, 300), 200, "&field=id:integer&field=pop:double")
    register_provider()
    res = processing.run("palveluverkko:transitcatchments", {
        "GTFS": [str(KUOPIO)], "DATE": "2016-11-01", "START": "07:00", "END": "07:30",
        "STEP": 5, "FACILITIES": fac, "FAC_ID": "fac_id", "BANDS": "15,30",
        "SPACING": 250, "POPULATION": pop, "POP_FIELD": "pop", "OUTPUT": "memory:"})
    polys = rows(res["OUTPUT"])
    assert {p["band_to"] for p in polys} == {15.0, 30.0}
    for f in (0, 1):
        mine = {p["band_to"]: p for p in polys if p["fac_id"] == f}
        assert mine[30.0]["area_km2"] > mine[15.0]["area_km2"] > 0
        assert mine[30.0]["population"] >= mine[15.0]["population"] >= 0
    assert sum(p["population"] for p in polys if p["band_to"] == 30.0) > 0
    geoms = {(f["fac_id"], f["band_to"]): f.geometry() for f in res["OUTPUT"].getFeatures()}
    pts = [f.geometry() for f in pop.getFeatures()]
    for k in (0, 1):  # the traced polygon and the points' own times agree
        inside = sum(geoms[(k, 30.0)].contains(p) for p in pts)
        counted = [p for p in polys if p["fac_id"] == k and p["band_to"] == 30.0][0][
            "population"] / 10
        assert abs(inside - counted) <= 0.2 * counted + 2, (k, inside, counted)


def test_walking_legs_on_the_road_network_sao_paulo():
    import processing

    from tests.osm_data import SAO_PAULO_PBF
    from tests.qgis_helpers import register_provider, rows, sao_paulo_hexagons

    fac, pts = sao_paulo_hexagons()
    register_provider()
    base = {"GTFS": [str(SHARED / "sao_paulo" / "spo_gtfs.zip")], "DATE": "2019-10-01",
            "START": "07:00", "END": "07:30", "STEP": 5, "ORIGINS": pts, "ORIGIN_ID": "id",
            "FACILITIES": fac, "FAC_ID": "fac_id", "PERCENTILES": "50", "OUTPUT": "memory:"}
    straight = rows(processing.run("palveluverkko:transittimes", base)["OUTPUT"])
    roads = rows(processing.run("palveluverkko:transittimes", {
        **base, "ROADS": f"{SAO_PAULO_PBF}|layername=lines", "CLASS_FIELD": "highway"})[
        "OUTPUT"])
    s50 = np.array([np.inf if r["p50_min"] is None else r["p50_min"] for r in straight])
    r50 = np.array([np.inf if r["p50_min"] is None else r["p50_min"] for r in roads])
    both = np.isfinite(s50) & np.isfinite(r50)
    # the facility's hexagon has one stop within 800 m on foot along the streets (three in
    # a straight line), so fewer hexagons reach it; frequencies.txt service still does
    assert np.isfinite(s50).sum() > 200 and both.sum() > 10
    assert not np.allclose(s50[both], r50[both])  # the walks really changed
    # the facility's own hexagon walks there directly in both cases
    mid = pts.featureCount() // 2
    assert r50[mid] < 1 and s50[mid] < 1


def test_transit_optimise_network(kuopio, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tests.qgis_helpers import register_provider, rows

    feed, conn, _ = kuopio
    xs, ys = stop_xy(feed.stops)
    rng = np.random.default_rng(31)
    used = np.unique(conn.dep_stop)

    def layer(idx, fields):
        lyr = QgsVectorLayer(f"Point?crs=EPSG:3067{fields}", "p", "memory")
        feats = []
        for i, s in enumerate(idx):
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[s] + 60, ys[s])))
            f.setAttributes([i + 1, 50.0] if "pop" in fields else [i + 1])
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    register_provider()
    res = processing.run("palveluverkko:transitoptimisenetwork", {
        "FACILITIES": layer(rng.choice(used, 5, replace=False), "&field=fac_id:integer"),
        "FAC_ID": "fac_id", "POPULATION": layer(rng.choice(used, 60),
                                                "&field=id:integer&field=pop:double"),
        "POP_FIELD": "pop", "PROBLEM": 0, "P": 2, "GTFS": [str(KUOPIO)],
        "DATE": "2016-11-01", "START": "07:00", "END": "07:20", "STEP": 5,
        "THRESHOLDS": "30", "OUTPUT": "memory:", "FLOWS": "memory:", "LOADS": "memory:",
        "SUMMARY": "memory:", "EQUITY": "memory:", "SITES": "memory:",
        "REPORT": str(tmp_path / "t.html")})
    assert sum(s["chosen"] for s in rows(res["SITES"])) == 2
    assert "proven optimal (bound" in (tmp_path / "t.html").read_text()  # heuristic + bound
