"""Best channel per cell and how much of a closure the mobile and digital channels make up."""

from __future__ import annotations

import numpy as np
import pytest

from core.channels.mobile import ChannelInputError
from core.channels.multichannel import (
    best_channel,
    by_area,
    channel_demand,
    closure_compensation,
    residual_share,
)


def test_best_channel_order():
    got = best_channel([5, 30, 30, 30, np.nan], [np.nan, 10, 40, 40, np.nan],
                       [0.2, 0.2, 0.1, 0.0, 0.0], 15, 15)
    assert got.tolist() == ["fixed", "mobile", "digital", "none", "none"]


def test_closure_compensation_by_hand():
    pop = [100, 200, 300, 400, 50]
    before = [10, 10, 10, 10, 40]
    after = [30, 30, 30, 12, 40]  # cells 0-2 lose their site within 15 min
    mobile = [5, np.nan, np.nan, np.nan, 3]  # cell 0 is near the bus
    sigma = [0.2, 0.25, 0.0, 0.2, 0.1]
    cells, summary = closure_compensation(pop, before, after, mobile, sigma, 15, 15)
    assert cells["lost_fixed"].tolist() == [1, 1, 1, 0, 0]
    assert cells["comp_mobile"].tolist() == [1, 0, 0, 0, 0]
    assert cells["comp_remote"].tolist() == [0, 0.25, 0, 0, 0]
    assert cells["best_after"].tolist() == ["mobile", "digital", "none", "fixed", "mobile"]
    fig = dict(zip(summary["figure"], summary["persons"]))
    assert fig["population losing the fixed site"] == 600
    assert fig["of whom near a mobile stop"] == 100
    assert fig["of the rest, demand that can go remote"] == 50
    assert fig["left uncompensated"] == 450
    assert summary["share_of_lost"].iloc[3] == pytest.approx(0.75)
    assert fig["best channel before: fixed"] == 1000 and fig["best channel after: none"] == 300
    with pytest.raises(ChannelInputError, match="row 1: remote share sigma 1.5 is outside"):
        closure_compensation(pop, before, after, mobile, [0, 1.5, 0, 0, 0])


# ---------------------------------------------------------------------- one scenario
def hand_case():
    """Five cells in two municipalities; cells 0-2 lose their site within 15 min."""
    pop = [100, 200, 300, 400, 50]
    cells, _ = closure_compensation(pop, [10, 10, 10, 10, 40], [30, 30, 30, 12, 40],
                                    [5, np.nan, np.nan, np.nan, 3], [0.2, 0.25, 0, 0.2, 0.1],
                                    15, 15)
    return pop, cells, ["A", "B", "B", "A", "B"]


def test_by_area_splits_the_compensation_by_municipality():
    pop, cells, area = hand_case()
    t = by_area(pop, cells, area).set_index("area")
    assert t.index.tolist() == ["A", "B", "all areas"]
    # A: cell 0 (100) loses its site and is next to the bus: all compensated
    assert t.loc["A", ["lost", "mobile", "remote", "left"]].tolist() == [100, 100, 0, 0]
    assert t.loc["A", "mobile_share"] == 1
    # B: cells 1 (200, sigma 0.25) and 2 (300, no remote) lose theirs: 50 remote, 450 left
    assert t.loc["B", ["lost", "mobile", "remote", "left"]].tolist() == [500, 0, 50, 450]
    assert t.loc["B", "left_share"] == pytest.approx(0.9)
    assert t.loc["all areas", ["lost", "mobile", "remote", "left"]].tolist() == [600, 100, 50,
                                                                                 450]
    assert t.loc["all areas", "remote_share"] == pytest.approx(50 / 600)


def test_by_area_without_areas_and_without_loss():
    pop = [10, 20]
    cells, _ = closure_compensation(pop, [5, 5], [5, 5])
    (row,) = by_area(pop, cells).to_dict("records")
    assert row["area"] == "all areas" and row["lost"] == 0 and np.isnan(row["left_share"])


def test_mobile_stop_beats_the_remote_share_and_limits_are_inclusive():
    """A cell that loses its site but has a stop exactly at the limit counts wholly as made
    up by the stop, even if remote care is possible there too."""
    cells, summary = closure_compensation([80], [10], [20], [15.0], [0.5], 15, 15)
    assert cells[["lost_fixed", "comp_mobile", "comp_remote"]].iloc[0].tolist() == [1, 1, 0]
    assert cells["best_after"].iloc[0] == "mobile"
    cells, _ = closure_compensation([80], [10], [20], [15.01], [0.5], 15, 15)
    assert cells[["comp_mobile", "comp_remote"]].iloc[0].tolist() == [0, 0.5]
    assert cells["best_after"].iloc[0] == "digital"


def test_channel_demand_and_the_set_cover_share_by_hand():
    w = np.array([100.0, 200.0, 300.0, 400.0])
    left = channel_demand(w, [5, 20, np.nan, 30], [0.5, 0.25, 0.0, 0.1], 15)
    assert left.tolist() == [0, 150, 300, 360]  # cell 0 served by the bus
    assert channel_demand(w).tolist() == w.tolist()
    # 95 % of 1000 = 950 covered; the channels serve 190, so 760 of the 810 left: 0.938...
    assert residual_share(0.95, w, left) == pytest.approx(760 / 810)
    assert residual_share(0.1, w, left) == 0.0  # the channels alone serve 19 %
    assert residual_share(0.95, w, np.zeros(4)) == 0.0


def test_optimiser_with_channels_moves_the_site_to_the_unserved_cells():
    """Two candidate sites, three cells; the bus serves the big cell near site 0, so the
    one site kept should be site 1 (by p-median and by maximal coverage)."""
    from core.optimise.locate import coverage_exact, pmedian_exact

    minutes = np.array([[2.0, 30.0], [25.0, 3.0], [28.0, 4.0]])
    w = np.array([1000.0, 300.0, 300.0])
    assert pmedian_exact(minutes, w, 1).sites.tolist() == [0]
    left = channel_demand(w, [1.0, np.nan, np.nan], None, 10)
    assert pmedian_exact(minutes, left, 1).sites.tolist() == [1]
    assert coverage_exact(minutes, left, 1, 10).sites.tolist() == [1]
    assert coverage_exact(minutes, left, 1, 10).objective == pytest.approx(600)
