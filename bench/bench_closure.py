"""Benchmark: facility closure impact, baseline run and further scenarios.

GENERATED county network (``generated_county.py``, about 400,000 road segments), 100
facilities, 100,000 population points with four age groups and 12 areas, car mode,
thresholds 15/30/60 min. The baseline builds the network, snaps, runs the 100
per-facility searches and evaluates; a further scenario reuses the cached times.

    /usr/bin/python3 bench/bench_closure.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import peak_mb  # noqa: E402
from bench.generated_county import generate  # noqa: E402
from core.roads.modes import make_profile  # noqa: E402
from core.roads.network import build_network  # noqa: E402
from core.roads.search import Router  # noqa: E402
from core.scenario.impact import Scenario, evaluate  # noqa: E402
from core.scenario.report import render  # noqa: E402

THRESHOLDS = [15, 30, 60]


def main() -> None:
    county = generate()
    n = len(county.population)
    rng = np.random.default_rng(4)
    shares = rng.dirichlet([3, 12, 2, 1.5], n)
    groups = {g: np.round(county.weights * shares[:, i])
              for i, g in enumerate(["0-14", "15-64", "65-74", "75+"])}
    area = np.array([f"municipality {k}" for k in
                     (county.population[:, 0] // 8000 % 4 * 3
                      + county.population[:, 1] // 30000 % 3).astype(int)], dtype=object)
    capacity = np.full(100, county.weights.sum() / 100 * 1.3)
    print(f"GENERATED network: {len(county.lines.sizes)} road segments; 100 facilities; "
          f"{n} population points")

    t0 = time.perf_counter()
    net = build_network(county.lines)
    router = Router(net, make_profile("car", "osm"))
    fac = router.snap(county.facilities[:, 0], county.facilities[:, 1])
    pts = router.snap(county.population[:, 0], county.population[:, 1])
    t1 = time.perf_counter()
    minutes = router.times(fac, pts)[0] / 60
    t2 = time.perf_counter()
    base = evaluate(minutes, Scenario.closing(100, [0]), county.weights, THRESHOLDS, groups,
                    area, capacity, "75+")
    render(base, county.weights, THRESHOLDS, list(range(100)))
    t3 = time.perf_counter()
    print(f"baseline: network + snapping {t1 - t0:.2f} s, 100 searches to 100,000 points "
          f"{t2 - t1:.2f} s, scenario figures + report {t3 - t2:.2f} s; total {t3 - t0:.2f} s;"
          f" peak RSS {peak_mb():.0f} MB")
    times = []
    for k, close in enumerate(([5], [10, 11], list(range(20, 30)), [42])):
        s0 = time.perf_counter()
        res = evaluate(minutes, Scenario.closing(100, close), county.weights, THRESHOLDS,
                       groups, area, capacity, "75+")
        render(res, county.weights, THRESHOLDS, list(range(100)))
        times.append(time.perf_counter() - s0)
        moved = county.weights[res.cells["reallocated"].to_numpy()].sum()
        print(f"further scenario {k + 1} (close {len(close)}): {times[-1]:.2f} s "
              f"(figures and HTML report); population moved {moved:.0f}")
    print(f"further scenario, median of {len(times)}: {np.median(times):.2f} s; "
          f"peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
