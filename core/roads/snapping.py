"""Snapping points to the nearest point of the nearest usable road edge.

The nearest segment is found exactly: segments are cut into pieces of at most
``piece`` metres whose midpoints go into a ``scipy.spatial.cKDTree``. A segment whose
pieces all lie farther than ``r`` cannot be nearer than ``r - piece / 2``, so the k
nearest pieces settle most points and the rest are resolved with a radius query.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from ..messages import msg
from .network import Graph, NetworkError, RoadNetwork, point_tree

OK = "ok"
# the reasons are written to output rows (reason, snap_note): the algorithms translate them
TOO_FAR = msg("too far from a road")
SMALL_COMPONENT = msg("on a small disconnected piece of the network")
UNCONNECTED_PIECE = msg("on a road piece not connected to the main network")
NO_GEOMETRY = msg("no geometry")
#: note on a routed point whose nearest road is a piece not connected to the main network
NEAREST_UNCONNECTED = msg("nearest road not connected to the network")


@dataclass
class Snap:
    """Where each point meets the network."""

    edge: np.ndarray  # edge index (-1 where not snapped)
    frac: np.ndarray  # position along the edge, 0 at its start node, 1 at its end node
    distance: np.ndarray  # metres from the point to the road
    x: np.ndarray  # snapped coordinates
    y: np.ndarray
    status: np.ndarray  # OK or the reason the point cannot be routed (object array)
    # filled in __post_init__ when not given (so always arrays after construction)
    note: np.ndarray = None  # type: ignore[assignment]  # "" or NEAREST_UNCONNECTED
    px: np.ndarray = None  # type: ignore[assignment]  # the points' own coordinates (NaN)
    py: np.ndarray = None  # type: ignore[assignment]

    def __post_init__(self):
        if self.note is None:
            self.note = np.full(len(self.edge), "", dtype=object)
        if self.px is None:
            self.px = np.full(len(self.edge), np.nan)
            self.py = np.full(len(self.edge), np.nan)

    @property
    def ok(self) -> np.ndarray:
        return self.status == OK

    def __len__(self) -> int:
        return len(self.edge)

    def subset(self, idx) -> Snap:
        return Snap(self.edge[idx], self.frac[idx], self.distance[idx], self.x[idx],
                    self.y[idx], self.status[idx], self.note[idx], self.px[idx], self.py[idx])


class SnapIndex:
    """Nearest-segment index over the edges a mode may use."""

    def __init__(self, net: RoadNetwork, edge_mask: np.ndarray, piece: float | None = None):
        seg_v, seg_e = net.segments()
        keep = edge_mask[seg_e]
        self.net = net
        self.seg_v = seg_v[keep]
        self.seg_e = seg_e[keep]
        x0, y0 = net.vx[self.seg_v], net.vy[self.seg_v]
        x1, y1 = net.vx[self.seg_v + 1], net.vy[self.seg_v + 1]
        seglen = np.hypot(x1 - x0, y1 - y0)
        if piece is None:
            piece = float(np.clip(np.median(seglen) if len(seglen) else 50.0, 5.0, 100.0))
        self.piece = piece
        n_pieces = np.maximum(np.ceil(seglen / piece).astype(np.int64), 1)
        self.piece_seg = np.repeat(np.arange(len(seglen)), n_pieces)
        k = np.arange(len(self.piece_seg)) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
        t = (k + 0.5) / np.repeat(n_pieces, n_pieces)
        s = self.piece_seg
        mid = np.column_stack([x0[s] + t * (x1[s] - x0[s]), y0[s] + t * (y1[s] - y0[s])])
        self.half = np.repeat(seglen / n_pieces, n_pieces).max() / 2 if len(s) else 0.0
        self.tree = point_tree(mid) if len(s) else None

    def nearest(self, px: np.ndarray, py: np.ndarray, k: int = 8):
        """(segment index, distance, projection parameter) of the nearest segment of each point."""
        m = len(px)
        best_s = np.full(m, -1)
        best_d = np.full(m, np.inf)
        best_t = np.zeros(m)
        if self.tree is None or m == 0:
            return best_s, best_d, best_t
        k = min(k, self.tree.n)
        dk, ik = self.tree.query(np.column_stack([px, py]), k=k)
        dk, ik = dk.reshape(m, k), ik.reshape(m, k)
        cand = self.piece_seg[ik]
        d, t = self._dist(np.repeat(px, k), np.repeat(py, k), cand.ravel())
        d, t = d.reshape(m, k), t.reshape(m, k)
        j = np.argmin(d, axis=1)
        rows = np.arange(m)
        best_s, best_d, best_t = cand[rows, j], d[rows, j], t[rows, j]
        unsure = np.flatnonzero(best_d > dk[:, -1] - self.half)
        if k < self.tree.n and len(unsure):
            # few (long segments near the point): every piece within the best distance and
            # half a piece, all points at once; the nearest segment, the lowest index on ties
            near = self.tree.query_ball_point(np.column_stack([px[unsure], py[unsure]]),
                                              best_d[unsure] + self.half, workers=-1)
            counts = np.fromiter(map(len, near), np.int64, len(near))
            pieces = np.fromiter(chain.from_iterable(near), np.int64, int(counts.sum()))
            owner = np.repeat(np.arange(len(unsure)), counts)
            segs = self.piece_seg[pieces]
            dd, tt = self._dist(px[unsure][owner], py[unsure][owner], segs)
            order = np.lexsort((segs, dd, owner))
            first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
            at = unsure[owner[first]]
            best_s[at], best_d[at], best_t[at] = segs[first], dd[first], tt[first]
        return best_s, best_d, best_t

    def _dist(self, px, py, s):
        v = self.seg_v[s]
        x0, y0 = self.net.vx[v], self.net.vy[v]
        dx, dy = self.net.vx[v + 1] - x0, self.net.vy[v + 1] - y0
        seg2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(seg2 > 0, ((px - x0) * dx + (py - y0) * dy) / seg2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        return np.hypot(px - (x0 + t * dx), py - (y0 + t * dy)), t


class NoUsableRoadError(NetworkError):
    """No road of the network can be used by the mode: nothing to snap points to."""


def snap_points(net: RoadNetwork, graph: Graph, px, py, max_distance: float = 1000.0,
                main_component_only: bool = True) -> Snap:
    """Snap points to the nearest edge usable by the graph's mode.

    Points farther than ``max_distance`` get status TOO_FAR; with
    ``main_component_only`` only the largest connected piece of the network is used,
    otherwise points that land on a smaller piece get status SMALL_COMPONENT (they are
    still snapped, but cannot reach most of the network). NaN coordinates mean no geometry.

    With ``main_component_only``, a point whose nearest usable road is on another piece
    says so: snapped to the main network farther away, it gets the note
    NEAREST_UNCONNECTED; too far from the main network but within ``max_distance`` of
    that piece, the status UNCONNECTED_PIECE (instead of TOO_FAR).

    Raises ``NoUsableRoadError`` when the travel mode may use no road of the network at all.
    """
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    mask = graph.usable.copy()
    if main_component_only:
        mask &= graph.components[net.e_from] == graph.main_component
    if len(px) and not mask.any():
        raise NoUsableRoadError(
            msg("no road of the network can be used by this travel mode, so no point can be "
                "snapped to it: check the road class field and scheme, the class speeds or "
                "the mode"))
    key = ("snapindex", id(graph), bool(main_component_only))
    index = net._cache.get(key)
    if index is None:
        index = net._cache[key] = SnapIndex(net, mask)
    valid = np.isfinite(px) & np.isfinite(py)
    s, d, t = index.nearest(np.where(valid, px, 0.0), np.where(valid, py, 0.0))
    found = s >= 0
    edge = np.where(found, index.seg_e[np.maximum(s, 0)], -1)
    v = index.seg_v[np.maximum(s, 0)]
    start = net.cumlen[net.e_v0[np.maximum(edge, 0)]]
    along = net.cumlen[v] + t * (net.cumlen[v + 1] - net.cumlen[v]) - start
    elen = net.e_len[np.maximum(edge, 0)]
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(elen > 0, along / elen, 0.0)
    frac = np.clip(frac, 0.0, 1.0)
    sx = net.vx[v] + t * (net.vx[v + 1] - net.vx[v])
    sy = net.vy[v] + t * (net.vy[v + 1] - net.vy[v])
    status = np.full(len(px), OK, dtype=object)
    status[~found | (d > max_distance)] = TOO_FAR
    if not main_component_only:
        comp = graph.components[net.e_from[np.maximum(edge, 0)]]
        status[(status == OK) & (comp != graph.main_component)] = SMALL_COMPONENT
    note = np.full(len(px), "", dtype=object)
    others = graph.usable & ~mask  # usable roads on the other pieces
    if main_component_only and others.any():
        key_other = ("snapindex-other", id(graph))
        elsewhere = net._cache.get(key_other)
        if elsewhere is None:
            elsewhere = net._cache[key_other] = SnapIndex(net, others)
        s2, d2, _ = elsewhere.nearest(np.where(valid, px, 0.0), np.where(valid, py, 0.0))
        nearer = valid & (s2 >= 0) & (d2 < np.where(found, d, np.inf) - 1e-9)
        note[nearer & (status == OK)] = NEAREST_UNCONNECTED
        status[nearer & (status == TOO_FAR) & (d2 <= max_distance)] = UNCONNECTED_PIECE
    status[~valid] = NO_GEOMETRY
    edge = np.where(status == NO_GEOMETRY, -1, edge)
    return Snap(edge, frac, np.where(valid, d, np.nan), sx, sy, status, note, px, py)
