"""Limits hit exactly, and rules that a one-character slip would break unnoticed.

Whole-second GTFS times and whole-minute thresholds make values that sit exactly on a limit
common, so every "within" here is checked on the limit itself (``<=``, not ``<``), on small
cases whose answers are worked out by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from core.roads.odmatrix import od_long
from core.roads.search import Router
from core.scenario.impact import Scenario, evaluate
from core.transit.gtfs import GtfsError, active_services, connections, read_feed
from core.transit.profiles import stop_footpaths

# ---------------------------------------------------------------- GTFS calendar_dates


def _feed(folder: Path, calendar_dates: str) -> Path:
    """Two services: WEEK runs Monday-Friday in November 2016 (calendar.txt), EXTRA has no
    calendar row; calendar_dates.txt adds and removes days (1 added, 2 removed)."""
    folder.mkdir()
    files = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nA,A,62.89,27.67\nB,B,62.90,27.68\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WEEK,t_week\nR,EXTRA,t_extra\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                          "t_week,08:00:00,08:00:00,A,1\nt_week,08:10:00,08:10:00,B,2\n"
                          "t_extra,09:00:00,09:00:00,A,1\nt_extra,09:12:00,09:12:00,B,2\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,"
                        "start_date,end_date\nWEEK,1,1,1,1,1,0,0,20161101,20161130\n",
        "calendar_dates.txt": "service_id,date,exception_type\n" + calendar_dates,
    }
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_calendar_dates_add_and_remove_services(tmp_path):
    feed = read_feed(_feed(tmp_path / "f", "EXTRA,20161105,1\nWEEK,20161102,2\n"
                                           "EXTRA,20161102,1\n"))
    assert active_services(feed, date(2016, 11, 1)) == {"WEEK"}  # a Tuesday, no exception
    # Saturday: WEEK does not run, EXTRA is added by type 1
    assert active_services(feed, date(2016, 11, 5)) == {"EXTRA"}
    # Wednesday: WEEK removed by type 2, EXTRA added
    assert active_services(feed, date(2016, 11, 2)) == {"EXTRA"}
    sat = connections(feed, date(2016, 11, 5))
    assert sat[["dep", "arr"]].values.tolist() == [[9 * 3600, 9 * 3600 + 720]]
    wed = connections(feed, date(2016, 11, 2))
    assert wed[["dep", "arr"]].values.tolist() == [[9 * 3600, 9 * 3600 + 720]]


def test_a_day_whose_only_service_is_removed_has_none(tmp_path):
    feed = read_feed(_feed(tmp_path / "f", "WEEK,20161103,2\n"))
    with pytest.raises(GtfsError, match="no service runs on 2016-11-03"):
        active_services(feed, date(2016, 11, 3))
    assert active_services(feed, date(2016, 11, 4)) == {"WEEK"}


# ---------------------------------------------------------------- road search cut-off


@pytest.fixture(scope="module")
def straight_road():
    """A 1 km road in two 500 m lines, walked at 3.6 km/h: 1 m per second, times in whole
    seconds exactly; the facility at x = 0, points at x = 1000, 750 and 500."""
    lines = LineInput.from_parts([np.array([[0, 0], [500, 0]]), np.array([[500, 0], [1000, 0]])],
                                 [0, 1], classes=np.array(["residential"] * 2, dtype=object))
    router = Router(build_network(lines), make_profile("walk", "osm", walk_speed=3.6),
                    access_speed=None)
    return router, router.snap([0.0], [0.0]), router.snap([1000.0, 750.0, 500.0], [0.0] * 3)


def test_times_exactly_at_the_cutoff_are_kept(straight_road):
    router, fac, pts = straight_road
    assert router.times(fac, pts)[0][:, 0].tolist() == [1000, 750, 500]
    assert router.times(fac, pts, cutoff=1000.0)[0][:, 0].tolist() == [1000, 750, 500]
    assert router.times(fac, pts, cutoff=750.0)[0][:, 0].tolist() == [np.inf, 750, 500]
    assert router.times(fac, pts, cutoff=749.0)[0][:, 0].tolist() == [np.inf, np.inf, 500]
    for contracted in (True, False):  # node times: the node at x = 1000 is 1000 s away
        _, nt, _ = next(router.node_times(fac, 1000.0, contracted=contracted))
        assert np.isfinite(nt[0, :router.graph.n_nodes]).all()


def test_nearest_exactly_at_the_cutoff_is_reached(straight_road):
    router, fac, pts = straight_road
    near = router.nearest(fac, pts, cutoff=750.0)
    assert near.facility.tolist() == [-1, 0, 0]
    assert near.time.tolist() == [np.inf, 750, 500]
    assert near.distance.tolist() == [np.inf, 750, 500]


def test_od_long_keeps_times_exactly_at_the_cutoff():
    t = np.array([[600.0, 599.0, 601.0]])
    assert od_long(t, cutoff=600.0)["seconds"].tolist() == [599.0, 600.0]


# ---------------------------------------------------------------- closure impact thresholds


def test_impact_thresholds_include_their_limit():
    """Cell 0 is 10 min from facility 0 and 20 from 1; cell 1 is 10 from 1 and 30 from 0.
    Closing facility 1 moves cell 1 from 10 to exactly 30 min."""
    minutes = np.array([[10.0, 20.0], [30.0, 10.0], [np.inf, 10.5]])
    pop = np.array([100.0, 40.0, 5.0])
    old = {"old": np.array([10.0, 4.0, 1.0])}
    res = evaluate(minutes, Scenario.closing(2, [1]), pop, [10, 30], groups=old,
                   elderly_group="old")
    cells = res.cells
    # 10-minute threshold: cell 1 had exactly 10 before and loses it; cell 0 keeps exactly 10
    assert cells["lost_10"].tolist() == [False, True, False]
    assert cells["gained_10"].tolist() == [False, False, False]
    # 30-minute threshold: cell 1 is exactly 30 after, so keeps access; cell 2 loses it
    assert cells["lost_30"].tolist() == [False, False, True]
    total = res.summary[(res.summary["group"] == "total")
                        & (res.summary["area"] == "all areas")].iloc[0]
    assert total["within_10_before"] == 140 and total["within_10_after"] == 100
    assert total["losing_10"] == 40
    assert total["within_30_before"] == 145 and total["within_30_after"] == 140
    assert total["losing_30"] == 5
    eq = res.equity.set_index("when")
    assert eq.loc["before", "share_beyond_10"] == pytest.approx(5 / 145)
    assert eq.loc["after", "share_beyond_10"] == pytest.approx(45 / 145)
    assert eq.loc["after", "share_beyond_30"] == pytest.approx(5 / 145)
    assert eq.loc["before", "share_old_beyond_10"] == pytest.approx(1 / 15)
    assert eq.loc["after", "share_old_beyond_10"] == pytest.approx(5 / 15)
    assert eq.loc["after", "share_old_beyond_30"] == pytest.approx(1 / 15)


def test_gaining_access_exactly_at_the_threshold():
    minutes = np.array([[15.0, 10.0]])
    res = evaluate(minutes, Scenario.closing(1, [], n_new=1), np.array([7.0]), [10])
    assert res.cells["gained_10"].tolist() == [True]
    assert res.cells["lost_10"].tolist() == [False]


# ---------------------------------------------------------------- transfer footpaths


def test_transfer_footpaths_walk_the_detour():
    """Stops 100 m and 350 m apart at 1 m/s: with the default detour 1.3 the walks are
    130 s and 455 s, and 455 m on foot is beyond a 400 m limit."""
    x, y = np.array([0.0, 100.0, 450.0]), np.zeros(3)
    foot = stop_footpaths(x, y, 400, 1.0)
    to0, s0 = foot.of(0)
    assert dict(zip(to0.tolist(), s0.tolist())) == {0: 0.0, 1: pytest.approx(130.0)}
    to1, s1 = foot.of(1)
    assert dict(zip(to1.tolist(), s1.tolist())) == {1: 0.0, 0: pytest.approx(130.0)}
    assert foot.of(2)[0].tolist() == [2]
    # a 300 m pair: 390 m on foot is within 400 m
    assert foot.of(0)[0].tolist() == [0, 1]
    near = stop_footpaths(np.array([0.0, 300.0]), np.zeros(2), 400, 1.0)
    assert near.of(0)[1].tolist() == [0.0, pytest.approx(390.0)]


def test_listed_transfers_walk_the_detour_too():
    x, y = np.array([0.0, 100.0, 5000.0]), np.zeros(3)
    tr = pd.DataFrame({"from_stop": [0, 1, 0, 2], "to_stop": [1, 0, 2, 0],
                       "transfer_type": [0, 2, 2, 2], "min_transfer_time": [None, 60, 300, 9000]})
    foot = stop_footpaths(x, y, 400, 1.0, transfers=tr)
    to0, s0 = foot.of(0)
    # type 0: the walk, 130 s; type 2: not less than the walk (6500 s to stop 2)
    assert dict(zip(to0.tolist(), s0.tolist())) == {0: 0.0, 1: pytest.approx(130.0),
                                                     2: pytest.approx(6500.0)}
    to1, s1 = foot.of(1)
    assert dict(zip(to1.tolist(), s1.tolist())) == {1: 0.0, 0: pytest.approx(130.0)}
    to2, s2 = foot.of(2)
    assert dict(zip(to2.tolist(), s2.tolist())) == {2: 0.0, 0: 9000.0}
