"""The wheelchair mode on the Helsinki OSM extract: 3 km/h, never on steps, and its times
equal networkx's on a graph built straight from the OSM lines."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from core.roads.modes import make_profile, road_mode
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import HELSINKI_PBF, load_osm_roads


@pytest.fixture(scope="module")
def helsinki():
    lines, rows = load_osm_roads(HELSINKI_PBF)
    net = build_network(lines, tolerance=0.0)
    chair = Router(net, make_profile("wheelchair", "osm"), access_speed=None)
    walk = Router(net, make_profile("walk", "osm"), access_speed=None)
    classes = np.array([r["highway"] for r in rows], dtype=object)
    return lines, net, chair, walk, classes


def _reference(lines, classes) -> nx.Graph:
    """Vertices as nodes, every segment of a usable line an edge at 3 km/h."""
    closed = road_mode("wheelchair").closed["osm"]
    mps = 3.0 / 3.6
    g = nx.Graph()
    ends = np.r_[0, np.cumsum(lines.sizes)]
    for part, row in enumerate(lines.feature):
        if classes[row] in closed:
            continue
        xy = lines.xy[ends[part]:ends[part + 1]]
        for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:]):
            t = float(np.hypot(x1 - x0, y1 - y0)) / mps
            a, b = (float(x0), float(y0)), (float(x1), float(y1))
            if a != b and (not g.has_edge(a, b) or g[a][b]["weight"] > t):
                g.add_edge(a, b, weight=t)
    return g


def test_steps_are_never_used(helsinki):
    _, net, chair, walk, classes = helsinki
    steps = classes[net.e_feature] == "steps"
    assert steps.sum() > 20  # the extract has steps, and walkers use them
    assert walk.graph.usable[steps].all() and not chair.graph.usable[steps].any()
    assert np.isinf(chair.graph.t_fwd[steps]).all() and np.isinf(chair.graph.t_bwd[steps]).all()
    # where a walk route took steps, the wheelchair goes round: more than 5/3 of the walk
    src = [int(np.flatnonzero(chair.graph.components == chair.graph.main_component)[0])]
    t_chair = csgraph.dijkstra(chair.graph.forward, indices=src)[0]
    t_walk = csgraph.dijkstra(walk.graph.forward, indices=src)[0]
    both = np.isfinite(t_chair) & np.isfinite(t_walk) & (t_walk > 0)
    ratio = t_chair[both] / t_walk[both]
    assert ratio.min() >= 5 / 3 - 1e-9 and (ratio > 5 / 3 * 1.05).sum() > 10


def test_times_equal_networkx(helsinki):
    lines, net, chair, _, classes = helsinki
    g = _reference(lines, classes)
    main = np.flatnonzero(chair.graph.components == chair.graph.main_component)
    sources = main[:: max(1, len(main) // 4)][:4]
    times = csgraph.dijkstra(chair.graph.forward, indices=sources)
    vertices = list(g.nodes)
    gap, nearest = cKDTree(np.array(vertices)).query(np.c_[net.node_x, net.node_y])
    used = np.zeros(net.n_nodes, bool)  # nodes on a usable edge
    used[net.e_from[chair.graph.usable]] = used[net.e_to[chair.graph.usable]] = True
    assert gap[used].max() < 1e-6  # every such node is an OSM vertex
    coords = [vertices[i] if u else None for i, u in zip(nearest, used)]
    for row, s in zip(times, sources):
        ref = nx.single_source_dijkstra_path_length(g, coords[s])
        want = np.array([ref.get(c, np.inf) for c in coords])
        assert np.array_equal(np.isfinite(row), np.isfinite(want))
        assert np.isfinite(row).sum() > 1000
        fin = np.isfinite(row)
        assert np.allclose(row[fin], want[fin], rtol=1e-6, atol=1e-6)
