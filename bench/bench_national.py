"""Benchmark: the road engine at national scale, stage by stage, at several network sizes.

On the GENERATED network of ``generated_county.py`` (``side`` 600, 1200, 1500: about 0.4,
1.6 and 2.5 million road links; facilities and population points scale with the links,
1,000 and 300,000 at 2.5 M), car mode, the engine on the lines in memory (no layer
reading). Prints one table row per stage and size: seconds and peak RSS so far (MB), and
the machine's load average, since the figures depend on what else runs.

    /usr/bin/python3 bench/bench_national.py [--sides 600,1200,1500] [--per-facility 50]

``--per-facility N`` also traces the per-facility (overlapping) 30/60-minute polygons for
N facilities and gives the time for all of them by proportion (0: skip); ``--searches``
times the per-facility 30-minute node searches of every facility; ``--cache DIR`` times
saving the built network to a disk cache and loading it back. Each size runs in a fresh
process, so that peak RSS is that size's own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BANDS = [30, 60]
FULL_SIDE = 1500  # 2.5 M links: 1,000 facilities, 300,000 points


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds of this process (all its threads): on a shared machine they move far
    less with the load than wall time does."""
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def run_size(side: int, per_facility: int, searches: bool, cache_dir: str | None) -> dict:
    """Every stage at one size, in this process; returns the rows."""
    from bench.generated_county import generate
    from core.roads.isochrones import CatchmentBuilder
    from core.roads.modes import make_profile
    from core.roads.network import build_network
    from core.roads.search import Router

    scale = (side / FULL_SIDE) ** 2
    n_fac, n_pop = max(10, round(1000 * scale)), max(1000, round(300_000 * scale))
    county = generate(side=side, n_facilities=n_fac, n_population=n_pop)
    rows: list[tuple[str, float, float, float]] = []

    def clock(label, func, *args, **kwargs):
        t, c = time.perf_counter(), cpu_s()
        out = func(*args, **kwargs)
        rows.append((label, time.perf_counter() - t, peak_mb(), cpu_s() - c))
        return out

    load0 = os.getloadavg()[0]
    net = clock("build network (topology)", build_network, county.lines)
    router = clock("car graph (CSR, components)", Router, net, make_profile("car", "osm"),
                   access_speed=None)
    fac = clock("snap facilities", router.snap, county.facilities[:, 0],
                county.facilities[:, 1])
    pts = clock("snap population points", router.snap, county.population[:, 0],
                county.population[:, 1])
    clock("nearest-facility allocation", router.nearest, fac, pts)
    base = clock("nearest nodes kept for closures (the same search)", router.nearest_nodes, fac)
    clock("further closure scenario: close 1 facility", router.nearest_closing, fac, pts, [0],
          base)
    clock("further closure scenario: close 10 facilities", router.nearest_closing, fac, pts,
          np.arange(0, len(fac), len(fac) // 10)[:10], base)
    builder = clock("catchment grid (100 m, built once)", CatchmentBuilder, router, 100.0)
    clock("nearest-facility catchments 30/60 min",
          lambda: list(builder.nearest_facility(fac, BANDS)))
    if cache_dir:
        from core.cache import NetworkDiskCache

        disk = NetworkDiskCache(cache_dir)
        key = {"bench": side}
        clock("disk cache: save the built network", disk.save, key, net)
        clock("disk cache: load it back", disk.load, key)
    if searches:
        clock(f"{n_fac} per-facility searches, 30 min", lambda: sum(
            1 for _ in router.node_times(fac, 1800)))
    if per_facility:
        k = min(per_facility, len(fac))
        sub = fac.subset(np.arange(k))
        dt, c = time.perf_counter(), cpu_s()
        list(builder.per_facility(sub, BANDS))
        dt = (time.perf_counter() - dt) * len(fac) / k
        rows.append((f"per-facility polygons 30/60 min (from {k}, x{len(fac) / k:.0f})", dt,
                     peak_mb(), (cpu_s() - c) * len(fac) / k))
    return {"side": side, "links": len(county.lines.sizes), "facilities": n_fac,
            "points": n_pop, "rows": rows, "load": [load0, os.getloadavg()[0]]}


def machine() -> str:
    model = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(line.split()[1]) for line in open("/proc/meminfo")
                   if line.startswith("MemTotal")) / 1024 ** 2
    except OSError:
        mem = float("nan")
    return f"{os.cpu_count()} cores, {mem:.0f} GB RAM, {model}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sides", default="600,1200,1500")
    ap.add_argument("--per-facility", type=int, default=0)
    ap.add_argument("--searches", action="store_true")
    ap.add_argument("--cache", default=None, help="folder for a disk-cache timing")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one size, JSON out
    args = ap.parse_args()
    if args.one:
        out = run_size(args.one, args.per_facility, args.searches, args.cache)
        print("JSON" + json.dumps(out))
        return
    print(f"machine: {machine()}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    results = []
    for side in map(int, args.sides.split(",")):
        cmd = [sys.executable, __file__, "--one", str(side), "--per-facility",
               str(args.per_facility)] + (["--searches"] if args.searches else []) + (
            ["--cache", tempfile.mkdtemp(dir=args.cache)] if args.cache else [])
        text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        res = json.loads(text.split("JSON", 1)[1])
        results.append(res)
        print(f"\n{res['links']:,} links, {res['facilities']} facilities, {res['points']:,} "
              f"points (load average {res['load'][0]:.1f} -> {res['load'][1]:.1f})")
        print(f"{'stage':<58} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
        for label, dt, mb, cpu in res["rows"]:
            print(f"{label:<58} {dt:8.2f} {cpu:8.2f} {mb:8.0f}")
        core = [(dt, cpu) for label, dt, _, cpu in res["rows"] if not label.startswith(
            ("disk", "per-facility", f"{res['facilities']} per", "further", "nearest nodes"))]
        print(f"{'build + snap + allocation + nearest catchments':<58} "
              f"{sum(c[0] for c in core):8.2f} {sum(c[1] for c in core):8.2f}")
    if len(results) > 1:
        base = results[0]
        print(f"\nCPU-time ratios to {base['links']:,} links (linear: the links ratio)")
        for res in results[1:]:
            ratio = res["links"] / base["links"]
            parts = ", ".join(
                f"{label.split(' (')[0]} {cpu / b:.1f}" for (label, _, _, cpu), (_, _, _, b)
                in zip(res["rows"][:5], base["rows"][:5]))
            print(f"{res['links']:,} links (x{ratio:.1f}): {parts}")


if __name__ == "__main__":
    main()
