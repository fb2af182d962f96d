"""Earliest arrival on a time-expanded graph built straight from the GTFS tables (networkx).

An independent reference for the engine, written from the GTFS specification and sharing no
code with ``core.transit``: calendar.txt and calendar_dates.txt decide which services run
on a date; a stop time ``hh:mm:ss`` of a trip run on date D is D's midnight plus that time
(so 24:30 of a Monday trip is Tuesday 00:30); ``pickup_type`` / ``drop_off_type`` 1 forbid
boarding / alighting, 0, 2, 3 and empty allow it. Nodes are events: a vehicle leaving or
reaching a stop, a rider waiting at a stop for a boardable departure. A rider may alight,
walk to a stop within the given walking links (0 s to the same stop) and wait there.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

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


def seconds(text: str) -> int:
    h, m, s = (int(v) for v in text.strip().split(":"))
    return h * 3600 + m * 60 + s


class TimeExpanded:
    """The graph of the trips that run on the clock of ``day`` between ``lo`` and ``hi``
    seconds after its midnight (rides leaving in [lo, hi])."""

    def __init__(self, tables: dict, day: dt.date, lo: int, hi: int, walks: dict):
        self.g = nx.DiGraph()
        stop_times = tables["stop_times.txt"]
        by_trip = {t: rows for t, rows in stop_times.groupby("trip_id")}
        trips = tables["trips.txt"]
        waits: dict[str, set] = {}
        alights = []  # (node, stop, time)
        for k in (-1, 0, 1):
            services = running(tables, day + dt.timedelta(days=k))
            for trip in trips.loc[trips.service_id.isin(services), "trip_id"]:
                rows = by_trip[trip].assign(seq=lambda r: r.stop_sequence.astype(int))
                rows = rows.sort_values("seq")
                arr = [seconds(t) + k * 86400 for t in rows.arrival_time]
                dep = [seconds(t) + k * 86400 for t in rows.departure_time]
                if not any(lo <= t <= hi for t in dep[:-1]):
                    continue
                stops = rows.stop_id.tolist()
                pick = rows.get("pickup_type", pd.Series("", index=rows.index)).tolist()
                drop = rows.get("drop_off_type", pd.Series("", index=rows.index)).tolist()
                run = (trip, k)
                for i in range(len(stops) - 1):
                    if not lo <= dep[i] <= hi:
                        continue
                    self.g.add_edge(("d", run, i), ("a", run, i + 1), weight=arr[i + 1] - dep[i])
                    if i > 0:
                        self.g.add_edge(("a", run, i), ("d", run, i), weight=dep[i] - arr[i])
                    if pick[i].strip() != "1":
                        waits.setdefault(stops[i], set()).add(dep[i])
                        self.g.add_edge(("w", stops[i], dep[i]), ("d", run, i), weight=EPS)
                    if drop[i + 1].strip() != "1":
                        alights.append((("a", run, i + 1), stops[i + 1], arr[i + 1]))
        self.times = {s: np.array(sorted(ts)) for s, ts in waits.items()}
        for s, ts in self.times.items():
            for t1, t2 in zip(ts[:-1], ts[1:]):
                self.g.add_edge(("w", s, t1), ("w", s, t2), weight=float(t2 - t1))
        for node, stop, t in alights:
            self.g.add_edge(node, ("T", stop), weight=0.0)
            for w, d in walks.get(stop, {}).items():
                nxt = self.first_wait(w, t + d)
                if nxt is not None:
                    self.g.add_edge(node, ("w", w, nxt), weight=nxt - t)

    def first_wait(self, stop: str, t: float):
        ts = self.times.get(stop)
        if ts is None:
            return None
        i = np.searchsorted(ts, t, side="left")
        return ts[i] if i < len(ts) else None

    def earliest(self, stop: str, t: float) -> dict[str, tuple[float, int]]:
        """Per reachable stop, (earliest arrival, fewest vehicles for it) leaving ``stop``
        at ``t`` or later (boarding there)."""
        first = self.first_wait(stop, t)
        if first is None:
            return {}
        dist = nx.single_source_dijkstra_path_length(self.g, ("w", stop, first),
                                                     weight="weight")
        out = {}
        for node, d in dist.items():
            if node[0] == "T":
                total = d + (first - t)
                arrival = t + round(total)
                out[node[1]] = (arrival, round((total - round(total)) / EPS))
        return out
