"""Benchmark: transit travel times on the Kuopio GTFS feed (real timetable).

10,000 origin points (random, GENERATED, over the area served by the stops) and 20
facilities (random stops' positions), departures 07:00-09:00 every minute, walking
5 km/h up to 800 m (straight line x 1.3), transfers up to 400 m, at most 3 transfers.
Reports reading, profile scans, the per-origin lookups, the nearest-facility and
every-facility medians, wall time, peak memory and time per origin-minute.

    /usr/bin/python3 bench/bench_transit.py
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.transit.gtfs import connections, read_feed  # noqa: E402
from core.transit.profiles import (  # noqa: E402
    percentiles,
    profile_to_target,
    share_within,
    stop_footpaths,
    straight_access,
    travel_seconds,
)
from tests.osm_data import SHARED, stop_xy  # noqa: E402

WALK = 5 / 3.6


def main() -> None:
    t0 = time.perf_counter()
    feed = read_feed(SHARED / "kuopio" / "gtfs_kuopio_finland.zip")
    c0 = time.perf_counter()
    conn = connections(feed, date(2016, 11, 1), 7 * 3600, 11 * 3600)
    c1 = time.perf_counter()
    day_conn = connections(feed, date(2016, 11, 1))  # 00:00-24:00, as the service counts
    c2 = time.perf_counter()
    xy = np.column_stack(stop_xy(feed.stops))
    foot = stop_footpaths(xy[:, 0], xy[:, 1], 400, WALK)
    t1 = time.perf_counter()
    rng = np.random.default_rng(0)
    used = np.unique(np.r_[conn.dep_stop, conn.arr_stop])
    base = xy[rng.choice(used, 10_000)]
    origins = base + rng.normal(0, 300, base.shape)
    facilities = xy[rng.choice(used, 20, replace=False)] + rng.normal(0, 100, (20, 2))
    access = straight_access(origins[:, 0], origins[:, 1], xy[:, 0], xy[:, 1], 800, WALK)
    departures = np.arange(7 * 3600, 9 * 3600 + 1, 60, dtype=float)
    times = np.empty((20, len(origins), len(departures)), dtype=np.float32)
    scan = lookup = 0.0
    for f, (fx, fy) in enumerate(facilities):
        egress_acc = straight_access(np.array([fx]), np.array([fy]), xy[:, 0], xy[:, 1], 800,
                                     WALK)
        egress = dict(zip(egress_acc.stop.tolist(), egress_acc.seconds.tolist()))
        s0 = time.perf_counter()
        profile = profile_to_target(conn, foot, egress, len(xy), max_transfers=3)
        s1 = time.perf_counter()
        direct = np.hypot(origins[:, 0] - fx, origins[:, 1] - fy) * 1.3 / WALK
        times[f] = travel_seconds(profile, access, departures,
                                  np.where(direct <= 800 * 1.3 / WALK, direct, np.inf))
        lookup += time.perf_counter() - s1
        scan += s1 - s0
    t2 = time.perf_counter()
    nearest = times.min(axis=0)
    p50_nearest = percentiles(nearest, [50])[:, 0]
    p50_each = percentiles(times, [50])[..., 0]
    within30 = share_within(nearest, 1800)
    t3 = time.perf_counter()
    print(f"Kuopio feed: {len(conn)} connections 07:00-11:00 on 2016-11-01, "
          f"{len(feed.stops)} stops; {len(origins)} origins x {len(departures)} departures "
          f"x 20 facilities")
    print(f"read feed + connections + footpaths {t1 - t0:.2f} s (connections 07:00-11:00 "
          f"{(c1 - c0) * 1000:.0f} ms; the whole day, {len(day_conn)} connections, "
          f"{(c2 - c1) * 1000:.0f} ms)")
    print(f"20 profile scans {scan:.2f} s; lookups for all origins and minutes {lookup:.2f} s")
    print(f"nearest-facility and per-facility medians {t3 - t2:.2f} s")
    total = t3 - t0
    print(f"total wall time {total:.2f} s; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"{total / (len(origins) * len(departures)) * 1e6:.1f} us per origin-minute")
    reach = np.isfinite(p50_nearest)
    print(f"origins reaching a facility at the median departure: {reach.mean():.1%}; median "
          f"of their p50 time {np.median(p50_nearest[reach]) / 60:.1f} min; every-facility "
          f"p50 matrix {p50_each.shape}; mean share of departures within 30 min "
          f"{within30.mean():.1%}")


if __name__ == "__main__":
    main()
