"""Timetable-exact public transport travel times: profile Connection Scan, per facility.

Why profile CSA, reversed towards each facility: planners ask "from every population cell,
how long to the facility, for every departure minute of a window". One backward scan over
the window's connections per facility yields, at every stop, the whole Pareto profile
"leave this stop at t -> arrive at the facility at T(t)". Every cell and every departure
minute is then a lookup (walk to a nearby stop, read its profile), so the cost does not
grow with cells x minutes; RAPTOR would need a search per departure minute (rRAPTOR) and
per origin. Connections are scanned in Python here: this scan is the REFERENCE; the
plugin runs the same scan as numpy rounds (``vectorised.Timetable``, identical figures,
tested against this one), and the lookups for cells are vectorised with numpy.

The number of vehicles is bounded by keeping one profile per number of boardings left
(``max_transfers + 1`` vehicles). Transfers walk between stops within ``transfer_walk``
metres (straight line times a detour factor, or network walking times given by the
caller); waiting at the origin counts as travel time.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

INF = np.inf


@dataclass
class Footpaths:
    """Walking links between stops: CSR-like arrays (self links of 0 s included)."""

    start: np.ndarray  # offsets into to/seconds per from-stop
    to: np.ndarray
    seconds: np.ndarray

    def of(self, stop: int) -> tuple[np.ndarray, np.ndarray]:
        s, e = self.start[stop], self.start[stop + 1]
        return self.to[s:e], self.seconds[s:e]


def stop_footpaths(x: np.ndarray, y: np.ndarray, max_walk_m: float, walk_mps: float,
                   detour: float = 1.3, transfers: pd.DataFrame | None = None) -> Footpaths:
    """Straight-line walks (times ``detour``) between stops closer than ``max_walk_m``.

    ``transfers`` (columns ``from_stop, to_stop, transfer_type, min_transfer_time``, stops
    as indices) follows GTFS transfers.txt: type 2 sets the time (not less than the walk),
    type 3 forbids the transfer, types 0 and 1 add the link with the walking time.
    """
    n = len(x)
    pairs = cKDTree(np.column_stack([x, y])).query_pairs(max_walk_m / detour,
                                                         output_type="ndarray")
    a = np.r_[np.arange(n), pairs[:, 0], pairs[:, 1]] if len(pairs) else np.arange(n)
    b = np.r_[np.arange(n), pairs[:, 1], pairs[:, 0]] if len(pairs) else np.arange(n)
    d = np.hypot(x[a] - x[b], y[a] - y[b]) * detour / walk_mps
    if transfers is not None and len(transfers):
        a, b, d = apply_transfers(a, b, d, x, y, walk_mps, detour, transfers)
    order = np.lexsort((d, a))
    a, b, d = a[order], b[order], d[order]
    start = np.searchsorted(a, np.arange(n + 1))
    return Footpaths(start, b, d)


def apply_transfers(a, b, d, x, y, walk_mps, detour, transfers: pd.DataFrame):
    """Walking links (a -> b, d seconds) with the rules of GTFS transfers.txt applied."""
    fa = transfers["from_stop"].to_numpy(dtype=np.int64)
    fb = transfers["to_stop"].to_numpy(dtype=np.int64)
    kind = pd.to_numeric(transfers["transfer_type"], errors="coerce").fillna(0).to_numpy()
    min_t = pd.to_numeric(transfers.get("min_transfer_time", pd.Series(np.nan,
                                                                        index=transfers.index)),
                          errors="coerce").fillna(0).to_numpy()
    walk = np.hypot(x[fa] - x[fb], y[fa] - y[fb]) * detour / walk_mps
    given = np.where(kind == 2, np.maximum(min_t, walk), walk)
    listed = {(i, j) for i, j in zip(fa, fb)}
    keep = np.array([(i, j) not in listed for i, j in zip(a, b)], dtype=bool)
    use = kind != 3
    return (np.r_[a[keep], fa[use]], np.r_[b[keep], fb[use]], np.r_[d[keep], given[use]])


class ArrivalProfile:
    """Per stop, the Pareto set of (departure, arrival at the target), latest departure
    first. ``arrival(stop, t)``: earliest arrival when leaving ``stop`` at ``t`` or later."""

    def __init__(self, n_stops: int):
        self.neg_dep: list[list[float]] = [[] for _ in range(n_stops)]
        self.arr: list[list[float]] = [[] for _ in range(n_stops)]

    def arrival(self, stop: int, t: float) -> float:
        nd = self.neg_dep[stop]
        i = bisect_right(nd, -t) - 1
        return self.arr[stop][i] if i >= 0 else INF

    def add(self, stop: int, dep: float, arr: float) -> None:
        arrs = self.arr[stop]
        if arrs and arr >= arrs[-1]:
            return  # dominated: leaving later arrives as early
        nd = self.neg_dep[stop]
        if nd and nd[-1] == -dep:
            arrs[-1] = arr
        else:
            nd.append(-dep)
            arrs.append(arr)

    def arrays(self, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """Departures (increasing) and arrivals of the stop's profile."""
        return -np.asarray(self.neg_dep[stop][::-1]), np.asarray(self.arr[stop][::-1])


def profile_to_target(conn: pd.DataFrame, footpaths: Footpaths, egress: dict[int, float],
                      n_stops: int, max_transfers: int = 3) -> ArrivalProfile:
    """Backward profile scan towards one target reached on foot from ``egress`` stops.

    ``conn``: connections sorted by departure (``dep_stop, arr_stop, dep, arr, trip`` and
    optionally ``board`` / ``alight``: False where the trip lets no one board at dep_stop /
    alight at arr_stop; riders then stay on). Returns the profile with up to
    ``max_transfers + 1`` vehicles.
    """
    k_max = max_transfers + 1
    profiles = [ArrivalProfile(n_stops) for _ in range(k_max + 1)]  # index k: at most k vehicles
    n_trips = int(conn["trip"].max()) + 1 if len(conn) else 0
    on_trip = np.full((k_max + 1, n_trips), INF)
    dep_s = conn["dep_stop"].to_numpy()
    arr_s = conn["arr_stop"].to_numpy()
    dep_t = conn["dep"].to_numpy(dtype=float)
    arr_t = conn["arr"].to_numpy(dtype=float)
    trip = conn["trip"].to_numpy()
    yes = np.ones(len(conn), dtype=bool)
    board = conn["board"].to_numpy(dtype=bool) if "board" in conn else yes
    alight = conn["alight"].to_numpy(dtype=bool) if "alight" in conn else yes
    walk_in = {stop: footpaths.of(stop) for stop in range(n_stops)}
    for c in range(len(conn) - 1, -1, -1):
        u, v, td, ta, tr = dep_s[c], arr_s[c], dep_t[c], arr_t[c], trip[c]
        off, on = alight[c], board[c]
        leave = ta + egress[v] if off and v in egress else INF
        to_stops, walks = walk_in[v]
        for k in range(1, k_max + 1):
            best = min(leave, on_trip[k, tr])
            if k > 1 and off:  # alight, walk, board another vehicle
                prev = profiles[k - 1]
                for w, d in zip(to_stops, walks):
                    a = prev.arrival(w, ta + d)
                    if a < best:
                        best = a
            if best < on_trip[k, tr]:
                on_trip[k, tr] = best
            if on and best < INF:
                profiles[k].add(u, td, best)
    return profiles[k_max]


@dataclass
class Access:
    """Walks from origins to nearby stops: one row per (origin, stop) pair."""

    origin: np.ndarray
    stop: np.ndarray
    seconds: np.ndarray
    n_origins: int


def straight_access(ox: np.ndarray, oy: np.ndarray, sx: np.ndarray, sy: np.ndarray,
                    max_walk_m: float, walk_mps: float, detour: float = 1.3) -> Access:
    """Origins to every stop within ``max_walk_m`` (straight line times ``detour``)."""
    tree = cKDTree(np.column_stack([sx, sy]))
    near = tree.query_ball_point(np.column_stack([ox, oy]), max_walk_m / detour)
    origin = np.repeat(np.arange(len(ox)), [len(n) for n in near])
    stop = np.fromiter((s for n in near for s in n), dtype=np.int64, count=len(origin))
    d = np.hypot(ox[origin] - sx[stop], oy[origin] - sy[stop]) * detour / walk_mps
    return Access(origin, stop, d, len(ox))


def arrivals(profile: ArrivalProfile, access: Access, departures: np.ndarray) -> np.ndarray:
    """(origins, departures) earliest arrival at the target, best over access stops."""
    out = np.full((access.n_origins, len(departures)), INF)
    order = np.argsort(access.stop, kind="stable")
    stops, first = np.unique(access.stop[order], return_index=True)
    bounds = np.r_[first, len(order)]
    for k, s in enumerate(stops):
        deps, arrs = profile.arrays(int(s))
        if len(deps) == 0:
            continue
        rows = order[bounds[k]:bounds[k + 1]]
        leave = departures[None, :] + access.seconds[rows, None]
        i = np.searchsorted(deps, leave, side="left")
        got = np.where(i < len(deps), arrs[np.minimum(i, len(deps) - 1)], INF)
        np.minimum.at(out, access.origin[rows], got)
    return out


def travel_seconds(profile: ArrivalProfile, access: Access, departures: np.ndarray,
                   direct: np.ndarray | None = None) -> np.ndarray:
    """(origins, departures) seconds to the target, waiting at the origin included; the
    walk straight to the target (``direct`` seconds, inf if too far) when it is faster."""
    t = arrivals(profile, access, departures) - departures[None, :]
    if direct is not None:
        t = np.minimum(t, np.asarray(direct, dtype=float)[:, None])
    return t


def percentiles(seconds: np.ndarray, qs: list[float]) -> np.ndarray:
    """Per row, the ``qs`` percentiles (0-100) over departures, as observed values (a
    departure that never arrives counts as infinitely long, so a high percentile of a
    rarely served origin is inf rather than a blend)."""
    seconds = np.asarray(seconds, dtype=float)
    n = seconds.shape[-1]
    finite = np.isfinite(seconds).sum(axis=-1)
    out = np.full(seconds.shape[:-1] + (len(qs),), INF)
    for i, q in enumerate(qs):
        k = _rank(n, q)
        rows = finite > k  # the others' k-th smallest is inf: not sorted at all
        if rows.any():
            out[rows, i] = np.partition(seconds[rows], k, axis=-1)[..., k]
    return out


def _rank(n: int, q: float) -> int:
    """The 0-based rank ``np.percentile(..., method="inverted_cdf")`` takes among ``n``
    sorted values for percentile ``q``: the same float steps, so the same rank."""
    v = n * np.true_divide(q, 100) - 1
    below = np.floor(v)
    return int(np.clip(below + (v - below > 0), 0, n - 1))


def share_within(seconds: np.ndarray, limit: float) -> np.ndarray:
    """Per row, the share of departures arriving within ``limit`` seconds."""
    return (seconds <= limit).mean(axis=-1)


def arrive_by(profile: ArrivalProfile, access: Access, deadline: float) -> np.ndarray:
    """Per origin, the latest time to leave and still reach the target by ``deadline``
    (-inf where it cannot be reached in time)."""
    latest = np.full(access.n_origins, -INF)
    for o, s, a in zip(access.origin, access.stop, access.seconds):
        deps, arrs = profile.arrays(int(s))
        ok = np.flatnonzero(arrs <= deadline)
        if len(ok):
            latest[o] = max(latest[o], deps[ok[-1]] - a)
    return latest
