"""Summaries of a nearest-facility allocation: population served per facility and band."""

from __future__ import annotations

import numpy as np
import pandas as pd


def band_of(minutes: np.ndarray, bands: list[float]) -> np.ndarray:
    """Upper edge of the band each time falls in (``minutes <= band``); NaN beyond the last."""
    minutes = np.asarray(minutes, dtype=float)
    edges = np.asarray(bands, dtype=float)
    idx = np.searchsorted(edges, minutes, side="left")
    out = np.full(len(minutes), np.nan)
    inside = np.isfinite(minutes) & (idx < len(edges))
    out[inside] = edges[idx[inside]]
    return out


def facility_summary(facility: np.ndarray, minutes: np.ndarray, weight: np.ndarray,
                     n_facilities: int, bands: list[float]) -> pd.DataFrame:
    """One row per facility (index = facility position): cells, population, population
    within each band (cumulative, ``pop_le_<band>``) and population-weighted mean minutes.

    Points with ``facility < 0`` are left out; count them with ``unreachable_summary``.
    """
    facility = np.asarray(facility)
    weight = np.asarray(weight, dtype=float)
    minutes = np.asarray(minutes, dtype=float)
    ok = facility >= 0
    f, w, t = facility[ok], weight[ok], minutes[ok]
    out = pd.DataFrame(index=pd.RangeIndex(n_facilities, name="facility"))
    out["cells"] = np.bincount(f, minlength=n_facilities)
    out["population"] = np.bincount(f, weights=w, minlength=n_facilities)
    for b in bands:
        out[f"pop_le_{band_label(b)}"] = np.bincount(f, weights=w * (t <= b),
                                                     minlength=n_facilities)
    wt = np.bincount(f, weights=w * t, minlength=n_facilities)
    with np.errstate(invalid="ignore", divide="ignore"):
        out["mean_min"] = np.where(out["population"] > 0, wt / out["population"], np.nan)
    return out


def band_label(b: float) -> str:
    """Field-name friendly label of a band edge: 10 -> '10', 7.5 -> '7_5'."""
    return str(int(b)) if float(b).is_integer() else str(b).replace(".", "_")
