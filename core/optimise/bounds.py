"""Proven bounds for location problems, and exact demand aggregation.

- ``merge_rows``: demand points with identical rows (of costs, or of which sites cover
  them) are one point carrying their summed weight; every objective here is unchanged.
- ``pmedian_lagrangian``: the Lagrangian relaxation of the p-median's assignment
  constraints (Beasley 1993), maximised by subgradient steps. For any multipliers l_i,
  ``sum_i l_i + (the p smallest, forced sites included, of sum_i min(0, w_i D_ij - l_i))``
  is at most the optimum, so the best value seen is a proven lower bound (at best the LP
  relaxation's value). Each step's p sites are also a solution: the search keeps the best.
- ``pmedian_branch_and_bound``: where that bound stays below the best known total (the LP
  relaxation itself has a gap), branching on sites (open / closed) with reduced-cost fixing
  lifts it, within a time limit; the least bound of the open nodes is proven.
- ``coverage_lagrangian``: the same for maximal coverage (relaxing z_i <= sum_j a_ij y_j):
  a proven upper bound on the demand p sites can cover.
- ``capacitated_lagrangian``: the capacitated p-median's bound (a fractional knapsack per
  site once the assignment constraints are relaxed).
"""

from __future__ import annotations

import heapq
import time
from dataclasses import dataclass

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


class _Steps:
    """Subgradient step sizes f (gap to the target) / |g|^2, f halved after 40 steps
    without a better bound (Beasley 1993); stops at a closed gap, f < 1e-4 or the time."""

    def __init__(self, tol: float, time_limit: float):
        self.f, self.stall, self.tol = 2.0, 0, tol
        self.end = time.perf_counter() + time_limit

    def record(self, improved: bool) -> None:
        self.stall = 0 if improved else self.stall + 1
        if self.stall >= 40:
            self.f, self.stall = self.f / 2, 0

    def finished(self, gap: float, scale: float) -> bool:
        return gap <= self.tol * max(abs(scale), 1.0) or self.f < 1e-4 \
            or time.perf_counter() > self.end

    def size(self, gap: float, scale: float, norm: float) -> float:
        return self.f * max(gap, 1e-9 * abs(scale)) / norm


@dataclass
class Relaxation:
    lower: float  # proven lower bound
    sets: list  # distinct site sets of the last improving steps
    lam: np.ndarray  # multipliers of the best bound
    rho: np.ndarray  # per-site reduced costs at those multipliers
    upper: float  # best total among the steps' site sets
    best: np.ndarray | None  # that site set


def pmedian_lagrangian(cost, weight, p, fixed, allowed, upper: float,
                       max_iter: int = 5000, time_limit: float = 30.0, tol: float = 1e-6,
                       lam: np.ndarray | None = None) -> Relaxation:
    """The Lagrangian bound by subgradient steps (step scale halved after 40 steps
    without progress); ``lam``: starting multipliers (e.g. the parent node's). Works on
    the ``allowed`` columns only; ``rho`` is inf elsewhere."""
    cols = np.sort(np.asarray(allowed, int))
    sub = cost[:, cols]
    wc = weight[:, None] * sub
    fixed_at = np.searchsorted(cols, fixed)
    every = np.arange(len(cols))
    if lam is None:
        lam = np.sort(wc, axis=1)[:, min(p, len(cols) - 1)].copy()  # between d1 and dp
    out = Relaxation(-np.inf, [], lam, np.full(cost.shape[1], np.inf), upper, None)
    steps = _Steps(tol, time_limit)
    for _ in range(max_iter):
        rho = np.minimum(0.0, wc - lam[:, None]).sum(axis=0)
        at = _pick(rho, p, fixed_at, every)
        y = cols[at]
        low = float(lam.sum() + rho[at].sum())
        value = float(weight @ sub[:, at].min(axis=1))
        if value < out.upper:
            out.upper, out.best = value, y
        improved = low > out.lower + 1e-12 * abs(out.upper)
        steps.record(improved)
        if improved:
            out.lower, out.lam = low, lam
            out.rho[cols] = rho
            if not any(np.array_equal(y, s) for s in out.sets[-8:]):
                out.sets.append(y)
        if steps.finished(out.upper - out.lower, out.upper):
            break
        g = 1.0 - (wc[:, at] < lam[:, None]).sum(axis=1)
        norm = float(g @ g)
        if norm == 0:  # the relaxation's solution is feasible: it is optimal
            break
        lam = lam + steps.size(out.upper - low, out.upper, norm) * g
    out.sets = out.sets[-8:]
    return out


def pmedian_branch_and_bound(cost, weight, p, fixed, allowed, upper: float,
                             time_limit: float = 30.0, tol: float = 1e-6) -> Relaxation:
    """Lagrangian branch and bound (Beasley 1993): where the relaxation's bound stays
    below the best known total (an LP gap), split on the site whose reduced cost is nearest
    the p-th: one branch opens it, the other closes it. Best bound first until the gap is
    closed or ``time_limit``; ``lower`` is the least bound of the nodes left (proven).
    Each node first fixes the sites its reduced costs decide (``_fix``)."""
    start = time.perf_counter()
    root = pmedian_lagrangian(cost, weight, p, fixed, allowed, upper,
                              time_limit=time_limit / 2, tol=tol)
    best = root
    fx, al = _fix(root, root.lower, np.asarray(fixed, int), np.asarray(allowed, int), p,
                  root.upper * (1 - tol))
    heap = [(root.lower, 0, fx, al, root)]
    count = 1
    while heap and time.perf_counter() - start < time_limit:
        bound, _, fx, al, node = heapq.heappop(heap)
        if bound >= best.upper * (1 - tol):
            heap = []
            break
        if len(fx) > p or len(al) < p:  # fixing left no better solution here
            continue
        free = np.setdiff1d(al, fx)
        k = p - len(fx)
        if k == 0 or k == len(free):  # a leaf: its sites are fixed
            sites = fx if k == 0 else al
            value = float(weight @ cost[:, sites].min(axis=1))
            if value < best.upper:
                best.upper, best.best = value, np.sort(sites)
            continue
        order = free[np.argsort(node.rho[free])]
        edge = 0.5 * (node.rho[order[k - 1]] + node.rho[order[min(k, len(order) - 1)]])
        j = order[int(np.argmin(np.abs(node.rho[order] - edge)))]
        for child_fx, child_al in ((np.r_[fx, j], al), (fx, al[al != j])):
            if len(child_fx) > p or len(child_al) < p:
                continue
            left = time_limit - (time.perf_counter() - start)
            if left <= 0:
                heapq.heappush(heap, (bound, count, child_fx, child_al, node))
                count += 1
                continue
            sub = pmedian_lagrangian(cost, weight, p, child_fx, child_al, best.upper,
                                     max_iter=1500, time_limit=left, tol=tol,
                                     lam=node.lam.copy())
            if sub.upper < best.upper:
                best.upper, best.best = sub.upper, sub.best
                best.sets = (best.sets + [sub.best])[-8:]
            child_fx, child_al = _fix(sub, sub.lower, child_fx, child_al, p,
                                      best.upper * (1 - tol))
            sub.lower = max(sub.lower, bound)
            if sub.lower < best.upper * (1 - tol):
                heapq.heappush(heap, (sub.lower, count, child_fx, child_al, sub))
                count += 1
    # pruned nodes and fixed sites only exclude solutions above upper * (1 - tol)
    best.lower = max(min([h[0] for h in heap] + [best.upper * (1 - tol)]), root.lower)
    return best


def _fix(node: Relaxation, lower: float, fx, al, p: int, target: float):
    """Reduced-cost fixing: a site outside the relaxation's choice whose opening would lift
    the bound to ``target`` closes; one inside whose closing would, stays open. Valid for
    every solution below ``target`` under this node."""
    if not np.isfinite(lower):
        return fx, al
    free = np.setdiff1d(al, fx)
    k = p - len(fx)
    if k <= 0 or k >= len(free):
        return fx, al
    order = free[np.argsort(node.rho[free])]
    inside, outside = order[:k], order[k:]
    close = outside[lower + node.rho[outside] - node.rho[order[k - 1]] >= target]
    keep = inside[lower - node.rho[inside] + node.rho[order[k]] >= target]
    return np.sort(np.r_[fx, keep]).astype(int), np.setdiff1d(al, close)


def coverage_lagrangian(covers: np.ndarray, weight, p, fixed, allowed, lower: float,
                        max_iter: int = 5000, time_limit: float = 10.0, tol: float = 1e-6
                        ) -> tuple[float, list[np.ndarray]]:
    """(proven upper bound on the coverable demand, site sets of improving steps);
    ``covers`` is the boolean (demand, site) matrix, ``lower`` a known coverage."""
    a = covers.astype(float)
    mu = weight / 2
    sets: list = []
    best, steps = np.inf, _Steps(tol, time_limit)
    for _ in range(max_iter):
        z = weight > mu
        score = mu @ a
        y = _pick(-score, p, fixed, allowed)
        up = float(np.maximum(0.0, weight - mu).sum() + score[y].sum())
        lower = max(lower, float(weight[covers[:, y].any(axis=1)].sum()))
        improved = up < best - 1e-12 * abs(lower)
        steps.record(improved)
        if improved:
            best = up
            if not any(np.array_equal(y, s) for s in sets[-8:]):
                sets.append(y)
        if steps.finished(best - lower, lower):
            break
        g = a[:, y].sum(axis=1) - z
        norm = float(g @ g)
        if norm == 0:
            break
        mu = np.maximum(0.0, mu - steps.size(up - lower, up, norm) * g)
    return best, sets[-8:]


def capacitated_lagrangian(cost, weight, p, capacity, fixed, allowed, upper: float,
                           max_iter: int = 2000, time_limit: float = 20.0, tol: float = 1e-6
                           ) -> float:
    """Proven lower bound of the capacitated p-median (demand may be split): relaxing the
    assignment constraints leaves, per site, a fractional knapsack (take the demand of
    most negative ``D_ij - l_i / w_i`` up to the capacity), then the p best sites."""
    keep = weight > 0
    cost, weight = cost[keep], weight[keep]
    if not len(weight):
        return 0.0
    wc = weight[:, None] * cost
    lam = np.sort(wc[:, allowed], axis=1)[:, min(p, len(allowed) - 1)].copy()
    cap = np.asarray(capacity, dtype=float)
    best, steps = -np.inf, _Steps(tol, time_limit)
    cols = np.arange(cost.shape[1])
    for _ in range(max_iter):
        unit = cost - (lam / weight)[:, None]  # reduced cost per unit of demand
        order = np.argsort(unit, axis=0)
        w_sorted = weight[order]
        before = np.cumsum(w_sorted, axis=0) - w_sorted
        share = np.clip((cap[None, :] - before) / w_sorted, 0.0, 1.0)
        u_sorted = np.take_along_axis(unit, order, axis=0)
        share[u_sorted >= 0] = 0.0
        rho = (w_sorted * u_sorted * share).sum(axis=0)
        y = _pick(rho, p, fixed, allowed)
        low = float(lam.sum() + rho[y].sum())
        steps.record(low > best + 1e-12 * abs(upper))
        best = max(best, low)
        if steps.finished(upper - best, upper):
            break
        x = np.zeros_like(cost)
        x[order[:, y], cols[y][None, :]] = share[:, y]
        g = 1.0 - x.sum(axis=1)
        norm = float(g @ g)
        if norm == 0:
            break
        lam = lam + steps.size(upper - low, upper, norm) * g
    return best
