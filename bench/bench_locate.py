"""Benchmark: location-allocation heuristic and exact solver.

GENERATED county network (``generated_county.py``), 100 candidate sites, 100,000 demand
points, car travel times. The heuristic (greedy + vertex substitution) runs on the full
instance for p = 20, 40, 60. The exact MILP (HiGHS via scipy) cannot hold 10 million
assignment variables, so the gap is measured on a 2,000-point sample of the same demand,
where both solve the same instance.

    /usr/bin/python3 bench/bench_locate.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import peak_mb  # noqa: E402
from bench.generated_county import generate  # noqa: E402
from core.optimise.locate import pmedian_exact, pmedian_heuristic  # noqa: E402
from core.roads.modes import make_profile  # noqa: E402
from core.roads.network import build_network  # noqa: E402
from core.roads.search import Router  # noqa: E402


def main() -> None:
    county = generate()
    router = Router(build_network(county.lines), make_profile("car", "osm"))
    sites = router.snap(county.facilities[:, 0], county.facilities[:, 1])
    demand = router.snap(county.population[:, 0], county.population[:, 1])
    t0 = time.perf_counter()
    cost = router.times(sites, demand)[0].astype(float) / 60
    print(f"GENERATED county: travel times 100,000 x 100 in {time.perf_counter() - t0:.1f} s")
    w = county.weights
    for p in (20, 40, 60):
        s0 = time.perf_counter()
        sol = pmedian_heuristic(cost, w, p)
        print(f"p={p}: heuristic {time.perf_counter() - s0:.1f} s, {sol.iterations} swaps, "
              f"mean {sol.objective / w.sum():.2f} min; peak RSS {peak_mb():.0f} MB")
    sample = np.random.default_rng(0).choice(len(w), 2000, replace=False)
    cs, ws = cost[sample], w[sample]
    for p in (20, 40, 60):
        s0 = time.perf_counter()
        heur = pmedian_heuristic(cs, ws, p)
        s1 = time.perf_counter()
        ex = pmedian_exact(cs, ws, p, time_limit=300)
        s2 = time.perf_counter()
        gap = heur.objective / ex.objective - 1
        print(f"sample 2,000 x 100, p={p}: heuristic {s1 - s0:.2f} s, exact {s2 - s1:.1f} s "
              f"(solver gap {ex.gap}), heuristic above optimum by {gap:.3%}")


if __name__ == "__main__":
    main()
