"""Cells into areas (municipalities, counties) by point in polygon, for the area tables."""

from __future__ import annotations

import numpy as np
from shapely import vectorized, wkb

OUTSIDE = "(no area)"


def assign_areas(x: np.ndarray, y: np.ndarray, polygons: list[bytes],
                 names: list) -> np.ndarray:
    """The name of the polygon (WKB) each point lies in, ``OUTSIDE`` where none; where
    polygons overlap the first one listed wins. Points on a shared border count in the
    first polygon that touches them."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    out = np.full(len(x), OUTSIDE, dtype=object)
    todo = np.isfinite(x) & np.isfinite(y)
    for blob, name in zip(polygons, names):
        if not blob or not todo.any():
            continue
        poly = wkb.loads(bytes(blob))
        if poly.is_empty:
            continue
        x0, y0, x1, y1 = poly.bounds
        cand = np.flatnonzero(todo & (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        if not len(cand):
            continue
        inside = vectorized.contains(poly, x[cand], y[cand]) | vectorized.touches(
            poly, x[cand], y[cand])
        hit = cand[inside]
        out[hit] = OUTSIDE if name is None else str(name)
        todo[hit] = False
    return out
