"""Statistics Finland's population grid conventions (masked small cells)."""

from __future__ import annotations

import numpy as np

from ..messages import msg

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


#: Statistics Finland's name of a grid's total population field
GRID_POPULATION = "vaesto"


def unmask_people(values) -> tuple[np.ndarray, np.ndarray]:
    """People from one grid field: -1 (masked: under 10 residents) and NULL / NaN count 0,
    never -1; and which cells were masked (-1 or NaN read from a -1)."""
    v = np.asarray(values, dtype=float)
    masked = v == MASKED
    return np.where(masked | ~np.isfinite(v), 0.0, v), masked


def masked_message(cells: int, layer: str, fields) -> str:
    """The warning counting masked cells; the same words in every algorithm."""
    names = ", ".join(f"'{f}'" for f in fields)
    return msg("{cells} features of '{layer}' have the masked value -1 in {names} (Statistics "
               "Finland's grid: fewer than 10 residents); they count 0 people there, never -1. "
               "Use the total population field ({population}), which is never masked, or fill "
               "the masks with the population projection", cells=cells, layer=layer,
               names=names, population=GRID_POPULATION)
