"""Facility closure (and opening) impact from a cached cell x facility travel-time matrix.

The expensive part, one search per facility, is done once (``Router.times``) and kept;
a scenario is then only a column mask: the nearest open facility of every cell before
and after, flows of population between facilities, loads against capacity, figures by
area and age group, and equity measures. Unreachable cells are carried explicitly
(time ``inf``), never turned into NaN or dropped from totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..messages import msg
from .bands import band_label

UNREACHABLE = "unreachable"


class ScenarioError(ValueError):
    """The scenario cannot be evaluated (e.g. every facility closed)."""


@dataclass
class Scenario:
    """Which facilities (columns of the time matrix) are open before and after."""

    open_before: np.ndarray  # bool per facility column
    open_after: np.ndarray

    @classmethod
    def closing(cls, n_existing: int, close: list[int] | np.ndarray, n_new: int = 0,
                open_new: bool = True) -> Scenario:
        """Existing columns first, then ``n_new`` candidate columns opened in the scenario."""
        before = np.r_[np.ones(n_existing, bool), np.zeros(n_new, bool)]
        after = before.copy()
        after[np.asarray(close, dtype=int)] = False
        if open_new:
            after[n_existing:] = True
        return cls(before, after)


@dataclass
class Allocation:
    facility: np.ndarray  # column index of the nearest open facility, -1 none
    minutes: np.ndarray  # inf where none


def allocate(minutes: np.ndarray, open_cols: np.ndarray) -> Allocation:
    """Nearest open facility of each cell (row) of a (cells, facilities) minutes matrix."""
    if not open_cols.any():
        raise ScenarioError(msg("no facility is open in this scenario"))
    cols = np.flatnonzero(open_cols)
    sub = minutes[:, cols]
    j = np.argmin(sub, axis=1)
    t = sub[np.arange(len(sub)), j].astype(float)
    return Allocation(np.where(np.isfinite(t), cols[j], -1), t)


@dataclass
class ImpactResult:
    before: Allocation
    after: Allocation
    cells: pd.DataFrame  # per cell: facilities, minutes, change, threshold flags
    flows: pd.DataFrame  # from facility -> to facility, population (and groups)
    loads: pd.DataFrame  # per facility: load before/after, capacity, over capacity
    summary: pd.DataFrame  # per area x group: within thresholds, mean/p90, losing access
    equity: pd.DataFrame  # per group: gini, share beyond thresholds, worst decile
    warnings: list[str] = field(default_factory=list)


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """Weighted quantile (``q`` in 0..1) of the finite values; NaN when there is no weight."""
    ok = np.isfinite(values) & (weights > 0)
    if not ok.any():
        return float("nan")
    v, w = values[ok], weights[ok]
    order = np.argsort(v)
    v, cw = v[order], np.cumsum(w[order])
    return float(v[np.searchsorted(cw, q * cw[-1], side="left").clip(0, len(v) - 1)])


def weighted_gini(values: np.ndarray, weights: np.ndarray) -> float:
    """Population-weighted Gini coefficient of the finite values (0 equal, 1 unequal)."""
    ok = np.isfinite(values) & (weights > 0)
    if not ok.any():
        return float("nan")
    v, w = values[ok], weights[ok]
    order = np.argsort(v)
    v, w = v[order], w[order]
    cw = np.cumsum(w)
    cvw = np.cumsum(v * w)
    total_w, total_vw = cw[-1], cvw[-1]
    if total_vw <= 0:
        return 0.0
    # area under the Lorenz curve by trapezoids over population shares
    lorenz = cvw / total_vw
    prev = np.r_[0.0, lorenz[:-1]]
    area = np.sum(w / total_w * (lorenz + prev) / 2)
    return float(1 - 2 * area)


def evaluate(minutes: np.ndarray, scenario: Scenario, population: np.ndarray,
             thresholds: list[float], groups: dict[str, np.ndarray] | None = None,
             area: np.ndarray | None = None, capacity: np.ndarray | None = None,
             elderly_group: str | None = None) -> ImpactResult:
    """Everything the closure report shows, for one scenario.

    ``minutes``: (cells, facilities) travel minutes (inf: unreachable). ``groups``: age
    group name -> population per cell (e.g. '75+'); the total is always included as
    'total'. ``area``: area name per cell (municipality). ``capacity``: per facility column
    (NaN: unknown).
    """
    before = allocate(minutes, scenario.open_before)
    after = allocate(minutes, scenario.open_after)
    return compare(before, after, scenario, population, thresholds, groups, area, capacity,
                   elderly_group)


def compare(before: Allocation, after: Allocation, scenario: Scenario, population: np.ndarray,
            thresholds: list[float], groups: dict[str, np.ndarray] | None = None,
            area: np.ndarray | None = None, capacity: np.ndarray | None = None,
            elderly_group: str | None = None) -> ImpactResult:
    """The impact figures of two allocations of the same cells (e.g. two saved scenarios).

    ``scenario`` tells which facility columns are open in each; facility indices in the
    allocations refer to the same columns.
    """
    population = np.asarray(population, dtype=float)
    groups = {"total": population, **(groups or {})}
    area = np.asarray(area if area is not None else np.full(len(population), "all"), dtype=object)
    n_fac = len(scenario.open_before)
    warnings: list[str] = []
    lost_all = (before.facility >= 0) & (after.facility < 0)
    if lost_all.any():
        warnings.append(msg("{cells} cells (population {population:.0f}) reach no "
                            "facility after the change",
                            cells=int(lost_all.sum()), population=population[lost_all].sum()))
    never = (before.facility < 0) & (after.facility < 0)
    if never.any():
        warnings.append(msg("{cells} cells (population {population:.0f}) reach no facility "
                            "before or after",
                            cells=int(never.sum()), population=population[never].sum()))

    cells = pd.DataFrame({"fac_before": before.facility, "min_before": before.minutes,
                          "fac_after": after.facility, "min_after": after.minutes})
    with np.errstate(invalid="ignore"):
        cells["change_min"] = np.where(np.isfinite(before.minutes) & np.isfinite(after.minutes),
                                       after.minutes - before.minutes, np.nan)
    cells["reallocated"] = before.facility != after.facility
    for thr in thresholds:
        inside_b, inside_a = before.minutes <= thr, after.minutes <= thr
        cells[f"lost_{band_label(thr)}"] = inside_b & ~inside_a
        cells[f"gained_{band_label(thr)}"] = ~inside_b & inside_a

    flows = _flows(before.facility, after.facility, groups)
    loads = _loads(before.facility, after.facility, population, n_fac, capacity, scenario)
    summary = _summary(before.minutes, after.minutes, groups, area, thresholds)
    equity = _equity(before.minutes, after.minutes, groups, thresholds, elderly_group)
    return ImpactResult(before, after, cells, flows, loads, summary, equity, warnings)



def _flows(fb: np.ndarray, fa: np.ndarray, groups: dict) -> pd.DataFrame:
    """Population moving from each baseline facility to each scenario facility (-1: none)."""
    df = pd.DataFrame({"from_fac": fb, "to_fac": fa, **groups})
    out = df.groupby(["from_fac", "to_fac"], as_index=False)[list(groups)].sum()
    out["moved"] = out["from_fac"] != out["to_fac"]
    return out.sort_values(["from_fac", "to_fac"]).reset_index(drop=True)


def _loads(fb, fa, population, n_fac, capacity, scenario) -> pd.DataFrame:
    load_b = np.bincount(fb[fb >= 0], weights=population[fb >= 0], minlength=n_fac)
    load_a = np.bincount(fa[fa >= 0], weights=population[fa >= 0], minlength=n_fac)
    cap = np.full(n_fac, np.nan) if capacity is None else np.asarray(capacity, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        use_b = np.where(cap > 0, load_b / cap, np.nan)
        use_a = np.where(cap > 0, load_a / cap, np.nan)
    return pd.DataFrame({
        "facility": np.arange(n_fac), "open_before": scenario.open_before,
        "open_after": scenario.open_after, "load_before": load_b, "load_after": load_a,
        "change": load_a - load_b, "capacity": cap, "use_before": use_b, "use_after": use_a,
        "over_capacity": np.where(np.isfinite(cap), load_a > cap, False)})


def _summary(tb, ta, groups, area, thresholds) -> pd.DataFrame:
    rows = []
    for name in [*sorted(set(area.tolist())), "all areas"]:
        in_area = np.ones(len(area), bool) if name == "all areas" else area == name
        for group, w in groups.items():
            w = np.where(in_area, w, 0.0)
            row = {"area": name, "group": group, "population": w.sum(),
                   "unreachable_before": w[~np.isfinite(tb)].sum(),
                   "unreachable_after": w[~np.isfinite(ta)].sum()}
            for thr in thresholds:
                lab = band_label(thr)
                row[f"within_{lab}_before"] = w[tb <= thr].sum()
                row[f"within_{lab}_after"] = w[ta <= thr].sum()
                row[f"losing_{lab}"] = w[(tb <= thr) & ~(ta <= thr)].sum()
            for when, t in (("before", tb), ("after", ta)):
                ok = np.isfinite(t) & (w > 0)
                row[f"mean_min_{when}"] = float(np.average(t[ok], weights=w[ok])) \
                    if ok.any() else float("nan")
                row[f"p90_min_{when}"] = weighted_quantile(t, w, 0.9)
            rows.append(row)
    return pd.DataFrame(rows)


def _equity(tb, ta, groups, thresholds, elderly_group) -> pd.DataFrame:
    rows = []
    for when, t in (("before", tb), ("after", ta)):
        w = groups["total"]
        row = {"when": when, "gini": weighted_gini(t, w)}
        p90 = weighted_quantile(t, w, 0.9)
        worst = np.isfinite(t) & (t >= p90) & (w > 0)
        row["worst_decile_mean_min"] = float(np.average(t[worst], weights=w[worst])) \
            if worst.any() else float("nan")
        for group in [g for g in (elderly_group,) if g and g in groups]:
            gw = groups[group]
            total = gw.sum()
            for thr in thresholds:
                beyond = gw[~(t <= thr)].sum()
                row[f"share_{group}_beyond_{band_label(thr)}"] = beyond / total if total > 0 \
                    else float("nan")
        for thr in thresholds:
            total = w.sum()
            row[f"share_beyond_{band_label(thr)}"] = w[~(t <= thr)].sum() / total if total > 0 \
                else float("nan")
        rows.append(row)
    return pd.DataFrame(rows)
