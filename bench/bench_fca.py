"""Benchmark: accessibility indices on 300,000 cells x 1,000 sites within 60 minutes.

SYNTHETIC pairs (no road search): cells on a 250 m grid over a 150 x 125 km county, sites
drawn among the cells, minutes = 1.3 x straight-line km at 60 km/h, every pair within 60 min
kept as a long table (int32 cell and site, float32 minutes) — the form the travel-time
engine hands the indices. Timed: ``core.access.fca.fca`` only ("after the times exist"),
for 2SFCA, E2SFCA, 3SFCA and gravity; memory is the peak of numpy allocations during the
call (tracemalloc) and the process's peak RSS (which includes making the pairs). CPU time is
printed next to wall time because the machine may be shared.

    /usr/bin/python3 bench/bench_fca.py
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import peak_mb  # noqa: E402
from core.access.fca import CostTable, fca, gravity  # noqa: E402

N_CELLS, N_SITES, MAX_MIN = 300_000, 1_000, 60.0


def synthetic_pairs(seed: int = 0) -> tuple[np.ndarray, np.ndarray, CostTable]:
    rng = np.random.default_rng(seed)
    nx = 600  # 600 x 500 cells of 250 m
    i = np.arange(N_CELLS)
    xy = np.c_[(i % nx) * 0.25, (i // nx) * 0.25]  # km
    pop = rng.lognormal(1.5, 1.2, N_CELLS).round()
    sites = rng.choice(N_CELLS, N_SITES, replace=False, p=pop / pop.sum())
    cap = rng.uniform(1, 20, N_SITES).round(1)
    origin, dest, cost = [], [], []
    for start in range(0, N_CELLS, 20_000):
        blk = xy[start:start + 20_000]
        km = np.hypot(blk[:, None, 0] - xy[sites][None, :, 0],
                      blk[:, None, 1] - xy[sites][None, :, 1])
        minutes = (1.3 * km).astype(np.float32)  # 60 km/h: one minute a km
        o, d = np.nonzero(minutes <= MAX_MIN)
        origin.append((o + start).astype(np.int32))
        dest.append(d.astype(np.int32))
        cost.append(minutes[o, d])
    costs = CostTable(np.concatenate(origin), np.concatenate(dest), np.concatenate(cost),
                      N_CELLS, N_SITES)
    return pop, cap, costs


def main() -> None:
    t0 = time.perf_counter()
    pop, cap, costs = synthetic_pairs()
    print(f"SYNTHETIC: {N_CELLS:,} cells x {N_SITES:,} sites, {len(costs.cost):,} pairs within "
          f"{MAX_MIN:g} min ({costs.origin.nbytes + costs.dest.nbytes + costs.cost.nbytes >> 20}"
          f" MB as int32/int32/float32), made in {time.perf_counter() - t0:.1f} s")
    runs = [("2sfca", dict(max_cost=MAX_MIN)), ("e2sfca", dict(max_cost=MAX_MIN)),
            ("3sfca", dict(max_cost=MAX_MIN)),
            ("gravity", dict(max_cost=MAX_MIN, weight=gravity(1, -1, 1)))]
    for method, kw in runs:
        tracemalloc.start()
        s, cpu = time.perf_counter(), time.process_time()
        res = fca(pop, cap, costs, method, **kw)
        took, cpu = time.perf_counter() - s, time.process_time() - cpu
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{method:8s} {took:5.1f} s wall ({cpu:4.1f} s CPU), extra memory "
              f"{peak / 2**20:5.0f} MB, reached "
              f"{res.reached.mean():.1%} of cells, mean access {res.mean_access:.3g}; "
              f"peak RSS {peak_mb():.0f} MB")
    if res is not None:
        check = fca(pop, cap, costs, "2sfca", MAX_MIN)
        served = cap[np.isfinite(check.ratio)].sum()
        print(f"supply conservation (2SFCA): sum P*A = {(pop * check.access).sum():.6f}, "
              f"capacity of reached sites = {served:.6f}")


if __name__ == "__main__":
    main()
