"""The digital channel (spec (c)): the acceptance cases, connectivity rules, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.access.fca import CostTable, fca
from core.channels.digital import (
    channel_shift,
    connectivity,
    connectivity_for,
    physical_demand,
    shifted_summary,
)
from core.channels.mobile import ChannelInputError

AGES = pd.DataFrame({"a15_64": [60.0], "a75_89": [40.0]})
READY = {"a15_64": 0.98, "a75_89": 0.40}


def test_acceptance_1_channel_shift_and_exclusion():
    full = channel_shift(AGES, READY, np.array([1.0]), {"gp": 0.3})
    assert full["sigma_gp"].iloc[0] == pytest.approx(0.2244)
    assert full["dig_excluded"].iloc[0] == pytest.approx(25.2)
    half = channel_shift(AGES, READY, np.array([0.5]), {"gp": 0.3})
    assert half["sigma_gp"].iloc[0] == pytest.approx(0.1122)
    assert physical_demand([100.0], full["sigma_gp"])[0] == pytest.approx(77.56)


def test_acceptance_2_no_shift_reproduces_the_index():
    rng = np.random.default_rng(4)
    ages = pd.DataFrame({"young": rng.uniform(0, 100, 50), "old": rng.uniform(0, 50, 50)})
    pop = ages.sum(axis=1).to_numpy()
    sig = channel_shift(ages, {"young": 0.9, "old": 0.4}, np.zeros(50), {"gp": 0.3})["sigma_gp"]
    assert (sig == 0).all()
    minutes = rng.uniform(0, 40, (50, 6))
    costs = CostTable.from_dense(minutes, 30)
    cap = rng.uniform(1, 5, 6)
    a = fca(pop, cap, costs, "e2sfca")
    b = fca(physical_demand(pop, sig), cap, costs, "e2sfca")
    assert np.array_equal(a.access, b.access) and np.array_equal(a.ratio, b.ratio)
    sig0 = channel_shift(ages, {"young": 0.9, "old": 0.4}, np.ones(50), {"gp": 0.0})["sigma_gp"]
    assert np.array_equal(fca(physical_demand(pop, sig0), cap, costs, "e2sfca").access,
                          a.access)


def test_connectivity_rules_and_missing_cells():
    bb = pd.DataFrame({"grid_id": ["g1", "g2", "g3"], "hh_total": [10, 0, 4],
                       "hh_fixed_100M": [5, 0, 4], "mob_cov": [0.8, 0.3, 0.1]})
    assert connectivity(bb, "fixed").tolist() == [0.5, 0.0, 1.0]
    assert connectivity(bb, "mobile").tolist() == [0.8, 0.3, 0.1]
    assert connectivity(bb, "max").tolist() == [0.8, 0.3, 1.0]
    with pytest.raises(ChannelInputError, match="1 grid cell.* no row, e.g. grid_id 'g9'"):
        connectivity_for(["g1", "g9"], bb)
    b, src = connectivity_for(["g3", "g9"], bb, default=0.7)
    assert b.tolist() == [1.0, 0.7] and src.tolist() == ["grid", "default"]


def test_county_summary():
    s = shifted_summary(np.array([100.0, 50.0]), np.array([0.2, 0.1]), np.array([3.0, np.inf]))
    assert s == {"visits_shifted": 25.0, "trips_avoided": 50.0, "km_avoided": 120.0}


@pytest.mark.parametrize("call, message", [
    (lambda: channel_shift(AGES, {"a15_64": 1.2, "a75_89": 0.4}, np.ones(1), {"gp": 0.3}),
     "Digital readiness, 'a15_64': share 1.2 is outside 0-1"),
    (lambda: channel_shift(AGES, READY, np.ones(1), {"gp": -0.1}),
     "Remote share, 'gp': share -0.1 is outside 0-1"),
    (lambda: connectivity(pd.DataFrame({"hh_total": [3], "hh_fixed_100M": [5],
                                        "mob_cov": [0.2]})),
     "Broadband table, row 0: hh_fixed_100M 5 is more than hh_total 3"),
    (lambda: connectivity(pd.DataFrame({"hh_total": [3], "hh_fixed_100M": [1],
                                        "mob_cov": [1.4]})),
     "Broadband table, row 0: mob_cov 1.4 is outside 0-1"),
    (lambda: connectivity(pd.DataFrame({"hh_total": [-3], "hh_fixed_100M": [1],
                                        "mob_cov": [0.4]})),
     "Broadband table, row 0: hh_total is -3"),
])
def test_bad_input_is_named(call, message):
    with pytest.raises(ChannelInputError, match=message):
        call()
