"""Catchment polygons against the rule of the help text (brute-force reference).

The rule: a place belongs to a band when a road point within the reach of it is reached
within the band, walking from the road included. The reference (``catchment_reference``)
takes road points every 2 m with networkx times and checks random places; places within
0.5 min of a band limit are left out, as the polygons are traced between grid centres.
"""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point

from core.roads.isochrones import CatchmentBuilder
from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from core.roads.search import Router
from tests.core.catchment_reference import band_margin, coverage, place_times, road_point_times
from tests.osm_data import HELSINKI_PBF, SAO_PAULO_PBF, TAMPERE_PBF, load_osm_roads


def test_a_nearer_late_road_does_not_hide_a_reached_one():
    """Road A runs east from the facility; road B, 30 m north of it, joins A only at its
    far end. A place 60 m north of A (30 m from B) is 6.7 min away via A (500 m along A,
    60 m walk at 5 km/h) but 18.4 min via B: it is in the 10 min band."""
    lines = LineInput.from_parts(
        [[(0, 0), (1000, 0)], [(0, 30), (1000, 30)], [(1000, 0), (1000, 30)]], [0, 1, 2])
    router = Router(build_network(lines), make_profile("walk"), access_speed=None)
    fac = router.snap([0.0], [0.0])
    polys = {c.upper: c.geometry for c in CatchmentBuilder(router, 50).per_facility(fac, [10])}
    assert polys[10].contains(Point(500, 60))
    assert polys[10].contains(Point(500, 90))  # 90 m from A: within the 100 m reach
    assert not polys[10].contains(Point(500, 150))  # beyond the reach of any road
    assert not polys[10].contains(Point(1300, 0))  # beyond the roads' end


def test_the_band_edge_follows_the_reach():
    """One straight road: the 10 min band is the 100 m wide strip along the road up to
    where the walk ends, its long edges 100 m from the road (not a cell short of it)."""
    lines = LineInput.from_parts([[(0, 0), (2000, 0)]], [0])
    router = Router(build_network(lines), make_profile("walk"), access_speed=None)
    fac = router.snap([0.0], [0.0])
    poly = next(iter(CatchmentBuilder(router, 50).per_facility(fac, [10]))).geometry
    for x in (100.0, 300.0, 500.0):
        assert poly.contains(Point(x, 95)) and poly.contains(Point(x, -95))
        assert not poly.contains(Point(x, 105)) and not poly.contains(Point(x, -105))
    # 10 min at 5 km/h is 833 m: along the road, then the walk off it
    assert poly.contains(Point(800, 0)) and not poly.contains(Point(870, 0))


CASES = [(HELSINKI_PBF, 3067, "walk", [5, 10], 2, (False, True)),
         (HELSINKI_PBF, 3067, "car", [2, 4], 2, (False,)),
         (SAO_PAULO_PBF, 31983, "car", [2, 4], 1, (False, True)),
         (TAMPERE_PBF, 3067, "car", [3, 6], 1, (False,))]


@pytest.mark.parametrize("path,epsg,mode,bands,n_fac,kinds", CASES,
                         ids=[f"{c[0].parent.name}-{c[2]}" for c in CASES])
def test_polygons_follow_the_rule_on_real_networks(path, epsg, mode, bands, n_fac, kinds):
    lines, _ = load_osm_roads(path, epsg)
    net = build_network(lines)
    router = Router(net, make_profile(mode, "osm"), access_speed=None)
    rng = np.random.default_rng(3)
    graph = router.graph
    main = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    xy = net.point_on_edge(rng.choice(main, n_fac), np.full(n_fac, 0.5))
    fac = router.snap(xy[:, 0], xy[:, 1])
    _check_against_reference(net, router, fac, bands, kinds, rng)


def test_polygons_follow_the_rule_on_random_networks():
    """Jittered grids with a third of the links missing, random speeds and one-way links."""
    for seed in range(3):
        rng = np.random.default_rng(seed)
        n = 14
        ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
        xy = np.column_stack([jj.ravel() * 120.0, ii.ravel() * 120.0])
        xy += rng.uniform(-35, 35, xy.shape)
        node = np.arange(n * n).reshape(n, n)
        a = np.r_[node[:, :-1].ravel(), node[:-1, :].ravel()]
        b = np.r_[node[:, 1:].ravel(), node[1:, :].ravel()]
        keep = rng.random(len(a)) < 0.67
        a, b = a[keep], b[keep]
        lines = LineInput.from_parts([xy[[i, j]] for i, j in zip(a, b)], np.arange(len(a)),
                                     speeds=rng.choice([20.0, 30.0, 50.0, 80.0], len(a)),
                                     oneway=rng.choice([0, 0, 0, 1, -1], len(a)).astype(np.int8))
        net = build_network(lines)
        router = Router(net, make_profile("car"), access_speed=None)
        graph = router.graph
        main = np.flatnonzero(graph.usable
                              & (graph.components[net.e_from] == graph.main_component))
        at = net.point_on_edge(rng.choice(main, 2), np.full(2, 0.3))
        fac = router.snap(at[:, 0], at[:, 1])
        # sparse networks have reach edges everywhere: places within a few metres of one
        # are missed (0.011 at worst); by margin (0.5 min inside the reach too) none
        _check_against_reference(net, router, fac, [1.0, 2.5], (False, True), rng,
                                 min_covered=0.985)
        _check_against_reference(net, router, fac, [2.5], (False,), rng,
                                 inside_by_margin=True, min_covered=1.0)


def _check_against_reference(net, router, fac, bands, kinds, rng, min_covered=0.995,
                             inside_by_margin=False):
    graph = router.graph
    builder = CatchmentBuilder(router, 50.0)
    for rings in kinds:
        polys = {(c.facility, c.upper): c.geometry
                 for c in builder.per_facility(fac, bands, rings=rings)}
        for j in range(len(fac)):
            road_xy, road_t = road_point_times(net, graph, fac, j, cutoff=bands[-1] * 60 + 60)
            ok = road_t <= bands[-1] * 60
            lo, hi = road_xy[ok].min(0) - 150, road_xy[ok].max(0) + 150
            places = rng.uniform(lo, hi, (3000, 2))
            minutes = place_times(road_xy, road_t, places, builder.reach, builder.walk_mps) / 60
            margins = {0.0: None}
            for upper in bands:
                margins[upper] = band_margin(road_xy, road_t, places, upper * 60,
                                             builder.reach, builder.walk_mps)
            lower = 0.0
            for upper in bands:
                lo_band = lower if rings else 0.0
                covered, wrong, n = coverage(polys[(j, upper)], places, minutes, lo_band, upper,
                                             margins[upper], margins[lo_band], inside_by_margin)
                assert n > 10
                assert covered >= min_covered, (j, upper, rings, covered)
                assert wrong == 0.0, (j, upper, rings, wrong)
                lower = upper



def test_dissolved_and_nearest_follow_the_fastest_facility():
    lines, _ = load_osm_roads(HELSINKI_PBF)
    net = build_network(lines)
    router = Router(net, make_profile("walk", "osm"), access_speed=None)
    rng = np.random.default_rng(5)
    graph = router.graph
    main = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    xy = net.point_on_edge(rng.choice(main, 3), np.full(3, 0.5))
    fac = router.snap(xy[:, 0], xy[:, 1])
    builder = CatchmentBuilder(router, 50.0)
    band = 8
    dissolved = next(iter(builder.nearest_facility(fac, [band], dissolve=True))).geometry
    refs = [road_point_times(net, graph, fac, j, cutoff=band * 60 + 60) for j in range(3)]
    road_xy = np.concatenate([r[0] for r in refs])
    road_t = np.concatenate([r[1] for r in refs])
    lo, hi = road_xy[road_t <= band * 60].min(0) - 150, road_xy[road_t <= band * 60].max(0) + 150
    places = rng.uniform(lo, hi, (5000, 2))
    minutes = place_times(road_xy, road_t, places, builder.reach, builder.walk_mps) / 60
    margin = band_margin(road_xy, road_t, places, band * 60, builder.reach, builder.walk_mps)
    covered, wrong, n = coverage(dissolved, places, minutes, 0.0, band, margin)
    assert n > 500 and covered >= 0.995 and wrong == 0.0
    pieces = list(builder.nearest_facility(fac, [band]))
    total = sum(p.geometry.area for p in pieces)
    assert abs(total - dissolved.area) < 1e-6 * dissolved.area + 1.0


def test_grid_and_nearest_catchments_report_progress_and_cancel():
    """The grid build reports its share done up to 1 and stops when told to; the
    nearest-facility catchments report and stop too (also while cutting territories)."""
    from core.roads.search import Cancelled

    lines, _ = load_osm_roads(HELSINKI_PBF)
    router = Router(build_network(lines), make_profile("walk", "osm"), access_speed=None)
    x0, y0 = router.net.vx.mean(), router.net.vy.mean()
    fac = router.snap(x0 + np.array([-400.0, 0.0, 400.0]), np.full(3, y0))
    seen: list[float] = []
    builder = CatchmentBuilder(router, 10.0, progress=lambda f: seen.append(f) or True)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        CatchmentBuilder(router, 10.0, progress=lambda f: False)
    told: list[float] = []
    pieces = list(builder.nearest_facility(fac, [5, 10],
                                           progress=lambda f: told.append(f) or True))
    assert pieces and told == sorted(told) and told[0] == 0.2 and 0.5 in told
    for stop_at in (0.2, 0.5):  # after the search, after the fields / while cutting
        with pytest.raises(Cancelled):
            list(builder.nearest_facility(fac, [5, 10], progress=lambda f, s=stop_at: f < s))
