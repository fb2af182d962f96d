"""How much public transport serves each stop and each population cell."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .gtfs import DAY
from .profiles import Access


def boardable(conn: pd.DataFrame) -> pd.DataFrame:
    """The connections riders may board (``board`` column, when given)."""
    return conn[conn["board"].to_numpy(dtype=bool)] if "board" in conn else conn


def stop_departures(conn: pd.DataFrame, n_stops: int, start: int, end: int) -> pd.DataFrame:
    """Per stop: departures riders may board on the date (00:00-24:00), in [start, end) and
    per hour of the window (``hHH``, the clock hour; a window may run past midnight)."""
    conn = boardable(conn)
    dep_stop = conn["dep_stop"].to_numpy()
    dep = conn["dep"].to_numpy()
    today = (dep >= 0) & (dep < DAY)
    out = pd.DataFrame({"dep_day": np.bincount(dep_stop[today], minlength=n_stops)})
    inside = (dep >= start) & (dep < end)
    out["dep_window"] = np.bincount(dep_stop[inside], minlength=n_stops)
    for h in range(start // 3600, -(-end // 3600)):
        hour = (dep >= h * 3600) & (dep < (h + 1) * 3600)
        out[f"h{h % 24:02d}"] = np.bincount(dep_stop[hour], minlength=n_stops)
    return out


def cell_trips(conn: pd.DataFrame, access: Access, start: int, end: int) -> pd.DataFrame:
    """Per origin: distinct trips riders may board at a stop within walking, on the date
    (00:00-24:00) and in [start, end) (a trip passing two nearby stops counts once), and the
    walk to the nearest stop."""
    conn = boardable(conn)
    today = conn[(conn["dep"] >= 0) & (conn["dep"] < DAY)]
    trips_at = today.groupby("dep_stop")["trip"].unique()
    win = conn[(conn["dep"] >= start) & (conn["dep"] < end)]
    trips_win = win.groupby("dep_stop")["trip"].unique()
    day, window = np.zeros(access.n_origins, int), np.zeros(access.n_origins, int)
    nearest = np.full(access.n_origins, np.inf)
    np.minimum.at(nearest, access.origin, access.seconds)
    order = np.argsort(access.origin, kind="stable")
    bounds = np.searchsorted(access.origin[order], np.arange(access.n_origins + 1))
    empty = np.array([], dtype=np.int64)
    for o in range(access.n_origins):
        stops = access.stop[order[bounds[o]:bounds[o + 1]]]
        if len(stops) == 0:
            continue
        day[o] = len(np.unique(np.concatenate([trips_at.get(s, empty) for s in stops])))
        window[o] = len(np.unique(np.concatenate([trips_win.get(s, empty) for s in stops])))
    return pd.DataFrame({"trips_day": day, "trips_window": window, "walk_s": nearest})
