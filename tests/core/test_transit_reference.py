"""The engine's earliest arrivals against a time-expanded graph built from the raw GTFS
tables (``tests/core/gtfs_reference.py``), on the real Kuopio and Tampere feeds: after
midnight (the previous date's trips past 24:00), across midnight, and with stops where
trips let no one board or alight (set at random on a copy of the feed)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import numpy as np
import pandas as pd
import pytest

from core.transit.gtfs import DAY, connections, read_feed
from core.transit.profiles import profile_to_target, stop_footpaths
from tests.core.gtfs_reference import TimeExpanded, read_tables
from tests.osm_data import SHARED, stop_xy

KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
TAMPERE = SHARED / "tampere" / "tampere_gtfs.zip"
WALK = 5 / 3.6
H = 3600


def restricted_copy(src, dst, seed: int):
    """The feed with pickup_type / drop_off_type set at random on stop_times rows: 10 % no
    boarding, 10 % no alighting, 5 % each by arrangement (2, 3)."""
    rng = np.random.default_rng(seed)
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith("stop_times.txt"):
                st = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
                for col in ("pickup_type", "drop_off_type"):
                    st[col] = rng.choice(["0", "", "1", "2", "3"], len(st),
                                         p=[0.5, 0.3, 0.1, 0.05, 0.05])
                data = st.to_csv(index=False).encode()
            out.writestr(name, data)
    return dst


def walking_links(stops: pd.DataFrame, max_m: float = 400.0) -> dict:
    """stop_id -> {stop_id: seconds}: straight line x 1.3 within ``max_m``, itself at 0 s."""
    xs, ys = stop_xy(stops)
    d = np.hypot(xs[:, None] - xs[None, :], ys[:, None] - ys[None, :]) * 1.3
    ids = stops["stop_id"].to_numpy()
    links: dict = {s: {} for s in ids}
    for i, j in zip(*np.nonzero(d <= max_m)):
        links[ids[i]][ids[j]] = 0.0 if i == j else d[i, j] / WALK
    return links


def compare(path, day: dt.date, lo: int, hi: int, departures: list[int], seed: int,
            n_origins: int = 20, n_targets: int = 5) -> dict:
    """Engine vs reference for origins x departures x targets (stop to stop)."""
    tables = read_tables(path)
    ref = TimeExpanded(tables, day, lo, hi, walking_links(tables["stops.txt"]))
    feed = read_feed(path)
    conn = connections(feed, day, lo, hi)
    xs, ys = stop_xy(feed.stops)
    foot = stop_footpaths(xs, ys, 400, WALK)
    index = {s: i for i, s in enumerate(feed.stops["stop_id"])}
    rng = np.random.default_rng(seed)
    served = sorted(s for s, ts in ref.times.items() if ts[0] <= departures[-1] + 1800)
    origins = rng.choice(served, min(n_origins, len(served)), replace=False)
    queries = [(o, t) for o in origins for t in departures]
    found = dict(zip(queries, ref.earliest(queries)))
    # targets: stops reached by at least a third of the queries
    count = pd.Series([s for r in found.values() for s in r]).value_counts()
    common = sorted(count.index[count >= len(queries) / 3])
    targets = rng.choice(common, min(n_targets, len(common)), replace=False)
    stats = {"triples": 0, "equal": 0, "reached": 0, "many_vehicles": 0}
    for target in targets:
        prof = profile_to_target(conn, foot, {index[target]: 0.0}, len(xs), max_transfers=3)
        for (o, t), res in found.items():
            if o == target:
                continue
            got = prof.arrival(index[o], t)
            want, vehicles = res.get(target, (np.inf, 0))
            stats["triples"] += 1
            stats["reached"] += np.isfinite(want)
            assert got >= want, (o, target, t, got, want)
            if vehicles > 4:  # the engine is bounded to 4 vehicles (3 transfers)
                stats["many_vehicles"] += 1
                continue
            assert got == want, (o, target, t, got, want, vehicles)
            stats["equal"] += 1
    return stats


def test_saturday_after_midnight_rides_fridays_late_trips():
    stats = compare(KUOPIO, dt.date(2016, 11, 5), 0, 3 * H, [300, 1500, 3000], seed=1)
    # Saturday's own trips start later: everything reached is on Friday's trips past 24:00
    assert stats["reached"] >= 100 and stats["equal"] >= 0.95 * stats["triples"]


def test_thursday_night_across_midnight():
    # Thursday 23:30 .. Friday 04:00 departures: Thursday's trips past 24:00, then Friday's
    # first trips (before 06:00)
    stats = compare(KUOPIO, dt.date(2016, 11, 3), 23 * H, DAY + 6 * H,
                    [23 * H + 1800, DAY + 1800, DAY + 4 * H], seed=2)
    assert stats["reached"] >= 100 and stats["equal"] >= 0.95 * stats["triples"]


@pytest.mark.parametrize("path, day, seed", [(KUOPIO, dt.date(2016, 11, 1), 3),
                                             (TAMPERE, dt.date(2022, 1, 11), 4)])
def test_no_boarding_no_alighting_on_a_real_feed(tmp_path, path, day, seed):
    feed = restricted_copy(path, tmp_path / "restricted.zip", seed)
    stats = compare(feed, day, 7 * H + 1800, 9 * H + 1800, [7 * H + 1800, 7 * H + 2700],
                    seed=seed)
    assert stats["reached"] >= 100 and stats["equal"] >= 0.95 * stats["triples"]
