"""Several GTFS feeds at once: the Tampere feed with a synthetic regional coach feed whose
first stop stands 30 m from a Tampere stop. Stops of different feeds within the merge
distance are one stop (0-second transfer); a trip using both feeds' services is found, at
the times of a brute-force connection scan; a feed with no service on the day is named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from core.transit.gtfs import read_feed
from core.transit.merge import idle_feeds, merged_pairs, stop_feeds, with_merged
from core.transit.profiles import Footpaths
from core.transit.setup import TransitSettings, build_setup
from tests.osm_data import SHARED, stop_xy

TAMPERE = SHARED / "tampere" / "tampere_gtfs.zip"
DAY = date(2022, 1, 12)  # a Wednesday of the Tampere feed


def _to_lonlat(x, y):
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3067)
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, dst).TransformPoint(float(x), float(y))
    return lon, lat


def _hhmmss(s: int) -> str:
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def coach_feed(folder: Path, r1: tuple[float, float], r2: tuple[float, float],
               departures: list[int], start: str = "20220101", end: str = "20220331") -> Path:
    """A coach R1 -> R2 (20 minutes) at each departure (seconds); R1, R2 in EPSG:3067."""
    folder.mkdir(parents=True, exist_ok=True)
    (lon1, lat1), (lon2, lat2) = _to_lonlat(*r1), _to_lonlat(*r2)
    (folder / "stops.txt").write_text("stop_id,stop_name,stop_lat,stop_lon\n"
                                      f"R1,Coach station,{lat1:.7f},{lon1:.7f}\n"
                                      f"R2,Village,{lat2:.7f},{lon2:.7f}\n")
    (folder / "routes.txt").write_text("route_id,route_type\nC,3\n")
    (folder / "trips.txt").write_text("route_id,service_id,trip_id\n" + "".join(
        f"C,WK,c{k}\n" for k in range(len(departures))))
    (folder / "stop_times.txt").write_text(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + "".join(
            f"c{k},{_hhmmss(d)},{_hhmmss(d)},R1,1\nc{k},{_hhmmss(d + 1200)},"
            f"{_hhmmss(d + 1200)},R2,2\n" for k, d in enumerate(departures)))
    (folder / "calendar.txt").write_text(
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
        f"end_date\nWK,1,1,1,1,1,0,0,{start},{end}\n")
    return folder


@pytest.fixture(scope="module")
def tampere():
    feed = read_feed(TAMPERE)
    xs, ys = stop_xy(feed.stops)
    s = TransitSettings(feeds=(str(TAMPERE),), day=DAY, start=7 * 3600, end=8 * 3600,
                        step=60, max_trip=7200.0, walk_mps=5 / 3.6, max_walk=600.0,
                        transfer_walk=400.0, max_transfers=6)
    conn = build_setup(feed, s, xs, ys).conn
    # a bus trip: its stop O at about 07:25 and a stop S at least 10 minutes later
    first = conn[(conn.dep >= 7 * 3600 + 1500)].iloc[0]
    trip = conn[conn.trip == first.trip]
    later = trip[trip.arr >= first.dep + 600].iloc[0]
    return feed, xs, ys, int(first.dep_stop), int(later.arr_stop), int(later.arr)


def _settings(feeds, merge_m):
    return TransitSettings(feeds=tuple(map(str, feeds)), day=DAY, start=7 * 3600 + 1200,
                           end=7 * 3600 + 1560, step=60, max_trip=7200.0, walk_mps=5 / 3.6,
                           max_walk=600.0, transfer_walk=400.0, max_transfers=6,
                           merge_m=merge_m)


def brute_force(setup, ox, oy, fx, fy) -> np.ndarray:
    """Earliest arrival at (fx, fy) for each departure: a plain forward connection scan
    (any number of vehicles), walking to the stops, the footpaths after each ride."""
    access = setup.access(np.array([ox]), np.array([oy]))
    egress = setup.access(np.array([fx]), np.array([fy]))
    out = []
    c = setup.conn
    rows = list(zip(c.dep_stop, c.arr_stop, c.dep, c.arr, c.trip,
                    c.board if "board" in c else [True] * len(c),
                    c.alight if "alight" in c else [True] * len(c)))
    for t0 in setup.departures:
        arr = np.full(len(setup.stops_x), np.inf)
        arr[access.stop] = t0 + access.seconds
        on = set()
        for a, b, dep, ar, trip, board, alight in rows:
            if dep < t0:
                continue
            if trip in on or (board and arr[a] <= dep):
                on.add(trip)
                if alight and ar < arr[b]:
                    to, secs = setup.foot.of(b)
                    arr[to] = np.minimum(arr[to], ar + secs)
        best = np.min(arr[egress.stop] + egress.seconds) - t0 if len(egress.stop) else np.inf
        walk = setup.walk_only(fx, fy, np.array([ox]), np.array([oy]))[0]
        out.append(min(best, walk))
    return np.array(out)


def test_a_trip_using_both_feeds_is_found_at_brute_force_times(tmp_path, tampere):
    feed, xs, ys, o, s, s_arr = tampere
    r1 = (xs[s] + 30.0, ys[s])  # 30 m east of the Tampere stop
    r2 = (xs[s] + 30000.0, ys[s])  # 30 km east: only the coach gets there
    # the first coach leaves 10 s after the bus arrives: caught only by a 0 s transfer
    coach = coach_feed(tmp_path / "coach", r1, r2, [s_arr + 10, s_arr + 3600])
    combined = read_feed([TAMPERE, coach])
    cx, cy = stop_xy(combined.stops)
    ox, oy = xs[o] + 40.0, ys[o]
    got = {}
    for merge_m in (50.0, 0.0):
        setup = build_setup(combined, _settings([TAMPERE, coach], merge_m), cx, cy)
        secs = setup.seconds_to(r2[0], r2[1], setup.origins(np.array([ox]), np.array([oy])))
        want = brute_force(setup, ox, oy, *r2)
        assert np.allclose(secs[0], want, equal_nan=True), (merge_m, secs[0], want)
        got[merge_m] = secs[0]
    # the departures that catch the bus reach the village by the first coach with merged
    # stops, an hour later without (the 30 m walk misses it)
    first = got[50.0] + setup.departures <= s_arr + 10 + 1200 + 1.0  # (+ the egress)
    assert first.sum() == 5
    assert np.allclose(got[0.0][first] - got[50.0][first], 3590)  # the next coach


def test_merged_stops_are_different_feeds_within_the_distance():
    x = np.array([0.0, 30.0, 45.0, 500.0])
    feeds = np.array([0, 1, 0, 1])
    a, b = merged_pairs(x, np.zeros(4), feeds, 50.0)
    assert sorted(zip(a.tolist(), b.tolist())) == [(0, 1), (1, 0), (1, 2), (2, 1)]
    assert stop_feeds(["0:A", "1:R1", "12:x", "plain"]).tolist() == [0, 1, 12, 0]
    foot = Footpaths(np.array([0, 2, 3, 4, 5]), np.array([0, 1, 1, 2, 3]),
                     np.array([0.0, 40.0, 0.0, 0.0, 0.0]))
    merged = with_merged(foot, a, b)
    assert merged.of(0)[0].tolist() == [0, 1] and merged.of(0)[1].tolist() == [0.0, 0.0]
    assert sorted(merged.of(1)[0].tolist()) == [0, 1, 2] and merged.of(1)[1].max() == 0


def test_a_feed_with_no_service_on_the_day_is_named(tmp_path, tampere):
    _, xs, ys, _, s, s_arr = tampere
    old = coach_feed(tmp_path / "coach_2019", (xs[s], ys[s]), (xs[s] + 1000, ys[s]),
                     [s_arr], "20190101", "20190630")
    feed = read_feed([TAMPERE, old])
    assert idle_feeds(feed, DAY) == [
        "coach_2019: no service runs on 2022-01-12 (the feed covers 2019-01-01 .. "
        "2019-06-30); none of its trips are used, its stops only for walking"]
    assert idle_feeds(read_feed([TAMPERE]), DAY) == []
    cx, cy = stop_xy(feed.stops)
    setup = build_setup(feed, _settings([TAMPERE, old], 50.0), cx, cy)
    assert setup.notes == tuple(idle_feeds(feed, DAY))


def test_a_feed_far_from_every_origin_is_named(tmp_path, tampere):
    """A feed of another country: its stops around Stockholm (WGS84 18.07, 59.33)."""
    _, xs, ys, o, s, s_arr = tampere
    from osgeo import osr

    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromEPSG(4326)
    b.ImportFromEPSG(3067)
    a.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    sx, sy, _ = osr.CoordinateTransformation(a, b).TransformPoint(18.07, 59.33)
    abroad = coach_feed(tmp_path / "sl_stockholm", (sx, sy), (sx + 5000, sy), [s_arr])
    feed = read_feed([TAMPERE, abroad])
    cx, cy = stop_xy(feed.stops)
    setup = build_setup(feed, _settings([TAMPERE, abroad], 50.0), cx, cy)
    access = setup.access(np.array([xs[o] + 40.0]), np.array([ys[o]]))
    assert setup.unreached_feeds(access) == [
        "sl_stockholm: none of its stops is within walking reach of the origins (a feed of "
        "another area?); it adds nothing to the trips from them"]
    near = setup.access(np.array([sx + 30.0]), np.array([sy]))
    assert setup.unreached_feeds(near) == [
        "tampere_gtfs.zip: none of its stops is within walking reach of the origins (a feed "
        "of another area?); it adds nothing to the trips from them"]
