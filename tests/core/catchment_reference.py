"""Brute-force reference of the catchment rule, written from the help text.

"A place belongs to a band when a road within the reach of it is reached within the
band: its time is the best, over the road points within the reach, of the time at the
road point plus the straight walk from there." Road points are taken every metre or two
along every edge; their times come from networkx's Dijkstra on the network's edges (no
engine search code), so only the network's edge list is shared with the engine.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from tests.reference import attach, reference_graph


def road_point_times(net, graph, fac, j: int, step: float = 2.0, access: float = 0.0,
                     cutoff: float = np.inf):
    """(xy, seconds) of points every ``step`` metres along the usable main-piece edges
    with an end reached within ``cutoff``: seconds from the point to facility ``j`` (its
    own access time ``access`` included)."""
    g = reference_graph(net, graph)
    attach(g, net, graph, fac, j, "fac")
    node_t = nx.single_source_dijkstra_path_length(g.reverse(copy=False), "fac",
                                                   cutoff=cutoff)
    xy, times = [], []
    main = graph.components[net.e_from] == graph.main_component
    near = np.array([node_t.get(int(a), np.inf) <= cutoff or node_t.get(int(b), np.inf)
                     <= cutoff for a, b in zip(net.e_from, net.e_to)])
    for e in np.flatnonzero(graph.usable & main & (near | (np.arange(net.n_edges)
                                                           == fac.edge[j]))):
        coords = net.edge_coords(e)
        seg = np.hypot(*np.diff(coords, axis=0).T)
        cum = np.r_[0.0, np.cumsum(seg)]
        length = cum[-1]
        s = np.linspace(0.0, length, max(2, int(np.ceil(length / step)) + 1))
        px = np.interp(s, cum, coords[:, 0])
        py = np.interp(s, cum, coords[:, 1])
        share = s / length if length > 0 else np.zeros_like(s)
        ta = node_t.get(int(net.e_from[e]), np.inf)
        tb = node_t.get(int(net.e_to[e]), np.inf)
        with np.errstate(invalid="ignore"):
            to_a = np.where(share > 0, share * graph.t_bwd[e], 0.0) + ta
            to_b = np.where(share < 1, (1 - share) * graph.t_fwd[e], 0.0) + tb
        t = np.fmin(to_a, to_b)
        if e == fac.edge[j]:  # straight along the facility's own edge
            f = fac.frac[j]
            with np.errstate(invalid="ignore"):
                direct = np.where(f >= share, (f - share) * graph.t_fwd[e],
                                  (share - f) * graph.t_bwd[e]) + access
            t = np.fmin(t, np.nan_to_num(direct, nan=np.inf))
        xy.append(np.column_stack([px, py]))
        times.append(t)
    return np.concatenate(xy), np.concatenate(times)


def place_times(road_xy, road_t, places, reach: float, walk_mps: float) -> np.ndarray:
    """Seconds of each place by the rule: best road point within ``reach`` plus the walk."""
    tree = cKDTree(road_xy)
    out = np.full(len(places), np.inf)
    for i, near in enumerate(tree.query_ball_point(places, reach)):
        if near:
            d = np.hypot(*(road_xy[near] - places[i]).T)
            out[i] = np.min(road_t[near] + d / walk_mps)
    return out


def band_margin(road_xy, road_t, places, upper_s: float, reach: float, walk_mps: float):
    """Minutes by which each place misses the band of ``upper_s`` seconds, in time or in
    reach: the best over road points p of ``max(t_p + d / v - U, (d - reach) / v)``.
    <= 0 inside the band; a place 3 m beyond the reach of a road reached in time misses
    it by 3 m of walking, whatever its time by later roads. Beyond 1 min: inf."""
    tree = cKDTree(road_xy)
    out = np.full(len(places), np.inf)
    for i, near in enumerate(tree.query_ball_point(places, reach + 60 * walk_mps)):
        if near:
            d = np.hypot(*(road_xy[near] - places[i]).T)
            out[i] = np.min(np.maximum(road_t[near] + d / walk_mps - upper_s,
                                       (d - reach) / walk_mps)) / 60
    return out


def coverage(polygon, places, minutes, lower: float, upper: float, margin_upper,
             margin_lower=None, inside_by_margin: bool = False) -> tuple[float, float, int]:
    """(share of places more than 0.5 min inside the band that the polygon holds, share
    of places more than 0.5 min outside it that it holds, number clearly inside).

    Clearly inside: a time at least 0.5 min within ``upper`` (and, for a ring from
    ``lower`` > 0, a margin ``margin_lower`` of more than 0.5 min past the lower limit).
    Clearly outside: a margin (``band_margin``) of more than 0.5 min past the upper
    limit, or, for a ring, a time at least 0.5 min within the lower one. With
    ``inside_by_margin``, clearly inside means a margin of 0.5 min within the upper limit
    (as for outside: 0.5 min of walking inside the reach of a road reached in time, too)."""
    from shapely.geometry import Point
    from shapely.prepared import prep

    p = prep(polygon)
    inside = np.array([p.contains(Point(x, y)) for x, y in places])
    ring = lower > 0
    in_time = (margin_upper <= -0.5) if inside_by_margin else (minutes <= upper - 0.5)
    clearly_in = in_time & ((margin_lower > 0.5) if ring else True)
    clearly_out = (margin_upper > 0.5) | ((minutes <= lower - 0.5) if ring else False)
    covered = inside[clearly_in].mean() if clearly_in.any() else 1.0
    wrong = inside[clearly_out].mean() if clearly_out.any() else 0.0
    return float(covered), float(wrong), int(clearly_in.sum())
