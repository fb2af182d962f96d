"""Benchmark: projection of 300,000 grid cells to six target years (target: under 5 s).

Run: /usr/bin/python3 bench/bench_projection.py [cells]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.plan.projection import project  # noqa: E402


def main(n: int = 300_000) -> None:
    rng = np.random.default_rng(1)
    munis = [f"{k:03d}" for k in range(1, 301)]
    rows = [(m, str(a) if a < 100 else "100-", y, float(rng.integers(5, 200)))
            for m in munis for y in range(2023, 2031) for a in range(101)]
    table = pd.DataFrame(rows, columns=["municipality", "age", "year", "population"])
    ages = pd.DataFrame({"ika_0_14": rng.integers(0, 60, n), "ika_15_64": rng.integers(0, 300, n),
                         "ika_65_": rng.integers(0, 90, n)}).astype(float)
    total = ages.sum(axis=1).to_numpy()
    masked = rng.random(n) < 0.3
    ages.loc[masked, :] = -1
    muni = rng.choice(munis, n)
    t0, c0 = time.perf_counter(), time.process_time()
    out = project(total, ages, muni, table, 2023, list(range(2025, 2031)),
                  use_rates={"0_14": 1, "15_64": 2, "65_74": 3, "75_84": 6, "85_": 9})
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"cells {n:,}, municipalities {len(munis)}, years 6, masked {masked.mean():.0%}: "
          f"{took:.2f} s wall, {cpu:.2f} s CPU (load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores); {out.cells.shape[1]} output columns; largest check "
          f"difference "
          f"{out.check['difference'].abs().max():.2e}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000)
