"""Location-allocation: which sites to open, from a demand x site travel-time matrix.

Problems: p-median (least weighted travel time with p sites), maximal coverage (most demand
within a threshold with p sites), set cover (fewest sites covering a share of demand) and
p-center (least worst travel time). Two solvers:

- ``heuristic``: multi-start fast interchange with perturbations (``search``), plus a
  Lagrangian bound (``bounds``) for p-median and maximal coverage, so its result carries a
  PROVEN relative gap (upper - lower) / lower (for coverage (upper - found) / found).
- ``exact``: a MILP solved by HiGHS through ``scipy.optimize.milp`` (already shipped with
  QGIS's scipy), for sizes where it finishes; its gap comes from HiGHS's dual bound.

Demand points with identical rows are merged first (``merge_rows``): for coverage, set
cover and p-center only which sites cover a point matters, so thousands of cells collapse
to a few hundred patterns and the exact MILP stays small.

Sites can be forced open (``must_open``) or kept closed (``must_close``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from ..messages import msg
from .bounds import (
    capacitated_lagrangian,
    coverage_lagrangian,
    merge_rows,
    pmedian_branch_and_bound,
)
from .search import interchange, multistart, total


@dataclass
class Solution:
    sites: np.ndarray  # indices of the open sites
    objective: float
    solver: str  # 'heuristic' or 'exact (HiGHS)'
    gap: float | None = None  # proven relative gap between objective and bound
    iterations: int = 0
    bound: float | None = None  # proven bound on the optimum (lower when minimising)

    @property
    def proven_optimal(self) -> bool:
        return self.gap is not None and self.gap <= 1.01e-6  # the bounds' tolerance


def finite_cost(cost: np.ndarray, big: float | None = None) -> np.ndarray:
    """``cost`` with unreachable (inf) entries set to ``big``: by default ten times the
    longest finite time plus one, so a solver serves them last but still counts them."""
    finite = np.isfinite(cost)
    if big is None:
        big = float(cost[finite].max()) * 10 + 1 if finite.any() else 1.0
    return np.where(finite, cost, big)


def _check(cost, weight, p, must_open, must_close):
    m = cost.shape[1]
    must_open = np.unique(np.asarray([] if must_open is None else must_open, dtype=int))
    must_close = np.unique(np.asarray([] if must_close is None else must_close, dtype=int))
    if np.intersect1d(must_open, must_close).size:
        raise ValueError(msg("a site cannot be both forced open and forced closed"))
    if p is not None and not len(must_open) <= p <= m - len(must_close):
        raise ValueError(msg("p = {p} does not fit {m} sites with {n_must_open} forced open "
                             "and {n_must_close} forced closed",
                             p=p, m=m, n_must_open=len(must_open), n_must_close=len(must_close)))
    return np.asarray(cost, dtype=float), np.asarray(weight, dtype=float), must_open, must_close


def pmedian_heuristic(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None,
                      must_close=None, big: float | None = None, bound: bool = True,
                      seed: int = 0, time_limit: float = 30.0) -> Solution:
    """p-median by multi-start interchange (inf costs become ``big``) with, unless
    ``bound`` is False, a Lagrangian lower bound: the solution states its proven gap."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    cost = finite_cost(cost, big)
    allowed = np.setdiff1d(np.arange(cost.shape[1]), must_close)
    rows, w, _ = merge_rows(cost, weight)
    sites, value, swaps = multistart(rows, w, p, must_open, allowed, seed=seed)
    if not bound:
        return Solution(sites, value, "heuristic", None, swaps)
    relax = pmedian_branch_and_bound(rows, w, p, must_open, allowed, value,
                                     time_limit=time_limit)
    lower = relax.lower
    for start in relax.sets + [relax.best] * (relax.best is not None):
        # the relaxation's site sets are good starts (Lagrangian heuristic)
        trial, k = interchange(rows, w, start, must_open, allowed)
        swaps += k
        if total(rows, w, trial) < value:
            sites, value = trial, total(rows, w, trial)
    return Solution(sites, value, "heuristic", relative_gap(value, lower), swaps, lower)


def relative_gap(value: float, bound: float | None) -> float | None:
    """Proven relative gap (upper - lower) / lower between an objective and its bound, in
    either order (0 when both are 0)."""
    if bound is None or not np.isfinite(bound):
        return None
    lower = min(abs(value), abs(bound))
    if lower == 0:
        return 0.0 if abs(value - bound) < 1e-12 else float("inf")
    return abs(value - bound) / lower


def gap_text(sol: Solution) -> str:
    """How far from optimal the solution is proven to be, in words for the log/report."""
    if sol.gap is None:
        return msg("no proven bound (gap unknown)")
    if sol.proven_optimal:
        return msg("proven optimal (bound {bound:.6g})", bound=sol.bound)
    return msg("proven gap {gap:.3%} (objective {objective:.6g}, bound {bound:.6g})",
               gap=sol.gap, objective=sol.objective, bound=sol.bound)


def merged_size(matrix: np.ndarray) -> int:
    """Demand x sites after merging identical rows (what the MILPs solve)."""
    return len(np.unique(matrix, axis=0)) * matrix.shape[1]


def pmedian_exact(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None,
                  must_close=None, time_limit: float = 60.0, big: float | None = None
                  ) -> Solution:
    """The p-median MILP (assignment variables x_ij, site variables y_j) with HiGHS."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    cost, weight, _ = merge_rows(finite_cost(cost, big), weight)
    n, m = cost.shape
    c_assign = (weight[:, None] * cost).ravel()
    c = np.r_[c_assign, np.zeros(m)]
    nx = n * m
    rows = np.arange(n).repeat(m)
    assign = sparse.csr_matrix((np.ones(nx), (rows, np.arange(nx))), shape=(n, nx + m))
    # x_ij <= y_j
    link = sparse.hstack([sparse.identity(nx, format="csr"),
                          -sparse.csr_matrix((np.ones(nx), (np.arange(nx),
                                                            np.tile(np.arange(m), n))),
                                             shape=(nx, m))]).tocsr()
    count = sparse.csr_matrix((np.ones(m), (np.zeros(m, int), nx + np.arange(m))),
                              shape=(1, nx + m))
    lb = np.zeros(nx + m)
    ub = np.ones(nx + m)
    lb[nx + must_open] = 1
    ub[nx + must_close] = 0
    integrality = np.r_[np.zeros(nx), np.ones(m)]
    res = milp(c, integrality=integrality, bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(assign, 1, 1), LinearConstraint(link, -np.inf, 0),
                            LinearConstraint(count, p, p)],
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise RuntimeError(msg("the exact solver found no solution: {message}",
                               message=res.message))
    return _exact(np.flatnonzero(res.x[nx:] > 0.5), total(cost, weight, np.flatnonzero(
        res.x[nx:] > 0.5)), res)


def _exact(sites: np.ndarray, objective: float, res) -> Solution:
    bound = getattr(res, "mip_dual_bound", None)
    return Solution(sites, objective, "exact (HiGHS)", relative_gap(objective, bound),
                    bound=bound if bound is None else abs(bound))


def coverage_heuristic(cost: np.ndarray, weight: np.ndarray, p: int, threshold: float,
                       must_open=None, must_close=None) -> Solution:
    """Maximal coverage: multi-start interchange on the uncovered demand (a p-median with
    cost 0 within ``threshold`` and 1 beyond) and a Lagrangian upper bound."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    covers, w, _ = merge_rows(cost <= threshold, weight)
    allowed = np.setdiff1d(np.arange(cost.shape[1]), must_close)
    miss = np.where(covers, 0.0, 1.0)
    sites, _, swaps = multistart(miss, w, p, must_open, allowed)
    found = float(w[covers[:, sites].any(axis=1)].sum())
    upper, sets = coverage_lagrangian(covers, w, p, must_open, allowed, found)
    for start in sets:
        trial, k = interchange(miss, w, start, must_open, allowed)
        swaps += k
        value = float(w[covers[:, trial].any(axis=1)].sum())
        if value > found:
            sites, found = trial, value
    return Solution(sites, found, "heuristic", relative_gap(found, upper), swaps, upper)


def coverage_exact(cost: np.ndarray, weight: np.ndarray, p: int, threshold: float,
                   must_open=None, must_close=None, time_limit: float = 60.0) -> Solution:
    """Maximal coverage MILP: maximise covered demand z_i <= sum_{j covers i} y_j."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    pattern, weight, _ = merge_rows(cost <= threshold, weight)
    n, m = pattern.shape
    covers = sparse.csr_matrix(pattern.astype(float))
    c = np.r_[np.zeros(m), -weight]  # variables: y (m), z (n)
    a = sparse.hstack([-covers, sparse.identity(n)]).tocsr()  # z_i - sum y_j <= 0
    count = sparse.csr_matrix((np.ones(m), (np.zeros(m, int), np.arange(m))), shape=(1, m + n))
    lb, ub = np.zeros(m + n), np.ones(m + n)
    lb[must_open] = 1
    ub[must_close] = 0
    res = milp(c, integrality=np.r_[np.ones(m), np.zeros(n)], bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(a, -np.inf, 0), LinearConstraint(count, p, p)],
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise RuntimeError(msg("the exact solver found no solution: {message}",
                               message=res.message))
    sites = np.flatnonzero(res.x[:m] > 0.5)
    return _exact(sites, float(weight[pattern[:, sites].any(axis=1)].sum()), res)


def set_cover_exact(cost: np.ndarray, weight: np.ndarray, threshold: float, share: float,
                    must_open=None, must_close=None, time_limit: float = 60.0) -> Solution:
    """Fewest sites so that at least ``share`` of the demand is within ``threshold``."""
    cost, weight, must_open, must_close = _check(cost, weight, None, must_open, must_close)
    pattern, weight, _ = merge_rows(cost <= threshold, weight)
    n, m = pattern.shape
    covers = sparse.csr_matrix(pattern.astype(float))
    c = np.r_[np.ones(m), np.zeros(n)]
    a = sparse.hstack([-covers, sparse.identity(n)]).tocsr()
    need = sparse.csr_matrix(np.r_[np.zeros(m), weight][None, :])
    allowed = np.ones(m, dtype=bool)
    allowed[must_close] = False  # barred sites are never chosen: they cover nothing
    reachable = float(weight[pattern[:, allowed].any(axis=1)].sum())
    target = share * float(weight.sum())
    if reachable + 1e-9 < target:
        share = reachable / weight.sum()
        raise ValueError(
            msg("even all sites cover only {share:.1%} of the demand within {threshold:g} (the "
                "barred sites left out)", share=share, threshold=threshold) if len(must_close)
            else msg("even all sites cover only {share:.1%} of the demand within {threshold:g}",
                     share=share, threshold=threshold))
    lb, ub = np.zeros(m + n), np.ones(m + n)
    lb[must_open] = 1
    ub[must_close] = 0
    res = milp(c, integrality=np.r_[np.ones(m), np.zeros(n)], bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(a, -np.inf, 0), LinearConstraint(need, target,
                                                                             np.inf)],
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise RuntimeError(msg("the exact solver found no solution: {message}",
                               message=res.message))
    sites = np.flatnonzero(res.x[:m] > 0.5)
    return _exact(sites, float(len(sites)), res)


def pcenter(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None, must_close=None,
            time_limit: float = 60.0) -> Solution:
    """Least worst travel time with p sites: the smallest threshold a p-site cover meets
    for all demand with weight, found by bisection over the distinct travel times."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    use = weight > 0

    def feasible(threshold: float) -> tuple[Solution | None, bool]:
        try:
            sol = set_cover_exact(cost[use], np.ones(use.sum()), threshold, 1.0, must_open,
                                  must_close, time_limit)
        except ValueError:  # not even every site covers all: proven infeasible
            return None, True
        if len(sol.sites) <= p:
            return sol, True
        return None, sol.bound is not None and sol.bound > p + 1e-6

    return _smallest_threshold(cost[use], feasible)


def _smallest_threshold(cost: np.ndarray, feasible) -> Solution:
    """Bisection over the distinct finite travel times for the smallest feasible one;
    ``feasible(threshold)`` returns (a Solution or None, whether None is proven). The
    result is proven optimal (gap 0) when the next smaller time was proven infeasible."""
    values = np.unique(cost[np.isfinite(cost)])
    lo, hi, best, proven = 0, len(values) - 1, None, True
    while lo <= hi:
        mid = (lo + hi) // 2
        sol, sure = feasible(values[mid])
        if sol is not None:
            best, hi = (sol, values[mid]), mid - 1
        else:
            lo, proven = mid + 1, proven and sure
    if best is None:
        raise ValueError(msg("no choice of p sites reaches every demand point"))
    value = float(best[1])
    return Solution(best[0].sites, value, "exact (HiGHS)", 0.0 if proven else None,
                    bound=value if proven else None)


def capacitated_assignment(cost: np.ndarray, weight: np.ndarray, sites: np.ndarray,
                           capacity: np.ndarray, big: float | None = None
                           ) -> tuple[float, np.ndarray]:
    """Least weighted travel time sending each demand to the open ``sites`` within their
    ``capacity`` (demand may be split); returns the total and the (n, len(sites)) shares."""
    from scipy.optimize import linprog

    # the penalty of the whole matrix, so that values compare with the other solvers'
    cost = finite_cost(np.asarray(cost, dtype=float), big)[:, sites]
    n, k = cost.shape
    c = (weight[:, None] * cost).ravel()
    one = sparse.csr_matrix((np.ones(n * k), (np.arange(n).repeat(k), np.arange(n * k))),
                            shape=(n, n * k))
    cap = sparse.csr_matrix((np.tile(weight[:, None], (1, k)).ravel(),
                             (np.tile(np.arange(k), n), np.arange(n * k))), shape=(k, n * k))
    res = linprog(c, A_ub=cap, b_ub=np.asarray(capacity, dtype=float)[sites], A_eq=one,
                  b_eq=np.ones(n), bounds=(0, 1), method="highs")
    if res.status != 0:
        raise ValueError(msg("the open sites cannot take all the demand within their "
                             "capacities"))
    return float(res.fun), res.x.reshape(n, k)


def pmedian_capacitated_heuristic(cost, weight, p, capacity, must_open=None, must_close=None,
                                  candidates_per_swap: int = 8, max_swaps: int = 50,
                                  time_limit: float = 20.0) -> Solution:
    """Capacitated p-median: the uncapacitated heuristic's sites, then swaps priced by the
    uncapacitated formula and confirmed with the capacitated assignment (an LP). Its bound
    is the better of the uncapacitated bound (capacities can only add cost) and the
    capacitated Lagrangian bound (``bounds.capacitated_lagrangian``)."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    capacity = np.asarray(capacity, dtype=float)
    if np.any(np.isnan(capacity)) or np.any(capacity < 0):
        raise ValueError(msg("every site needs a capacity of zero or more"))
    cost = finite_cost(cost)  # unreachable demand still needs a site
    free = pmedian_heuristic(cost, weight, p, must_open, must_close)
    start = free.sites
    allowed = np.setdiff1d(np.arange(cost.shape[1]), must_close)
    # open the largest sites first if the uncapacitated choice cannot hold the demand
    if capacity[start].sum() < weight.sum():
        extra = [j for j in np.argsort(-capacity) if j in allowed and j not in start]
        swappable = [j for j in np.argsort(capacity[start]) if start[j] not in must_open]
        start = start.copy()
        for pos, j in zip(swappable, extra):
            if capacity[start].sum() >= weight.sum():
                break
            start[pos] = j
    try:
        best, _ = capacitated_assignment(cost, weight, np.sort(start), capacity)
    except ValueError:
        raise ValueError(msg("the chosen sites' capacities are below the total demand")) from None
    sites = np.sort(start)
    swaps = 0
    for _ in range(max_swaps):
        closed = np.setdiff1d(allowed, sites)
        if not len(closed):
            break
        d1 = cost[:, sites].min(axis=1)
        gain = (weight[:, None] * np.maximum(0.0, d1[:, None] - cost[:, closed])).sum(axis=0)
        order = closed[np.argsort(-(gain + capacity[closed] * 1e-9))][:candidates_per_swap]
        improved = False
        for a in order:
            for r in [s for s in sites if s not in must_open]:
                trial = np.sort(np.r_[sites[sites != r], a])
                try:
                    value, _ = capacitated_assignment(cost, weight, trial, capacity)
                except ValueError:
                    continue
                if value < best * (1 - 1e-9):
                    best, sites, improved = value, trial, True
                    swaps += 1
                    break
            if improved:
                break
        if not improved:
            break
    uncapacitated = free.bound if free.bound is not None else -np.inf
    lower = max(uncapacitated, capacitated_lagrangian(cost, weight, p, capacity, must_open,
                                                      allowed, best, time_limit=time_limit))
    return Solution(sites, best, "heuristic", relative_gap(best, lower), swaps, lower)


def pmedian_capacitated_exact(cost, weight, p, capacity, must_open=None, must_close=None,
                              time_limit: float = 60.0) -> Solution:
    """Capacitated p-median MILP (demand may be split between sites)."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    n, m = cost.shape
    nx = n * m
    c = np.r_[(weight[:, None] * finite_cost(cost)).ravel(), np.zeros(m)]
    assign = sparse.csr_matrix((np.ones(nx), (np.arange(n).repeat(m), np.arange(nx))),
                               shape=(n, nx + m))
    ycol = sparse.csr_matrix((np.ones(nx), (np.arange(nx), np.tile(np.arange(m), n))),
                             shape=(nx, m))
    link = sparse.hstack([sparse.identity(nx, format="csr"), -ycol]).tocsr()
    load = sparse.hstack([sparse.csr_matrix((np.tile(weight[:, None], (1, m)).ravel(),
                                             (np.tile(np.arange(m), n), np.arange(nx))),
                                            shape=(m, nx)),
                          -sparse.diags(np.asarray(capacity, dtype=float))]).tocsr()
    count = sparse.csr_matrix((np.ones(m), (np.zeros(m, int), nx + np.arange(m))),
                              shape=(1, nx + m))
    lb, ub = np.zeros(nx + m), np.ones(nx + m)
    lb[nx + must_open] = 1
    ub[nx + must_close] = 0
    res = milp(c, integrality=np.r_[np.zeros(nx), np.ones(m)], bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(assign, 1, 1), LinearConstraint(link, -np.inf, 0),
                            LinearConstraint(load, -np.inf, 0), LinearConstraint(count, p, p)],
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise ValueError(msg("no capacitated solution: {message}", message=res.message))
    return _exact(np.flatnonzero(res.x[nx:] > 0.5), float(res.fun), res)


def capacitated_cover(cost: np.ndarray, weight: np.ndarray, threshold: float,
                      capacity: np.ndarray, p: int | None = None, share: float | None = None,
                      must_open=None, must_close=None, time_limit: float = 60.0) -> Solution:
    """Coverage with capacities (demand may be split; a site serves only demand within
    ``threshold`` up to its capacity). With ``p``: most demand served by p sites (maximal
    coverage); with ``share``: fewest sites serving that share of the demand (set cover)."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    n, m = cost.shape
    rows, cols = np.nonzero(cost <= threshold)  # one variable per covering pair
    k = len(rows)
    served = weight[rows]
    one = sparse.csr_matrix((np.ones(k), (rows, np.arange(k))), shape=(n, k + m))
    load = sparse.csr_matrix((np.r_[served, -np.asarray(capacity, dtype=float)],
                              (np.r_[cols, np.arange(m)], np.r_[np.arange(k), k + np.arange(m)])),
                             shape=(m, k + m))
    link = sparse.csr_matrix((np.r_[np.ones(k), -np.ones(k)],
                              (np.r_[np.arange(k), np.arange(k)], np.r_[np.arange(k), k + cols])),
                             shape=(k, k + m))
    cons = [LinearConstraint(one, 0, 1), LinearConstraint(load, -np.inf, 0),
            LinearConstraint(link, -np.inf, 0)]
    sites = sparse.csr_matrix((np.ones(m), (np.zeros(m, int), k + np.arange(m))),
                              shape=(1, k + m))
    if p is not None:
        c = np.r_[-served, np.zeros(m)]
        cons.append(LinearConstraint(sites, p, p))
    else:
        c = np.r_[np.zeros(k), np.ones(m)]
        need = sparse.csr_matrix(np.r_[served, np.zeros(m)][None, :])
        cons.append(LinearConstraint(need, (share or 0) * weight.sum(), np.inf))
    lb, ub = np.zeros(k + m), np.ones(k + m)
    lb[k + must_open] = 1
    ub[k + must_close] = 0
    res = milp(c, integrality=np.r_[np.zeros(k), np.ones(m)], bounds=Bounds(lb, ub),
               constraints=cons, options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise ValueError(msg("no capacitated cover: {message}", message=res.message))
    chosen = np.flatnonzero(res.x[k:] > 0.5)
    objective = float(served @ res.x[:k]) if p is not None else float(len(chosen))
    return _exact(chosen, objective, res)


def capacitated_pcenter(cost, weight, p, capacity, must_open=None, must_close=None,
                        time_limit: float = 60.0) -> Solution:
    """Least threshold within which p sites can serve all (weighted) demand within their
    capacities, by bisection over the distinct travel times."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    use = weight > 0

    def feasible(threshold: float) -> tuple[Solution | None, bool]:
        try:
            sol = capacitated_cover(cost[use], weight[use], threshold, capacity, p=p,
                                    must_open=must_open, must_close=must_close,
                                    time_limit=time_limit)
        except ValueError:
            return None, False
        need = weight[use].sum() * (1 - 1e-9)
        if sol.objective >= need:
            return sol, True
        return None, sol.bound is not None and sol.bound < need

    return _smallest_threshold(cost[use], feasible)
