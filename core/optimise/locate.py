"""Location-allocation: which sites to open, from a demand x site travel-time matrix.

Problems: p-median (least weighted travel time with p sites), maximal coverage (most demand
within a threshold with p sites), set cover (fewest sites covering a share of demand) and
p-center (least worst travel time). Two solvers:

- ``heuristic``: greedy construction, then vertex substitution (Teitz-Bart interchange).
  Every candidate swap is priced at once with numpy: with d1/d2 the nearest and second
  nearest open site of each demand point and c1 its nearest site, closing r and opening a
  changes the total by ``-gain(a) + sum_{i: c1=r} w_i (clip(D_ia, d1_i, d2_i) - d1_i)``.
- ``exact``: a MILP solved by HiGHS through ``scipy.optimize.milp`` (already shipped with
  QGIS's scipy), for sizes where it finishes; it reports the optimality gap.

Sites can be forced open (``must_open``) or kept closed (``must_close``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp


@dataclass
class Solution:
    sites: np.ndarray  # indices of the open sites
    objective: float
    solver: str  # 'heuristic' or 'exact (HiGHS)'
    gap: float | None = None  # relative optimality gap reported by the exact solver
    iterations: int = 0
    bound: float | None = None  # the exact solver's dual bound on the objective


def finite_cost(cost: np.ndarray, big: float | None = None) -> np.ndarray:
    """``cost`` with unreachable (inf) entries set to ``big``: by default ten times the
    longest finite time plus one, so a solver serves them last but still counts them."""
    finite = np.isfinite(cost)
    if big is None:
        big = float(cost[finite].max()) * 10 + 1 if finite.any() else 1.0
    return np.where(finite, cost, big)


def _nearest_two(cost: np.ndarray, open_sites: np.ndarray):
    sub = cost[:, open_sites]
    if len(open_sites) == 1:
        return sub[:, 0], np.full(len(cost), np.inf), np.full(len(cost), open_sites[0])
    part = np.argpartition(sub, 1, axis=1)[:, :2]
    a = np.take_along_axis(sub, part, axis=1)
    first = np.argmin(a, axis=1)
    rows = np.arange(len(cost))
    d1 = a[rows, first]
    d2 = a[rows, 1 - first]
    return d1, d2, open_sites[part[rows, first]]


def _check(cost, weight, p, must_open, must_close):
    m = cost.shape[1]
    must_open = np.unique(np.asarray([] if must_open is None else must_open, dtype=int))
    must_close = np.unique(np.asarray([] if must_close is None else must_close, dtype=int))
    if np.intersect1d(must_open, must_close).size:
        raise ValueError("a site cannot be both forced open and forced closed")
    if p is not None and not len(must_open) <= p <= m - len(must_close):
        raise ValueError(f"p = {p} does not fit {m} sites with {len(must_open)} forced open "
                         f"and {len(must_close)} forced closed")
    return np.asarray(cost, dtype=float), np.asarray(weight, dtype=float), must_open, must_close


def pmedian_heuristic(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None,
                      must_close=None, big: float | None = None) -> Solution:
    """Greedy + vertex substitution for the p-median problem (inf costs become ``big``)."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    cost = finite_cost(cost, big)
    big = float(cost.max())
    m = cost.shape[1]
    allowed = np.setdiff1d(np.arange(m), must_close)
    open_sites = list(must_open)
    current = np.full(len(cost), big) if not open_sites else cost[:, open_sites].min(axis=1)
    while len(open_sites) < p:  # greedy: add the site that lowers the total most
        cand = np.setdiff1d(allowed, open_sites)
        totals = (weight[:, None] * np.minimum(cost[:, cand], current[:, None])).sum(axis=0)
        best = cand[int(np.argmin(totals))]
        open_sites.append(best)
        current = np.minimum(current, cost[:, best])
    open_sites = np.array(sorted(open_sites))
    iterations = 0
    swappable = np.setdiff1d(open_sites, must_open)
    while len(swappable) and len(open_sites) < len(allowed):
        d1, d2, c1 = _nearest_two(cost, open_sites)
        closed = np.setdiff1d(allowed, open_sites)
        cc = cost[:, closed]
        gain = (weight[:, None] * np.maximum(0.0, d1[:, None] - cc)).sum(axis=0)
        extra = weight[:, None] * (np.clip(cc, d1[:, None], d2[:, None]) - d1[:, None])
        groups = sparse.csr_matrix((np.ones(len(cost)), (np.searchsorted(open_sites, c1),
                                                         np.arange(len(cost)))),
                                   shape=(len(open_sites), len(cost)))
        delta = (groups @ extra) - gain[None, :]  # (open, closed)
        delta[~np.isin(open_sites, swappable)] = np.inf
        r, a = np.unravel_index(int(np.argmin(delta)), delta.shape)
        total = float((weight * d1).sum())
        if delta[r, a] >= -1e-9 * max(1.0, abs(total)):
            break
        open_sites = np.sort(np.r_[np.delete(open_sites, r), closed[a]])
        swappable = np.setdiff1d(open_sites, must_open)
        iterations += 1
    d1 = cost[:, open_sites].min(axis=1)
    return Solution(open_sites, float((weight * d1).sum()), "heuristic", None, iterations)


def pmedian_exact(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None,
                  must_close=None, time_limit: float = 60.0, big: float | None = None
                  ) -> Solution:
    """The p-median MILP (assignment variables x_ij, site variables y_j) with HiGHS."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    n, m = cost.shape
    cost = finite_cost(cost, big)
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
        raise RuntimeError(f"the exact solver found no solution: {res.message}")
    sites = np.flatnonzero(res.x[nx:] > 0.5)
    d1 = cost[:, sites].min(axis=1)
    return Solution(sites, float((weight * d1).sum()), "exact (HiGHS)",
                    getattr(res, "mip_gap", None), bound=getattr(res, "mip_dual_bound", None))


def coverage_heuristic(cost: np.ndarray, weight: np.ndarray, p: int, threshold: float,
                       must_open=None, must_close=None) -> Solution:
    """Maximal coverage: greedy + interchange on the demand covered within ``threshold``."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    covers = cost <= threshold
    # coverage is a p-median with cost 0 inside the threshold and 1 outside
    sol = pmedian_heuristic(np.where(covers, 0.0, 1.0), weight, p, must_open, must_close,
                            big=1.0)
    covered = float(weight[covers[:, sol.sites].any(axis=1)].sum())
    return Solution(sol.sites, covered, "heuristic", None, sol.iterations)


def coverage_exact(cost: np.ndarray, weight: np.ndarray, p: int, threshold: float,
                   must_open=None, must_close=None, time_limit: float = 60.0) -> Solution:
    """Maximal coverage MILP: maximise covered demand z_i <= sum_{j covers i} y_j."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    n, m = cost.shape
    covers = sparse.csr_matrix((cost <= threshold).astype(float))
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
        raise RuntimeError(f"the exact solver found no solution: {res.message}")
    sites = np.flatnonzero(res.x[:m] > 0.5)
    covered = float(weight[(cost[:, sites] <= threshold).any(axis=1)].sum())
    return Solution(sites, covered, "exact (HiGHS)", getattr(res, "mip_gap", None),
                    bound=getattr(res, "mip_dual_bound", None))


def set_cover_exact(cost: np.ndarray, weight: np.ndarray, threshold: float, share: float,
                    must_open=None, must_close=None, time_limit: float = 60.0) -> Solution:
    """Fewest sites so that at least ``share`` of the demand is within ``threshold``."""
    cost, weight, must_open, must_close = _check(cost, weight, None, must_open, must_close)
    n, m = cost.shape
    covers = sparse.csr_matrix((cost <= threshold).astype(float))
    c = np.r_[np.ones(m), np.zeros(n)]
    a = sparse.hstack([-covers, sparse.identity(n)]).tocsr()
    need = sparse.csr_matrix(np.r_[np.zeros(m), weight][None, :])
    reachable = float(weight[(cost <= threshold).any(axis=1)].sum())
    target = share * float(weight.sum())
    if reachable + 1e-9 < target:
        raise ValueError(f"even all sites cover only {reachable / weight.sum():.1%} of the "
                         f"demand within {threshold:g}")
    lb, ub = np.zeros(m + n), np.ones(m + n)
    lb[must_open] = 1
    ub[must_close] = 0
    res = milp(c, integrality=np.r_[np.ones(m), np.zeros(n)], bounds=Bounds(lb, ub),
               constraints=[LinearConstraint(a, -np.inf, 0), LinearConstraint(need, target,
                                                                             np.inf)],
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:
        raise RuntimeError(f"the exact solver found no solution: {res.message}")
    sites = np.flatnonzero(res.x[:m] > 0.5)
    return Solution(sites, float(len(sites)), "exact (HiGHS)", getattr(res, "mip_gap", None),
                    bound=getattr(res, "mip_dual_bound", None))


def pcenter(cost: np.ndarray, weight: np.ndarray, p: int, must_open=None, must_close=None,
            time_limit: float = 60.0) -> Solution:
    """Least worst travel time with p sites: the smallest threshold a p-site cover meets
    for all demand with weight, found by bisection over the distinct travel times."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    use = weight > 0

    def feasible(threshold: float) -> Solution | None:
        try:
            sol = set_cover_exact(cost[use], np.ones(use.sum()), threshold, 1.0, must_open,
                                  must_close, time_limit)
        except ValueError:
            return None
        return sol if len(sol.sites) <= p else None

    return _smallest_threshold(cost[use], feasible)


def _smallest_threshold(cost: np.ndarray, feasible) -> Solution:
    """Bisection over the distinct finite travel times for the smallest feasible one;
    ``feasible(threshold)`` returns a Solution or None."""
    values = np.unique(cost[np.isfinite(cost)])
    lo, hi, best = 0, len(values) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        sol = feasible(values[mid])
        if sol is not None:
            best, hi = (sol, values[mid]), mid - 1
        else:
            lo = mid + 1
    if best is None:
        raise ValueError("no choice of p sites reaches every demand point")
    return Solution(best[0].sites, float(best[1]), "exact (HiGHS)", best[0].gap)


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
        raise ValueError("the open sites cannot take all the demand within their capacities")
    return float(res.fun), res.x.reshape(n, k)


def pmedian_capacitated_heuristic(cost, weight, p, capacity, must_open=None, must_close=None,
                                  candidates_per_swap: int = 8, max_swaps: int = 50
                                  ) -> Solution:
    """Capacitated p-median: the uncapacitated heuristic's sites, then swaps priced by the
    uncapacitated formula and confirmed with the capacitated assignment (an LP)."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    capacity = np.asarray(capacity, dtype=float)
    if np.any(np.isnan(capacity)) or np.any(capacity < 0):
        raise ValueError("every site needs a capacity of zero or more")
    cost = finite_cost(cost)  # unreachable demand still needs a site
    start = pmedian_heuristic(cost, weight, p, must_open, must_close).sites
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
        raise ValueError("the chosen sites' capacities are below the total demand") from None
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
    return Solution(sites, best, "heuristic", None, swaps)


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
        raise ValueError(f"no capacitated solution: {res.message}")
    return Solution(np.flatnonzero(res.x[nx:] > 0.5), float(res.fun), "exact (HiGHS)",
                    getattr(res, "mip_gap", None),
                    bound=getattr(res, "mip_dual_bound", None))


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
        raise ValueError(f"no capacitated cover: {res.message}")
    chosen = np.flatnonzero(res.x[k:] > 0.5)
    objective = float(served @ res.x[:k]) if p is not None else float(len(chosen))
    return Solution(chosen, objective, "exact (HiGHS)", getattr(res, "mip_gap", None),
                    bound=getattr(res, "mip_dual_bound", None))


def capacitated_pcenter(cost, weight, p, capacity, must_open=None, must_close=None,
                        time_limit: float = 60.0) -> Solution:
    """Least threshold within which p sites can serve all (weighted) demand within their
    capacities, by bisection over the distinct travel times."""
    cost, weight, must_open, must_close = _check(cost, weight, p, must_open, must_close)
    use = weight > 0

    def feasible(threshold: float) -> Solution | None:
        try:
            sol = capacitated_cover(cost[use], weight[use], threshold, capacity, p=p,
                                    must_open=must_open, must_close=must_close,
                                    time_limit=time_limit)
        except ValueError:
            return None
        return sol if sol.objective >= weight[use].sum() * (1 - 1e-9) else None

    return _smallest_threshold(cost[use], feasible)
