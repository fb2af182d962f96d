"""The backward profile scan of ``profiles.profile_to_target`` as numpy rounds.

Same answers as the per-connection Python scan, to the second: for at most k vehicles,
a connection's best arrival at the target is ``T_k(c) = min(X_k(c), T_k(later connections
of its trip))`` with ``X_k(c)`` the walk to the target after alighting (egress) or, for
k > 1, the best ``T_{k-1}`` of a boardable connection reached by a footpath (leaving at
or after the arrival plus the walk, and scanned after c). Round k is then three array
operations over all connections: a gather over precomputed (connection, footpath)
positions, a grouped minimum and a per-trip suffix minimum. The positions depend on the
timetable only, so ``Timetable`` computes them once and every facility reuses them.

Times must be whole seconds (GTFS times are): ``dep >= t`` is then ``dep >= ceil(t)``,
which keeps every comparison exact in integer keys.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .profiles import Access, Footpaths

INF = np.inf
_T = 1 << 22  # time slot in the (stop, seconds) keys: up to 48 days
_I = 1 << 25  # connection slot in the (stop, index) keys


def _suffix_min(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per element, the minimum of itself and the later elements of its group (groups
    contiguous or not; 'later' is by position)."""
    return _suffix_min_by(values, _jumps(groups))


def _jumps(groups: np.ndarray) -> list[np.ndarray]:
    """Pointer-jumping tables for ``_suffix_min_by``: per element, the element 1, 2, 4...
    places later in its group (itself past the group's end)."""
    order = np.lexsort((np.arange(len(groups)), groups))
    nxt = np.arange(len(groups))
    same = groups[order[1:]] == groups[order[:-1]]
    nxt[order[:-1][same]] = order[1:][same]
    longest = int(np.unique(groups, return_counts=True)[1].max()) if len(groups) else 0
    tables: list[np.ndarray] = []
    while (1 << len(tables)) < longest:  # jumps of 1, 2, 4... cover the longest group
        tables.append(nxt)
        nxt = nxt[nxt]
    return tables


def _suffix_min_by(values: np.ndarray, jumps: list[np.ndarray]) -> np.ndarray:
    v = values.copy()
    for nxt in jumps:
        v = np.minimum(v, v[nxt])
    return v


def _time_key(stop: np.ndarray, t: np.ndarray) -> np.ndarray:
    """(stop, first whole second >= t) as one sortable int64."""
    sec = np.clip(np.ceil(t), 0, _T - 1).astype(np.int64)
    return stop.astype(np.int64) * _T + sec


@dataclass
class StopProfiles:
    """Per stop the Pareto profile (departure increasing, arrival at the target
    increasing), CSR-like, with the methods of ``ArrivalProfile``."""

    start: np.ndarray
    dep: np.ndarray  # int64 seconds
    arr: np.ndarray

    def arrays(self, stop: int) -> tuple[np.ndarray, np.ndarray]:
        s, e = self.start[stop], self.start[stop + 1]
        return self.dep[s:e].astype(float), self.arr[s:e]

    def arrival(self, stop: int, t: float) -> float:
        deps, arrs = self.arrays(stop)
        i = np.searchsorted(deps, t, side="left")
        return float(arrs[i]) if i < len(deps) else INF


class Timetable:
    """Connections (sorted by departure, as ``gtfs.connections`` gives them) with the
    footpaths' lookup positions, for any number of targets."""

    def __init__(self, conn: pd.DataFrame, foot: Footpaths, n_stops: int):
        n = len(conn)
        self.n_stops, self.foot = n_stops, foot
        self.dep_s = conn["dep_stop"].to_numpy(dtype=np.int64)
        self.arr_s = conn["arr_stop"].to_numpy(dtype=np.int64)
        self.dep_t = conn["dep"].to_numpy(dtype=float)
        self.arr_t = conn["arr"].to_numpy(dtype=float)
        if np.any(self.dep_t != np.round(self.dep_t)):
            raise ValueError("connection times must be whole seconds")
        self.trip = conn["trip"].to_numpy(dtype=np.int64)
        yes = np.ones(n, dtype=bool)
        self.board = conn["board"].to_numpy(dtype=bool) if "board" in conn else yes
        self.alight = conn["alight"].to_numpy(dtype=bool) if "alight" in conn else yes
        self.trip_jumps = _jumps(self.trip)
        # boardable connections grouped by stop in scan order, one sentinel (inf) per stop
        idx = np.flatnonzero(self.board)
        e_stop = np.r_[self.dep_s[idx], np.arange(n_stops)]
        e_conn = np.r_[idx, np.full(n_stops, _I - 1)]
        e_dep = np.r_[self.dep_t[idx].astype(np.int64), np.full(n_stops, _T - 1)]
        order = np.lexsort((e_conn, e_stop))
        self.entry_conn = e_conn[order]  # _I - 1 for the sentinels
        self.entry_stop = e_stop[order]
        self.entry_jumps = _jumps(self.entry_stop)
        self.entry_keys = dep_keys = self.entry_stop * _T + e_dep[order]
        conn_keys = self.entry_stop * _I + self.entry_conn
        # (connection, footpath) pairs of the alighting connections
        off = np.flatnonzero(self.alight)
        v = self.arr_s[off]
        counts = foot.start[v + 1] - foot.start[v]
        pc = np.repeat(off, counts)
        first = np.repeat(foot.start[v] - np.cumsum(np.r_[0, counts[:-1]]), counts)
        fp = np.arange(len(pc)) + first
        w = foot.to[fp].astype(np.int64)
        t = self.arr_t[pc] + foot.seconds[fp]  # as the scan adds them
        pos = np.maximum(np.searchsorted(dep_keys, _time_key(w, t), side="left"),
                         np.searchsorted(conn_keys, w * _I + pc, side="right"))
        self.pair_pos = pos
        has = counts > 0
        self.pair_conn = off[has]
        self.pair_first = np.r_[0, np.cumsum(counts)[:-1]][has]

    def connection_arrivals(self, egress: dict[int, float], max_transfers: int = 3
                            ) -> np.ndarray:
        """Per connection, the earliest arrival at the target riding it with at most
        ``max_transfers + 1`` vehicles in all (inf where it does not lead there)."""
        eg = np.full(self.n_stops, INF)
        if egress:
            eg[np.fromiter(egress.keys(), dtype=np.int64)] = list(egress.values())
        leave = np.where(self.alight, self.arr_t + eg[self.arr_s], INF)
        best = _suffix_min_by(leave, self.trip_jumps)
        for _ in range(max_transfers):
            reach = self._reach(best)
            x = leave.copy()
            if len(self.pair_pos):
                via = np.minimum.reduceat(reach[self.pair_pos], self.pair_first)
                x[self.pair_conn] = np.minimum(x[self.pair_conn], via)
            best = _suffix_min_by(x, self.trip_jumps)
        return best

    def profile(self, egress: dict[int, float], max_transfers: int = 3) -> StopProfiles:
        """The target's profile at every stop, as ``profile_to_target`` builds it."""
        return self._profile(self.connection_arrivals(egress, max_transfers))

    def reach(self, egress: dict[int, float], max_transfers: int = 3) -> np.ndarray:
        """Per boarding entry (stops in order, then scan order, a last inf per stop): the
        earliest arrival at the target boarding there or at a later entry of the stop.
        ``reach[positions(stop, t)]`` is the profile's arrival leaving ``stop`` at ``t``."""
        return self._reach(self.connection_arrivals(egress, max_transfers))

    def _reach(self, best: np.ndarray) -> np.ndarray:
        on = np.where(self.board, best, INF)
        return _suffix_min_by(np.r_[on, INF][np.minimum(self.entry_conn, len(on))],
                              self.entry_jumps)

    def positions(self, stop: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Entry positions of the first boarding at ``stop`` at or after ``t``."""
        return np.searchsorted(self.entry_keys, _time_key(stop, t), side="left")

    def _profile(self, best: np.ndarray) -> StopProfiles:
        keep = self.board & np.isfinite(best)
        stop, dep, arr = self.dep_s[keep], self.dep_t[keep].astype(np.int64), best[keep]
        order = np.lexsort((arr, -dep, stop))  # per stop: latest first, best first
        stop, dep, arr = stop[order], dep[order], arr[order]
        first_of_dep = np.r_[True, (stop[1:] != stop[:-1]) | (dep[1:] != dep[:-1])]
        stop, dep, arr = stop[first_of_dep], dep[first_of_dep], arr[first_of_dep]
        # kept when it arrives earlier than every later departure from the stop
        new_stop = np.r_[True, stop[1:] != stop[:-1]]
        groups = np.cumsum(new_stop)
        before = pd.Series(arr).groupby(groups).cummin().to_numpy()
        prev = np.r_[INF, before[:-1]]
        pareto = new_stop | (arr < prev)
        stop, dep, arr = stop[pareto][::-1], dep[pareto][::-1], arr[pareto][::-1]
        order = np.argsort(stop, kind="stable")
        stop, dep, arr = stop[order], dep[order], arr[order]
        return StopProfiles(np.searchsorted(stop, np.arange(self.n_stops + 1)), dep, arr)


def arrivals(profile: StopProfiles, access: Access, departures: np.ndarray,
             chunk: int = 2_000_000) -> np.ndarray:
    """(origins, departures) earliest arrival at the target, best over access stops:
    ``profiles.arrivals`` with all stops at once (``chunk`` access-departure pairs a step)."""
    n_stops = len(profile.start) - 1
    stops = np.arange(n_stops, dtype=np.int64)  # one sentinel (inf) per stop at its end
    keys = np.r_[np.repeat(stops, np.diff(profile.start)) * _T + profile.dep,
                 stops * _T + (_T - 1)]
    vals = np.r_[profile.arr, np.full(n_stops, INF)]
    order = np.argsort(keys, kind="stable")
    keys, vals = keys[order], vals[order]
    out = np.full((access.n_origins, len(departures)), INF)
    # walks to stops without a profile (the target is not reached from there) are left out
    by_origin = np.flatnonzero(np.diff(profile.start)[access.stop] > 0)
    by_origin = by_origin[np.argsort(access.origin[by_origin], kind="stable")]
    o, s, a = access.origin[by_origin], access.stop[by_origin], access.seconds[by_origin]
    step = max(1, chunk // max(len(departures), 1))
    for lo in range(0, len(o), step):
        sl = slice(lo, lo + step)
        leave = departures[None, :] + a[sl, None]
        pos = np.searchsorted(keys, _time_key(s[sl, None], leave), side="left")
        _min_rows(out, o[sl], vals[pos])
    return out


def _min_rows(out: np.ndarray, rows: np.ndarray, got: np.ndarray) -> None:
    """out[rows] = min(out[rows], got) for rows sorted (repeats allowed)."""
    if not len(rows):
        return
    first = np.r_[0, np.flatnonzero(rows[1:] != rows[:-1]) + 1]
    red = np.minimum.reduceat(got, first, axis=0)
    u = rows[first]
    out[u] = np.minimum(out[u], red)


def arrivals_from_reach(table: Timetable, reaches: np.ndarray, access: Access,
                        departures: np.ndarray, chunk: int = 2_000_000, threads: int = 2,
                        max_out: int = 16_000_000):
    """Per chunk of origins: (first origin, origins in the chunk, arrivals[targets, origins,
    departures]) for every target's ``reach`` row at once; the entry positions are
    computed once per chunk and shared by the targets. A chunk holds at most ``chunk``
    (access pair, departure) positions and, but for one origin, ``max_out`` arrivals."""
    # walks to stops where no target is reached (no boarding in the window, or none that
    # leads to a target: every reach inf) cannot change a minimum; they are left out
    useful = np.zeros(table.n_stops, dtype=bool)
    useful[table.entry_stop[np.isfinite(reaches).any(axis=0)]] = True
    by_origin = np.flatnonzero(useful[access.stop])
    by_origin = by_origin[np.argsort(access.origin[by_origin], kind="stable")]
    o, s, a = access.origin[by_origin], access.stop[by_origin], access.seconds[by_origin]
    n_o = access.n_origins
    pairs_before = np.searchsorted(o, np.arange(n_o + 1))
    per = max(1, chunk // max(len(departures), 1))  # access pairs per chunk
    most = max(1, max_out // max(len(reaches) * len(departures), 1))  # origins per chunk
    lo = 0
    while lo < n_o:
        hi = max(lo + 1, int(np.searchsorted(pairs_before, pairs_before[lo] + per, "right")) - 1)
        hi = min(hi, n_o, lo + most)
        sl = slice(pairs_before[lo], pairs_before[hi])
        pos = table.positions(s[sl, None], departures[None, :] + a[sl, None])
        # origins grouped by their number of walks c: (origins, c, departures) positions
        start = pairs_before[lo:hi + 1] - pairs_before[lo]
        counts = np.diff(start)
        groups = []
        for c in np.unique(counts[counts > 0]):
            rows = np.flatnonzero(counts == c)
            groups.append((rows, pos[start[rows, None] + np.arange(c)]))
        out = np.full((len(reaches), hi - lo, len(departures)), INF)

        def fill(j: int, out=out, groups=groups) -> None:
            for rows, at in groups:
                out[j, rows] = reaches[j][at].min(axis=1)  # indexing: 2.5x np.take

        with ThreadPoolExecutor(threads) as pool:  # numpy lets go of the GIL in indexing and min
            list(pool.map(fill, range(len(reaches))))
        yield lo, hi, out
        lo = hi
