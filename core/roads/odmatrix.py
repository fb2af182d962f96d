"""Origin-destination matrices in long format, with k-nearest and cut-off filters."""

from __future__ import annotations

import numpy as np
import pandas as pd


def od_long(times: np.ndarray, dists: np.ndarray | None = None, k: int = 0,
            cutoff: float = np.inf) -> pd.DataFrame:
    """Rows (origin, destination, seconds, metres, rank) of an (n_orig, n_dest) matrix.

    Only finite times within ``cutoff`` are kept; with ``k > 0`` only each origin's ``k``
    fastest destinations. ``rank`` is 1 for an origin's fastest destination.
    """
    t = np.asarray(times, dtype=float)
    n, m = t.shape
    t = np.where(t <= cutoff, t, np.inf)
    order = np.argsort(t, axis=1, kind="stable")
    if k and k < m:
        order = order[:, :k]
    rows = np.repeat(np.arange(n), order.shape[1])
    cols = order.ravel()
    rank = np.tile(np.arange(1, order.shape[1] + 1), n)
    secs = t[rows, cols]
    keep = np.isfinite(secs)
    out = pd.DataFrame({"origin": rows[keep], "destination": cols[keep], "seconds": secs[keep],
                        "rank": rank[keep]})
    out["metres"] = np.asarray(dists, dtype=float)[rows[keep], cols[keep]] if dists is not None \
        else np.nan
    return out
