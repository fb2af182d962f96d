"""Best channel per cell and how much of a closure the mobile and digital channels make up."""

from __future__ import annotations

import numpy as np
import pytest

from core.channels.mobile import ChannelInputError
from core.channels.multichannel import best_channel, closure_compensation


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
