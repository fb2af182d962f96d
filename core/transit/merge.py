"""Several GTFS feeds at once: stops of different feeds that stand at the same place become
one stop (a transfer of 0 s), and a feed that runs nothing on the day is named.

Combined feeds prefix every id with the feed's number (``0:``, ``1:``...; see
``gtfs.read_feed``), which tells the feed of each stop.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
from scipy.spatial import cKDTree

from ..messages import msg
from .gtfs import Feed, _services
from .profiles import Footpaths

DEFAULT_MERGE_M = 50.0  # stops of different feeds closer than this are one stop


def stop_feeds(stop_ids) -> np.ndarray:
    """Each stop's feed number from its prefixed id (0 for an unprefixed id)."""
    out = np.zeros(len(stop_ids), dtype=np.int64)
    for i, s in enumerate(map(str, stop_ids)):
        head, sep, _ = s.partition(":")
        if sep and head.isdigit():
            out[i] = int(head)
    return out


def merged_pairs(x: np.ndarray, y: np.ndarray, feeds: np.ndarray,
                 within_m: float) -> tuple[np.ndarray, np.ndarray]:
    """(from, to) stops of different feeds within ``within_m`` metres, both directions."""
    if within_m <= 0 or len(x) < 2 or len(np.unique(feeds)) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pairs = cKDTree(np.column_stack([x, y])).query_pairs(within_m, output_type="ndarray")
    pairs = pairs[feeds[pairs[:, 0]] != feeds[pairs[:, 1]]] if len(pairs) else pairs
    if not len(pairs):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.r_[pairs[:, 0], pairs[:, 1]], np.r_[pairs[:, 1], pairs[:, 0]]


def with_merged(foot: Footpaths, a: np.ndarray, b: np.ndarray) -> Footpaths:
    """``foot`` with 0-second links a -> b (one link per stop pair, the quickest)."""
    if not len(a):
        return foot
    n = len(foot.start) - 1
    frm = np.repeat(np.arange(n), np.diff(foot.start))
    fa = np.r_[frm, a]
    fb = np.r_[foot.to, b]
    fd = np.r_[foot.seconds, np.zeros(len(a))]
    order = np.lexsort((fd, fb, fa))
    fa, fb, fd = fa[order], fb[order], fd[order]
    keep = np.r_[True, (fa[1:] != fa[:-1]) | (fb[1:] != fb[:-1])]
    fa, fb, fd = fa[keep], fb[keep], fd[keep]
    order = np.lexsort((fd, fa))  # per stop, quickest first, as the footpaths are kept
    fa, fb, fd = fa[order], fb[order], fd[order]
    return Footpaths(np.searchsorted(fa, np.arange(n + 1)), fb, fd)


def idle_feeds(feed: Feed, day: dt.date) -> list[str]:
    """One message per feed of a combination that runs no service on ``day`` (with the dates
    it covers); its stops still serve the walks."""
    names = getattr(feed, "parts", ())
    if len(names) < 2:
        return []
    running = {str(s).partition(":")[0] for s in _services(feed, day)}
    out: list[str] = []
    for k, name in enumerate(names):
        if str(k) in running:
            continue
        span = _part(feed, k).date_range()
        covered = f"{span[0]} .. {span[1]}" if span else msg("no dates")
        out.append(msg("{name}: no service runs on {day} (the feed covers {covered}); none of "
                       "its trips are used, its stops only for walking", name=name, day=day,
                       covered=covered))
    return out


def _part(feed: Feed, k: int) -> Feed:
    """The calendar tables of feed number ``k`` of a combination."""
    def mine(table):
        if table is None:
            return None
        return table[table["service_id"].astype(str).str.startswith(f"{k}:")]
    return dataclasses.replace(feed, calendar=mine(feed.calendar),
                               calendar_dates=mine(feed.calendar_dates))


def unreached_feeds(names, feeds: np.ndarray, reached_stops) -> list[str]:
    """One message per feed of a combination none of whose stops is within walking reach
    of any origin (e.g. a feed of another region or country)."""
    if len(names) < 2:
        return []
    hit = set(np.unique(feeds[np.asarray(reached_stops, dtype=np.int64)]).tolist())
    return [f"{name}: none of its stops is within walking reach of the origins (a feed of "
            f"another area?); it adds nothing to the trips from them"
            for k, name in enumerate(names) if k not in hit]
