"""Proven bounds for location problems, and exact demand aggregation.

- ``merge_rows``: demand points with identical rows (of costs, or of which sites cover
  them) are one point carrying their summed weight; every objective here is unchanged.
- ``pmedian_lagrangian``: the Lagrangian relaxation of the p-median's assignment
  constraints (Beasley 1993), maximised by subgradient steps. For any multipliers l_i,
  ``sum_i l_i + (the p smallest, forced sites included, of sum_i min(0, w_i D_ij - l_i))``
  is at most the optimum, so the best value seen is a proven lower bound (at best the LP
  relaxation's value). Each step's p sites are also a solution: the search keeps the best.
- ``coverage_lagrangian``: the same for maximal coverage (relaxing z_i <= sum_j a_ij y_j):
  a proven upper bound on the demand p sites can cover.
"""

from __future__ import annotations

import time

import numpy as np


def merge_rows(matrix: np.ndarray, weight: np.ndarray):
    """(unique rows, their summed weights, index of each original row's unique row)."""
    rows, inverse = np.unique(matrix, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    return rows, np.bincount(inverse, weights=weight, minlength=len(rows)), inverse


def _pick(scores: np.ndarray, p: int, fixed: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """``fixed`` plus the ``p - len(fixed)`` allowed sites of lowest score."""
    free = np.setdiff1d(allowed, fixed)
    k = p - len(fixed)
    if k <= 0:
        return np.sort(fixed)
    top = free[np.argpartition(scores[free], k - 1)[:k]] if k < len(free) else free
    return np.sort(np.r_[fixed, top]).astype(int)


def pmedian_lagrangian(cost, weight, p, fixed, allowed, upper: float,
                       max_iter: int = 5000, time_limit: float = 30.0, tol: float = 1e-6
                       ) -> tuple[float, list[np.ndarray]]:
    """(proven lower bound, the distinct site sets of the last improving steps)."""
    wc = weight[:, None] * cost
    wc_sorted = np.sort(wc[:, allowed], axis=1)
    lam = wc_sorted[:, min(p, wc_sorted.shape[1] - 1)].copy()  # a start between d1 and dp
    best, f, stall, sets = -np.inf, 2.0, 0, []
    start = time.perf_counter()
    for _ in range(max_iter):
        red = np.minimum(0.0, wc - lam[:, None])
        rho = red.sum(axis=0)
        y = _pick(rho, p, fixed, allowed)
        low = float(lam.sum() + rho[y].sum())
        upper = min(upper, float(weight @ cost[:, y].min(axis=1)))
        if low > best + 1e-12 * abs(upper):
            best, stall = low, 0
            if not any(np.array_equal(y, s) for s in sets[-8:]):
                sets.append(y)
        else:
            stall += 1
            if stall >= 40:
                f, stall = f / 2, 0
        if upper - best <= tol * abs(upper) or f < 1e-4 \
                or time.perf_counter() - start > time_limit:
            break
        g = 1.0 - (wc[:, y] < lam[:, None]).sum(axis=1)
        norm = float(g @ g)
        if norm == 0:  # the relaxation's solution is feasible: it is optimal
            break
        lam = lam + f * max(upper - low, 1e-9 * abs(upper)) / norm * g
    return best, sets[-8:]


def coverage_lagrangian(covers: np.ndarray, weight, p, fixed, allowed, lower: float,
                        max_iter: int = 5000, time_limit: float = 30.0, tol: float = 1e-6
                        ) -> tuple[float, list[np.ndarray]]:
    """(proven upper bound on the coverable demand, site sets of improving steps);
    ``covers`` is the boolean (demand, site) matrix, ``lower`` a known coverage."""
    a = covers.astype(float)
    mu = weight / 2
    best, f, stall, sets = np.inf, 2.0, 0, []
    start = time.perf_counter()
    for _ in range(max_iter):
        z = weight > mu
        score = mu @ a
        y = _pick(-score, p, fixed, allowed)
        up = float(np.maximum(0.0, weight - mu).sum() + score[y].sum())
        lower = max(lower, float(weight[covers[:, y].any(axis=1)].sum()))
        if up < best - 1e-12 * abs(lower):
            best, stall = up, 0
            if not any(np.array_equal(y, s) for s in sets[-8:]):
                sets.append(y)
        else:
            stall += 1
            if stall >= 40:
                f, stall = f / 2, 0
        if best - lower <= tol * max(abs(lower), 1.0) or f < 1e-4 \
                or time.perf_counter() - start > time_limit:
            break
        g = a[:, y].sum(axis=1) - z
        norm = float(g @ g)
        if norm == 0:
            break
        mu = np.maximum(0.0, mu - f * max(up - lower, 1e-9 * abs(up)) / norm * g)
    return best, sets[-8:]
