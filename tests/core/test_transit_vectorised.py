"""The numpy profile search (core.transit.vectorised) against the per-connection scan
(core.transit.profiles.profile_to_target, the reference): same profiles at every stop and
same (origins, departures) arrivals, to the second, on seeded random timetables (ties,
zero-duration rides, no-boarding / no-alighting stops, GTFS transfer rules, trips past
midnight) and on the Tampere feed."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.transit import profiles as ref
from core.transit.gtfs import connections, read_feed, transfer_table
from core.transit.vectorised import Timetable, arrivals, arrivals_from_reach
from tests.osm_data import SHARED, stop_xy

WALK = 5 / 3.6


def random_timetable(seed: int, n_stops: int = 25, n_trips: int = 40, start: int = 7 * 3600,
                     spread: int = 90):
    """Connections as ``gtfs.connections`` gives them: trips along random stop sequences,
    minute-rounded times (many ties), some zero-duration hops, random pickup/drop-off
    bans, some trips running past 24:00; stops on a 2 km square."""
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 2000, n_stops), rng.uniform(0, 2000, n_stops)
    rows = []
    for trip in range(n_trips):
        stops = rng.choice(n_stops, rng.integers(2, min(8, n_stops + 1)), replace=False)
        t = start + int(rng.integers(0, spread)) * 60 + (86_000 if rng.random() < 0.1 else 0)
        for a, b in zip(stops[:-1], stops[1:]):
            ride = int(rng.choice([0, 60, 120, 180, 300]))
            rows.append((trip, a, b, t, t + ride, rng.random() > 0.15, rng.random() > 0.15))
            t += ride + int(rng.choice([0, 0, 60]))
    conn = pd.DataFrame(rows, columns=["trip", "dep_stop", "arr_stop", "dep", "arr", "board",
                                       "alight"])
    conn = conn.sort_values(["dep", "arr"], kind="stable").reset_index(drop=True)
    n_rules = int(rng.integers(0, 6))
    transfers = pd.DataFrame({
        "from_stop": rng.integers(0, n_stops, n_rules), "to_stop": rng.integers(0, n_stops,
                                                                                n_rules),
        "transfer_type": rng.choice([0, 2, 3], n_rules),
        "min_transfer_time": rng.choice([0, 120, 300], n_rules)})
    return conn, x, y, transfers


def assert_same_profiles(conn, foot, n_stops, egress, k):
    want = ref.profile_to_target(conn, foot, egress, n_stops, max_transfers=k)
    got = Timetable(conn, foot, n_stops).profile(egress, max_transfers=k)
    for s in range(n_stops):
        wd, wa = want.arrays(s)
        gd, ga = got.arrays(s)
        np.testing.assert_array_equal(gd, wd, err_msg=f"stop {s}")
        np.testing.assert_array_equal(ga, wa, err_msg=f"stop {s}")
    return want, got


@pytest.mark.parametrize("seed", range(80))
def test_random_timetables_same_profiles_and_arrivals(seed):
    # every other seed a crowded timetable: 6 stops, 30 trips within 5 minutes (ties)
    conn, x, y, transfers = (random_timetable(seed) if seed % 2 else
                             random_timetable(seed, n_stops=6, n_trips=30, spread=5))
    rng = np.random.default_rng(1000 + seed)
    foot = ref.stop_footpaths(x, y, float(rng.choice([0, 300, 600])), WALK, 1.3, transfers)
    egress = {int(s): float(rng.uniform(0, 500)) for s in rng.choice(len(x), 3, replace=False)}
    want, got = assert_same_profiles(conn, foot, len(x), egress, int(seed % 4))
    ox, oy = rng.uniform(0, 2000, 200), rng.uniform(0, 2000, 200)
    access = ref.straight_access(ox, oy, x, y, 500, WALK, 1.3)
    deps = np.arange(7 * 3600, 9 * 3600 + 1, 60, dtype=float)
    expect = ref.arrivals(want, access, deps)
    for deadline in (8 * 3600, 9 * 3600 + 30):  # the arrive-by figures read the same profile
        np.testing.assert_array_equal(ref.arrive_by(got, access, deadline),
                                      ref.arrive_by(want, access, deadline))
    assert all(got.arrival(s, t) == want.arrival(s, t) for s in range(len(x))
               for t in (7 * 3600, 7 * 3600 + 0.5, 8 * 3600 + 59))
    np.testing.assert_array_equal(arrivals(got, access, deps, chunk=500), expect)
    # all targets at once, origins in chunks: the other target is the first one's stops
    table = Timetable(conn, foot, len(x))
    other = {int(s): 0.0 for s in rng.choice(len(x), 2, replace=False)}
    other_want = ref.arrivals(ref.profile_to_target(conn, foot, other, len(x), int(seed % 4)),
                              access, deps)
    reaches = np.stack([table.reach(egress, int(seed % 4)), table.reach(other, int(seed % 4))])
    joined = np.full((2, 200, len(deps)), np.inf)
    for lo, hi, arr in arrivals_from_reach(table, reaches, access, deps, chunk=700):
        assert hi > lo
        joined[:, lo:hi] = arr
    np.testing.assert_array_equal(joined[0], expect)
    np.testing.assert_array_equal(joined[1], other_want)


def test_counted_pareto_profile_is_not_empty():
    """The comparison above is not vacuous: the random timetables reach the targets."""
    reached = 0
    for seed in range(10):
        conn, x, y, transfers = random_timetable(seed)
        foot = ref.stop_footpaths(x, y, 300, WALK, 1.3, transfers)
        prof = Timetable(conn, foot, len(x)).profile({0: 0.0, 1: 60.0}, 3)
        reached += len(prof.arr)
    assert reached > 100


def test_fractional_connection_times_are_refused():
    conn = pd.DataFrame({"trip": [0], "dep_stop": [0], "arr_stop": [1], "dep": [10.5],
                         "arr": [70.0]})
    foot = ref.stop_footpaths(np.zeros(2), np.array([0.0, 5000.0]), 100, WALK)
    with pytest.raises(ValueError, match="whole seconds"):
        Timetable(conn, foot, 2)


TAMPERE = SHARED / "tampere" / "tampere_gtfs.zip"


@pytest.mark.skipif(not TAMPERE.exists(), reason="shared Tampere feed not on disk")
def test_tampere_same_profiles_to_the_second():
    feed = read_feed(TAMPERE)
    day = dt.date(2022, 1, 11)  # a Tuesday the feed serves
    conn = connections(feed, day, 7 * 3600, 9 * 3600)
    xs, ys = stop_xy(feed.stops)
    foot = ref.stop_footpaths(xs, ys, 400, WALK, 1.3, transfer_table(feed))
    table = Timetable(conn, foot, len(xs))
    rng = np.random.default_rng(7)
    used = np.unique(conn["arr_stop"])
    ox, oy = xs[rng.choice(used, 300)] + rng.normal(0, 300, 300), ys[rng.choice(used, 300)]
    access = ref.straight_access(ox, oy, xs, ys, 800, WALK, 1.3)
    deps = np.arange(7 * 3600, 8 * 3600 + 1, 60, dtype=float)
    for f in rng.choice(used, 3, replace=False):
        eg = ref.straight_access(np.array([xs[f] + 50]), np.array([ys[f]]), xs, ys, 800, WALK)
        egress = dict(zip(eg.stop.tolist(), eg.seconds.tolist()))
        want = ref.profile_to_target(conn, foot, egress, len(xs), max_transfers=3)
        got = table.profile(egress, 3)
        assert sum(len(want.arrays(s)[0]) for s in range(len(xs))) == len(got.arr) > 1000
        for s in range(len(xs)):
            np.testing.assert_array_equal(got.arrays(s)[1], want.arrays(s)[1])
        np.testing.assert_array_equal(arrivals(got, access, deps),
                                      ref.arrivals(want, access, deps))



@pytest.mark.skipif(not TAMPERE.exists(), reason="shared Tampere feed not on disk")
def test_setup_seconds_equal_the_reference_scan_on_tampere():
    """TransitSetup (what TransitTimes runs) gives the same seconds with the numpy search
    as with the per-connection scan: 08:00-09:00 every minute, 400 origins, 4 facilities."""
    from core.transit.setup import TransitSettings, build_setup

    feed = read_feed(TAMPERE)
    xs, ys = stop_xy(feed.stops)
    s = TransitSettings(feeds=(str(TAMPERE),), day=dt.date(2022, 1, 11), start=8 * 3600,
                        end=9 * 3600, step=60, max_trip=5400.0, walk_mps=WALK,
                        max_walk=800.0, transfer_walk=400.0, max_transfers=3)
    st = build_setup(feed, s, xs, ys)
    rng = np.random.default_rng(11)
    used = np.unique(st.conn["dep_stop"])
    org = rng.choice(used, 400)
    origins = st.origins(xs[org] + rng.normal(0, 200, 400), ys[org] + rng.normal(0, 200, 400))
    finite = 0
    fac = rng.choice(used, 4, replace=False)
    fx, fy = xs[fac] + 30.0, ys[fac] - 20.0
    each = []
    for x, y in zip(fx, fy):
        got = st.seconds_to(x, y, origins)
        want = st.seconds_to(x, y, origins, st.reference_profile_to(x, y))
        np.testing.assert_array_equal(got, want)
        finite += np.isfinite(got).sum()
        each.append(want)
    assert finite > 400 * 61
    # the nearest facility from one search = the minimum over the per-facility scans
    nearest = st.nearest_seconds(fx, fy, origins)
    np.testing.assert_array_equal(nearest, np.min(each, axis=0))
    assert (nearest < np.min(each[1:], axis=0)).any()  # not just one facility's figures
