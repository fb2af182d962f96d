"""Allocation summaries: band of each time (edges inclusive) and population per facility."""

from __future__ import annotations

import numpy as np
import pytest

from core.scenario.bands import band_label, band_of, facility_summary


def test_band_edges_belong_to_the_band_below():
    minutes = [0, 4.99, 5, 5.01, 10, 15, 15.01, np.inf, np.nan]
    got = band_of(np.array(minutes), [5, 10, 15])
    assert got[:6].tolist() == [5, 5, 5, 10, 10, 15]
    assert np.isnan(got[6:]).all()


def test_facility_summary_by_hand():
    facility = np.array([0, 0, 1, -1, 1, 0])
    minutes = np.array([5.0, 10.0, 2.0, np.inf, 10.5, 12.0])
    weight = np.array([100.0, 50.0, 20.0, 7.0, 30.0, 0.0])
    out = facility_summary(facility, minutes, weight, 3, [5, 10])
    assert out.index.tolist() == [0, 1, 2] and out.index.name == "facility"
    assert out["cells"].tolist() == [3, 2, 0]
    assert out["population"].tolist() == [150, 50, 0]
    assert out["pop_le_5"].tolist() == [100, 20, 0]  # 5.0 is within 5
    assert out["pop_le_10"].tolist() == [150, 20, 0]  # 10.0 within 10, 10.5 not
    assert out["mean_min"][0] == pytest.approx((500 + 500) / 150)
    assert out["mean_min"][1] == pytest.approx((40 + 315) / 50)
    assert np.isnan(out["mean_min"][2])


def test_fractional_band_labels():
    assert [band_label(b) for b in (10, 10.0, 7.5)] == ["10", "10", "7_5"]
    out = facility_summary(np.array([0]), np.array([7.5]), np.array([3.0]), 1, [7.5])
    assert out["pop_le_7_5"].tolist() == [3]


def test_mean_of_a_facility_serving_less_than_one_person():
    out = facility_summary(np.array([0, 1]), np.array([4.0, 6.0]), np.array([0.4, 0.0]), 2, [5])
    assert out["mean_min"][0] == pytest.approx(4.0)
    assert np.isnan(out["mean_min"][1])  # nobody: no mean
