"""The national-scale paths give what the straightforward ones give, on Tampere's real roads:
per-facility catchments traced on several threads (the same polygons, in the same order, as
on one), and a network read back from the disk cache (the same times and allocation)."""

from __future__ import annotations

import numpy as np
import pytest

from core.cache import NetworkDiskCache
from core.roads.isochrones import CatchmentBuilder
from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import TAMPERE_PBF, load_osm_roads


@pytest.fixture(scope="module")
def tampere():
    lines, _ = load_osm_roads(TAMPERE_PBF)
    net = build_network(lines)
    router = Router(net, make_profile("car", "osm"), access_speed=None)
    rng = np.random.default_rng(5)
    main = np.flatnonzero(router.graph.usable & (
        router.graph.components[net.e_from] == router.graph.main_component))
    xy = net.point_on_edge(rng.choice(main, 10, replace=False), rng.random(10))
    fac = router.snap(xy[:, 0] + 20, xy[:, 1] - 15)
    pts = net.point_on_edge(rng.choice(main, 3000), rng.random(3000)) + rng.normal(0, 40, (3000,
                                                                                         2))
    return net, router, fac, router.snap(pts[:, 0], pts[:, 1])


def test_per_facility_on_threads_equals_one_thread(tampere):
    net, router, fac, _ = tampere
    builder = CatchmentBuilder(router, 100.0)
    one = list(builder.per_facility(fac, [5, 10], workers=1))
    for rings in (False, True):
        many = list(CatchmentBuilder(router, 100.0).per_facility(fac, [5, 10], rings=rings,
                                                                 chunk=3, workers=3))
        ref = one if not rings else list(builder.per_facility(fac, [5, 10], rings=True,
                                                              workers=1))
        assert len(ref) == 2 * len(fac)
        assert [(c.facility, c.lower, c.upper) for c in many] == \
            [(c.facility, c.lower, c.upper) for c in ref]
        for a, b in zip(many, ref):
            assert a.geometry.equals_exact(b.geometry, 0.0)
    assert sum(c.geometry.area for c in one if c.upper == 10) > 10 * 1e6  # not trivial


def test_network_from_the_disk_cache_routes_the_same(tampere, tmp_path):
    net, router, fac, pts = tampere
    disk = NetworkDiskCache(tmp_path)
    assert disk.save({"layer": "tampere"}, net) is not None
    back = disk.load({"layer": "tampere"})
    again = Router(back, make_profile("car", "osm"), access_speed=None)
    fac2 = again.snap(fac.px, fac.py)
    pts2 = again.snap(pts.px, pts.py)
    a, b = router.nearest(fac, pts), again.nearest(fac2, pts2)
    np.testing.assert_array_equal(a.facility, b.facility)
    np.testing.assert_array_equal(a.time, b.time)
    np.testing.assert_array_equal(a.distance, b.distance)
    np.testing.assert_array_equal(router.times(fac, pts)[0], again.times(fac2, pts2)[0])


def closed_reference(router, fac, pts, closed, cutoff=np.inf):
    """The straightforward way: a whole new search without the closed facilities."""
    rest = fac.subset(np.arange(len(fac)))
    rest.status = rest.status.copy()
    rest.status[closed] = "closed"
    return router.nearest(rest, pts, cutoff=cutoff, with_distance=False)


@pytest.mark.parametrize("closed", [[0], [2, 7], list(range(9))])
def test_closure_searching_only_the_closed_areas_equals_a_new_search(tampere, closed):
    net, _, fac, pts = tampere
    for access, cutoff in ((None, np.inf), (5.0, 600.0)):
        router = Router(net, make_profile("car", "osm"), access_speed=access)
        base = router.nearest_nodes(fac, cutoff)
        fast = router.nearest_closing(fac, pts, closed, base, cutoff=cutoff)
        ref = closed_reference(router, fac, pts, closed, cutoff)
        np.testing.assert_array_equal(fast.time, ref.time)
        np.testing.assert_array_equal(fast.facility, ref.facility)
        assert not np.isin(fast.facility, closed).any()
        before = router.nearest(fac, pts, cutoff=cutoff)
        moved = np.isin(before.facility, closed)
        assert moved.sum() > 20  # the closure moves people
        np.testing.assert_array_equal(fast.time[~moved], before.time[~moved])
