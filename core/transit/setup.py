"""A timetable prepared for travel times: the day's connections with the walking model.

``TransitSettings`` holds the user's choices (feeds, day, departure window, walks, limits);
``build_setup`` reads a feed into a ``TransitSetup``; ``TransitSetup.walk_on_roads`` makes
the walks follow a road network instead of straight lines times ``DETOUR``.
``TransitSetup.each_facility`` is the one loop over facilities that turns timetable
profiles into (origins, departures) seconds; ``minutes_at`` turns those into percentiles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..roads.search import Cancelled, Router
from ..roads.snapping import Snap
from .gtfs import Feed, connections, transfer_table
from .merge import (
    DEFAULT_MERGE_M,
    idle_feeds,
    merged_pairs,
    stop_feeds,
    unreached_feeds,
    with_merged,
)
from .profiles import (
    Access,
    ArrivalProfile,
    Footpaths,
    apply_transfers,
    percentiles,
    profile_to_target,
    stop_footpaths,
    straight_access,
    travel_seconds,
)
from .vectorised import StopProfiles, Timetable, arrivals_from_reach
from .vectorised import arrivals as all_stop_arrivals

DETOUR = 1.3  # straight-line walks are this much longer on the ground
SEARCH_BLOCK_MB = 256.0  # facilities' search results held at once in ``minutes``


@dataclass(frozen=True)
class TransitSettings:
    """The public transport choices, read once (hashable: part of cache keys)."""

    feeds: tuple[str, ...]
    day: date
    start: int  # first departure, seconds after midnight
    end: int  # last departure
    step: int  # seconds between departures
    max_trip: float  # seconds
    walk_mps: float
    max_walk: float  # metres, to or from a stop
    transfer_walk: float  # metres, between stops
    max_transfers: int
    roads: str = ""  # road layer for the walks (its source), "" for straight lines
    class_field: str = ""
    percentile: float = 50.0
    merge_m: float = DEFAULT_MERGE_M  # stops of different feeds this close are one stop


@dataclass
class Origins:
    """Points and their walks to the stops."""

    x: np.ndarray
    y: np.ndarray
    access: Access


class Reach(NamedTuple):
    """One facility's timetable profile and the (origins, departures) seconds to it."""

    facility: int  # position among the facilities
    profile: ArrivalProfile | StopProfiles
    seconds: np.ndarray


def minutes_at(seconds: np.ndarray, qs: list[float]) -> np.ndarray:
    """(origins, percentiles) minutes: percentiles ``qs`` of seconds over the departures."""
    return percentiles(seconds, qs) / 60


@dataclass
class TransitSetup:
    conn: pd.DataFrame  # connections from the first departure to the latest arrival
    stops_x: np.ndarray
    stops_y: np.ndarray
    foot: Footpaths
    departures: np.ndarray
    walk_mps: float
    max_walk: float
    max_trip: float
    max_transfers: int

    walker: Router | None = None  # walks on the road network when given
    stop_snap: Snap | None = None
    day_conn: pd.DataFrame | None = None  # all of the day's connections (service counts)
    transfers: pd.DataFrame | None = None  # transfers.txt rules
    merged: tuple[np.ndarray, np.ndarray] | None = None  # stops of several feeds made one
    notes: tuple[str, ...] = ()  # feeds with no service on the day
    feed_names: tuple[str, ...] = ()  # the feeds of a combination, in prefix order
    stop_feed: np.ndarray | None = None  # each stop's feed number
    _table: Timetable | None = None  # the numpy search's positions, made on first use

    def unreached_feeds(self, access: Access) -> list[str]:
        """The feeds of a combination no origin of ``access`` can walk to."""
        if self.stop_feed is None:
            return []
        return unreached_feeds(self.feed_names, self.stop_feed, access.stop)

    def access(self, x: np.ndarray, y: np.ndarray) -> Access:
        """Walks from the points to the stops within the maximum walk."""
        if self.walker is None:
            return straight_access(x, y, self.stops_x, self.stops_y, self.max_walk,
                                   self.walk_mps, DETOUR)
        assert self.stop_snap is not None  # set with the walker
        pts = self.walker.snap(x, y, self.max_walk)
        t, _ = self.walker.times(self.stop_snap, pts, cutoff=self.max_walk / self.walk_mps)
        origin, stop = np.nonzero(np.isfinite(t))
        return Access(origin, stop, t[origin, stop].astype(float), len(x))

    def origins(self, x: np.ndarray, y: np.ndarray) -> Origins:
        return Origins(x, y, self.access(x, y))

    @property
    def timetable(self) -> Timetable:
        """The connections with the footpaths' lookup positions (after ``walk_on_roads``
        when the walks follow roads)."""
        if self._table is None or self._table.foot is not self.foot:
            self._table = Timetable(self.conn, self.foot, len(self.stops_x))
        return self._table

    def profile_to(self, fx: float, fy: float) -> StopProfiles:
        """The facility's profile at every stop: the numpy search, identical to
        ``profile_to_target`` (the reference, ``reference_profile_to``)."""
        eg = self.access(np.array([fx]), np.array([fy]))
        return self.timetable.profile(dict(zip(eg.stop.tolist(), eg.seconds.tolist())),
                                      self.max_transfers)

    def reference_profile_to(self, fx: float, fy: float) -> ArrivalProfile:
        """The same profile from the per-connection Python scan (tests compare both)."""
        eg = self.access(np.array([fx]), np.array([fy]))
        return profile_to_target(self.conn, self.foot,
                                 dict(zip(eg.stop.tolist(), eg.seconds.tolist())),
                                 len(self.stops_x), max_transfers=self.max_transfers)

    def walk_only(self, fx: float, fy: float, ox: np.ndarray, oy: np.ndarray) -> np.ndarray:
        """Seconds walking to the facility; inf beyond the maximum walk."""
        if self.walker is not None:
            fac = self.walker.snap(np.array([fx]), np.array([fy]), self.max_walk)
            pts = self.walker.snap(ox, oy, self.max_walk)
            t, _ = self.walker.times(fac, pts, cutoff=self.max_walk / self.walk_mps)
            return t[:, 0].astype(float)
        direct = np.hypot(ox - fx, oy - fy) * DETOUR / self.walk_mps
        return np.where(direct * self.walk_mps <= self.max_walk, direct, np.inf)

    def seconds_to(self, fx: float, fy: float, origins: Origins,
                   profile: ArrivalProfile | StopProfiles | None = None,
                   direct: np.ndarray | None = None) -> np.ndarray:
        """(origins, departures) seconds to a facility at (fx, fy); inf past the max trip.
        ``direct``: the walks from the origins when already known."""
        profile = profile if profile is not None else self.profile_to(fx, fy)
        if direct is None:
            direct = self.walk_only(fx, fy, origins.x, origins.y)
        if isinstance(profile, StopProfiles):
            secs = np.minimum(all_stop_arrivals(profile, origins.access, self.departures)
                              - self.departures[None, :], direct[:, None])
        else:
            secs = travel_seconds(profile, origins.access, self.departures, direct)
        secs[secs > self.max_trip] = np.inf
        return secs

    def nearest_seconds(self, fx: np.ndarray, fy: np.ndarray, origins: Origins
                        ) -> np.ndarray:
        """(origins, departures) seconds to the nearest facility: the minimum of
        ``seconds_to`` over the facilities, from ONE search whose target is any facility
        (each stop's walk to its nearest facility as egress; min commutes with the scan's
        additions and minima, so the figures are the same to the bit)."""
        eg = self.access(np.asarray(fx, dtype=float), np.asarray(fy, dtype=float))
        walk = pd.Series(eg.seconds).groupby(eg.stop).min()
        profile = self.timetable.profile(dict(zip(walk.index.tolist(), walk.tolist())),
                                         self.max_transfers)
        direct = np.full(len(origins.x), np.inf)
        for x, y in zip(fx, fy):
            direct = np.minimum(direct, self.walk_only(x, y, origins.x, origins.y))
        return self.seconds_to(np.nan, np.nan, origins, profile, direct)

    def each_facility(self, fx: np.ndarray, fy: np.ndarray, origins: Origins,
                      progress: Callable[[float], bool] | None = None) -> Iterator[Reach]:
        """Every facility's profile and seconds from the origins, one at a time.

        ``progress(done share)`` is called before each facility and at the end; when it
        returns False the run stops with ``Cancelled``."""
        n = len(fx)
        for j in range(n):
            if progress is not None and not progress(j / n):
                raise Cancelled()
            profile = self.profile_to(fx[j], fy[j])
            yield Reach(j, profile, self.seconds_to(fx[j], fy[j], origins, profile))
        if progress is not None:
            progress(1.0)

    def minutes(self, fx: np.ndarray, fy: np.ndarray, origins: Origins, q: float,
                progress: Callable[[float], bool] | None = None,
                block_mb: float = SEARCH_BLOCK_MB) -> np.ndarray:
        """(origins, facilities) float32 minutes at percentile ``q`` over the departures
        (same figures as ``each_facility``).

        Memory stays bounded whatever the number of facilities: they go in blocks whose
        search results (per boarding entry, one float64 each) take at most ``block_mb``;
        per block, every facility's numpy search, then the origins in chunks, each chunk's
        stop lookups shared by the block's facilities. Only the percentiles are kept."""
        n = len(fx)
        out = np.full((len(origins.x), n), np.inf, dtype=np.float32)
        table = self.timetable
        per = max(1, int(block_mb * 2 ** 20 // (8 * len(table.entry_keys))))
        blocks = [range(b, min(b + per, n)) for b in range(0, n, per)]
        deps = self.departures

        def tick(done: float) -> None:
            if progress is not None and not progress(done):
                raise Cancelled()

        for block in blocks:
            share = (block.stop - block.start) / max(n, 1)
            at = block.start / max(n, 1)
            reaches = np.empty((len(block), len(table.entry_keys)))
            direct = np.empty((len(origins.x), len(block)))
            for i, j in enumerate(block):
                tick(at + 0.5 * share * i / len(block))
                eg = self.access(fx[j:j + 1], fy[j:j + 1])
                reaches[i] = table.reach(dict(zip(eg.stop.tolist(), eg.seconds.tolist())),
                                         self.max_transfers)
                direct[:, i] = self.walk_only(fx[j], fy[j], origins.x, origins.y)
            for lo, hi, arr in arrivals_from_reach(table, reaches, origins.access, deps):
                tick(at + share * (0.5 + 0.5 * lo / max(len(origins.x), 1)))
                for i, j in enumerate(block):
                    secs = np.minimum(arr[i] - deps[None, :], direct[lo:hi, i, None])
                    secs[secs > self.max_trip] = np.inf
                    out[lo:hi, j] = minutes_at(secs, [q])[:, 0]
            del reaches, direct
        if progress is not None:
            progress(1.0)
        return out

    def walk_on_roads(self, walker: Router, transfer_walk: float) -> None:
        """Walks to, between and from stops along ``walker``'s roads (a walking router)."""
        xy = np.c_[self.stops_x, self.stops_y]
        self.walker = walker
        self.stop_snap = walker.snap(self.stops_x, self.stops_y, self.max_walk)
        self.foot = network_footpaths(walker, self.stop_snap, transfer_walk / self.walk_mps,
                                      self.transfers, xy, self.walk_mps)
        if self.merged is not None:
            self.foot = with_merged(self.foot, *self.merged)


def build_setup(feed: Feed, s: TransitSettings, stops_x: np.ndarray,
                stops_y: np.ndarray) -> TransitSetup:
    """The connections of ``s.day`` from the first departure to the latest arrival, walks
    between stops as straight lines (stops at ``stops_x``, ``stops_y`` in metres).

    Raises ``GtfsError`` when the feed does not serve the day."""
    # departures are whole seconds, so flooring the latest arrival keeps the same ones
    conn = connections(feed, s.day, s.start, int(s.end + s.max_trip))
    day_conn = connections(feed, s.day)
    transfers = transfer_table(feed)
    foot = stop_footpaths(stops_x, stops_y, s.transfer_walk, s.walk_mps, DETOUR, transfers)
    merged = merged_pairs(stops_x, stops_y, stop_feeds(feed.stops["stop_id"]), s.merge_m) \
        if len(feed.parts) > 1 else None
    if merged is not None:
        foot = with_merged(foot, *merged)
    return TransitSetup(
        conn=conn, stops_x=stops_x, stops_y=stops_y, foot=foot,
        departures=np.arange(s.start, s.end + 1, s.step, dtype=float), walk_mps=s.walk_mps,
        max_walk=s.max_walk, max_trip=s.max_trip, max_transfers=s.max_transfers,
        day_conn=day_conn, transfers=transfers, merged=merged,
        notes=tuple(idle_feeds(feed, s.day)), feed_names=feed.parts,
        stop_feed=stop_feeds(feed.stops["stop_id"]) if len(feed.parts) > 1 else None)


def network_footpaths(walker: Router, stops: Snap, cutoff_s: float, transfers,
                      xy: np.ndarray, walk_mps: float) -> Footpaths:
    """Walking links between stops along the roads, with transfers.txt's rules."""
    t, _ = walker.times(stops, stops, cutoff=cutoff_s)  # [from stop, to stop]
    frm, to = np.nonzero(np.isfinite(t))
    n = len(stops)
    a = np.r_[np.arange(n), frm]
    b = np.r_[np.arange(n), to]
    d = np.r_[np.zeros(n), t[frm, to].astype(float)]
    if transfers is not None and len(transfers):
        a, b, d = apply_transfers(a, b, d, xy[:, 0], xy[:, 1], walk_mps, DETOUR, transfers)
    order = np.lexsort((d, a))
    a, b, d = a[order], b[order], d[order]
    keep = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    a, b, d = a[keep], b[keep], d[keep]
    return Footpaths(np.searchsorted(a, np.arange(n + 1)), b, d)
