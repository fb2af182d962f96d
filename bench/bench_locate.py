"""Benchmark: location-allocation heuristic, its proven gap, and the exact solver.

Real travel times (car, Tampere OSM extract, tests/core/tampere_locate.py): demand cells
of a square grid x health places (and schools/kindergartens for 110 sites), about 100k,
400k and 1M cell x site pairs. For each p: the time of the heuristic (multi-start
interchange + Lagrangian bound), its objective, the proven lower bound and gap, and the
former single-start interchange's distance from the bound. The exact MILP runs on the
100k instance only (it needs minutes there and cannot hold the larger ones).

``--county``: also the GENERATED county network (100,000 demand points x 100 sites).

    .venv/bin/python bench/bench_locate.py [--county]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import peak_mb  # noqa: E402
from core.optimise.locate import (  # noqa: E402
    coverage_exact,
    coverage_heuristic,
    gap_text,
    merged_size,
    pmedian_exact,
    pmedian_heuristic,
)
from core.optimise.search import multistart  # noqa: E402
from tests.core.tampere_locate import instance  # noqa: E402

SIZES = {"100k": (270.0, 45), "400k": (130.0, 45), "1M": (130.0, 110)}


def tampere() -> None:
    for label, (cell, sites) in SIZES.items():
        t0 = time.perf_counter()
        cost, w = instance(cell, sites)
        print(f"Tampere {label}: {cost.shape[0]:,} cells x {cost.shape[1]} sites = "
              f"{cost.size:,} pairs (travel times {time.perf_counter() - t0:.1f} s)")
        for p in (5, 10, 20):
            s0 = time.perf_counter()
            sol = pmedian_heuristic(cost, w, p)
            s1 = time.perf_counter()
            _, single, _ = multistart(cost, w, p, np.array([], int), np.arange(cost.shape[1]),
                                      starts=1, kicks=0)
            line = (f"  p-median p={p}: {s1 - s0:.1f} s, objective {sol.objective:.6g}, "
                    f"{gap_text(sol)}; single-start interchange "
                    f"{single / sol.bound - 1:+.3%} above the bound")
            if label == "100k" and p <= 10:
                e0 = time.perf_counter()
                ex = pmedian_exact(cost, w, p, time_limit=600)
                line += (f"; MILP {time.perf_counter() - e0:.0f} s ({gap_text(ex)}), heuristic "
                         f"{sol.objective / ex.objective - 1:+.4%} from it")
            print(line + f"; peak RSS {peak_mb():.0f} MB", flush=True)
        thr = float(np.median(cost.min(axis=1))) * 2
        for p in (5, 10):
            s0 = time.perf_counter()
            cov = coverage_heuristic(cost, w, p, thr)
            s1 = time.perf_counter()
            ex = coverage_exact(cost, w, p, thr)
            print(f"  coverage within {thr:.1f} min p={p}: heuristic {s1 - s0:.1f} s "
                  f"({gap_text(cov)}); MILP on {merged_size(cost <= thr):,} merged pairs "
                  f"{time.perf_counter() - s1:.1f} s, heuristic {cov.objective / ex.objective:.4%} "
                  f"of its optimum", flush=True)


def county() -> None:
    from bench.generated_county import generate
    from core.roads.modes import make_profile
    from core.roads.network import build_network
    from core.roads.search import Router

    county = generate()
    router = Router(build_network(county.lines), make_profile("car", "osm"))
    sites = router.snap(county.facilities[:, 0], county.facilities[:, 1])
    demand = router.snap(county.population[:, 0], county.population[:, 1])
    cost = router.times(sites, demand)[0].astype(float) / 60
    w = county.weights
    for p in (20, 40, 60):
        s0 = time.perf_counter()
        sol = pmedian_heuristic(cost, w, p)
        print(f"GENERATED county 100,000 x 100, p={p}: {time.perf_counter() - s0:.1f} s, "
              f"{gap_text(sol)}; peak RSS {peak_mb():.0f} MB", flush=True)


if __name__ == "__main__":
    tampere()
    if "--county" in sys.argv:
        county()
