"""Routable road network built from line geometries.

Lines are split into edges at junctions: vertices shared by two or more lines (or, with
``connect='endpoints'``, only where a line ends), matched within a tolerance. Vertices
between junctions stay in the edge geometry, so the graph is small while snapping and
isochrones still follow the real road shape. Everything is numpy arrays; travel-time
graphs for each mode are ``scipy.sparse`` CSR matrices built on demand and cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..messages import msg
from .modes import Profile

MIN_EDGE_SECONDS = 1e-6  # csgraph drops explicit zeros; keep zero-length edges routable


class NetworkError(ValueError):
    """The road lines cannot make a network (empty, no usable roads...)."""


@dataclass
class LineInput:
    """Road lines as the engine takes them.

    ``xy`` holds the vertices of every single line part one part after another, ``sizes``
    each part's vertex count (multi-part features give several parts) and ``feature``
    each part's source row. The attribute arrays are per source row: road class, speed
    field values (km/h, NaN for NULL) and direction codes (+1 digitised direction only,
    -1 against, 0 both; see ``profiles.parse_oneway``).
    """

    xy: np.ndarray
    sizes: np.ndarray
    feature: np.ndarray
    classes: np.ndarray | None = None
    speeds: np.ndarray | None = None
    oneway: np.ndarray | None = None

    @classmethod
    def from_parts(cls, parts: list[np.ndarray], feature, **attributes) -> LineInput:
        """From one (n, 2) coordinate array per part."""
        arrays = [np.asarray(p, dtype=float).reshape(-1, 2) for p in parts]
        xy = np.concatenate(arrays) if arrays else np.zeros((0, 2))
        sizes = np.array([len(a) for a in arrays], dtype=np.int64)
        return cls(xy, sizes, np.asarray(feature, dtype=np.int64), **attributes)

    @property
    def parts(self) -> list[np.ndarray]:
        return np.split(self.xy, np.cumsum(self.sizes)[:-1]) if len(self.sizes) else []

    @property
    def n_features(self) -> int:
        return int(self.feature.max()) + 1 if len(self.feature) else 0


@dataclass
class Graph:
    """Travel-time graph of one mode: CSR matrices and per-edge times in each direction."""

    forward: sparse.csr_matrix  # time (s) from row node to column node
    length: sparse.csr_matrix  # metres of the edge chosen in ``forward``
    t_fwd: np.ndarray  # seconds along each edge in its digitised direction (inf: not allowed)
    t_bwd: np.ndarray  # seconds against it
    usable: np.ndarray  # edge can be used in at least one direction
    components: np.ndarray  # weak component label of each node (usable edges only)
    main_component: int

    @property
    def n_nodes(self) -> int:
        return self.forward.shape[0]

    @cached_property
    def backward(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """``forward`` and ``length`` reversed (column node to row node)."""
        return self.forward.T.tocsr(), self.length.T.tocsr()


@dataclass
class RoadNetwork:
    """Junction nodes, edges between them and the vertices that shape the edges."""

    vx: np.ndarray  # all vertices, concatenated part by part
    vy: np.ndarray
    node_x: np.ndarray
    node_y: np.ndarray
    e_from: np.ndarray
    e_to: np.ndarray
    e_v0: np.ndarray  # first vertex index of the edge in vx/vy
    e_v1: np.ndarray  # last vertex index (inclusive)
    e_len: np.ndarray  # metres
    e_feature: np.ndarray  # source row
    cumlen: np.ndarray  # distance from the part start to each vertex
    lines: LineInput
    notes: list = field(default_factory=list)  # what the build did that a user should know
    _graphs: dict = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_x)

    @property
    def n_edges(self) -> int:
        return len(self.e_from)

    # ------------------------------------------------------------------ per mode
    def graph(self, profile: Profile) -> Graph:
        """The travel-time graph of ``profile`` (built once, then cached)."""
        key = profile.key()
        if key not in self._graphs:
            self._graphs[key] = self._build_graph(profile)
        return self._graphs[key]

    def _build_graph(self, profile: Profile) -> Graph:
        li = self.lines
        nf = li.n_features
        if li.classes is None and li.speeds is None:
            speeds = np.full(nf, float(profile.default_speed))
        else:
            speeds = profile.speeds(li.classes, li.speeds)
        e_speed = speeds[self.e_feature] / 3.6
        usable = e_speed > 0
        with np.errstate(divide="ignore"):
            t = np.where(usable, np.maximum(self.e_len / np.where(usable, e_speed, 1.0),
                                            MIN_EDGE_SECONDS), np.inf)
        direction = (li.oneway[self.e_feature] if (li.oneway is not None and profile.respect_oneway)
                     else np.zeros(self.n_edges, dtype=np.int8))
        t_fwd = np.where(direction >= 0, t, np.inf)
        t_bwd = np.where(direction <= 0, t, np.inf)
        rows = np.concatenate([self.e_from, self.e_to])
        cols = np.concatenate([self.e_to, self.e_from])
        data = np.concatenate([t_fwd, t_bwd])
        lens = np.concatenate([self.e_len, self.e_len])
        ok = np.isfinite(data) & (rows != cols)
        forward, length = cheapest_csr(rows[ok], cols[ok], self.n_nodes, self.n_nodes,
                                       data[ok], lens[ok])
        sym = forward + forward.T
        _, comp = csgraph.connected_components(sym, directed=False)
        has_edge = np.diff(sym.indptr) > 0
        counts = np.bincount(comp[has_edge], minlength=comp.max() + 1) if has_edge.any() else [0]
        main = int(np.argmax(counts))
        return Graph(forward, length, t_fwd, t_bwd, usable, comp, main)

    # ------------------------------------------------------------------ geometry
    def edge_coords(self, e: int) -> np.ndarray:
        """Vertices of edge ``e`` from its start node to its end node."""
        s = slice(self.e_v0[e], self.e_v1[e] + 1)
        return np.column_stack([self.vx[s], self.vy[s]])

    def segments(self) -> tuple[np.ndarray, np.ndarray]:
        """(start vertex index, edge index) of every straight segment of every edge."""
        if "segments" not in self._cache:
            counts = self.e_v1 - self.e_v0
            edge = np.repeat(np.arange(self.n_edges), counts)
            first = np.repeat(self.e_v0, counts)
            offset = np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts)
            self._cache["segments"] = (first + offset, edge)
        return self._cache["segments"]

    def point_on_edge(self, edge: np.ndarray, frac: np.ndarray) -> np.ndarray:
        """Coordinates of the points at ``frac`` (0..1) of the length of each edge."""
        edge = np.asarray(edge)
        target = self.cumlen[self.e_v0[edge]] + np.asarray(frac) * self.e_len[edge]
        v = np.searchsorted(self.cumlen, target, side="right") - 1
        v = np.clip(v, self.e_v0[edge], np.maximum(self.e_v1[edge] - 1, self.e_v0[edge]))
        seg = self.cumlen[v + 1] - self.cumlen[v]
        with np.errstate(invalid="ignore", divide="ignore"):
            u = np.where(seg > 0, (target - self.cumlen[v]) / seg, 0.0)
        u = np.clip(u, 0, 1)
        return np.column_stack([self.vx[v] + u * (self.vx[v + 1] - self.vx[v]),
                                self.vy[v] + u * (self.vy[v + 1] - self.vy[v])])


def point_tree(xy: np.ndarray) -> cKDTree:
    """A KD-tree of many points, built for speed (sliding-midpoint splits build about twice
    as fast as balanced ones, and answer queries as fast)."""
    return cKDTree(xy, balanced_tree=False, compact_nodes=False)


def cheapest_csr(rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int,
                 data: np.ndarray, *more: np.ndarray) -> list[sparse.csr_matrix]:
    """CSR matrices of ``data`` (and of each array in ``more``, e.g. lengths) keeping, of
    parallel edges, the cheapest one by ``data``. Sorted indices, no duplicates."""
    key = rows.astype(np.int64) * n_cols + cols
    order = np.argsort(key, kind="stable")
    k = key[order]
    dup = np.r_[False, k[1:] == k[:-1]] if len(k) else np.zeros(0, dtype=bool)
    if dup.any():  # order the (few) edges that share their ends by cost, cheapest first
        shared = np.flatnonzero(dup | np.r_[dup[1:], False])
        sub = order[shared]
        order[shared] = sub[np.lexsort((data[sub], key[sub]))]
    order = order[~dup]
    r = rows[order]
    indptr = np.r_[0, np.cumsum(np.bincount(r, minlength=n_rows))].astype(np.int32)
    indices = cols[order].astype(np.int32)
    return [sparse.csr_matrix((np.asarray(a)[order], indices, indptr), shape=(n_rows, n_cols))
            for a in (data, *more)]


def build_network(lines: LineInput, tolerance: float = 0.5,
                  connect: str = "vertices") -> RoadNetwork:
    """Build the topology of ``lines``.

    ``tolerance`` (map units) is how close two vertices must be to count as one point.
    ``connect='vertices'`` joins lines at every shared vertex (as QGIS's network analysis
    does, right for OSM ways that cross at shared nodes); ``'endpoints'`` joins them only
    where at least one of them ends, so an overpass sharing a vertex stays unconnected.
    """
    if connect not in ("vertices", "endpoints"):
        raise ValueError("connect must be 'vertices' or 'endpoints'")
    xy = np.asarray(lines.xy, dtype=float).reshape(-1, 2)
    sizes = np.asarray(lines.sizes, dtype=np.int64)
    keep = sizes >= 2
    if not keep.any():
        raise NetworkError(msg("the road layer has no line with at least two vertices"))
    part_feature = np.asarray(lines.feature)[keep]
    if not keep.all():
        xy = xy[np.repeat(keep, sizes)]
        sizes = sizes[keep]
    if not np.isfinite(xy).all():
        raise NetworkError(msg("the road layer has vertices with non-finite coordinates"))
    vpart = np.repeat(np.arange(len(sizes)), sizes)
    starts = np.cumsum(sizes) - sizes
    is_end = np.zeros(len(xy), dtype=bool)
    is_end[starts] = True
    is_end[starts + sizes - 1] = True

    seg_all = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    seg_all = seg_all[(vpart[1:] == vpart[:-1]) & (seg_all > 0)]
    median_seg = float(np.median(seg_all)) if len(seg_all) else 0.0
    if tolerance > 0 and median_seg > 0 and tolerance >= median_seg:
        raise NetworkError(
            msg("the topology tolerance ({tolerance:g} map units) is not smaller than the "
                "median road segment ({median_seg:.3g}): vertices that far apart would be "
                "joined into one point and the network would collapse. Give a tolerance well "
                "below the segment lengths, e.g. 0.5 (metres)",
                tolerance=tolerance, median_seg=median_seg))
    cluster, distinct = _cluster_points(xy, tolerance)
    n_clusters = cluster.max() + 1
    notes = _join_note(distinct, int(n_clusters), tolerance)
    if connect == "vertices":
        occurrences = np.bincount(cluster, minlength=n_clusters)
        node_cluster = occurrences > 1
    else:
        node_cluster = np.zeros(n_clusters, dtype=bool)
    node_cluster[cluster[is_end]] = True
    is_node = node_cluster[cluster] | is_end

    # node ids: one per junction cluster, at the cluster's mean position
    used = np.unique(cluster[is_node])
    cluster_to_node = np.full(n_clusters, -1)
    cluster_to_node[used] = np.arange(len(used))
    vnode = np.where(is_node, cluster_to_node[cluster], -1)
    node_count = np.bincount(vnode[is_node], minlength=len(used))
    node_x = np.bincount(vnode[is_node], weights=xy[is_node, 0], minlength=len(used)) / node_count
    node_y = np.bincount(vnode[is_node], weights=xy[is_node, 1], minlength=len(used)) / node_count
    # nodes numbered along a space-filling curve: neighbours on the map are neighbours in
    # memory, which makes every search over the arrays markedly faster
    order = np.argsort(morton_code(node_x, node_y), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    vnode = np.where(is_node, rank[np.maximum(vnode, 0)], -1)
    node_x, node_y = node_x[order], node_y[order]

    seg = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    seg[vpart[1:] != vpart[:-1]] = 0.0
    cumlen = np.concatenate([[0.0], np.cumsum(seg)])

    node_v = np.flatnonzero(is_node)
    same_part = vpart[node_v[1:]] == vpart[node_v[:-1]]
    e_v0 = node_v[:-1][same_part]
    e_v1 = node_v[1:][same_part]
    e_len = cumlen[e_v1] - cumlen[e_v0]
    return RoadNetwork(
        vx=xy[:, 0].copy(), vy=xy[:, 1].copy(), node_x=node_x, node_y=node_y,
        e_from=vnode[e_v0], e_to=vnode[e_v1], e_v0=e_v0, e_v1=e_v1, e_len=e_len,
        e_feature=part_feature[vpart[e_v0]], cumlen=cumlen, lines=lines, notes=notes)


JOIN_WARN_SHARE = 0.05  # share of joined vertex positions above which the user is warned


def _join_note(distinct: int, clusters: int, tolerance: float) -> list[str]:
    """A note on how many distinct vertex positions the tolerance joined to another."""
    joined = distinct - clusters
    if tolerance <= 0 or joined == 0:
        return []
    share = joined / distinct
    args = dict(tolerance=float(tolerance), joined=int(joined), distinct=int(distinct),
                percent=100 * share)
    if share > JOIN_WARN_SHARE:
        return [msg("WARNING: the topology tolerance {tolerance:g} joined {joined} of "
                    "{distinct} distinct vertex positions ({percent:.2f}%) to a neighbour "
                    "within that distance; so many joins can merge separate roads: check that "
                    "the tolerance is in the work CRS's units and small (e.g. 0.5 m)", **args)]
    return [msg("the topology tolerance {tolerance:g} joined {joined} of {distinct} distinct "
                "vertex positions ({percent:.2f}%) to a neighbour within that distance",
                **args)]


def morton_code(x: np.ndarray, y: np.ndarray, bits: int = 16) -> np.ndarray:
    """Z-order (Morton) code of points on a 2**bits grid over their extent."""
    def cell(v):
        span = float(np.ptp(v)) if len(v) else 0.0
        q = (v - v.min()) / span * (2**bits - 1) if span > 0 else np.zeros(len(v))
        return q.astype(np.uint64)

    def spread(v):  # bit i moves to bit 2i
        out = np.zeros_like(v)
        for b in range(bits):
            out |= ((v >> np.uint64(b)) & np.uint64(1)) << np.uint64(2 * b)
        return out

    return spread(cell(x)) | (spread(cell(y)) << np.uint64(1))


def _cluster_points(xy: np.ndarray, tolerance: float) -> tuple[np.ndarray, int]:
    """Label points so that points within ``tolerance`` of each other (transitively) share
    a label: every pair of distinct positions within the distance, joined by connected
    components (single linkage). Also returns the number of distinct positions."""
    xy = np.ascontiguousarray(xy, dtype=float)
    _, exact = np.unique(xy.view(np.complex128).ravel(), return_inverse=True)
    exact = exact.ravel()
    n = int(exact.max()) + 1 if len(exact) else 0
    if tolerance <= 0 or n == 0:
        return exact, n
    distinct = np.zeros((n, 2))
    distinct[exact] = xy
    pairs = point_tree(distinct).query_pairs(tolerance, output_type="ndarray")
    if len(pairs) == 0:
        return exact, n
    adj = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, label = csgraph.connected_components(adj, directed=False)
    return label[exact], n
