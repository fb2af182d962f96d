"""Benchmark: public transport at national scale, the numpy profile search against the
per-connection Python scan, on a GENERATED feed (the large real feeds cannot be had here).

The feed: one city region, 8,000 stops (70 % around the centre, sigma 6 km, the rest over
a 60 x 60 km square), ``--routes`` bus lines between random stops with a stop every ~500 m
(the nearest stop to each point), both directions, 05:00-24:00, every 8 minutes at the
peaks (07-09, 15-18) and every 15 minutes otherwise, 20 km/h between stops; written as a
GTFS zip and read with ``gtfs.read_feed``. Departures 07:00-09:00 every minute (121),
walks 5 km/h up to 800 m, transfers up to 400 m (straight line x 1.3), 3 transfers at
most, trips up to 90 minutes, the median over the departures.

Prints reading, the new search (every facility's median, and the median time to the
nearest facility, which is one search with all facilities as targets), the old scan
measured on a few facilities and origins and extrapolated (said so), the old/new ratios
from this one run, and peak memory.

    .venv-core/bin/python bench/bench_transit_national.py --origins 100000 --facilities 100
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.transit import profiles as ref  # noqa: E402
from core.transit.gtfs import read_feed  # noqa: E402
from core.transit.setup import TransitSettings, build_setup  # noqa: E402
from core.transit.vectorised import arrivals as new_arrivals  # noqa: E402

DAY = date(2026, 9, 1)  # a Tuesday
WALK = 5 / 3.6


def generate_feed(path: Path, n_routes: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Write the generated GTFS zip; returns the stops' x, y in metres."""
    rng = np.random.default_rng(seed)
    n_city = 5600
    xy = np.r_[rng.normal(0, 6000, (n_city, 2)), rng.uniform(-30000, 30000, (2400, 2))]
    tree = cKDTree(xy)
    st_rows: list[pd.DataFrame] = []
    trips, routes = [], []
    for r in range(n_routes):
        a, b = xy[rng.choice(len(xy), 2, replace=False)]
        n = max(2, int(np.hypot(*(b - a)) // 500))
        pts = a + (b - a) * np.linspace(0, 1, n)[:, None]
        stops = tree.query(pts)[1]
        stops = stops[np.r_[True, stops[1:] != stops[:-1]]]
        if len(stops) < 2:
            continue
        routes.append(f"R{r}")
        for d, seq in enumerate((stops, stops[::-1])):
            hop = np.hypot(*(xy[seq[1:]] - xy[seq[:-1]]).T) / (20 / 3.6)
            offs = np.r_[0, np.cumsum(np.round(hop / 30) * 30 + 20)].astype(np.int64)
            t, k = 5 * 3600 + int(rng.integers(0, 600)), 0
            while t < 24 * 3600:
                tid = f"R{r}_{d}_{k}"
                trips.append((f"R{r}", "WK", tid))
                st_rows.append(pd.DataFrame({"trip_id": tid, "t": t + offs,
                                             "stop_id": seq, "stop_sequence": np.arange(len(seq))}))
                peak = 7 * 3600 <= t < 9 * 3600 or 15 * 3600 <= t < 18 * 3600
                t += 480 if peak else 900
                k += 1
    st = pd.concat(st_rows, ignore_index=True)
    t = st["t"].to_numpy()
    hms = pd.Series(t // 3600).astype(str).str.zfill(2) + ":" + pd.Series(
        t // 60 % 60).astype(str).str.zfill(2) + ":" + pd.Series(t % 60).astype(str).str.zfill(2)
    st = pd.DataFrame({"trip_id": st["trip_id"], "arrival_time": hms, "departure_time": hms,
                       "stop_id": st["stop_id"], "stop_sequence": st["stop_sequence"]})
    lon = 25.0 + xy[:, 0] / 111_320 / np.cos(np.radians(61.5))
    lat = 61.5 + xy[:, 1] / 110_574
    tables = {
        "stops.txt": pd.DataFrame({"stop_id": np.arange(len(xy)), "stop_name": "s",
                                   "stop_lat": lat, "stop_lon": lon}),
        "routes.txt": pd.DataFrame({"route_id": routes, "route_type": 3}),
        "trips.txt": pd.DataFrame(trips, columns=["route_id", "service_id", "trip_id"]),
        "stop_times.txt": st,
        "calendar.txt": pd.DataFrame([{"service_id": "WK", "monday": 1, "tuesday": 1,
                                       "wednesday": 1, "thursday": 1, "friday": 1,
                                       "saturday": 0, "sunday": 0, "start_date": 20260101,
                                       "end_date": 20261231}]),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, df in tables.items():
            buf = io.StringIO()
            df.to_csv(buf, index=False)
            z.writestr(name, buf.getvalue())
    return xy[:, 0], xy[:, 1]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--routes", type=int, default=200)
    ap.add_argument("--origins", type=int, default=100_000)
    ap.add_argument("--facilities", type=int, default=100)
    ap.add_argument("--old-facilities", type=int, default=2)
    ap.add_argument("--old-origins", type=int, default=10_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated_gtfs.zip"
        g0 = time.perf_counter()
        xs, ys = generate_feed(path, a.routes)
        g1 = time.perf_counter()
        feed = read_feed(path)
    s = TransitSettings(feeds=(str(path),), day=DAY, start=7 * 3600, end=9 * 3600, step=60,
                        max_trip=5400.0, walk_mps=WALK, max_walk=800.0, transfer_walk=400.0,
                        max_transfers=3)
    setup = build_setup(feed, s, xs, ys)
    g2 = time.perf_counter()
    print(f"generated feed: {len(feed.stops)} stops, {len(feed.trips)} trips, "
          f"{len(setup.day_conn):,} connections on {DAY} (the day), {len(setup.conn):,} "
          f"from 07:00 to 10:30; generation {g1 - g0:.1f} s, reading + connections + "
          f"footpaths {g2 - g1:.1f} s")
    rng = np.random.default_rng(1)
    used = np.unique(setup.conn["dep_stop"])
    base = rng.choice(used, a.origins)
    ox, oy = xs[base] + rng.normal(0, 300, a.origins), ys[base] + rng.normal(0, 300, a.origins)
    f = rng.choice(used, a.facilities, replace=False)
    fx, fy = xs[f] + rng.normal(0, 100, a.facilities), ys[f] + rng.normal(0, 100, a.facilities)
    t0 = time.perf_counter()
    origins = setup.origins(ox, oy)
    t1 = time.perf_counter()
    _ = setup.timetable
    t2 = time.perf_counter()
    minutes = setup.minutes(fx, fy, origins, 50.0)
    t3 = time.perf_counter()
    nearest = ref.percentiles(setup.nearest_seconds(fx, fy, origins), [50])[:, 0] / 60
    t4 = time.perf_counter()
    n_pairs = len(origins.access.origin)
    print(f"{a.origins:,} origins ({n_pairs:,} origin-stop walks, {t1 - t0:.1f} s), "
          f"{a.facilities} facilities, {len(setup.departures)} departures")
    print(f"new: timetable positions {t2 - t1:.1f} s (once); every facility's median "
          f"(origins x {a.facilities}) {t3 - t2:.1f} s; median time to the nearest of "
          f"{a.facilities} (per departure, one search) {t4 - t3:.1f} s; "
          f"{np.isfinite(nearest).mean():.1%} of origins reach one, "
          f"{np.isfinite(minutes).mean():.1%} of origin-facility pairs")
    # the old per-connection scan and lookups, measured on a few facilities and origins
    few = slice(0, min(a.old_origins, a.origins))
    sub = ref.Access(*(x[origins.access.origin < few.stop] for x in (
        origins.access.origin, origins.access.stop, origins.access.seconds)), few.stop)
    scan = look = new_scan = new_look = 0.0
    for j in range(a.old_facilities):
        o0 = time.perf_counter()
        prof = setup.reference_profile_to(fx[j], fy[j])
        o1 = time.perf_counter()
        old = ref.arrivals(prof, sub, setup.departures)
        o2 = time.perf_counter()
        new_prof = setup.profile_to(fx[j], fy[j])
        o3 = time.perf_counter()
        got = new_arrivals(new_prof, sub, setup.departures)
        o4 = time.perf_counter()
        assert np.array_equal(old, got), "old and new differ"
        scan, look, new_scan, new_look = (scan + o1 - o0, look + o2 - o1, new_scan + o3 - o2,
                                          new_look + o4 - o3)
    k = a.old_facilities
    per_scan, per_look = scan / k, look / k * 10_000 / few.stop
    old_all = a.facilities * (per_scan + per_look * a.origins / 10_000)
    print(f"old (measured on {k} facilities x {few.stop:,} origins, identical arrivals "
          f"checked): profile scan {per_scan:.2f} s per facility, lookups {per_look:.2f} s "
          f"per 10,000 origins; EXTRAPOLATED to {a.facilities} x {a.origins:,}: "
          f"{old_all:.0f} s")
    print(f"new single-facility path on the same: profile {new_scan / k:.2f} s, lookups "
          f"{new_look / k * 10_000 / few.stop:.2f} s per 10,000 origins")
    print(f"ratio old/new, this run: profile scan {per_scan / (new_scan / k):.1f}x, "
          f"all {a.facilities} facilities x {a.origins:,} origins "
          f"{old_all / (t3 - t1):.1f}x, the nearest {old_all / (t4 - t3 + t2 - t1):.0f}x")
    print(f"peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
