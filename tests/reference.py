"""Independent reference: point-to-facility travel times with networkx on the same edges.

Each point and facility is inserted as its own node splitting its snapped edge, then
networkx's Dijkstra runs on the resulting graph. Shares nothing with ``core.roads.search``
except the network's edge list and the snapping result.
"""

from __future__ import annotations

import networkx as nx
import numpy as np


def reference_graph(net, graph) -> nx.DiGraph:
    g = nx.DiGraph()
    for e in range(net.n_edges):
        a, b = int(net.e_from[e]), int(net.e_to[e])
        for u, v, t in ((a, b, graph.t_fwd[e]), (b, a, graph.t_bwd[e])):
            if np.isfinite(t) and u != v and (not g.has_edge(u, v) or g[u][v]["weight"] > t):
                g.add_edge(u, v, weight=float(t))
    return g


def attach(g: nx.DiGraph, net, graph, snap, i: int, name) -> None:
    """Add node ``name`` for point ``i`` of ``snap`` on its edge (both travel directions)."""
    e, f = int(snap.edge[i]), float(snap.frac[i])
    a, b = int(net.e_from[e]), int(net.e_to[e])
    tf, tb = graph.t_fwd[e], graph.t_bwd[e]
    def cost(share, t):
        return 0.0 if share == 0 else share * t

    pairs = [(a, name, cost(f, tf)), (name, b, cost(1 - f, tf)), (b, name, cost(1 - f, tb)),
             (name, a, cost(f, tb))]
    for u, v, t in pairs:
        if np.isfinite(t):
            g.add_edge(u, v, weight=float(t))


def point_to_facility_times(net, graph, pts, fac, same_edge_direct=True) -> np.ndarray:
    """(n_points, n_facilities) seconds from each point to each facility (inf: none)."""
    out = np.full((len(pts), len(fac)), np.inf)
    base = reference_graph(net, graph)
    for j in range(len(fac)):
        g = base.copy()
        attach(g, net, graph, fac, j, ("f", j))
        for i in range(len(pts)):
            attach(g, net, graph, pts, i, ("p", i))
        # split nodes on the same edge must see each other directly
        for i in range(len(pts)):
            if same_edge_direct and pts.edge[i] == fac.edge[j]:
                e, gi, fj = pts.edge[i], pts.frac[i], fac.frac[j]
                t = (fj - gi) * graph.t_fwd[e] if fj >= gi else (gi - fj) * graph.t_bwd[e]
                if np.isfinite(t):
                    g.add_edge(("p", i), ("f", j), weight=float(max(t, 0)))
        dist = nx.single_source_dijkstra_path_length(g.reverse(copy=False), ("f", j))
        for i in range(len(pts)):
            out[i, j] = dist.get(("p", i), np.inf)
    return out
