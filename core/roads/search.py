"""Shortest travel times from facilities: per facility, nearest facility, OD matrices.

Searches start at the facilities (tens to hundreds), never at the population cells
(tens of thousands). Each facility becomes a virtual node on its snapped edge, so
partial edges are costed exactly; ``scipy.sparse.csgraph.dijkstra`` runs the searches
in C, on the reversed graph when residents travel *to* the facility. A point's time is
read off the two ends of its edge, plus its walk to the road.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from .contraction import Contracted, contract
from .modes import Profile
from .network import Graph, RoadNetwork, cheapest_csr
from .snapping import OK, SMALL_COMPONENT, Snap, snap_points

Progress = Callable[[float], bool]  # fraction done -> False to cancel
CONTRACT_FROM = 8  # facilities from which per-facility searches run on the contracted graph


class Cancelled(Exception):  # noqa: N818 (reads as what happened)
    """The user cancelled a long run."""


@dataclass
class Nearest:
    """Nearest facility of each point: index (-1 unreachable), seconds and network metres."""

    facility: np.ndarray
    time: np.ndarray
    distance: np.ndarray


class NodeNearest(NamedTuple):
    """Per node of the search graph: seconds to the nearest facility and its index (-1)."""

    time: np.ndarray
    facility: np.ndarray


@dataclass
class _NodeSearch:
    """A multi-source search kept by the router: per node of the search graph, seconds
    (inf beyond ``cutoff``), predecessor, nearest facility (-1: none) and, once asked
    for, metres along the path."""

    cutoff: float
    time: np.ndarray
    pred: np.ndarray
    facility: np.ndarray
    metres: np.ndarray | None = None

    def __post_init__(self):
        for a in (self.time, self.pred, self.facility):
            a.setflags(write=False)  # shared by every caller


class PointEnds(NamedTuple):
    """Where points sit on their edges: the edge's end nodes, the seconds between each point
    and each end (in the trip direction) and the metres to each end."""

    node_a: np.ndarray
    node_b: np.ndarray
    secs_a: np.ndarray
    secs_b: np.ndarray
    metres_a: np.ndarray
    metres_b: np.ndarray


class Router:
    """Travel-time searches for one mode on one network.

    ``to_facility`` (default) measures trips from the points to the facilities, which
    matters on one-way streets. ``access_speed`` (km/h) costs the walk between a point
    and the road it snaps to; ``None`` makes it free (as QGIS's own network tools do).
    """

    def __init__(self, net: RoadNetwork, profile: Profile, access_speed: float | None = 5.0,
                 to_facility: bool = True):
        self.net = net
        self.profile = profile
        self.graph: Graph = net.graph(profile)
        self.access_mps = None if not access_speed else access_speed / 3.6
        self.to_facility = to_facility
        self._prepared: tuple[bytes, dict] | None = None  # search graphs of the last facilities

    @classmethod
    def shared(cls, net: RoadNetwork, profile: Profile, access_speed: float | None = 5.0
               ) -> Router:
        """The router of ``net`` for this profile and access speed, kept with the network
        (its cache), so that runs on one cached network share its searches: a nearest-
        facility allocation and the catchments or closures after it search once."""
        key = ("router", profile.key(), access_speed or None)
        router = net._cache.get(key)
        if router is None:
            router = net._cache[key] = cls(net, profile, access_speed)
        return router

    # ------------------------------------------------------------------ snapping
    def snap(self, x, y, max_distance: float = 1000.0, main_component_only: bool = True) -> Snap:
        return snap_points(self.net, self.graph, x, y, max_distance, main_component_only)

    def access_time(self, snap: Snap) -> np.ndarray:
        if self.access_mps is None:
            return np.zeros(len(snap))
        return np.nan_to_num(snap.distance) / self.access_mps

    def routable(self, snap: Snap) -> np.ndarray:
        return (snap.status == OK) | (snap.status == SMALL_COMPONENT)

    # ------------------------------------------------------------------ edge costs
    def _edge_costs(self, snap: Snap):
        """Seconds from a snapped point to its edge's start (a) and end (b) node, and back."""
        e = np.maximum(snap.edge, 0)
        f = snap.frac
        tf, tb = self.graph.t_fwd[e], self.graph.t_bwd[e]
        g = 1 - f
        leave_a, leave_b = _part(f, tb), _part(g, tf)
        arrive_a, arrive_b = _part(f, tf), _part(g, tb)  # from node a to the point, from b
        return leave_a, leave_b, arrive_a, arrive_b

    def point_ends(self, pts: Snap) -> PointEnds:
        """Each point's edge end nodes a and b, the seconds between the point and each end
        in the trip direction, and the metres to each end."""
        e = np.maximum(pts.edge, 0)
        leave_a, leave_b, arrive_a, arrive_b = self._edge_costs(pts)
        secs_a, secs_b = (leave_a, leave_b) if self.to_facility else (arrive_a, arrive_b)
        return PointEnds(self.net.e_from[e], self.net.e_to[e], secs_a, secs_b,
                         pts.frac * self.net.e_len[e], (1 - pts.frac) * self.net.e_len[e])

    def _search_graph(self, fac: Snap) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """``_augmented`` for these facilities, kept while the same facilities are asked."""
        return self._prepare(fac, "graph", lambda: self._augmented(fac))

    def _contracted(self, fac: Snap) -> Contracted:
        """The search graph without dead ends and chains (facility nodes kept)."""
        return self._prepare(fac, "core", lambda: contract(
            self._search_graph(fac)[0], self.graph.n_nodes + np.arange(len(fac))))

    def _prepare(self, fac: Snap, what: str, make):
        key = b"".join(np.ascontiguousarray(a).tobytes() for a in (
            fac.edge, fac.frac, fac.distance, self.routable(fac)))
        if self._prepared is None or self._prepared[0] != key:
            self._prepared = (key, {})
        store = self._prepared[1]
        if what not in store:
            store[what] = make()
        return store[what]

    def _augmented(self, fac: Snap):
        """Graph to search (with a virtual node per facility) and its length matrix.

        The search runs from the facilities, on the reversed graph when residents travel
        to them; each facility's node only has edges out of it, to its edge's two ends,
        so it comes as extra rows under the (cached) graph in search direction.
        """
        n, k = self.graph.n_nodes, len(fac)
        base, base_len = self.graph.backward if self.to_facility else (
            self.graph.forward, self.graph.length)
        leave_a, leave_b, arrive_a, arrive_b = self._edge_costs(fac)
        e = np.maximum(fac.edge, 0)
        a, b = self.net.e_from[e], self.net.e_to[e]
        # to the facility: from node a (b) to the point; from it: from the point to a (b)
        t = np.r_[arrive_a, arrive_b] if self.to_facility else np.r_[leave_a, leave_b]
        m = np.r_[fac.frac * self.net.e_len[e], (1 - fac.frac) * self.net.e_len[e]]
        ok = self.routable(fac)
        keep = np.r_[ok, ok] & np.isfinite(t)
        acc = self.access_time(fac)
        t = np.maximum(t + np.r_[acc, acc], 1e-6)  # the facility's own walk to the road
        virt = np.r_[np.arange(k), np.arange(k)]
        extra_t, extra_m = cheapest_csr(virt[keep], np.r_[a, b][keep], k, n + k, t[keep],
                                        m[keep])
        return _stack_rows(base, extra_t, n + k), _stack_rows(base_len, extra_m, n + k)

    # ------------------------------------------------------------------ searches
    def node_times(self, fac: Snap, cutoff: float = np.inf, with_distance: bool = False,
                   chunk: int | None = None, progress: Progress | None = None,
                   contracted: bool | None = None
                   ) -> Iterator[tuple[slice, np.ndarray, np.ndarray | None]]:
        """Per-facility seconds (and metres) to every node, a chunk of facilities at a time.

        Yields ``(facility slice, times (k, n_nodes + n_fac), distances or None)``; a
        facility's access walk is included. Unreachable or beyond ``cutoff``: inf.
        Times alone are searched on the contracted graph (``core.roads.contraction``) when there
        are ``CONTRACT_FROM`` facilities or more, unless ``contracted`` says otherwise.
        """
        n_all = self.graph.n_nodes + len(fac)
        if chunk is None:
            # small chunks: csgraph is as fast per source, and memory stays low
            chunk = max(1, min(8, int(2e8 // (8 * n_all * (3 if with_distance else 1)))))
        if contracted is None:
            contracted = len(fac) >= CONTRACT_FROM
        contracted = contracted and not with_distance
        mat, lmat = self._search_graph(fac)
        core = self._contracted(fac) if contracted else None
        sources = self.graph.n_nodes + np.arange(len(fac))
        core_sources = core.core_index(sources) if core is not None else sources
        limit = np.inf if cutoff is None else cutoff
        for start in range(0, len(fac), chunk):
            sl = slice(start, min(start + chunk, len(fac)))
            idx = sources[sl]
            if core is not None:
                times = core.expand(np.atleast_2d(csgraph.dijkstra(
                    core.matrix, directed=True, indices=core_sources[sl], limit=limit)), limit)
                pred = None
            else:
                res = csgraph.dijkstra(mat, directed=True, indices=idx, limit=limit,
                                       return_predecessors=with_distance)
                times, pred = (res if with_distance else (res, None))
                times = np.atleast_2d(times)
            times[~self.routable(fac)[sl]] = np.inf
            dist = path_lengths(lmat, np.atleast_2d(pred)) if pred is not None else None
            yield sl, times, dist
            if progress is not None and progress(sl.stop / len(fac)) is False:
                raise Cancelled()

    def point_times(self, node_t: np.ndarray, fac: Snap, fac_slice: slice, pts: Snap,
                    node_d: np.ndarray | None = None):
        """Seconds (and metres) from points to the facilities of one ``node_times`` chunk.

        Returns arrays of shape (n_points, n_facilities_in_chunk); the point's walk to
        the road is included in the time, not in the distance.
        """
        ends = self.point_ends(pts)
        a, b = ends.node_a, ends.node_b
        via_a = node_t[:, a].T + ends.secs_a[:, None]
        via_b = node_t[:, b].T + ends.secs_b[:, None]
        use_b = via_b < via_a
        t = np.where(use_b, via_b, via_a)
        d = None
        if node_d is not None:
            d = np.where(use_b, node_d[:, b].T + ends.metres_b[:, None],
                         node_d[:, a].T + ends.metres_a[:, None])
        self._same_edge(t, d, fac.subset(fac_slice), pts)
        t += self.access_time(pts)[:, None]
        bad = ~self.routable(pts)
        t[bad] = np.inf
        if d is not None:
            d[~np.isfinite(t)] = np.inf
        return t, d

    def _same_edge(self, t, d, fac: Snap, pts: Snap) -> None:
        """Trips between a point and a facility on the same edge go straight along it; a
        point at the very place of the facility takes no time (no walk to the road and
        back). ``t`` excludes the point's own access walk (added by the caller)."""
        fe = np.where(self.routable(fac), fac.edge, -2)
        if not np.isin(pts.edge, fe).any():
            return
        order = np.argsort(fe, kind="stable")
        lo = np.searchsorted(fe[order], pts.edge, side="left")
        hi = np.searchsorted(fe[order], pts.edge, side="right")
        facc = self.access_time(fac)
        for i in np.flatnonzero(hi > lo):
            e = pts.edge[i]
            for j in order[lo[i]:hi[i]]:
                g, f = pts.frac[i], fac.frac[j]
                start, end = (g, f) if self.to_facility else (f, g)
                tt = (end - start) * self.graph.t_fwd[e] if end >= start else \
                    (start - end) * self.graph.t_bwd[e]
                tt = tt + facc[j]
                if pts.px[i] == fac.px[j] and pts.py[i] == fac.py[j]:
                    tt = -self.access_time(pts.subset([i]))[0]  # the caller adds it back
                if tt < t[i, j]:
                    t[i, j] = tt
                    if d is not None:
                        d[i, j] = abs(g - f) * self.net.e_len[e]

    def times(self, fac: Snap, pts: Snap, cutoff: float = np.inf, with_distance: bool = False,
              progress: Progress | None = None):
        """Dense (n_points, n_facilities) float32 seconds (and metres): inf beyond ``cutoff``."""
        t_out = np.full((len(pts), len(fac)), np.inf, dtype=np.float32)
        d_out = np.full((len(pts), len(fac)), np.inf, dtype=np.float32) if with_distance else None
        for sl, nt, nd in self.node_times(fac, cutoff, with_distance, progress=progress):
            t, d = self.point_times(nt, fac, sl, pts, nd)
            if np.isfinite(cutoff):
                t[t > cutoff] = np.inf
            t_out[:, sl] = t
            if d_out is not None:
                d[~np.isfinite(t)] = np.inf
                d_out[:, sl] = d
        return t_out, d_out

    def nearest(self, fac: Snap, pts: Snap, cutoff: float = np.inf,
                with_distance: bool = True, ends: PointEnds | None = None) -> Nearest:
        """Nearest facility of every point in one multi-source search (``ends``: the
        points' ``point_ends`` when already known)."""
        search = self._node_search(fac, cutoff)
        if search is None:
            m = len(pts)
            return Nearest(np.full(m, -1), np.full(m, np.inf), np.full(m, np.inf))
        node_d = None
        if with_distance:
            if search.metres is None:
                _, lmat = self._search_graph(fac)
                search.metres = path_lengths(lmat, search.pred[None, :])[0]
            node_d = search.metres
        return self._nearest_points(fac, pts, search.time, search.facility, node_d, cutoff,
                                    ends)

    def nearest_nodes(self, fac: Snap, cutoff: float = np.inf) -> NodeNearest:
        """Seconds to the nearest facility and its index (-1: none) at every node of the
        search graph (the facilities' own nodes last): one multi-source search, the one
        ``nearest`` makes, kept for closures (``nearest_closing``). Read-only arrays."""
        search = self._node_search(fac, cutoff)
        if search is None:
            n = self.graph.n_nodes + len(fac)
            return NodeNearest(np.full(n, np.inf), np.full(n, -1))
        return NodeNearest(search.time, search.facility)

    def _node_search(self, fac: Snap, cutoff: float) -> _NodeSearch | None:
        """The multi-source search from the routable facilities, up to ``cutoff``; made
        once per set of facilities and kept (a search to a longer cutoff serves a shorter
        one, cut: every node within the shorter one has the same time and facility, up to
        ties between facilities). None when no facility is routable."""
        n = self.graph.n_nodes
        idx = n + np.flatnonzero(self.routable(fac))
        if len(idx) == 0:
            return None
        store = self._prepare(fac, "nearest", dict)
        kept = store.get("search")
        if kept is None or kept.cutoff < cutoff:
            mat, _ = self._search_graph(fac)
            dist, pred, sources = csgraph.dijkstra(mat, directed=True, indices=idx,
                                                   limit=cutoff, return_predecessors=True,
                                                   min_only=True)
            kept = store["search"] = _NodeSearch(cutoff, dist, pred,
                                                 np.where(sources >= n, sources - n, -1))
        if cutoff >= kept.cutoff:
            return kept
        beyond = kept.time > cutoff
        cut = _NodeSearch(cutoff, np.where(beyond, np.inf, kept.time),
                          np.where(beyond, -9999, kept.pred),
                          np.where(beyond, -1, kept.facility))
        cut.metres = kept.metres
        return cut

    def nearest_closing(self, fac: Snap, pts: Snap, closed, base: NodeNearest | None = None,
                        cutoff: float = np.inf) -> Nearest:
        """``nearest`` (times and facilities; distances are not computed: inf) with the
        facilities ``closed`` (indices) closed, searching only where they were nearest.

        Exact: a node whose nearest facility stays open keeps its time (closing only
        lengthens trips); a node that loses its facility is reached, on its new shortest
        path, last from a node outside the closed facilities' areas over an edge into them
        (every node after it lies inside), so a search inside those areas that starts on
        the edges into them, each at the time of its outer end plus the edge, gives the
        new times, added up in the order a full search adds them. ``base``: this
        router's ``nearest_nodes`` of ``fac`` (made when not given).
        """
        base = base if base is not None else self.nearest_nodes(fac, cutoff)
        closed = np.unique(np.asarray(closed, dtype=np.int64))
        open_fac = fac.subset(np.arange(len(fac)))
        open_fac.status = open_fac.status.copy()
        open_fac.status[closed] = "closed"
        dist, node_fac = base.time.copy(), base.facility.copy()
        inside = np.isin(node_fac, closed)
        dist[inside], node_fac[inside] = np.inf, -1
        if inside.any():
            mat, _ = self._search_graph(fac)
            coo = mat.tocoo()
            r, c, w = coo.row, coo.col, coo.data
            entry = inside[c] & ~inside[r] & np.isfinite(dist[r])  # edges into the areas
            within = inside[c] & inside[r]
            local = np.full(len(dist), -1)
            nodes = np.flatnonzero(inside)
            local[nodes] = np.arange(len(nodes))
            n_src, m = int(entry.sum()), len(nodes)
            start = dist[r[entry]] + w[entry]  # as the full search adds it up
            sub = sparse.csr_matrix((np.r_[start, w[within]], (
                np.r_[np.arange(n_src), n_src + local[r[within]]],
                np.r_[n_src + local[c[entry]], n_src + local[c[within]]])),
                shape=(n_src + m, n_src + m))
            if n_src:
                d, _, src = csgraph.dijkstra(sub, directed=True, indices=np.arange(n_src),
                                             limit=cutoff, min_only=True,
                                             return_predecessors=True)
                got = src[n_src:] >= 0
                dist[nodes[got]] = d[n_src:][got]
                node_fac[nodes[got]] = node_fac[r[entry]][src[n_src:][got]]
        return self._nearest_points(open_fac, pts, dist, node_fac, None, cutoff)

    def _nearest_points(self, fac: Snap, pts: Snap, dist, node_fac, node_d, cutoff,
                        ends: PointEnds | None = None) -> Nearest:
        """Each point's nearest facility from the nodes' (``nearest``)."""
        ends = self.point_ends(pts) if ends is None else ends
        a, b = ends.node_a, ends.node_b
        via_a, via_b = dist[a] + ends.secs_a, dist[b] + ends.secs_b
        use_b = via_b < via_a
        t = np.where(use_b, via_b, via_a)
        facility = np.where(use_b, node_fac[b], node_fac[a])
        d = np.full(len(pts), np.inf)
        if node_d is not None:
            d = np.where(use_b, node_d[b] + ends.metres_b, node_d[a] + ends.metres_a)
        # same-edge trips: compare against every facility on the point's edge
        on_fac_edge = np.zeros(self.net.n_edges + 1, dtype=bool)  # (the last: no edge)
        on_fac_edge[fac.edge[self.routable(fac) & (fac.edge >= 0)]] = True
        same = on_fac_edge[np.where(pts.edge >= 0, pts.edge, -1)]
        if same.any():
            sub = pts.subset(np.flatnonzero(same))
            direct = np.full((len(sub), len(fac)), np.inf)
            dd = np.full((len(sub), len(fac)), np.inf)
            self._same_edge(direct, dd, fac, sub)
            j = np.argmin(direct, axis=1)
            better = direct[np.arange(len(sub)), j] < t[same]
            rows = np.flatnonzero(same)[better]
            t[rows] = direct[better, j[better]]
            facility[rows] = j[better]
            d[rows] = dd[better, j[better]]
        t = t + self.access_time(pts)
        reach = self.routable(pts) & np.isfinite(t) & (t <= cutoff) & (facility >= 0)
        return Nearest(np.where(reach, facility, -1), np.where(reach, t, np.inf),
                       np.where(reach, d, np.inf))


def _stack_rows(top: sparse.csr_matrix, bottom: sparse.csr_matrix, n: int) -> sparse.csr_matrix:
    """Square (n, n) CSR matrix: the rows of ``top`` (widened), then those of ``bottom``."""
    indptr = np.r_[top.indptr, top.indptr[-1] + bottom.indptr[1:]].astype(np.int32)
    return sparse.csr_matrix((np.r_[top.data, bottom.data],
                              np.r_[top.indices, bottom.indices].astype(np.int32), indptr),
                             shape=(n, n))


def _part(share: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """``share * seconds``, where a zero share of a closed direction (inf) costs 0, not NaN."""
    with np.errstate(invalid="ignore"):
        return np.where(share > 0, share * seconds, 0.0)


def path_lengths(lmat: sparse.csr_matrix, pred: np.ndarray) -> np.ndarray:
    """Metres along each shortest-path tree from its root, for every row of ``pred``.

    Pointer jumping: each pass doubles how far up the tree every node has summed, so a
    tree of depth D takes log2(D) vectorised passes.
    """
    k, n = pred.shape
    lmat = lmat.tocsr()
    lmat.sort_indices()
    rows = np.repeat(np.arange(lmat.shape[0], dtype=np.int64), np.diff(lmat.indptr))
    keys = rows * lmat.shape[1] + lmat.indices
    out = np.empty((k, n))
    for r in range(k):
        p = pred[r].astype(np.int64)
        has = p >= 0
        acc = np.zeros(n)
        if has.any():
            pos = np.searchsorted(keys, p[has] * lmat.shape[1] + np.flatnonzero(has))
            acc[has] = lmat.data[pos]
        anc = np.where(has, p, -1)
        while (anc >= 0).any():
            live = anc >= 0
            new_acc = acc.copy()
            new_acc[live] += acc[anc[live]]
            new_anc = anc.copy()
            new_anc[live] = anc[anc[live]]
            acc, anc = new_acc, new_anc
        out[r] = acc  # roots and unreached nodes: 0 (callers mask by time)
    return out
