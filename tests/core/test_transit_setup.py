"""core.transit.setup without QGIS: the one per-facility loop against the profile functions."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from core.roads.search import Cancelled
from core.transit.gtfs import read_feed
from core.transit.profiles import (
    percentiles,
    profile_to_target,
    stop_footpaths,
    straight_access,
    travel_seconds,
)
from core.transit.setup import DETOUR, TransitSettings, build_setup, minutes_at
from tests.osm_data import SHARED, stop_xy

KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def setup():
    feed = read_feed(KUOPIO)
    xs, ys = stop_xy(feed.stops)
    s = TransitSettings(feeds=(str(KUOPIO),), day=date(2016, 11, 1), start=7 * 3600,
                        end=7 * 3600 + 1200, step=300, max_trip=5400.0, walk_mps=5 / 3.6,
                        max_walk=700.0, transfer_walk=350.0, max_transfers=2)
    return build_setup(feed, s, xs, ys), xs, ys


def test_minutes_equal_the_profile_functions(setup):
    st, xs, ys = setup
    used = np.unique(st.conn.dep_stop)
    used = used[np.hypot(xs[used] - np.median(xs[used]), ys[used] - np.median(ys[used])) < 3000]
    rng = np.random.default_rng(4)
    fac, org = rng.choice(used, 3, replace=False), rng.choice(used, 25)
    ox, oy = xs[org] + 80.0, ys[org] - 40.0
    got = st.minutes(xs[fac], ys[fac], st.origins(ox, oy), 70.0)
    assert got.dtype == np.float32 and got.shape == (25, 3)
    foot = stop_footpaths(xs, ys, 350.0, 5 / 3.6, DETOUR)
    access = straight_access(ox, oy, xs, ys, 700.0, 5 / 3.6, DETOUR)
    deps = np.arange(7 * 3600, 7 * 3600 + 1201, 300, dtype=float)
    for j, s in enumerate(fac):
        eg = straight_access(xs[s:s + 1], ys[s:s + 1], xs, ys, 700.0, 5 / 3.6, DETOUR)
        prof = profile_to_target(st.conn, foot, dict(zip(eg.stop.tolist(),
                                                         eg.seconds.tolist())), len(xs), 2)
        walk = np.hypot(ox - xs[s], oy - ys[s]) * DETOUR / (5 / 3.6)
        secs = travel_seconds(prof, access, deps, np.where(walk * 5 / 3.6 <= 700, walk, np.inf))
        secs[secs > 5400] = np.inf
        want = (percentiles(secs, [70])[:, 0] / 60).astype(np.float32)
        assert np.array_equal(got[:, j], want)
    assert np.isfinite(got).sum() > 20
    assert np.array_equal(minutes_at(secs, [10, 90]), percentiles(secs, [10, 90]) / 60)


def test_minutes_in_blocks_of_facilities_hold_little_and_give_the_same(setup, monkeypatch):
    """Memory bounded whatever the number of facilities: a small ``block_mb`` searches
    them a few at a time (never more results held than the block allows), chunks of
    origins stay under ``max_out`` arrivals, and the minutes are the same to the bit."""
    import core.transit.setup as setup_module
    from core.transit.vectorised import arrivals_from_reach

    st, xs, ys = setup
    used = np.unique(st.conn.dep_stop)
    rng = np.random.default_rng(5)
    fac, org = rng.choice(used, 7, replace=False), rng.choice(used, 300)
    origins = st.origins(xs[org] + rng.normal(0, 150, 300), ys[org] + rng.normal(0, 150, 300))
    whole = st.minutes(xs[fac], ys[fac], origins, 50.0)
    held, chunks = [], []

    def spy(table, reaches, access, deps, **kw):
        held.append(reaches.shape[0])
        for lo, hi, arr in arrivals_from_reach(table, reaches, access, deps, max_out=1_000):
            chunks.append(arr.size)
            yield lo, hi, arr

    monkeypatch.setattr(setup_module, "arrivals_from_reach", spy)
    entry_mb = 8 * len(st.timetable.entry_keys) / 2 ** 20
    seen: list[float] = []
    blocks = st.minutes(xs[fac], ys[fac], origins, 50.0, lambda f: seen.append(f) or True,
                        block_mb=2.5 * entry_mb)
    assert held == [2, 2, 2, 1]  # 2.5 facilities' results fit: blocks of 2
    assert max(chunks) <= 1_000 and len(chunks) == 3 + 3 + 3 + 2  # 100 or 200 origins a chunk
    np.testing.assert_array_equal(blocks, whole)
    assert np.isfinite(whole).sum() > 300 and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        st.minutes(xs[fac], ys[fac], origins, 50.0, lambda f: f < 0.5, block_mb=entry_mb)


def test_each_facility_reports_progress_and_stops_when_cancelled(setup):
    st, xs, ys = setup
    seen = []
    origins = st.origins(xs[:5], ys[:5])
    reaches = list(st.each_facility(xs[:3], ys[:3], origins, lambda f: seen.append(f) or True))
    assert [r.facility for r in reaches] == [0, 1, 2] and seen == [0.0, 1 / 3, 2 / 3, 1.0]
    assert reaches[0].seconds.shape == (5, len(st.departures))
    with pytest.raises(Cancelled):
        list(st.each_facility(xs[:3], ys[:3], origins, lambda f: f < 0.5))


def test_detour_factor_is_written_in_one_place():
    hits = [p for p in (ROOT / "algorithms").glob("*.py")
            if re.search(r"DETOUR\s*=|\b1\.3\b", p.read_text(encoding="utf-8"))]
    assert not hits, hits
