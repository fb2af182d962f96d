"""Benchmark: a cost-minimising phased plan 2025-2030 for 1,000 candidate sites x 300,000
cells (target: under 5 minutes with a proven gap <= 1 %).

GENERATED data (not real): cells clustered around 40 towns over 200 x 150 km, 1,000 sites
near the people (300 existing with lease ends 2025-2032, 700 candidates that may open from
2025-2028), yearly rent-like fixed costs, demand growing by cell, travel time from the
straight-line distance (x 1.3 detour, 60 km/h, + 3 min). The cells are aggregated into
squares (``aggregate_demand``), each square keeps its ``k`` nearest sites within a cutoff
(``nearest_only``), and HiGHS solves the phased MILP exactly up to the gap or the time
limit. The chosen plan is then priced on the 300,000 cells themselves (the aggregation
error).

    .venv/bin/python bench/bench_plan.py [cells] [sites] [square_m] [k]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.optimise.fixed_charge import aggregate_demand, plan_network  # noqa: E402

YEARS = list(range(2025, 2031))
EUR_PER_MIN = 0.5  # EUR per visit and travel minute (the weight w)
CUTOFF = 90.0  # minutes


def minutes_of(km: np.ndarray) -> np.ndarray:
    return km * 1.3 / 60 * 60 + 3.0


def county(n_cells: int, n_sites: int, seed: int = 7):
    rng = np.random.default_rng(seed)
    towns = rng.uniform([0, 0], [200_000, 150_000], (40, 2))
    size = rng.pareto(1.2, 40) + 1
    which = rng.choice(40, n_cells, p=size / size.sum())
    spread = np.where(rng.random(n_cells) < 0.8, 3_000, 20_000)
    xy = np.clip(towns[which] + rng.normal(0, 1, (n_cells, 2)) * spread[:, None],
                 [0, 0], [200_000, 150_000])
    growth = 1 + rng.normal(0.015, 0.01, n_cells)  # yearly growth of need (ageing)
    base = rng.gamma(2.0, 6.0, n_cells)  # visits per year per cell
    demand = base[None] * growth[None] ** np.arange(len(YEARS))[:, None]
    sites = xy[rng.choice(n_cells, n_sites, replace=False)] + rng.normal(0, 500, (n_sites, 2))
    existing = np.arange(n_sites) < 0.3 * n_sites
    lease_end = rng.integers(2025, 2033, n_sites)
    open_from = rng.integers(2025, 2029, n_sites)
    earliest = np.where(existing, lease_end + 1 - YEARS[0], open_from - YEARS[0])
    rent = rng.uniform(80_000, 400_000, n_sites)
    fixed = rent[None] * (1.02 ** np.arange(len(YEARS)))[:, None]
    fixed[:, ~existing] *= 1.1  # a new site costs a little more to run
    return xy, demand, sites, existing, np.clip(earliest, 0, len(YEARS)), fixed


def main(n_cells: int = 300_000, n_sites: int = 1_000, square: float = 1_000.0,
         k: int = 20) -> None:
    xy, demand, sites, existing, earliest, fixed = county(n_cells, n_sites)
    wall, cpu = time.perf_counter(), time.process_time()
    cx, cy, agg, _ = aggregate_demand(xy[:, 0], xy[:, 1], demand, square)
    dist, idx = cKDTree(sites).query(np.c_[cx, cy], k=k)
    minutes = np.full((len(cx), n_sites), np.inf)
    rows = np.repeat(np.arange(len(cx)), k)
    t = minutes_of(dist.ravel() / 1000)
    keep = (t <= CUTOFF) | (np.tile(np.arange(k), len(cx)) == 0)
    minutes[rows[keep], idx.ravel()[keep]] = t[keep]
    prep = time.perf_counter() - wall
    plan = plan_network(minutes, agg, fixed, existing, earliest, weight=EUR_PER_MIN,
                        rate=0.03, time_limit=280.0, gap=0.005)
    took, cpu_took = time.perf_counter() - wall, time.process_time() - cpu
    # the plan priced on the cells themselves (each to its nearest open site)
    fine = 0.0
    for t_, open_ in enumerate(plan.open):
        d, _ = cKDTree(sites[open_]).query(xy)
        fine += ((fixed[t_] * open_).sum() + EUR_PER_MIN * demand[t_] @ minutes_of(d / 1000)
                 ) / 1.03 ** t_
    print(f"{n_cells:,} cells -> {len(cx):,} squares of {square / 1000:g} km; {n_sites:,} sites "
          f"({existing.sum()} existing); {int(np.isfinite(minutes).sum()):,} square-site pairs "
          f"(k={k}, cutoff {CUTOFF:g} min); {len(YEARS)} years; cores {os.cpu_count()}")
    print(f"prepare {prep:.1f} s; total {took:.1f} s wall, {cpu_took:.1f} s CPU; "
          f"objective {plan.objective:,.0f} EUR, proven bound {plan.bound:,.0f}, "
          f"gap {plan.gap:.3%}; {plan.status}")
    print(f"sites open 2025 {plan.open[0].sum()}, 2030 {plan.open[-1].sum()}; the plan on the "
          f"cells themselves {fine:,.0f} EUR ({fine / plan.objective - 1:+.2%} from the "
          f"squares' objective)")


if __name__ == "__main__":
    args = [float(a) for a in sys.argv[1:]]
    main(*(int(a) if i in (0, 1, 3) else a for i, a in enumerate(args)))
