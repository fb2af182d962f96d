"""Searches on the contracted graph (dead ends and chains taken out) against networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy import sparse
from scipy.sparse import csgraph

from core.roads.contraction import contract
from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import HELSINKI_PBF, SAO_PAULO_PBF, load_osm_roads
from tests.reference import point_to_facility_times

CASES = [(HELSINKI_PBF, 3067, "car"), (SAO_PAULO_PBF, 31983, "walk")]


def nx_times(mat: sparse.csr_matrix, sources) -> np.ndarray:
    """Dijkstra of networkx on the same directed matrix, as a dense (k, n) array."""
    g = nx.DiGraph()
    g.add_nodes_from(range(mat.shape[0]))
    coo = mat.tocoo()
    g.add_weighted_edges_from(zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()))
    out = np.full((len(sources), mat.shape[0]), np.inf)
    for i, s in enumerate(sources):
        for node, t in nx.single_source_dijkstra_path_length(g, int(s)).items():
            out[i, node] = t
    return out


def expanded(mat, sources, limit=np.inf):
    c = contract(mat, np.asarray(sources))
    core_t = csgraph.dijkstra(c.matrix, indices=c.core_index(sources), limit=limit)
    return c, c.expand(np.atleast_2d(core_t), limit)


def assert_same(t, ref, limit=np.inf):
    ref = np.where(ref > limit, np.inf, ref)
    assert np.array_equal(np.isfinite(t), np.isfinite(ref))
    fin = np.isfinite(ref)
    assert np.allclose(t[fin], ref[fin], rtol=1e-9, atol=1e-6)


def random_road_graph(rng, n: int) -> sparse.csr_matrix:
    """Random sparse roads: a few junctions joined by chains, dead-end branches hanging
    off, isolated bits, one-way links and parallel links."""
    edges = []
    junctions = list(range(max(3, n // 8)))
    nxt = len(junctions)
    for _ in range(len(junctions) + 2):  # chains between random junctions
        a, b = rng.choice(junctions, 2)
        path = [a] + list(range(nxt, nxt + int(rng.integers(0, 5)))) + [b]
        nxt += len(path) - 2
        edges += list(zip(path[:-1], path[1:]))
    while nxt < n:  # branches and rings hanging anywhere, some isolated
        root = int(rng.integers(0, nxt)) if rng.random() < 0.85 else None
        length = int(rng.integers(1, 5))
        path = list(range(nxt, nxt + length))
        nxt += length
        if root is not None:
            path = [root] + path
        if rng.random() < 0.2 and len(path) >= 3:
            path.append(path[0])  # a ring
        edges += list(zip(path[:-1], path[1:]))
    rows, cols, data = [], [], []
    for a, b in edges:
        w = float(rng.uniform(1, 10))
        one_way = rng.random()
        if one_way > 0.1:
            rows.append(a), cols.append(b), data.append(w)
        if one_way < 0.9:
            rows.append(b), cols.append(a), data.append(w * float(rng.uniform(0.8, 1.2)))
    m = sparse.coo_matrix((data, (rows, cols)), shape=(nxt, nxt)).tocsr()
    m.sum_duplicates()  # parallel links: summed is as good as any other weight here
    return m


@pytest.mark.parametrize("seed", range(60))
def test_random_road_graphs_equal_networkx(seed):
    rng = np.random.default_rng(seed)
    mat = random_road_graph(rng, int(rng.integers(20, 120)))
    sources = rng.choice(mat.shape[0], size=min(4, mat.shape[0]), replace=False)
    ref = nx_times(mat, sources)
    _, t = expanded(mat, sources)
    assert_same(t, ref)
    # a cut-off halfway between two times (a node exactly at it is a tie rounding may break)
    values = np.unique(ref[np.isfinite(ref)])
    limit = float(values[len(values) // 2:len(values) // 2 + 2].mean())
    _, t = expanded(mat, sources, limit)
    assert_same(t, ref, limit)


def test_hand_made_cases():
    # 0-1-2-0 triangle (core); chain 0-3-4-1; loop chain 2-5-6-2; one-way chain 1->7->8->2;
    # dead-end branch 2-9-10 with 10-11; ring 12-13-14 alone; pair 15-16 alone; 17 alone
    two_way = [(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 1), (2, 5), (5, 6), (6, 2),
               (2, 9), (9, 10), (10, 11), (12, 13), (13, 14), (14, 12), (15, 16)]
    one_way = [(1, 7), (7, 8), (8, 2)]
    rows = [a for a, b in two_way] + [b for a, b in two_way] + [a for a, b in one_way]
    cols = [b for a, b in two_way] + [a for a, b in two_way] + [b for a, b in one_way]
    w = np.arange(1, len(rows) + 1, dtype=float)
    mat = sparse.csr_matrix((w, (rows, cols)), shape=(18, 18))
    for sources in ([0], [11], [7], [5, 13], [16]):
        c, t = expanded(mat, sources)
        assert_same(t, nx_times(mat, sources))
    c = contract(mat, np.array([0]))
    assert len(c.core) < 18
    assert {12, 13, 14, 15, 16, 17} <= set(c.cut_off) | set(c.chain[~np.isfinite(
        c.chain_cost).all(axis=0)])


@pytest.fixture(scope="module", params=CASES, ids=lambda c: f"{c[0].parent.name}-{c[2]}")
def case(request):
    path, epsg, mode = request.param
    lines, _ = load_osm_roads(path, epsg)
    net = build_network(lines)
    router = Router(net, make_profile(mode, "osm"), access_speed=5.0)
    rng = np.random.default_rng(3)
    x0, x1, y0, y1 = net.vx.min(), net.vx.max(), net.vy.min(), net.vy.max()
    fac = router.snap(rng.uniform(x0, x1, 20), rng.uniform(y0, y1, 20), max_distance=300)
    pts = router.snap(rng.uniform(x0, x1, 40), rng.uniform(y0, y1, 40), max_distance=300)
    return net, router, fac, pts


def test_real_network_shrinks_and_equals_networkx(case):
    net, router, fac, _ = case
    mat, _ = router._search_graph(fac)
    sources = router.graph.n_nodes + np.arange(len(fac))
    c = router._contracted(fac)
    assert len(c.core) < 0.8 * mat.shape[0]  # real roads have many dead ends and chains
    picked = sources[router.routable(fac)][:3]
    ref = nx_times(mat, picked)
    t = c.expand(csgraph.dijkstra(c.matrix, indices=c.core_index(picked)))
    assert_same(t, ref)
    t = c.expand(csgraph.dijkstra(c.matrix, indices=c.core_index(picked), limit=600), 600)
    assert_same(t, ref, 600)


def test_router_node_times_same_with_and_without_contraction(case):
    _, router, fac, _ = case
    for cutoff in (np.inf, 900.0):
        plain = np.vstack([t for _, t, _ in router.node_times(fac, cutoff, contracted=False)])
        fast = np.vstack([t for _, t, _ in router.node_times(fac, cutoff, contracted=True)])
        assert_same(fast, plain)


def test_point_times_on_contracted_graph_equal_networkx(case):
    net, router, fac, pts = case
    assert len(fac) >= 8  # the default then searches the contracted graph
    t, _ = router.times(fac, pts)
    ref = point_to_facility_times(net, router.graph, pts, fac)
    ref += router.access_time(pts)[:, None] + router.access_time(fac)[None, :]
    ok = router.routable(pts)[:, None] & router.routable(fac)[None, :]
    assert ok.sum() > 100
    assert np.array_equal(np.isfinite(t[ok]), np.isfinite(ref[ok]))
    fin = ok & np.isfinite(ref)
    assert np.allclose(t[fin], ref[fin], rtol=1e-5, atol=1e-3)


def test_a_ring_of_chain_nodes_with_no_junction_is_unreachable_not_nan():
    """A ring whose nodes all have two neighbours and no junction (node 0 among them) has
    no end to be read from: its nodes are unreachable (inf) from the other piece, whatever
    memory the expansion's array was made in (it once read node 0 before filling it)."""
    ring = [(0, 1), (1, 2), (2, 0)]
    star = [(3, 4), (4, 5), (4, 6), (6, 7), (7, 3)]
    r, c = np.array([e for a, b in ring + star for e in ((a, b), (b, a))]).T
    mat = sparse.csr_matrix((np.full(len(r), 2.0), (r, c)), shape=(8, 8))
    con = contract(mat, np.array([3]))
    assert 0 in con.chain
    core_t = csgraph.dijkstra(con.matrix, indices=con.core_index(np.array([3])))
    for _ in range(20):  # leave NaN-filled blocks behind for np.empty to reuse
        np.full((1, 8), np.nan)
        got = con.expand(np.atleast_2d(core_t))
        assert np.array_equal(got, np.atleast_2d(csgraph.dijkstra(mat, indices=3)))
