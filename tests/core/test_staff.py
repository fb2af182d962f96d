"""Staff commutes before and after a merger: hand-computed cases and bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.plan.staff import StaffError, commute_effect, receiving_sites

# home areas h1, h2 x sites A, B, C (minutes)
MINUTES = np.array([[10.0, 40.0, 25.0],
                    [30.0, 15.0, np.inf]])
AREAS, SITES = ["h1", "h2"], ["A", "B", "C"]


def staff_table():
    return pd.DataFrame({"area_id": ["h1", "h2", "h1", "h2"], "site_id": ["A", "A", "B", "C"],
                         "profession": ["nurse"] * 4, "staff": [6, 4, 3, 2]})


def test_merger_commutes_and_count_over_limit():
    eff = commute_effect(staff_table(), MINUTES, AREAS, SITES, {"A": "B"}, limit=30)
    a = eff.sites.set_index("site_id").loc["A"]
    # before: 6 x 10 + 4 x 30 = 180 / 10 = 18 min; after at B: 6 x 40 + 4 x 15 = 300 / 10
    assert a["mean_min_before"] == pytest.approx(18.0)
    assert a["mean_min_after"] == pytest.approx(30.0)
    assert a["over_before"] == 0 and a["over_after"] == 6  # h1's six now commute 40 min
    b = eff.sites.set_index("site_id").loc["B"]
    assert b["mean_min_before"] == b["mean_min_after"] == pytest.approx(40.0)
    c = eff.sites.set_index("site_id").loc["C"]
    assert c["over_before"] == 2 and np.isnan(c["mean_min_before"])  # unreachable home area
    assert eff.areas["over_after"].sum() == 6 + 3 + 2


def test_receiving_site_is_the_one_taking_most_clients():
    flows = pd.DataFrame({"from_site": ["A", "A", "A", "B"], "to_site": ["B", "C", "A", "B"],
                          "population": [300.0, 500.0, 0.0, 900.0]})
    assert receiving_sites(flows, ["A"]) == {"A": "C"}
    with pytest.raises(StaffError, match="no clients of closed sites \\['B'\\]"):
        receiving_sites(flows, ["B"])


@pytest.mark.parametrize("change, moves, message", [
    (dict(area_id=["h9", "h2", "h1", "h2"]), {}, "row 1: home area 'h9' is unknown"),
    (dict(staff=[6, -1, 3, 2]), {}, "row 2: staff -1 is not a count"),
    ({}, {"A": "Z"}, "move to 'Z', which is not a site"),
    ({}, {"A": "B", "B": "C"}, "move to 'B', which closes too"),
])
def test_bad_input(change, moves, message):
    with pytest.raises(StaffError, match=message):
        commute_effect(staff_table().assign(**change), MINUTES, AREAS, SITES, moves, 30)
