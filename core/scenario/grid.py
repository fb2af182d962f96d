"""Statistics Finland's population grid conventions (masked small cells)."""

from __future__ import annotations

import numpy as np

MASKED = -1  # age and sex fields of cells under 10 residents; only the total is published


def unmask_groups(groups: dict[str, np.ndarray]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Age-group populations with masked values (NaN or -1) set to 0, and the masked cells.

    A masked cell's residents are counted in the total population only, never in a group:
    -1 is a marker, not people.
    """
    if not groups:
        return {}, np.zeros(0, bool)
    masked = np.zeros(len(next(iter(groups.values()))), bool)
    clean = {}
    for name, values in groups.items():
        v = np.asarray(values, dtype=float)
        bad = ~np.isfinite(v) | (v == MASKED)
        masked |= bad
        clean[name] = np.where(bad, 0.0, v)
    return clean, masked
