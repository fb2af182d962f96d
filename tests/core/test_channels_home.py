"""Home services (spec (b)): the acceptance cases, routing within the shift, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.channels.home import (
    clients_from_ages,
    compare_bases,
    daily_visits,
    given_assignment,
    home_care,
)
from core.channels.mobile import ChannelInputError

BASE = pd.DataFrame({"base_id": ["B1"], "shift_min": [465.0], "vehicle_cost_per_km": [0.5]})
DEMAND = pd.DataFrame({"clients": [3, 4], "visits_per_week": [7.0, 7.0],
                       "mean_visit_min": [30.0, 30.0], "share_two_staff": [0.0, 0.0]})
# places: B1, c1, c2 (minutes and km)
T = np.array([[0, 10, 20], [10, 0, 12], [20, 12, 0]], float)
KM = T * 0.8


def test_acceptance_1_star():
    bases, cells = home_care(DEMAND, BASE, T, KM, mode="star", productive_hours=1600)
    b = bases.iloc[0]
    assert b["drive_min_wk"] == pytest.approx(420) and b["care_min_wk"] == pytest.approx(420)
    assert b["drive_share"] == pytest.approx(0.5)
    assert b["fte_needed"] == pytest.approx(52 * 840 / 60 / 1600)
    assert round(b["fte_needed"], 3) == 0.455
    assert b["km_year"] == pytest.approx(52 * (2 * 8 * 7 + 2 * 16 * 7))
    assert b["vehicle_cost_year"] == pytest.approx(b["km_year"] * 0.5)
    assert cells["drive_min_oneway"].tolist() == [10, 20]


def test_acceptance_1_route():
    bases, cells = home_care(DEMAND, BASE, T, KM, mode="route")
    b = bases.iloc[0]
    assert cells["tau_min"].tolist() == pytest.approx([21, 21])
    assert b["drive_min_wk"] == pytest.approx(294)
    assert b["drive_share"] == pytest.approx(294 / 714)
    assert round(100 * b["drive_share"], 1) == 41.2
    assert b["km_year"] == pytest.approx(52 * 7 * 42 * 0.8)


def test_acceptance_2_a_base_nearer_never_raises_the_drive_share():
    two = pd.concat([BASE, BASE.assign(base_id="B2")], ignore_index=True)
    t = np.array([[0, 0, 10, 20], [0, 0, 30, 5], [10, 30, 0, 12], [20, 5, 12, 0]], float)
    before = home_care(DEMAND, BASE, T, mode="star")[0]
    after = home_care(DEMAND, two, t, mode="star")[0]
    share = lambda b: b["drive_min_wk"].sum() / (b["drive_min_wk"] + b["care_min_wk"]).sum()  # noqa: E731
    assert share(after) < share(before)
    rng = np.random.default_rng(2)
    for _ in range(20):
        xy = rng.uniform(0, 30, (12, 2))  # 3 bases, 9 cells, then a 4th base
        dem = pd.DataFrame({"clients": 1, "visits_per_week": rng.integers(1, 15, 9) * 1.0,
                            "mean_visit_min": rng.uniform(10, 60, 9),
                            "share_two_staff": rng.uniform(0, 1, 9)})
        new = rng.uniform(0, 30, (1, 2))
        pts = np.r_[xy[:3], new, xy[3:]]
        full = np.hypot(*(pts[:, None, :] - pts[None, :, :]).transpose(2, 0, 1))
        keep = [0, 1, 2] + list(range(4, 13))
        b3 = pd.DataFrame({"base_id": [0, 1, 2], "shift_min": 465.0, "vehicle_cost_per_km": 0})
        b4 = pd.DataFrame({"base_id": [0, 1, 2, 3], "shift_min": 465.0,
                           "vehicle_cost_per_km": 0})
        s3 = share(home_care(dem, b3, full[np.ix_(keep, keep)], mode="star")[0])
        s4 = share(home_care(dem, b4, full, mode="star")[0])
        assert s4 <= s3 + 1e-12


def test_routes_respect_the_shift_and_two_carers_drive_and_care():
    dem = pd.DataFrame({"clients": [3], "visits_per_week": [21.0], "mean_visit_min": [200.0],
                        "share_two_staff": [0.5]})
    t = np.array([[0, 10], [10, 0]], float)
    bases, cells = home_care(dem, BASE, t, mode="route")
    assert cells["tau_min"].iloc[0] == pytest.approx(40 / 3)  # 2 routes a day for 3 visits
    b = bases.iloc[0]
    assert b["drive_min_wk"] == pytest.approx(21 * 1.5 * 40 / 3)
    assert b["care_min_wk"] == pytest.approx(21 * 1.5 * 200)


def test_daily_visits_spread_the_week():
    d = daily_visits(np.array([7.0, 3.0, 10.0, 0.4]))
    assert d.sum(axis=0).tolist() == [7, 3, 10, 0]
    assert d[:, 1].max() == 1


def test_clients_from_age_groups_and_base_comparison():
    ages = pd.DataFrame({"a75_84": [100.0, 10.0], "a85_": [50.0, 0.0]})
    assert clients_from_ages(ages, {"a75_84": 0.1, "a85_": 0.3}).tolist() == [25.0, 1.0]
    before = home_care(DEMAND, BASE, T, mode="star")[0]
    two = pd.concat([BASE, BASE.assign(base_id="B2")], ignore_index=True)
    t = np.array([[0, 0, 10, 20], [0, 0, 30, 5], [10, 30, 0, 12], [20, 5, 12, 0]], float)
    after = home_care(DEMAND, two, t, mode="star")[0]
    diff = compare_bases(before, after)
    assert diff["base_id"].tolist()[:2] == ["B1", "B2"]
    total = diff.iloc[-1]
    assert total["drive_min_wk_before"] == pytest.approx(420)
    assert total["d_drive_min_wk"] == pytest.approx(7 * 20 + 7 * 10 - 420)
    assert total["drive_share_after"] == pytest.approx(210 / 630)


@pytest.mark.parametrize("change, message", [
    (dict(share_two_staff=[0.2, 1.5]), "Home-care demand, row 1: share_two_staff 1.5 is "
                                       "outside 0-1"),
    (dict(visits_per_week=[7.0, -2.0]), "Home-care demand, row 1: visits_per_week is -2.0"),
])
def test_bad_input_is_named(change, message):
    with pytest.raises(ChannelInputError, match=message):
        home_care(DEMAND.assign(**change), BASE, T)
    with pytest.raises(ChannelInputError, match="age group 'a90' is not a column"):
        clients_from_ages(pd.DataFrame({"a75": [1.0]}), {"a90": 0.1})
    with pytest.raises(ChannelInputError, match="share 1.2 is outside 0-1"):
        clients_from_ages(pd.DataFrame({"a75": [1.0]}), {"a75": 1.2})


def test_given_care_areas():
    two = pd.concat([BASE, BASE.assign(base_id="B2")], ignore_index=True)
    t = np.array([[0, 0, 10, 20], [0, 0, 30, 5], [10, 30, 0, 12], [20, 5, 12, 0]], float)
    assign = given_assignment(["B2", None], ["B1", "B2"], t)
    assert assign.tolist() == [1, 1]  # c1 by its area, c2 (no area) to its nearest
    bases, cells = home_care(DEMAND, two, t, mode="star", assignment=assign)
    assert cells["drive_min_oneway"].tolist() == [30, 5]
    assert bases["drive_min_wk"].tolist() == [0, 7 * 60 + 7 * 10]
    with pytest.raises(ChannelInputError, match="row 1: base 'B9' is not a base_id"):
        given_assignment(["B1", "B9"], ["B1", "B2"], t)
