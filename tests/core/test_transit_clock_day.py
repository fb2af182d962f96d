"""Hand-made feeds: trips past midnight, windows across midnight, no boarding / no alighting.

Every expected figure is worked out by hand from the feeds in ``tests/core/feeds.py``.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from core.transit.frequency import cell_trips, stop_departures
from core.transit.gtfs import DAY, GtfsError, connections, read_feed
from core.transit.profiles import Access, profile_to_target, stop_footpaths, travel_seconds
from tests.core.feeds import STOPS, express_feed, night_feed, same_second_feed
from tests.osm_data import stop_xy

MON, TUE, WED = date(2024, 1, 15), date(2024, 1, 16), date(2024, 1, 17)
H = 3600


def hm(text: str) -> int:
    h, m = text.split(":")
    return int(h) * H + int(m) * 60


def legs(feed, conn) -> set:
    ids = feed.stops["stop_id"].to_numpy()
    return set(zip(ids[conn.dep_stop], ids[conn.arr_stop], conn.dep, conn.arr))


def earliest(feed, conn, origin: str, target: str, t: int) -> float:
    """Earliest arrival at ``target`` leaving ``origin`` (a stop) at ``t`` or later."""
    xs, ys = stop_xy(feed.stops)
    foot = stop_footpaths(xs, ys, 400, 5 / 3.6)
    prof = profile_to_target(conn, foot, {STOPS[target]: 0.0}, len(xs), max_transfers=3)
    return prof.arrival(STOPS[origin], t)


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    return read_feed(night_feed(tmp_path_factory.mktemp("night")))


def test_tuesday_after_midnight_rides_mondays_late_trip(night):
    conn = connections(night, TUE, 0, 3 * H)
    # Monday's M1 at 24:30 and F's runs at 24:00 / 24:30 are Tuesday 00:30 and 00:00 / 00:30;
    # Tuesday's T2 at 24:50 is Wednesday's and is left out
    assert legs(night, conn) == {("A", "B", hm("00:30"), hm("00:40")),
                                 ("A", "B", hm("01:20"), hm("01:30")),
                                 ("A", "C", hm("00:00"), hm("00:05")),
                                 ("A", "C", hm("00:30"), hm("00:35"))}
    assert conn["trip"].nunique() == 4
    assert earliest(night, conn, "A", "B", hm("00:25")) == hm("00:40")
    assert earliest(night, conn, "A", "B", hm("00:31")) == hm("01:30")
    # leaving a point 60 s from A at 00:25: at A 00:26, M1 00:30, at B 00:40 = 15 min
    # (65 min, on T1, when Monday's trip past midnight is not offered)
    xs, ys = stop_xy(night.stops)
    prof = profile_to_target(conn, stop_footpaths(xs, ys, 400, 5 / 3.6), {STOPS["B"]: 0.0},
                             len(xs))
    access = Access(np.array([0]), np.array([STOPS["A"]]), np.array([60.0]), 1)
    got = travel_seconds(prof, access, np.array([hm("00:25"), hm("00:29"), hm("00:30")],
                                                dtype=float))
    assert got[0].tolist() == [15 * 60, 11 * 60, 60 * 60]


def test_window_across_midnight_takes_the_next_days_trips(night):
    # Monday 23:00 .. Tuesday 01:00, journeys up to 2 h: Tuesday's T1 at 01:20 is 25:20
    conn = connections(night, MON, hm("23:00"), hm("23:00") + 4 * H)
    assert legs(night, conn) == {("A", "C", hm("23:30"), hm("23:35")),
                                 ("A", "C", DAY, DAY + hm("00:05")),
                                 ("A", "C", DAY + hm("00:30"), DAY + hm("00:35")),
                                 ("A", "B", DAY + hm("00:30"), DAY + hm("00:40")),
                                 ("A", "B", DAY + hm("01:20"), DAY + hm("01:30"))}
    assert earliest(night, conn, "A", "B", hm("23:50")) == DAY + hm("00:40")  # 50 min
    assert earliest(night, conn, "A", "B", DAY + hm("00:50")) == DAY + hm("01:30")  # 40 min
    # Monday's clock day alone: F's 23:30 run only (M1 at 24:30 is Tuesday's)
    assert legs(night, connections(night, MON)) == {("A", "C", hm("23:30"), hm("23:35"))}


def test_service_counts_use_the_clock_day(night):
    a = STOPS["A"]
    tue = stop_departures(connections(night, TUE), len(night.stops), 0, H)
    # Tuesday 00:00-24:00 at A: M1 00:30, T1 01:20, F 00:00 and 00:30 (T2 is Wednesday's)
    assert tue.dep_day[a] == 4 and tue.h00[a] == 3 and tue.dep_window[a] == 3
    mon = stop_departures(connections(night, MON, 0, DAY + H), len(night.stops), hm("23:00"),
                          DAY + H)
    assert mon.dep_day[a] == 1  # F 23:30
    assert mon.h23[a] == 1 and mon.h00[a] == 3 and mon.dep_window[a] == 4
    assert list(mon.columns) == ["dep_day", "dep_window", "h23", "h00"]


@pytest.mark.parametrize("pickup, drop_off, a_to_b, m_to_c", [
    ("1", "1", "08:45", None),  # E neither lets riders off nor on at M
    ("0", "1", "08:45", "08:20"),  # boarding at M only
    ("1", "0", "08:20", None),  # alighting at M only
    ("2", "3", "08:20", "08:20"),  # by arrangement: taken as allowed
])
def test_no_boarding_no_alighting(tmp_path, pickup, drop_off, a_to_b, m_to_c):
    feed = read_feed(express_feed(tmp_path, pickup, drop_off))
    conn = connections(feed, WED, 7 * H, 10 * H)
    # A -> B at 08:00: E to M (08:10), L 08:12 -> B 08:20 when E lets riders off at M,
    # otherwise S 08:05 -> 08:45
    assert earliest(feed, conn, "A", "B", hm("08:00")) == hm(a_to_b)
    # riding through M is always allowed: A -> C on E in 20 min
    assert earliest(feed, conn, "A", "C", hm("08:00")) == hm("08:20")
    want = np.inf if m_to_c is None else hm(m_to_c)
    assert earliest(feed, conn, "M", "C", hm("08:05")) == want
    # X lets no one on at P: P 08:55 -> Y 09:20 -> Q 09:35
    assert earliest(feed, conn, "P", "Q", hm("08:55")) == hm("09:35")
    stats = stop_departures(connections(feed, WED), len(feed.stops), 8 * H, 10 * H)
    boards_at_m = 1 + (pickup != "1")  # L, and E when it takes riders at M
    assert stats.dep_day[STOPS["M"]] == boards_at_m and stats.dep_day[STOPS["P"]] == 1
    assert stats.dep_day[STOPS["A"]] == 2
    near = Access(np.array([0, 0, 1]), np.array([STOPS["M"], STOPS["B"], STOPS["P"]]),
                  np.array([60.0, 90.0, 30.0]), 2)
    cells = cell_trips(connections(feed, WED), near, 8 * H, 9 * H)
    assert cells.trips_day.tolist() == [boards_at_m, 1]
    assert cells.trips_window.tolist() == [boards_at_m, 0]


def test_unknown_pickup_type_names_the_row(tmp_path):
    with pytest.raises(GtfsError, match=r"stop_times.txt, row 3: pickup_type '5' is not one "
                                        r"of 0, 1, 2, 3"):
        read_feed(express_feed(tmp_path, pickup_m="5"))


def test_same_second_transfers_between_zero_time_legs(tmp_path):
    feed = read_feed(same_second_feed(tmp_path))
    conn = connections(feed, WED, 7 * H, 10 * H)
    # Z (M -> B) must come before Y (B -> C) though trip ids sort the other way
    assert earliest(feed, conn, "A", "Q", hm("08:00")) == hm("08:30")
    assert earliest(feed, conn, "M", "C", hm("08:10")) == hm("08:10")
