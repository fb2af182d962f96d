"""Choosing a mobile unit's stops for one route day (spec (a), Phase 2).

Maximise the need covered (each cell once, a cell being covered by a chosen stop within the
coverage time) such that the day fits the shift: drive depot -> stops -> depot plus the time
spent at each stop <= ``shift``. Greedy maximal coverage: add the stop with the largest need
not yet covered whose cheapest insertion into the route, improved by 2-opt, still fits;
stop when no candidate adds need and fits. A heuristic: no optimality is claimed.

``travel`` is an (n + 1, n + 1) matrix of drive minutes, row/column 0 the depot, candidate
``i`` at ``i + 1`` (it may be asymmetric: one-way streets).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import msg


@dataclass
class StopPlan:
    stops: list[int]  # candidate indices, in route order
    covered: float  # need covered
    drive_min: float
    t_day_min: float  # drive + time at the stops


def route_minutes(stops: list[int], travel: np.ndarray) -> float:
    """Drive minutes depot -> stops in order -> depot (0 for no stop)."""
    nodes = [0, *(s + 1 for s in stops), 0]
    return float(sum(travel[a, b] for a, b in zip(nodes[:-1], nodes[1:]))) if stops else 0.0


def two_opt(stops: list[int], travel: np.ndarray) -> list[int]:
    """Reverse segments while that shortens the route (first improvement)."""
    best, cost = list(stops), route_minutes(stops, travel)
    improved = True
    while improved:
        improved = False
        for i in range(len(best) - 1):
            for j in range(i + 1, len(best)):
                cand = best[:i] + best[i:j + 1][::-1] + best[j + 1:]
                c = route_minutes(cand, travel)
                if c < cost - 1e-9:
                    best, cost, improved = cand, c, True
    return best


def cheapest_insertion(stops: list[int], new: int, travel: np.ndarray) -> list[int]:
    options = [stops[:k] + [new] + stops[k:] for k in range(len(stops) + 1)]
    return min(options, key=lambda r: route_minutes(r, travel))


def plan_stops(cover: np.ndarray, need: np.ndarray, travel: np.ndarray, stay: np.ndarray,
               shift: float, max_stops: int | None = None) -> StopPlan:
    """Greedy maximal coverage of ``need`` (cells) by candidate stops (``cover``: cells x
    candidates, bool) under the shift; ``stay``: minutes at each candidate."""
    cover = np.asarray(cover, bool)
    need = np.asarray(need, float)
    stay = np.asarray(stay, float)
    if np.any(need < 0) or np.any(stay < 0):
        raise ValueError(msg("need and time at the stops must be >= 0"))
    covered = np.zeros(len(need), bool)
    route: list[int] = []
    while max_stops is None or len(route) < max_stops:
        gain = need[~covered] @ cover[~covered]
        order = [c for c in np.lexsort((np.arange(len(gain)), -gain))
                 if gain[c] > 0 and c not in route]
        for c in order:
            cand = two_opt(cheapest_insertion(route, int(c), travel), travel)
            if route_minutes(cand, travel) + stay[cand].sum() <= shift + 1e-9:
                route = cand
                covered |= cover[:, c]
                break
        else:
            break
    drive = route_minutes(route, travel)
    return StopPlan(route, float(need[covered].sum()), drive, drive + float(stay[route].sum()))
