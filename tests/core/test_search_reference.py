"""Travel times of the engine against networkx on the real OSM extracts."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph

from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import HELSINKI_PBF, SAO_PAULO_PBF, load_osm_roads, load_population
from tests.reference import point_to_facility_times, reference_graph

CASES = [(HELSINKI_PBF, 3067, "car"), (HELSINKI_PBF, 3067, "walk"),
         (SAO_PAULO_PBF, 31983, "car"), (SAO_PAULO_PBF, 31983, "bike")]


@pytest.fixture(scope="module", params=CASES, ids=lambda c: f"{c[0].parent.name}-{c[2]}")
def case(request):
    path, epsg, mode = request.param
    lines, _ = load_osm_roads(path, epsg)
    net = build_network(lines)
    router = Router(net, make_profile(mode, "osm"), access_speed=None)
    rng = np.random.default_rng(7)
    x0, x1, y0, y1 = net.vx.min(), net.vx.max(), net.vy.min(), net.vy.max()
    px, py = rng.uniform(x0, x1, 60), rng.uniform(y0, y1, 60)
    pts = router.snap(px, py, max_distance=300)
    fac = router.snap(rng.uniform(x0, x1, 6), rng.uniform(y0, y1, 6), max_distance=300)
    return net, router, pts, fac


def test_node_times_equal_networkx(case):
    net, router, _, _ = case
    g = reference_graph(net, router.graph)
    sources = [n for n in np.flatnonzero(router.graph.components == router.graph.main_component)
               if g.has_node(n)][:: max(1, net.n_nodes // 5)][:5]
    assert sources
    times = csgraph.dijkstra(router.graph.forward, indices=sources)
    for row, s in zip(times, sources):
        ref = nx.single_source_dijkstra_path_length(g, s)
        reached = np.flatnonzero(np.isfinite(row))
        assert set(reached) == set(ref)
        assert np.allclose([row[n] for n in reached], [ref[n] for n in reached], atol=1e-6)


def test_point_times_equal_networkx(case):
    net, router, pts, fac = case
    t, _ = router.times(fac, pts)
    ref = point_to_facility_times(net, router.graph, pts, fac)
    ok = router.routable(pts)[:, None] & router.routable(fac)[None, :]
    assert ok.sum() > 50
    assert np.array_equal(np.isfinite(t[ok]), np.isfinite(ref[ok]))
    fin = ok & np.isfinite(ref)
    assert np.allclose(t[fin], ref[fin], rtol=1e-5, atol=1e-3)


def test_nearest_is_min_over_facilities(case):
    _, router, pts, fac = case
    t, _ = router.times(fac, pts)
    near = router.nearest(fac, pts)
    best = t.min(axis=1)
    reach = np.isfinite(best)
    assert np.array_equal(near.facility >= 0, reach)
    assert np.allclose(near.time[reach], best[reach], rtol=1e-5, atol=1e-3)
    assert np.allclose(t[np.flatnonzero(reach), near.facility[reach]], best[reach],
                       rtol=1e-5, atol=1e-3)


def test_distances_follow_the_fastest_path(case):
    _, router, pts, fac = case
    t, d = router.times(fac, pts, with_distance=True)
    fin = np.isfinite(t)
    assert (d[fin] >= 0).all()
    # a car never beats its fastest possible speed over the network distance
    vmax = max(router.profile.class_speeds.values() or [router.profile.default_speed]) / 3.6
    assert (d[fin] <= t[fin] * vmax * 1.001 + 1).all()


def test_cutoff_limits_reach():
    lines, _ = load_osm_roads(HELSINKI_PBF)
    router = Router(build_network(lines), make_profile("walk", "osm"))
    x, y, _ = load_population()
    pts = router.snap(x, y)
    fac = pts.subset([10, 40])
    full, _ = router.times(fac, pts)
    cut, _ = router.times(fac, pts, cutoff=300)
    assert np.array_equal(np.isfinite(cut), full <= 300)


def test_kept_nearest_search_equals_a_fresh_one(case):
    """The router keeps its multi-source search: asked with a shorter cut-off after a
    longer one (or after ``nearest_nodes``), it answers as a fresh router searching to
    that cut-off does, distances included; a longer cut-off searches again."""
    net, router, pts, fac = case

    def fresh(cutoff, with_distance=True):
        return Router(net, router.profile, access_speed=None).nearest(
            fac, pts, cutoff=cutoff, with_distance=with_distance)

    kept = Router(net, router.profile, access_speed=None)
    full = kept.nearest(fac, pts)
    reached = full.time[np.isfinite(full.time)]
    assert len(reached) > 10
    cut = float(np.median(reached))
    for got, want in [(full, fresh(np.inf)), (kept.nearest(fac, pts, cutoff=cut), fresh(cut)),
                      (kept.nearest(fac, pts), fresh(np.inf))]:
        assert np.array_equal(got.time, want.time)
        assert np.array_equal(got.distance, want.distance)
        assert np.array_equal(got.facility, want.facility)
    nodes = kept.nearest_nodes(fac, cut)
    assert not nodes.time.flags.writeable and np.isinf(nodes.time[nodes.time > cut]).all()
    short = Router(net, router.profile, access_speed=None)
    short.nearest(fac, pts, cutoff=cut)  # then a longer one must search again
    assert np.array_equal(short.nearest(fac, pts).time, full.time)


def test_shared_router_is_kept_with_its_network(case):
    """Runs on one cached network share one router per profile and access speed, and so
    its kept search; another profile or access speed gets its own."""
    net, router, pts, fac = case
    shared = Router.shared(net, router.profile, None)
    assert Router.shared(net, router.profile, 0) is shared  # 0: no access walk, as None
    assert Router.shared(net, router.profile, 5.0) is not shared
    other = make_profile("walk" if router.profile.mode != "walk" else "car", "osm")
    assert Router.shared(net, other, None) is not shared
    first = shared.nearest(fac, pts)
    kept = shared._node_search(fac, np.inf)
    assert Router.shared(net, router.profile, None)._node_search(fac, np.inf) is kept
    assert np.array_equal(Router(net, router.profile, None).nearest(fac, pts).time, first.time)
