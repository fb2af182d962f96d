"""Travel minutes from cells to sites as the long sparse table the indices read.

The road searches start at the sites (one per site, a chunk at a time) and only pairs
within the cut-off are kept, so a county grid never becomes a dense cells x sites matrix.
"""

from __future__ import annotations

import numpy as np

from ..roads.search import Progress, Router
from ..roads.snapping import Snap
from .fca import CostTable


def road_pairs(router: Router, sites: Snap, cells: Snap, max_minutes: float | None,
               progress: Progress | None = None) -> CostTable:
    """Pairs (cell, site, minutes) with a road time <= ``max_minutes`` (None: every
    reachable pair); times as ``Router.times`` gives them (access walks included)."""
    cutoff = np.inf if max_minutes is None else max_minutes * 60
    origin, dest, cost = [], [], []
    for sl, nt, _ in router.node_times(sites, cutoff, progress=progress):
        t = router.point_times(nt, sites, sl, cells)[0]
        i, j = np.nonzero(t <= cutoff)
        origin.append(i)
        dest.append(j + sl.start)
        cost.append(t[i, j].astype(np.float32).astype(float) / 60)  # as Router.times rounds
    if not origin:
        return CostTable(np.zeros(0), np.zeros(0), np.zeros(0), len(cells), len(sites))
    return CostTable(np.concatenate(origin), np.concatenate(dest), np.concatenate(cost),
                     len(cells), len(sites))
