"""The public transport algorithms on hand-made feeds: a window across midnight, arrive-by
after midnight, the clock day's service counts, an express that lets no one off."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from core.transit.gtfs import read_feed
from tests.core.feeds import STOPS, express_feed, night_feed
from tests.osm_data import stop_xy

WALK_60S = 60 * (5 / 3.6) / 1.3  # metres east of a stop: 60 s on foot (straight x 1.3)


def zipped(folder):
    out = folder.with_suffix(".zip")
    with zipfile.ZipFile(out, "w") as z:
        for f in folder.iterdir():
            z.write(f, f.name)
    return str(out)


def points(xy: list[tuple[float, float]]):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    lyr = QgsVectorLayer("Point?crs=EPSG:3067&field=id:integer", "p", "memory")
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([i])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def roads_near(xs, ys, a: int, b: int):
    """One footway: from 60 s walk east of stop ``a`` to it, on to stop ``b`` (far beyond
    any walk) and 50 m east of it (one piece, so that nothing is snapped elsewhere)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    lyr = QgsVectorLayer("LineString?crs=EPSG:3067&field=highway:string", "roads", "memory")
    f = QgsFeature(lyr.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([
        QgsPointXY(xs[a] + 60 * 5 / 3.6, ys[a]), QgsPointXY(xs[a], ys[a]),
        QgsPointXY(xs[b], ys[b]), QgsPointXY(xs[b] + 50, ys[b])]))
    f.setAttributes(["footway"])
    lyr.dataProvider().addFeatures([f])
    return lyr


def run_times(feed_dir, date, start, end, extra=None, roads=False):
    """Transit times from 60 s walk east of stop A to a facility at stop B; with ``roads``
    the walks follow footways (the origin at the end of a 60 s footway to A)."""
    import processing

    from tests.qgis_helpers import register_provider, rows

    xs, ys = stop_xy(read_feed(feed_dir).stops)
    a, b = STOPS["A"], STOPS["B"]
    register_provider()
    if roads:
        extra = {**(extra or {}), "ROADS": roads_near(xs, ys, a, b), "CLASS_FIELD": "highway"}
        xs = xs.copy()
        xs[a] += 60 * 5 / 3.6 - WALK_60S  # the origin at the far end of the footway
    res = processing.run("palveluverkko:transittimes", {
        "GTFS": [zipped(feed_dir)], "DATE": date, "START": start, "END": end, "STEP": 1,
        "ORIGINS": points([(xs[a] + WALK_60S, ys[a])]), "ORIGIN_ID": "id",
        "FACILITIES": points([(xs[b], ys[b])]), "FAC_ID": "id", "MAX_TRIP": 120.0,
        "OUTPUT": "memory:", **(extra or {})})
    return rows(res["OUTPUT"])[0]


@pytest.mark.usefixtures("qgis_processing")
def test_window_across_midnight_and_arrive_by_after_it(tmp_path):
    # Monday 23:00 .. Tuesday 01:00 every minute, 60 s walk to A; A -> B: Monday's M1 at
    # 24:30 (at B 24:40), Tuesday's T1 at 01:20 (at B 01:30)
    got = run_times(night_feed(tmp_path / "night"), "2024-01-15", "23:00", "01:00",
                    {"PERCENTILES": "1,50,100", "ARRIVE_BY": "00:45"})
    t = np.arange(23 * 60, 25 * 60 + 1)  # departure minutes after Monday 00:00
    minutes = np.where(t + 1 <= 24 * 60 + 30, 24 * 60 + 40 - t, 25 * 60 + 30 - t)
    assert minutes.min() == 11 and minutes.max() == 100  # leaving 00:29 / 23:00
    for q in (1, 50, 100):
        want = float(np.percentile(minutes, q, method="inverted_cdf"))
        assert got[f"p{q}_min"] == pytest.approx(want)
    # arrive by 00:45 (the next day, being before 23:00): leave at 00:29 for M1 at 00:30
    assert got["leave_by"] == "00:29:00" and got["arrive_by_min"] == pytest.approx(16.0)
    assert got["trips_day"] == 1  # Monday 00:00-24:00 at A: F's 23:30 run


@pytest.mark.usefixtures("qgis_processing")
def test_tuesday_0025_rides_mondays_trip_at_2430(tmp_path):
    got = run_times(night_feed(tmp_path / "night"), "2024-01-16", "00:25", "00:25",
                    {"PERCENTILES": "50"})
    assert got["p50_min"] == pytest.approx(15.0)  # 65 on Tuesday's own T1
    assert got["trips_day"] == 4  # Tuesday at A: M1, F at 24:00 and 24:30, T1 at 01:20


@pytest.mark.usefixtures("qgis_processing")
@pytest.mark.parametrize("roads", [False, True])
@pytest.mark.parametrize("pickup, drop_off, minutes", [("1", "1", 47.0), ("2", "3", 22.0)])
def test_express_that_lets_no_one_off(tmp_path, pickup, drop_off, minutes, roads):
    # leave 07:58, at A 07:59: E 08:00 -> M 08:10 -> L 08:12 -> B 08:20 (22 min) unless E
    # lets no one off at M: then S 08:05 -> B 08:45 (47 min); walking straight or on roads
    got = run_times(express_feed(tmp_path / "express", pickup, drop_off), "2024-01-17",
                    "07:58", "07:58", {"PERCENTILES": "50"}, roads)
    assert got["p50_min"] == pytest.approx(minutes)


@pytest.mark.usefixtures("qgis_processing")
def test_service_counts_across_midnight(tmp_path):
    import processing

    from tests.qgis_helpers import register_provider, rows

    folder = night_feed(tmp_path / "night")
    xs, ys = stop_xy(read_feed(folder).stops)
    register_provider()
    res = processing.run("palveluverkko:transitservice", {
        "GTFS": [zipped(folder)], "DATE": "2024-01-15", "START": "23:00", "END": "01:00",
        "CELLS": points([(xs[STOPS["A"]] + 50, ys[STOPS["A"]])]), "STOPS": "memory:",
        "CELLS_OUT": "memory:"})
    stop_a = next(r for r in rows(res["STOPS"]) if r["stop_id"] == "A")
    # Monday's clock day: F 23:30; the window: F 23:30, 24:00, 24:30 and M1 24:30
    assert (stop_a["dep_day"], stop_a["dep_window"], stop_a["h23"], stop_a["h00"]) == (1, 4, 1,
                                                                                       3)
    cell = rows(res["CELLS_OUT"])[0]
    assert cell["trips_day"] == 1 and cell["trips_window"] == 4
