"""Home services (spec (b)): drive time per visit, weekly staff minutes, FTE and km per base.

Places are numbered bases first, then cells: ``minutes`` and ``km`` are square matrices over
them (row = from, column = to; inf where unreachable). Each cell goes to its nearest base
(by drive time) unless an assignment is given.

- star: a visit costs the round trip, tau_i = 2 t(b, i) (upper bound, hand-checkable);
- route: each day (7 a week) a cell gets its share of its weekly visits (rounded evenly over
  the days); per base and day, visits are chained nearest-neighbour into routes no longer
  than the shift (drive + care), each improved by 2-opt; tau = route drive / visits on it.

Weekly staff minutes M_b = sum v_i (1 + two_i)(visit_min_i + tau_i) (both carers drive and
care when two are needed); drive share = drive / M_b; FTE = 52 M_b / 60 /
(productive hours per FTE-year x (1 - indirect share)); km a year = 52 x weekly km.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..messages import msg
from .mobile import ChannelInputError, non_negative

DAYS = 7
THL_VISITS_PER_CLIENT_WEEK = 9.0  # THL time study: about 9 visits a week per client
THL_MIN_PER_VISIT = 38.0 * 7 / 9  # about 38 min of care a day over those visits


def clients_from_ages(pop_by_age: pd.DataFrame, coverage: dict[str, float]) -> np.ndarray:
    """clients_i = sum_a P_ia coverage_a (coverage: share of age group a in home care)."""
    for group, share in coverage.items():
        if group not in pop_by_age:
            raise ChannelInputError(msg("Home-care coverage: age group '{group}' is not a "
                                        "column of the population table.",
                                        group=group))
        if not 0 <= share <= 1:
            raise ChannelInputError(msg("Home-care coverage, age group '{group}': share "
                                        "{share} is outside 0-1.",
                                        group=group, share=share))
    non_negative(pop_by_age, coverage, msg("Population by age"))
    return sum(pop_by_age[g].to_numpy(float) * s for g, s in coverage.items())


def check_demand(demand: pd.DataFrame) -> None:
    non_negative(demand, ("clients", "visits_per_week", "mean_visit_min", "share_two_staff"),
                 msg("Home-care demand"))
    two = demand["share_two_staff"].to_numpy(float)
    bad = np.flatnonzero(two > 1)
    if len(bad):
        raise ChannelInputError(msg("Home-care demand, row {row}: share_two_staff {share} is "
                                    "outside 0-1.",
                                    row=bad[0], share=two[bad[0]]))


def assign_nearest(minutes: np.ndarray, n_bases: int) -> np.ndarray:
    """Each cell's nearest base by drive time from the base; -1 when none reaches it."""
    t = np.asarray(minutes, float)[:n_bases, n_bases:]
    best = np.argmin(t, axis=0)
    return np.where(np.isfinite(t[best, np.arange(t.shape[1])]), best, -1)


def given_assignment(values, base_ids, minutes: np.ndarray) -> np.ndarray:
    """Base positions from each cell's given base id (its care area); a cell without one
    (None/NaN) goes to its nearest base; an id that is no base is an error naming the row."""
    nb = len(base_ids)
    pos = {b: k for k, b in enumerate(base_ids)}
    pos.update({str(b): k for k, b in enumerate(base_ids)})
    nearest = assign_nearest(minutes, nb)
    out = np.empty(len(values), int)
    for r, v in enumerate(values):
        if v is None or (isinstance(v, float) and np.isnan(v)):
            out[r] = nearest[r]
        elif v in pos or str(v) in pos:
            out[r] = pos.get(v, pos.get(str(v)))
        else:
            raise ChannelInputError(msg("Home-care demand, row {r}: base {v!r} is not a "
                                        "base_id of the base layer.",
                                        r=r, v=v))
    return out


def daily_visits(per_week: np.ndarray) -> np.ndarray:
    """(days, cells) whole visits, spread evenly: the week sums to round(visits per week)."""
    v = np.asarray(per_week, float)[None, :]
    d = np.arange(DAYS + 1)[:, None]
    cum = np.floor(d * v / DAYS + 0.5)
    return np.diff(cum, axis=0).astype(int)


def two_opt(route: list[int], t: np.ndarray, start: int) -> list[int]:
    """Improve the order of ``route`` (places, from and back to ``start``) by 2-opt on the
    (possibly asymmetric) drive times: reverse a segment while that shortens the tour."""
    best = list(route)

    def length(r):
        tour = [start] + r + [start]
        return float(t[tour[:-1], tour[1:]].sum())

    best_len, improved = length(best), True
    while improved and len(best) > 2:
        improved = False
        for i in range(len(best) - 1):
            for j in range(i + 2, len(best) + 1):
                cand = best[:i] + best[i:j][::-1] + best[j:]
                c_len = length(cand)
                if c_len < best_len - 1e-9:
                    best, best_len, improved = cand, c_len, True
    return best


def routes_of_day(base: int, cells: np.ndarray, counts: np.ndarray, care: np.ndarray,
                  t: np.ndarray, shift: float) -> list[tuple[list[int], list[int]]]:
    """Nearest-neighbour routes from ``base`` over the visits (``counts`` per place in
    ``cells``; ``care`` minutes per visit): a route closes when the next visit and the
    return would pass ``shift`` minutes. Returns (stops in order, visits per stop)."""
    left = dict(zip(cells.tolist(), counts.tolist()))
    left = {c: k for c, k in left.items() if k > 0}
    routes = []
    while left:
        here, used = base, 0.0
        stops: list[int] = []
        visits: list[int] = []
        while left:
            cand = np.fromiter(left, int)
            nxt = int(cand[np.argmin(t[here, cand])])
            go = t[here, nxt]
            k_fit = left[nxt]
            if stops:  # how many of this place's visits still fit in the shift
                room = shift - used - go - t[nxt, base]
                k_fit = min(k_fit, int(room // care[nxt]) if care[nxt] > 0 else k_fit)
                if k_fit <= 0:
                    break
            else:
                room = shift - go - t[nxt, base]
                k_fit = max(1, min(k_fit, int(room // care[nxt]) if care[nxt] > 0 else k_fit))
            used += go + k_fit * care[nxt]
            stops.append(nxt)
            visits.append(k_fit)
            left[nxt] -= k_fit
            if not left[nxt]:
                del left[nxt]
            here = nxt
        order = two_opt(stops, t, base)
        routes.append((order, [visits[stops.index(s)] for s in order]))
    return routes


def _routed(t, dist, base, v, care, shifts, nb) -> tuple[np.ndarray, np.ndarray]:
    """Mean drive minutes per visit of each cell over a week of routes; km per base-week."""
    nc = len(v)
    per_day = daily_visits(v)
    tau_sum, n_vis, km_wk = np.zeros(nc), np.zeros(nc), np.zeros(nb)
    care_by_place = np.r_[np.zeros(nb), care]
    for b in range(nb):
        mine = np.flatnonzero(base == b)
        for day in range(DAYS):
            for order, visits in routes_of_day(b, nb + mine, per_day[day, mine],
                                               care_by_place, t, shifts[b]):
                tour = [b] + order + [b]
                km_wk[b] += float(dist[tour[:-1], tour[1:]].sum())
                per_visit = float(t[tour[:-1], tour[1:]].sum()) / sum(visits)
                for place, n in zip(order, visits):
                    tau_sum[place - nb] += n * per_visit
                    n_vis[place - nb] += n
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n_vis > 0, tau_sum / n_vis, np.nan), km_wk


def home_care(demand: pd.DataFrame, bases: pd.DataFrame, minutes: np.ndarray,
              km: np.ndarray | None = None, mode: str = "route",
              productive_hours: float = 1600.0, indirect_share: float = 0.0,
              assignment: np.ndarray | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Base table and cell table (``base`` index, ``drive_min_oneway``, ``tau_min``)."""
    check_demand(demand)
    non_negative(bases, ("shift_min", "vehicle_cost_per_km"),
                 msg("Home-care bases"))
    if not 0 <= indirect_share < 1:
        raise ChannelInputError(msg("Indirect share {indirect_share} is outside 0-1 "
                                    "(exclusive).",
                                    indirect_share=indirect_share))
    if productive_hours <= 0:
        raise ChannelInputError(msg("Productive hours per FTE-year {productive_hours} must "
                                    "be > 0.",
                                    productive_hours=productive_hours))
    if mode not in ("star", "route"):
        raise ChannelInputError(msg("Home-care mode '{mode}' is not star or route.", mode=mode))
    nb, nc = len(bases), len(demand)
    t = np.asarray(minutes, float)
    dist = np.zeros_like(t) if km is None else np.asarray(km, float)
    if t.shape != (nb + nc, nb + nc):
        raise ChannelInputError(msg("The drive-time matrix is {shape}, not ({size}, {size}) for "
                                    "{nb} bases and {nc} cells.",
                                    shape=t.shape, size=nb + nc, nb=nb, nc=nc))
    base = assign_nearest(t, nb) if assignment is None else np.asarray(assignment, int)
    base = np.where(np.isfinite(t[np.maximum(base, 0), nb + np.arange(nc)]), base, -1)
    v = demand["visits_per_week"].to_numpy(float)
    care = demand["mean_visit_min"].to_numpy(float)
    two = demand["share_two_staff"].to_numpy(float)
    cells = np.arange(nc)
    oneway = np.where(base >= 0, t[np.maximum(base, 0), nb + cells], np.inf)
    km_wk = np.zeros(nb)
    ok = base >= 0
    if mode == "star":
        tau = 2 * oneway
        np.add.at(km_wk, base[ok], (2 * dist[np.maximum(base, 0), nb + cells] * v)[ok])
    else:
        tau, km_wk = _routed(t, dist, base, v, care, bases["shift_min"].to_numpy(float), nb)
        tau = np.where(np.isnan(tau), 2 * oneway, tau)  # under half a visit a week: star
    staff = v[ok] * (1 + two[ok])  # carers' visits: both drive and care when two go
    drive_wk = np.bincount(base[ok], weights=staff * tau[ok], minlength=nb)
    care_wk = np.bincount(base[ok], weights=staff * care[ok], minlength=nb)
    total = care_wk + drive_wk
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total > 0, drive_wk / total, np.nan)
    out = pd.DataFrame({
        "base_id": bases["base_id"].to_numpy(),
        "clients": np.bincount(base[ok], weights=demand["clients"].to_numpy(float)[ok],
                               minlength=nb),
        "visits_wk": np.bincount(base[ok], weights=v[ok], minlength=nb),
        "care_min_wk": care_wk, "drive_min_wk": drive_wk, "drive_share": share,
        "direct_share": 1 - share - indirect_share,
        "fte_needed": 52 * total / 60 / (productive_hours * (1 - indirect_share)),
        "km_year": 52 * km_wk,
    })
    out["vehicle_cost_year"] = out["km_year"] * bases["vehicle_cost_per_km"].to_numpy(float)
    cells_out = pd.DataFrame({"base": base, "drive_min_oneway": oneway, "tau_min": tau})
    return out, cells_out


def compare_bases(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per base id in either run: figures before, after and the change (a closed base counts
    0 after, a new one 0 before), drive shares, and a last row (base_id None) for the total."""
    cols = ["clients", "visits_wk", "care_min_wk", "drive_min_wk", "fte_needed", "km_year"]
    a = before.set_index("base_id")[cols]
    b = after.set_index("base_id")[cols]
    ids = list(dict.fromkeys(list(a.index) + list(b.index)))
    a = a.reindex(ids, fill_value=0.0).reset_index(drop=True)
    b = b.reindex(ids, fill_value=0.0).reset_index(drop=True)
    a.loc[len(ids)], b.loc[len(ids)] = a.sum(), b.sum()
    out = pd.concat([a.add_suffix("_before"), b.add_suffix("_after"),
                     (b - a).add_prefix("d_")], axis=1)
    for when, x in (("before", a), ("after", b)):
        staff = x["care_min_wk"] + x["drive_min_wk"]
        out[f"drive_share_{when}"] = x["drive_min_wk"] / staff.where(staff > 0)
    out.insert(0, "base_id", pd.Series(ids + [None], dtype=object))
    return out
