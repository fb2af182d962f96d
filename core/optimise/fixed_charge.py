"""The network that costs the least for a stated level of access, year by year.

A fixed-charge location model over planning years t = 0..T-1 (one year = the plain
fixed-charge model), solved exactly as a MILP by HiGHS (``scipy.optimize.milp``):

    minimise  sum_t delta_t [ sum_j F_tj y_tj + w sum_ij D_ti c_ij x_tij ]
    subject to
      sum_j x_tij = 1                 every cell with demand is served each year
      x_tij <= y_tj                   only by an open site
      sum_i D_ti x_tij <= K_j y_tj    capacity (optional)
      existing sites: open until their earliest closing year, then may close and stay closed
      candidate sites: closed before their earliest opening year, then may open and stay open
      required sites open, forbidden sites closed (every year they can be)
      access floor: sum_i G_ti sum_{j: c_ij <= T0} x_tij >= alpha sum_i G_ti   (optional)
      staff: sum_{j in area a} S_jp y_tj <= A_ap   FTE of profession p an open site needs,
                                                 against those available in its area

with delta_t = (1 + r)^-t, F the sites' yearly costs (rent, operating, staff...), D the
demand (e.g. need-weighted visits of the projected population), c the travel time and w the
value of a demand unit's minute (0 = county costs only). Demand may be split between sites
only where capacities bind. The solver's dual bound gives the proven gap. When no plan meets
the staff limits, the same model with an FTE slack on each staff limit (least total slack)
names the limits that cannot be met and by how much.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from ..messages import Join, msg


class PlanError(ValueError):
    """The plan cannot be made (the message says which input or constraint)."""


@dataclass
class AccessFloor:
    """At least ``share`` of ``demand`` (years x cells, e.g. the 75+) within ``minutes``."""

    demand: np.ndarray
    minutes: float
    share: float


@dataclass
class StaffLimit:
    """FTE of each profession an open site needs (sites x professions), each site's area and
    the FTE available per (area, profession); a pair not listed is unlimited; area ``*`` is
    every site together."""

    fte: np.ndarray
    area: np.ndarray
    available: dict
    professions: list

    def rows(self) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray]:
        """The limits that bind a site: their (area, profession), the limits x sites FTE
        matrix and the FTE available."""
        keys, mats, caps = [], [], []
        area = np.asarray(self.area).astype(str)
        for (a, p), cap in sorted(self.available.items()):
            if p not in self.professions:
                raise PlanError(msg("staff available: profession {p!r} is not one the sites "
                                    "need ({professions})",
                                    p=p, professions=', '.join(self.professions)))
            where = (area == str(a)) | (str(a) == "*")
            need = np.where(where, self.fte[:, self.professions.index(p)], 0.0)
            if need.any():
                keys.append((str(a), p))
                mats.append(need)
                caps.append(float(cap))
        n = len(area)
        return keys, np.array(mats).reshape(-1, n), np.array(caps)


@dataclass
class Plan:
    open: np.ndarray  # years x sites, bool
    assignment: list  # per year: sparse cells x sites shares
    fixed_cost: np.ndarray  # per year, undiscounted
    travel_cost: np.ndarray  # per year, undiscounted (w x demand x minutes)
    objective: float  # discounted total
    bound: float  # proven lower bound of the objective
    status: str

    @property
    def gap(self) -> float:
        return max(0.0, (self.objective - self.bound) / max(abs(self.objective), 1e-9))


def plan_network(minutes: np.ndarray, demand: np.ndarray, fixed: np.ndarray,
                 existing: np.ndarray, earliest: np.ndarray | None = None,
                 capacity: np.ndarray | None = None, weight: float = 1.0, rate: float = 0.0,
                 required: np.ndarray | None = None, forbidden: np.ndarray | None = None,
                 floor: AccessFloor | None = None, time_limit: float = 300.0,
                 gap: float = 1e-6, staff: StaffLimit | None = None) -> Plan:
    """Solve the phased fixed-charge model; ``demand`` and ``fixed`` are years x cells and
    years x sites, ``earliest[j]`` the first year index in which site j may change state
    (an existing site may be closed from it, e.g. the year after its lease ends; a
    candidate opened from it)."""
    demand, fixed = np.atleast_2d(demand).astype(float), np.atleast_2d(fixed).astype(float)
    n_years, n_cells = demand.shape
    n_sites = minutes.shape[1]
    existing = np.asarray(existing, bool)
    earliest = np.zeros(n_sites, int) if earliest is None else np.asarray(earliest, int)
    required = np.zeros(n_sites, bool) if required is None else np.asarray(required, bool)
    forbidden = np.zeros(n_sites, bool) if forbidden is None else np.asarray(forbidden, bool)
    if fixed.shape != (n_years, n_sites) or minutes.shape[0] != n_cells:
        raise PlanError(msg("sizes differ: demand {demand}, fixed costs {fixed}, travel "
                            "times {minutes}",
                            demand=demand.shape, fixed=fixed.shape, minutes=minutes.shape))
    if (required & forbidden).any():
        raise PlanError(msg("sites {sites} are both required and forbidden",
                            sites=np.flatnonzero(required & forbidden)[:5].tolist()))
    ci, cj = np.nonzero(np.isfinite(minutes))
    lonely = np.setdiff1d(np.flatnonzero(demand.sum(axis=0) > 0), ci)
    if len(lonely):
        raise PlanError(msg("{n_lonely} cells with demand reach no site (first: cell "
                            "{first}); drop them or allow longer trips",
                            n_lonely=len(lonely), first=lonely[0]))
    cost = minutes[ci, cj]
    n_pairs = len(ci)
    n_y = n_years * n_sites
    size = n_y + n_years * n_pairs

    def y(t, j):
        return t * n_sites + j

    def x(t):
        return n_y + t * n_pairs + np.arange(n_pairs)

    discount = (1.0 + rate) ** -np.arange(n_years)
    c = np.zeros(size)
    c[:n_y] = (fixed * discount[:, None]).ravel()
    for t in range(n_years):
        c[x(t)] = discount[t] * weight * demand[t, ci] * cost
    lower, upper = np.zeros(size), np.ones(size)
    # before its earliest year a site keeps its state (existing open, candidate closed)
    before = np.arange(n_years)[:, None] < earliest[None, :]
    state = np.broadcast_to(existing.astype(float), before.shape)
    lower[:n_y] = np.where(before, state, required.astype(float)).ravel()
    upper[:n_y] = np.where(before, state, (~forbidden).astype(float)).ravel()
    rows: list[sparse.spmatrix] = []
    lo: list[np.ndarray] = []
    hi: list[np.ndarray] = []

    def add(matrix, a, b):
        rows.append(sparse.csr_matrix(matrix))
        lo.append(np.broadcast_to(a, matrix.shape[0]).astype(float))
        hi.append(np.broadcast_to(b, matrix.shape[0]).astype(float))

    staff_keys, staff_fte, staff_cap = staff.rows() if staff is not None else ([], None, None)
    staff_at = []  # (first row, years) of the staff limits in the stacked matrix

    for t in range(n_years):
        served = np.flatnonzero(demand[t] > 0)
        pos = np.full(n_cells, -1)
        pos[served] = np.arange(len(served))
        keep = pos[ci] >= 0
        add(sparse.coo_matrix((np.ones(keep.sum()), (pos[ci[keep]], x(t)[keep])),
                              shape=(len(served), size)), 1, 1)
        link = sparse.coo_matrix((np.r_[np.ones(n_pairs), -np.ones(n_pairs)],
                                  (np.r_[np.arange(n_pairs), np.arange(n_pairs)],
                                   np.r_[x(t), y(t, cj)])), shape=(n_pairs, size))
        add(link, -np.inf, 0)
        if capacity is not None:
            cap = np.asarray(capacity, float)
            bounded = np.isfinite(cap)
            rows_j = np.flatnonzero(bounded)
            pos_j = np.cumsum(bounded) - 1
            sel = bounded[cj]
            mat = sparse.coo_matrix(
                (np.r_[demand[t, ci[sel]], -cap[rows_j]],
                 (np.r_[pos_j[cj[sel]], np.arange(len(rows_j))],
                  np.r_[x(t)[sel], y(t, rows_j)])), shape=(len(rows_j), size))
            add(mat, -np.inf, 0)
        if floor is not None:
            group = np.atleast_2d(floor.demand)[t]
            near = cost <= floor.minutes
            row = sparse.coo_matrix((group[ci[near]], (np.zeros(near.sum(), int), x(t)[near])),
                                    shape=(1, size))
            add(row, floor.share * group.sum(), np.inf)
        if staff_keys:
            staff_at.append(sum(r.shape[0] for r in rows))
            add(sparse.hstack([sparse.csr_matrix((len(staff_keys), t * n_sites)),
                               sparse.csr_matrix(staff_fte),
                               sparse.csr_matrix((len(staff_keys), size - (t + 1) * n_sites))]),
                -np.inf, staff_cap)
        if t:
            # existing sites only close (y_t <= y_t-1); candidates only open (y_t >= y_t-1)
            sign = np.where(existing, 1.0, -1.0)
            mono = sparse.coo_matrix(
                (np.r_[sign, -sign], (np.r_[np.arange(n_sites), np.arange(n_sites)],
                                      np.r_[y(t, np.arange(n_sites)),
                                            y(t - 1, np.arange(n_sites))])),
                shape=(n_sites, size))
            add(mono, -np.inf, 0)
    integrality = np.r_[np.ones(n_y), np.zeros(size - n_y)]
    matrix, lo_all, hi_all = sparse.vstack(rows).tocsr(), np.concatenate(lo), np.concatenate(hi)
    res = milp(c, integrality=integrality, bounds=Bounds(lower, upper),
               constraints=LinearConstraint(matrix, lo_all, hi_all),
               options={"time_limit": time_limit, "mip_rel_gap": gap})
    if res.x is None:
        if staff_keys and res.status == 2:
            staff_conflict(matrix, lo_all, hi_all, integrality, lower, upper, staff_at,
                           staff_keys, staff_cap, time_limit)
        raise PlanError(infeasible_reason(capacity, demand, floor, res.message))
    sol = res.x
    is_open = sol[:n_y].reshape(n_years, n_sites) > 0.5
    assignment = [sparse.csr_matrix((sol[x(t)], (ci, cj)), shape=(n_cells, n_sites))
                  for t in range(n_years)]
    travel = np.array([weight * demand[t, ci] @ (cost * sol[x(t)]) for t in range(n_years)])
    fixed_y = (fixed * is_open).sum(axis=1)
    bound = getattr(res, "mip_dual_bound", None)
    return Plan(is_open, assignment, fixed_y, travel, float(res.fun),
                float(bound) if bound is not None and np.isfinite(bound) else float(res.fun),
                res.message)


def staff_conflict(matrix, lo, hi, integrality, lower, upper, staff_at, keys, cap,
                   time_limit: float) -> None:
    """Raise a PlanError naming the staff limits no plan can meet: the model again with an
    FTE slack on every staff limit, least total slack; returns when the slack model has no
    solution either (then another constraint is at fault)."""
    k = len(keys)
    n_slack = k * len(staff_at)
    cols = np.concatenate([first + np.arange(k) for first in staff_at])
    slack = sparse.csr_matrix((-np.ones(n_slack), (cols, np.arange(n_slack))),
                              shape=(matrix.shape[0], n_slack))
    c = np.r_[np.zeros(matrix.shape[1]), np.ones(n_slack)]
    res = milp(c, integrality=np.r_[integrality, np.zeros(n_slack)],
               bounds=Bounds(np.r_[lower, np.zeros(n_slack)], np.r_[upper,
                                                                     np.full(n_slack, np.inf)]),
               constraints=LinearConstraint(sparse.hstack([matrix, slack]).tocsr(), lo, hi),
               options={"time_limit": time_limit})
    if res.x is None:
        return
    over = res.x[matrix.shape[1]:].reshape(len(staff_at), k).max(axis=0)
    short = [msg("{profession} in the whole county: the plan needs {need:g} FTE, {cap:g} "
                 "available", profession=p, need=cap[i] + over[i], cap=cap[i]) if a == "*"
             else msg("{profession} in area {area}: the plan needs {need:g} FTE, {cap:g} "
                      "available", profession=p, area=a, need=cap[i] + over[i], cap=cap[i])
             for i, (a, p) in enumerate(keys) if over[i] > 1e-6]
    raise PlanError(msg("no plan meets the staff limits: {limits} (raise the limit, allow "
                        "closing sites there, or open sites elsewhere)", limits=Join("; ", short)))


def infeasible_reason(capacity, demand, floor, message: str) -> str:
    """Which stated constraint makes the plan impossible, as far as it can be told."""
    if capacity is not None and np.isfinite(capacity).all() and \
            (demand.sum(axis=1) > np.sum(capacity) + 1e-9).any():
        return msg("demand {demand:.0f} exceeds the capacity of all sites together "
                   "({capacity:.0f})", demand=demand.sum(axis=1).max(),
                   capacity=np.sum(capacity))
    if floor is not None:
        return msg("no plan reaches the access floor ({share:.0%} within {minutes:g} min) with "
                   "the sites allowed; lower it or allow more sites ({message})",
                   share=floor.share, minutes=floor.minutes, message=message)
    return msg("no plan meets the constraints ({message})", message=message)


def aggregate_demand(x: np.ndarray, y: np.ndarray, demand: np.ndarray, size: float
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cells merged into squares of ``size`` (map units): each square's demand-weighted
    centre, its demand per year (years x squares) and each cell's square. Large plans are
    solved on the squares; the aggregation error is the distance within a square."""
    demand = np.atleast_2d(demand).astype(float)
    key = np.floor(np.c_[x, y] / size).astype(np.int64)
    _, group = np.unique(key, axis=0, return_inverse=True)
    group = group.ravel()
    n = int(group.max()) + 1
    w = demand.sum(axis=0) + 1e-12
    total = np.bincount(group, w, n)
    cx, cy = np.bincount(group, w * x, n) / total, np.bincount(group, w * y, n) / total
    agg = np.vstack([np.bincount(group, d, n) for d in demand])
    return cx, cy, agg, group


def nearest_only(minutes: np.ndarray, k: int, cutoff: float = np.inf) -> np.ndarray:
    """The travel times with each row's ``k`` nearest sites within ``cutoff`` kept (the
    nearest always) and the others unreachable (inf): the sparse candidate sets."""
    minutes = np.asarray(minutes, float)
    k = min(k, minutes.shape[1])
    near = np.argpartition(minutes, k - 1, axis=1)[:, :k]
    keep = np.full(minutes.shape, False)
    rows = np.arange(len(minutes))[:, None]
    keep[rows, near] = minutes[rows, near] <= cutoff
    keep[rows[:, 0], np.argmin(minutes, axis=1)] = True
    return np.where(keep, minutes, np.inf)
