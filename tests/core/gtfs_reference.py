"""Earliest arrival on a time-expanded graph built straight from the GTFS tables.

An independent reference for the engine, written from the GTFS specification and sharing no
code with ``core.transit``: calendar.txt and calendar_dates.txt decide which services run
on a date; a stop time ``hh:mm:ss`` of a trip run on date D is D's midnight plus that time
(so 24:30 of a Monday trip is Tuesday 00:30); ``pickup_type`` / ``drop_off_type`` 1 forbid
boarding / alighting, 0, 2, 3 and empty allow it. Nodes are events: a vehicle leaving or
reaching a stop (per trip and date), a rider waiting at a stop for a boardable departure,
a rider having arrived at a stop. Edges: ride, stay seated, board, wait, alight and walk
to a stop within the walking links (0 s to the same stop), alight at the destination.
Shortest paths: scipy's Dijkstra (``scipy.sparse.csgraph``), many sources at once.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

EPS = 1e-4  # seconds added per boarding: among equally early journeys, the fewest vehicles
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def read_tables(path: Path) -> dict[str, pd.DataFrame]:
    with zipfile.ZipFile(path) as z:
        return {Path(n).name: pd.read_csv(io.BytesIO(z.read(n)), dtype=str,
                                          keep_default_na=False)
                for n in z.namelist() if n.endswith(".txt")}


def running(tables: dict, day: dt.date) -> set[str]:
    """service_ids that run on ``day``."""
    ymd = day.strftime("%Y%m%d")
    out = set()
    for r in tables.get("calendar.txt", pd.DataFrame()).itertuples():
        if r.start_date <= ymd <= r.end_date and getattr(r, WEEKDAYS[day.weekday()]) == "1":
            out.add(r.service_id)
    for r in tables.get("calendar_dates.txt", pd.DataFrame()).itertuples():
        if r.date == ymd:
            if r.exception_type == "1":
                out.add(r.service_id)
            elif r.exception_type == "2":
                out.discard(r.service_id)
    return out


def seconds(texts: pd.Series) -> np.ndarray:
    """'25:30:00' -> 91800 (hours may pass 24)."""
    return (pd.to_timedelta(texts.str.strip()).dt.total_seconds()).to_numpy().astype(int)


class TimeExpanded:
    """The graph of the trips a rider meets on the clock of ``day`` (trips of the day
    before, the day and the day after), with rides leaving in [lo, hi] seconds after the
    day's midnight. ``walks``: stop_id -> {stop_id: seconds}."""

    def __init__(self, tables: dict, day: dt.date, lo: int, hi: int, walks: dict):
        dates = {k: running(tables, day + dt.timedelta(days=k)) for k in (-1, 0, 1)}
        st = tables["stop_times.txt"]
        service = st["trip_id"].map(tables["trips.txt"].set_index("trip_id")["service_id"])
        st = st[service.isin(set().union(*dates.values()))].copy()
        st["seq"] = st["stop_sequence"].astype(int)
        st = st.sort_values(["trip_id", "seq"]).reset_index(drop=True)
        for col in ("pickup_type", "drop_off_type"):
            if col not in st:
                st[col] = ""
        n = len(st)
        service = st["trip_id"].map(tables["trips.txt"].set_index("trip_id")["service_id"])
        same_trip = np.r_[st["trip_id"].to_numpy()[1:] == st["trip_id"].to_numpy()[:-1], False]
        can_board = (st["pickup_type"].str.strip() != "1").to_numpy()
        can_alight = (st["drop_off_type"].str.strip() != "1").to_numpy()
        stop = st["stop_id"].to_numpy()
        edges: list[tuple[object, object, float]] = []
        waits: dict[str, set] = {}
        alights = []  # (arrival node, stop, time)
        arr0, dep0 = seconds(st["arrival_time"]), seconds(st["departure_time"])
        for k in (-1, 0, 1):
            runs = service.isin(dates[k]).to_numpy()
            arr, dep = arr0 + k * 86400, dep0 + k * 86400
            ride = np.flatnonzero(runs & same_trip & (dep >= lo) & (dep <= hi))
            for r in ride:  # ("d", k, r): the vehicle leaves row r; ("a", k, r) reaches it
                edges.append((("d", k, r), ("a", k, r + 1), arr[r + 1] - dep[r]))
                edges.append((("a", k, r), ("d", k, r), dep[r] - arr[r]))
                if can_board[r]:
                    waits.setdefault(stop[r], set()).add(dep[r])
                    edges.append((("w", stop[r], dep[r]), ("d", k, r), EPS))
                if can_alight[r + 1]:
                    alights.append((("a", k, r + 1), stop[r + 1], arr[r + 1]))
        self.times = {s: np.array(sorted(ts)) for s, ts in waits.items()}
        for s, ts in self.times.items():
            edges += [(("w", s, t1), ("w", s, t2), t2 - t1) for t1, t2 in zip(ts[:-1], ts[1:])]
        for node, s, t in alights:
            edges.append((node, ("T", s), 0.0))
            for w, d in walks.get(s, {}).items():
                nxt = self.first_wait(w, t + d)
                if nxt is not None:
                    edges.append((node, ("w", w, nxt), nxt - t))
        names = {}
        for a, b, _ in edges:
            names.setdefault(a, len(names))
            names.setdefault(b, len(names))
        self.node = names
        self.targets = {name[1]: i for name, i in names.items() if name[0] == "T"}
        rows = np.array([names[a] for a, _, _ in edges])
        cols = np.array([names[b] for _, b, _ in edges])
        self.g = csr_matrix((np.array([w for _, _, w in edges], dtype=float), (rows, cols)),
                            shape=(len(names), len(names)))
        assert self.g.nnz == len(edges) and n > 0  # no edge given twice, zeros kept

    def first_wait(self, stop: str, t: float):
        ts = self.times.get(stop)
        if ts is None:
            return None
        i = np.searchsorted(ts, t, side="left")
        return ts[i] if i < len(ts) else None

    def earliest(self, queries: list[tuple[str, int]]) -> list[dict[str, tuple[int, int]]]:
        """Per query (stop, t): per reachable stop, (earliest arrival, fewest vehicles for
        it) leaving ``stop`` at ``t`` or later (boarding there)."""
        firsts = [self.first_wait(s, t) for s, t in queries]
        sources = [self.node[("w", s, f)] for (s, _), f in zip(queries, firsts)
                   if f is not None]
        dist = dijkstra(self.g, indices=sources) if sources else None
        out, row = [], 0
        for (_, t), f in zip(queries, firsts):
            if f is None:
                out.append({})
                continue
            found = {}
            for stop_id, j in self.targets.items():
                total = dist[row, j] + (f - t)
                if np.isfinite(total):
                    whole = round(total)
                    found[stop_id] = (t + whole, round((total - whole) / EPS))
            out.append(found)
            row += 1
        return out
