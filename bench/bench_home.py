"""Benchmark: home-care routing of 5,000 weekly visits over 20 bases.

SYNTHETIC county: 20 bases and 1,500 demand cells (clients in clusters) on a 100 x 80 km
area, drive minutes = 1.3 x straight-line km at 50 km/h, km = 1.3 x straight line (the
road engine's matrix is the input, so it is made up here). Timed: ``core.channels.home``
in route mode (7 days of nearest-neighbour routes within the shift + 2-opt) and star mode.

    /usr/bin/python3 bench/bench_home.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import peak_mb  # noqa: E402
from core.channels.home import home_care  # noqa: E402


def main() -> None:
    rng = np.random.default_rng(1)
    n_bases, n_cells = 20, 1500
    centres = rng.uniform([0, 0], [100, 80], (n_bases, 2))
    cells = centres[rng.integers(0, n_bases, n_cells)] + rng.normal(0, 8, (n_cells, 2))
    xy = np.r_[centres, cells]
    km = 1.3 * np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    minutes = km / 50 * 60
    visits = rng.multinomial(5000, np.full(n_cells, 1 / n_cells)).astype(float)
    demand = pd.DataFrame({"clients": np.ceil(visits / 9), "visits_per_week": visits,
                           "mean_visit_min": rng.uniform(15, 45, n_cells),
                           "share_two_staff": rng.choice([0, 0.1, 0.5], n_cells)})
    bases = pd.DataFrame({"base_id": np.arange(n_bases), "shift_min": 465.0,
                          "vehicle_cost_per_km": 0.3})
    for mode in ("route", "star"):
        s, cpu = time.perf_counter(), time.process_time()
        table, _ = home_care(demand, bases, minutes, km, mode=mode)
        took, cpu = time.perf_counter() - s, time.process_time() - cpu
        share = table["drive_min_wk"].sum() / (table["drive_min_wk"] + table["care_min_wk"]).sum()
        print(f"{mode:5s}: {int(visits.sum()):,} visits/week, {n_cells:,} cells, {n_bases} bases "
              f"in {took:.1f} s wall ({cpu:.1f} s CPU); drive share "
              f"{share:.1%}, FTE {table['fte_needed'].sum():.1f}, "
              f"km/yr {table['km_year'].sum():,.0f}; "
              f"peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
