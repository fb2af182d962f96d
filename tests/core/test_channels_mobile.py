"""Mobile service units (spec (a)): the acceptance cases and bad input."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.channels.mobile import (
    ChannelInputError,
    coverage,
    route_days,
    service_dates,
    stop_table,
)

UNITS = pd.DataFrame({"unit_id": ["bus"], "base_id": ["depot"], "visits_per_hour": [3.0],
                      "staff_per_shift": [2.0], "shift_min": [450.0], "setup_min": [0.0]})
STOPS = pd.DataFrame({"stop_id": ["S1", "S2"], "unit_id": ["bus", "bus"]})


def schedule(**change) -> pd.DataFrame:
    rows = [dict(stop_id="S1", weekday=2, time_start="09:00", time_end="12:00", period_weeks=2,
                 first_date="2025-01-07", valid_from="2025-01-01", valid_to="2025-12-31",
                 route_day_id="tue", seq=1)]
    rows[0].update(change)
    return pd.DataFrame(rows)


def test_acceptance_1_biweekly_tuesday_stop():
    table = stop_table(schedule(), STOPS.iloc[:1], UNITS, 2025)
    row = table.iloc[0]
    assert row["n_visits_y"] == 26
    assert row["hours_y"] == pytest.approx(78)
    assert row["capacity_y"] == pytest.approx(234)
    assert row["interval_days"] == pytest.approx(14)
    assert row["expected_wait_days"] == pytest.approx(7)
    assert row["staff_hours_y"] == pytest.approx(156)  # the index's supply unit: hours x staff


def test_holidays_setup_and_validity_window():
    hol = [dt.date(2025, 1, 7), dt.date(2025, 12, 23), dt.date(2025, 12, 24)]
    assert len(service_dates(dt.date(2025, 1, 7), 2, dt.date(2025, 1, 1),
                             dt.date(2025, 12, 31), hol)) == 24
    units = UNITS.assign(setup_min=15.0)
    row = stop_table(schedule(valid_from="2025-07-01"), STOPS.iloc[:1], units, 2025).iloc[0]
    assert row["n_visits_y"] == 13  # 2025-07-08 .. 2025-12-23, every other Tuesday
    assert row["hours_y"] == pytest.approx(13 * 2.75)


def test_acceptance_2_route_day():
    sched = pd.concat([schedule(), schedule(stop_id="S2", time_start="12:15",
                                            time_end="14:15", seq=2)])
    legs = {("depot", "S1"): 20, ("S1", "S2"): 15, ("S2", "depot"): 25}
    dist = {k: v / 60 * 50 for k, v in legs.items()}  # 50 km/h
    sched["time_start"] = ["09:00", "12:15"]
    sched["time_end"] = ["11:00", "14:15"]  # 120 + 120 min at the stops
    day = route_days(sched, STOPS, UNITS, {"bus": "depot"}, lambda a, b: legs[a, b],
                     lambda a, b: dist[a, b]).iloc[0]
    assert day["t_day_min"] == 300 and day["slack_min"] == 150 and day["route_ok"] == 1
    assert day["drive_min"] == 60 and day["route_km"] == pytest.approx(50)
    short = route_days(sched, STOPS, UNITS.assign(shift_min=280.0), {"bus": "depot"},
                       lambda a, b: legs[a, b]).iloc[0]
    assert short["route_ok"] == 0 and short["slack_min"] == -20
    late = sched.assign(time_start=["09:00", "11:10"], time_end=["11:00", "13:10"])
    row = route_days(late, STOPS, UNITS, {"bus": "depot"}, lambda a, b: legs[a, b]).iloc[0]
    assert row["route_ok"] == 0 and row["late"] == "S2"  # 11:00 + 15 min > 11:10


def test_coverage_counts_each_cell_once_for_its_nearest_stop():
    minutes = np.array([[5, 8], [14, 3], [20, 30], [np.inf, 12]])
    stop, pop, old = coverage(minutes, np.array([10, 20, 30, 40.0]), 15,
                              np.array([1, 2, 3, 4.0]))
    assert stop.tolist() == [0, 1, -1, 1]
    assert pop.tolist() == [10, 60] and old.tolist() == [1, 6]


@pytest.mark.parametrize("sched, stops, units, message", [
    (schedule(time_start="25:00"), STOPS, UNITS,
     "Stop schedule, row 0: time_start '25:00' is not a time"),
    (schedule(time_end="08:00"), STOPS, UNITS,
     "Stop schedule, row 0: time_end 08:00 is not after time_start 09:00"),
    (schedule(first_date="2025-01-08"), STOPS, UNITS,
     "first_date 2025-01-08 is a Wednesday, not weekday 2"),
    (schedule(period_weeks=0), STOPS, UNITS, "period_weeks 0 is not a whole number"),
    (schedule(stop_id="S9"), STOPS, UNITS, "stop 'S9' is not in the stop layer"),
    (schedule(), pd.DataFrame({"stop_id": ["S1"], "unit_id": [None]}), UNITS,
     r"Mobile stops, row 0 \(stop 'S1'\): unit None is not in the unit table"),
    (schedule(), STOPS, UNITS.assign(visits_per_hour=-1.0),
     "Mobile units, row 0: visits_per_hour is -1.0"),
    (pd.concat([schedule(), schedule(stop_id="S2", time_start="11:00", time_end="13:00",
                                     first_date="2025-01-21")]), STOPS, UNITS,
     r"rows 0 and 1: unit 'bus' would be at stops 'S1' \(09:00-12:00\) and 'S2' "
     r"\(11:00-13:00\) on 2025-01-21"),
])
def test_bad_input_is_named(sched, stops, units, message):
    with pytest.raises(ChannelInputError, match=message):
        stop_table(sched.reset_index(drop=True), stops, units, 2025)


def test_alternating_weeks_of_one_unit_do_not_overlap():
    sched = pd.concat([schedule(), schedule(stop_id="S2", first_date="2025-01-14")])
    table = stop_table(sched.reset_index(drop=True), STOPS, UNITS, 2025)
    assert table["n_visits_y"].tolist() == [26, 26]  # the last on 2025-12-30
