"""Benchmark: the road engine at national scale, stage by stage, at several network sizes.

On the GENERATED network of ``generated_county.py`` (``side`` 600, 1200, 1500: about 0.4,
1.6 and 2.5 million road links; facilities and population points scale with the links,
1,000 and 300,000 at 2.5 M), car mode, the engine on the lines in memory (no layer
reading). Prints one table row per stage and size: seconds and peak RSS so far (MB), and
the machine's load average, since the figures depend on what else runs.

    /usr/bin/python3 bench/bench_national.py [--sides 600,1200,1500] [--per-facility 50]

``--per-facility N`` also traces the per-facility (overlapping) 30/60-minute polygons for
N facilities and gives the time for all of them by proportion, plus the one-time contracted
graph of their searches (0: skip); ``--searches``
times the per-facility 30-minute node searches of every facility; ``--cache DIR`` times
saving the built network to a disk cache and loading it back. ``--read DIR`` reads the
layers as the algorithms do: the county is written to ``DIR/county_SIDE.gpkg`` by
``write_county.py`` (once, not timed), QGIS is started (not timed) and the roads are read
by the plugin's reader (``algorithms.roads.read_lines``: GDAL's Arrow stream, WKB read
at once), the facilities and population points by ``read_points`` /
``read_population``, as the Nearest facility algorithm reads them; the network is then
built from the lines read. Each size runs in a fresh process, so that peak RSS is that
size's own.
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


def layers(side: int, folder: str) -> str:
    """The county of this size as a GeoPackage in ``folder`` (written once)."""
    path = Path(folder) / f"county_{side}.gpkg"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(Path(__file__).with_name("write_county.py")),
                        str(side), str(path)], check=True, capture_output=True)
    return str(path)


def plugin_reader(gpkg: str):
    """Functions reading the layers of ``gpkg`` through the plugin (QGIS started here):
    roads -> LineInput, facilities -> (x, y), population -> (x, y, weights)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from tests.package_link import make_importable

    app = QgsApplication([], False)
    app.initQgis()
    make_importable()
    from palveluverkko.algorithms import roads as plugin_roads
    from palveluverkko.algorithms.common import read_points
    from palveluverkko.algorithms.nearest_facility import NearestFacility
    from palveluverkko.algorithms.parameters import read_network, read_population

    alg = NearestFacility()
    alg.initAlgorithm({})
    params = {"ROADS": f"{gpkg}|layername=roads", "CLASS_FIELD": "highway", "MODE": 0,
              "INPUT": f"{gpkg}|layername=population", "POP_FIELD": "pop",
              "FACILITIES": f"{gpkg}|layername=facilities", "FAC_ID": "fid_"}
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    source = alg.parameterAsSource(params, "ROADS", context)
    crs = source.sourceCrs()

    def roads():
        settings = read_network(alg, params, context)
        whole = plugin_roads.whole_ogr_layer(alg, params, context, crs)
        assert whole is not None, "the roads should be read through GDAL's Arrow stream"
        return plugin_roads.read_lines(source, crs, context, settings, feedback, whole)[0]

    def facilities():
        pts = read_points(alg.parameterAsSource(params, "FACILITIES", context), crs,
                          context, feedback, "facilities", "fid_")
        return np.column_stack([pts.x, pts.y])

    def population():
        pts = read_population(alg, params, context, crs, feedback, "INPUT")
        return pts.x, pts.y, pts.weights

    return app, roads, facilities, population


def run_size(side: int, per_facility: int, searches: bool, cache_dir: str | None,
             read_dir: str | None = None) -> dict:
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
    lines = county.lines
    if read_dir:
        app, roads, facilities, population = plugin_reader(layers(side, read_dir))
        lines = clock("read roads (GDAL Arrow stream, WKB)", roads)
        fac_xy = clock("read facilities (QGIS features)", facilities)
        px, py, _ = clock("read population points (QGIS features)", population)
        assert len(lines.sizes) == len(county.lines.sizes) and np.array_equal(
            fac_xy, county.facilities) and np.array_equal(px, county.population[:, 0])
    net = clock("build network (topology)", build_network, lines)
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
        # once per run (per set of facilities), not per facility: timed apart, so that
        # the proportion below does not multiply it
        clock("contracted graph of the per-facility searches (once)", router._contracted, sub)
        once_dt, once_cpu = rows[-1][1], rows[-1][3]
        dt, c = time.perf_counter(), cpu_s()
        list(builder.per_facility(sub, BANDS))
        dt = (time.perf_counter() - dt) * len(fac) / k
        rows.append((f"per-facility polygons 30/60 min, all (once + {k} timed x"
                     f"{len(fac) / k:.0f})", once_dt + dt, peak_mb(),
                     once_cpu + (cpu_s() - c) * len(fac) / k))
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
    ap.add_argument("--read", default=None, help="folder for the GeoPackages: time reading")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one size, JSON out
    args = ap.parse_args()
    if args.one:
        out = run_size(args.one, args.per_facility, args.searches, args.cache, args.read)
        print("JSON" + json.dumps(out))
        return
    print(f"machine: {machine()}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    results = []
    if args.cache:
        Path(args.cache).mkdir(parents=True, exist_ok=True)
    for side in map(int, args.sides.split(",")):
        cmd = [sys.executable, __file__, "--one", str(side), "--per-facility",
               str(args.per_facility)] + (["--searches"] if args.searches else []) + (
            ["--cache", tempfile.mkdtemp(dir=args.cache)] if args.cache else []) + (
            ["--read", args.read] if args.read else [])
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
        print(f"{'read + build + snap + allocation + nearest catchments':<58} "
              f"{sum(c[0] for c in core):8.2f} {sum(c[1] for c in core):8.2f}")
    if len(results) > 1:
        base = results[0]
        print(f"\nCPU-time ratios to {base['links']:,} links (linear: the links ratio)")
        for res in results[1:]:
            ratio = res["links"] / base["links"]
            cpu0 = {label: cpu for label, _, _, cpu in base["rows"]}
            parts = ", ".join(
                f"{label.split(' (')[0]} {cpu / cpu0[label]:.1f}"
                for label, _, _, cpu in res["rows"] if label in cpu0 and not label.startswith(
                    ("disk", "per-facility", "further", "nearest nodes", "read fac")))
            print(f"{res['links']:,} links (x{ratio:.1f}): {parts}")


if __name__ == "__main__":
    main()
