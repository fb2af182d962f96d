"""Local search for the p-median problem: fast interchange, multi-start and perturbation.

``interchange`` is vertex substitution with every swap priced at once (Whitaker's fast
interchange as vectorised by Resende & Werneck): with d1/d2 the distances of each demand
point to its nearest and second-nearest open site and c1 that nearest site, closing r and
opening a changes the total by ``-gain(a) + sum_{i: c1=r} w_i (clip(D_ia, d1_i, d2_i) - d1_i)``.
``multistart`` runs it from a greedy start, randomised greedy starts and perturbations of
the best solution (a few sites swapped at random: iterated local search), keeping the best.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse


def nearest_two(cost: np.ndarray, open_sites: np.ndarray):
    """Per demand point: the nearest and second-nearest open cost, and the nearest site."""
    sub = cost[:, open_sites]
    if len(open_sites) == 1:
        return sub[:, 0], np.full(len(cost), np.inf), np.full(len(cost), open_sites[0])
    part = np.argpartition(sub, 1, axis=1)[:, :2]
    a = np.take_along_axis(sub, part, axis=1)
    first = np.argmin(a, axis=1)
    rows = np.arange(len(cost))
    return a[rows, first], a[rows, 1 - first], open_sites[part[rows, first]]


def total(cost: np.ndarray, weight: np.ndarray, sites) -> float:
    return float(weight @ cost[:, np.asarray(sites)].min(axis=1))


def greedy(cost, weight, p, fixed, allowed, rng=None, choose_from: int = 1) -> np.ndarray:
    """Add the site that lowers the total most (with ``rng``: one of the ``choose_from``
    best at random) until p are open."""
    open_sites = list(fixed)
    current = (np.full(len(cost), cost.max()) if not open_sites
               else cost[:, open_sites].min(axis=1))
    while len(open_sites) < p:
        cand = np.setdiff1d(allowed, open_sites)
        totals = weight @ np.minimum(cost[:, cand], current[:, None])
        k = min(choose_from, len(cand))
        pick = (int(np.argmin(totals)) if rng is None or k == 1
                else int(rng.choice(np.argpartition(totals, k - 1)[:k])))
        open_sites.append(cand[pick])
        current = np.minimum(current, cost[:, cand[pick]])
    return np.array(sorted(open_sites))


def interchange(cost, weight, sites, fixed, allowed) -> tuple[np.ndarray, int]:
    """Best-improvement vertex substitution to a local optimum; returns (sites, swaps)."""
    open_sites = np.sort(np.asarray(sites))
    swaps = 0
    n = len(cost)
    while len(open_sites) < len(allowed):
        swappable = ~np.isin(open_sites, fixed)
        if not swappable.any():
            break
        d1, d2, c1 = nearest_two(cost, open_sites)
        closed = np.setdiff1d(allowed, open_sites)
        cc = cost[:, closed]
        gain = weight @ np.maximum(0.0, d1[:, None] - cc)
        extra = weight[:, None] * (np.clip(cc, d1[:, None], d2[:, None]) - d1[:, None])
        groups = sparse.csr_matrix((np.ones(n), (np.searchsorted(open_sites, c1),
                                                 np.arange(n))), shape=(len(open_sites), n))
        delta = (groups @ extra) - gain[None, :]  # (open, closed)
        delta[~swappable] = np.inf
        r, a = np.unravel_index(int(np.argmin(delta)), delta.shape)
        if delta[r, a] >= -1e-10 * max(1.0, float(weight @ d1)):
            break
        open_sites = np.sort(np.r_[np.delete(open_sites, r), closed[a]])
        swaps += 1
    return open_sites, swaps


def multistart(cost, weight, p, fixed, allowed, starts: int = 6, kicks: int = 12,
               seed: int = 0, extra_starts=()) -> tuple[np.ndarray, float, int]:
    """Best local optimum over a greedy start, ``starts - 1`` randomised greedy starts,
    ``extra_starts`` (site sets, e.g. from a Lagrangian bound) and ``kicks`` perturbations
    of the best (two or three open sites swapped for random closed ones)."""
    rng = np.random.default_rng(seed)
    best: np.ndarray = np.empty(0, int)
    best_value, swaps = np.inf, 0

    def consider(start):
        nonlocal best, best_value, swaps
        sites, k = interchange(cost, weight, start, fixed, allowed)
        swaps += k
        value = total(cost, weight, sites)
        if value < best_value - 1e-12 * abs(value):
            best, best_value = sites, value

    consider(greedy(cost, weight, p, fixed, allowed))
    for _ in range(starts - 1):
        consider(greedy(cost, weight, p, fixed, allowed, rng, choose_from=3))
    for s in extra_starts:
        consider(np.asarray(s))
    free = np.setdiff1d(allowed, fixed)
    for _ in range(kicks):
        movable = np.setdiff1d(best, fixed)
        closed = np.setdiff1d(free, best)
        q = min(int(rng.integers(2, 4)), len(movable), len(closed))
        if q == 0:
            break
        out = rng.choice(movable, q, replace=False)
        consider(np.r_[np.setdiff1d(best, out), rng.choice(closed, q, replace=False)])
    return best, best_value, swaps
