"""A GENERATED county-scale road network for benchmarks (not real data).

A jittered grid of junctions 150 m apart with a share of links removed (rural gaps), every
20th row and column a faster main road; each link is one line feature. With the defaults:
about 380,000 road segments over 90 x 90 km, about the size of a Finnish wellbeing
services county's road network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.roads.network import LineInput

CLASSES = np.array(["residential", "tertiary", "secondary", "primary"], dtype=object)


@dataclass
class County:
    lines: LineInput
    node_xy: np.ndarray  # grid junctions
    facilities: np.ndarray  # (100, 2) on junctions
    population: np.ndarray  # (n, 2) points near roads
    weights: np.ndarray
    origin: tuple[float, float]


def generate(side: int = 600, spacing: float = 150.0, keep: float = 0.53,
             n_facilities: int = 100, n_population: int = 100_000, seed: int = 1) -> County:
    rng = np.random.default_rng(seed)
    x0, y0 = 500_000.0, 6_900_000.0  # TM35FIN-like coordinates (Kuopio region)
    ii, jj = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    xy = np.column_stack([x0 + jj.ravel() * spacing, y0 + ii.ravel() * spacing])
    xy += rng.uniform(-0.3, 0.3, xy.shape) * spacing
    node = np.arange(side * side).reshape(side, side)
    a = np.r_[node[:, :-1].ravel(), node[:-1, :].ravel()]
    b = np.r_[node[:, 1:].ravel(), node[1:, :].ravel()]
    main = np.r_[(ii[:, :-1] % 20 == 0).ravel(), (jj[:-1, :] % 20 == 0).ravel()]
    alive = main | (rng.random(len(a)) < keep)
    a, b, main = a[alive], b[alive], main[alive]
    cls = np.where(main, 3, rng.choice(3, size=len(a), p=[0.7, 0.2, 0.1]))
    lines = LineInput(np.stack([xy[a], xy[b]], axis=1).reshape(-1, 2),
                      np.full(len(a), 2), np.arange(len(a)), classes=CLASSES[cls],
                      speeds=np.full(len(a), np.nan), oneway=np.zeros(len(a), dtype=np.int8))
    used = np.unique(np.r_[a, b])
    facilities = xy[rng.choice(used, n_facilities, replace=False)]
    seg = rng.integers(0, len(a), n_population)
    u = rng.random(n_population)[:, None]
    offset = rng.normal(0, 60, (n_population, 2))
    population = xy[a[seg]] * (1 - u) + xy[b[seg]] * u + offset
    weights = rng.gamma(1.2, 25.0, n_population).round()
    return County(lines, xy, facilities, population, weights, (x0, y0))
