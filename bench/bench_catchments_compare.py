"""Benchmark: catchment polygons of this checkout against another revision's, in one run.

On the GENERATED county of ``generated_county.py`` (car, 100 facilities, 100 m grid,
bands 10,20,30 min, as ``bench_catchments.py``), the catchment grid and the per-facility
polygons are built by this checkout's ``core.roads.isochrones`` and by the one of
``--base`` (read with ``git show``; network and searches are this checkout's), in turns,
``--rounds`` times. Prints each time (wall clock and the process's CPU time) and the
ratios of the medians.

    /usr/bin/python3 bench/bench_catchments_compare.py --base 057c7bb [--facilities 100]

Latest (2 December 2026, 03:40 UTC, 2 cores, idle machine, 3 rounds): CPU 6.93 s base,
7.35 s this (ratio 1.06, target 1.20); wall 6.93 s -> 5.02 s (0.72); fields as the exact
field first merged on 20 facilities (signs, the values at 889,668 cells next to band and
ring edges, polygons). The day before, beside the test suite (load about 3): CPU 14.01 s ->
15.57 s (1.11), wall 27.78 s -> 21.08 s (0.76).

Measured on 1 December 2026 (2-core machine shared with other jobs, load 8-11, so the wall
clock ran 4-7x the CPU time; the CPU ratio is the figure to read), base 057c7bb (K = 4
nearest samples only, not the documented rule), 100 facilities, 2 rounds per run:

- the exact rule as first merged (4827950): CPU 12.18 s base, 17.34 s this, ratio 1.42;
- per band only the cells whose value may matter, cells far from any fast sample skipped,
  fastest sample per cell by one running maximum, search pruned by each cell's sample box
  (2214607): ratio 1.33 (1.32 in an earlier run without the sample boxes);
- and distances in the search by one root (92803cd): ratios 1.39 and 1.51 (two runs while
  the test suite ran on the same cores: contention inflates the ratio);
- this checkout keeps the K nearest samples' value at settled cells (as rings read it), one
  more pass over the kept cells per band: not measured again.

Those faster fields (branch iso) were NOT merged: they clashed with the threaded per-facility
fields of the national-scale work, and there was no time to join the two; the merged
checkout runs the field as first merged (ratio 1.42).
So the exact rule still costs about a third more than the K = 4 surface here (the target
is 1.20); per facility the window and polygons took 127 ms against 91 ms for the base
(minimum of 3 runs each, 8 facilities); of the field's own time the search near band edges
is about a third and the fastest-sample raster a fifth.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EXACT = "f25f5f4"  # the exact field as first merged (main before the faster field)
sys.path.insert(0, str(ROOT))

from bench.bench_catchments import BANDS, pick_facilities  # noqa: E402
from bench.generated_county import generate  # noqa: E402
from core.roads import isochrones  # noqa: E402
from core.roads.modes import OSM_CAR_SPEEDS, make_profile  # noqa: E402
from core.roads.network import build_network  # noqa: E402
from core.roads.search import Router  # noqa: E402


def base_module(rev: str):
    """``core/roads/isochrones.py`` of revision ``rev`` as a module of its own."""
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:core/roads/isochrones.py"],
                          check=True, capture_output=True, text=True).stdout
    text = text.replace("from .", "from core.roads.")
    path = Path(tempfile.mkdtemp()) / "isochrones_base.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("isochrones_base", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["isochrones_base"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--facilities", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--exact", default=EXACT,
                    help="revision whose exact field this checkout's must match")
    ap.add_argument("--check", type=int, default=20,
                    help="facilities whose fields are compared with --exact's (0: none)")
    args = ap.parse_args()
    base = base_module(args.base)
    county = generate(side=600)
    county.lines.speeds = np.array([OSM_CAR_SPEEDS[c] for c in county.lines.classes],
                                   dtype=float)
    pick_facilities(county)
    router = Router(build_network(county.lines), make_profile("car", "osm"), access_speed=None)
    fac = router.snap(county.facilities[:, 0], county.facilities[:, 1])
    fac = fac.subset(np.arange(min(args.facilities, len(fac))))
    times: dict[str, list[float]] = {"base": [], "this": []}
    cpu: dict[str, list[float]] = {"base": [], "this": []}
    for _ in range(args.rounds):
        for name, module in (("base", base), ("this", isochrones)):
            c0, t0 = time.process_time(), time.perf_counter()
            builder = module.CatchmentBuilder(router, 100.0)
            t1 = time.perf_counter()
            n = len(list(builder.per_facility(fac, BANDS)))
            t2 = time.perf_counter()
            times[name].append(t2 - t0)
            cpu[name].append(time.process_time() - c0)
            print(f"{name:<5} grid {t1 - t0:6.2f} s  per-facility polygons {t2 - t1:6.2f} s  "
                  f"total {t2 - t0:6.2f} s  (CPU {cpu[name][-1]:6.2f} s; {n} polygons)",
                  flush=True)
    b, t = np.median(times["base"]), np.median(times["this"])
    print(f"median total: base {b:.2f} s, this checkout {t:.2f} s, ratio {t / b:.2f}")
    # on a shared machine the process's own CPU time varies less than the wall clock
    b, t = np.median(cpu["base"]), np.median(cpu["this"])
    print(f"median CPU time: base {b:.2f} s, this checkout {t:.2f} s, ratio {t / b:.2f}")
    if args.check:
        check_exact(base_module(args.exact), args.exact, router,
                    fac.subset(np.arange(min(args.check, len(fac)))))


def next_to_edge(z: np.ndarray) -> np.ndarray:
    """Cells with a row or column neighbour on the other side of 0 (NaN: outside)."""
    inside = np.pad(np.nan_to_num(z, nan=1.0) <= 0, 1, mode="edge")
    mid = inside[1:-1, 1:-1]
    return ((inside[:-2, 1:-1] != mid) | (inside[2:, 1:-1] != mid)
            | (inside[1:-1, :-2] != mid) | (inside[1:-1, 2:] != mid))


def check_exact(exact, rev: str, router: Router, fac) -> None:
    """This checkout's per-facility fields against those of the exact field as first
    merged (``exact``): the same side of every band limit at every cell, the same value
    (within 1e-9 min) next to every band edge and every ring's edge, the same polygons."""
    this, ref = isochrones.CatchmentBuilder(router, 100.0), exact.CatchmentBuilder(router, 100.0)
    cutoff = max(BANDS) * 60
    edge_cells = 0
    for sl, node_t, _ in router.node_times(fac, cutoff):
        for i in range(node_t.shape[0]):
            j = sl.start + i
            a = this._facility_window(node_t[i], fac, j, BANDS, cutoff)
            b = ref._facility_window(node_t[i], fac, j, BANDS, cutoff)
            assert (a is None) == (b is None), j
            if a is None:
                continue
            assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]), j
            zs = list(zip(a[2], b[2]))
            with np.errstate(invalid="ignore"):
                zs += [(np.maximum(hi_a, -lo_a), np.maximum(hi_b, -lo_b))
                       for (lo_a, lo_b), (hi_a, hi_b) in zip(zs[:-1], zs[1:])]
            for za, zb in zs:
                assert np.array_equal(np.isnan(za), np.isnan(zb)), j
                assert np.array_equal(za <= 0, zb <= 0), j  # the same side everywhere
                edge = next_to_edge(zb)
                assert np.allclose(za[edge], zb[edge], rtol=0, atol=1e-9, equal_nan=True), j
                edge_cells += int(edge.sum())
            for rings in (False, True):
                pa = [c.geometry.wkb for c in this._trace_window(j, *a, BANDS, rings)]
                pb = [c.geometry.wkb for c in ref._trace_window(j, *b, BANDS, rings)]
                assert pa == pb, j
    print(f"fields of {len(fac)} facilities as those of the exact field as first merged ({rev}):"
          f" the same side everywhere, the same values at {edge_cells} cells next to band and"
          f" ring edges, the same polygons")


if __name__ == "__main__":
    main()
