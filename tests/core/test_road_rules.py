"""Road engine rules against hand-computed cases and brute-force references: snapping past
unconnected pieces, OSM classes, vertex joining, implied one-way roundabouts."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from shapely.geometry import LineString, Point

from core.roads.modes import OSM_CAR_SPEEDS, OSM_NO_CAR, make_profile, parse_oneway
from core.roads.network import LineInput, NetworkError, build_network
from core.roads.search import Router
from core.roads.snapping import NEAREST_UNCONNECTED, OK, TOO_FAR, UNCONNECTED_PIECE
from tests.osm_data import TAMPERE_PBF, load_osm_roads
from tests.reference import point_to_facility_times

# ---------------------------------------------------------------- 13.2 unconnected pieces


def _main_and_island():
    """A main road along y = 0 and an island road 250 m north of it (not connected)."""
    return LineInput.from_parts([[(0, 0), (500, 0), (1000, 0)], [(400, 250), (600, 250)]],
                                [0, 1])


def test_point_beside_an_unconnected_piece_says_so():
    router = Router(build_network(_main_and_island()), make_profile("walk"))
    snap = router.snap([500.0, 500.0, 500.0], [240.0, 10.0, 240.0], max_distance=1000)
    assert snap.status.tolist() == [OK, OK, OK]
    assert snap.note.tolist() == [NEAREST_UNCONNECTED, "", NEAREST_UNCONNECTED]
    assert snap.distance[0] == pytest.approx(240.0)  # to the main road, reported
    near = Router(build_network(_main_and_island()), make_profile("walk")).snap(
        [500.0, 500.0], [240.0, 600.0], max_distance=100)
    assert near.status.tolist() == [UNCONNECTED_PIECE, TOO_FAR]


def test_unconnected_note_equals_brute_force_on_random_networks():
    rng = np.random.default_rng(11)
    for _ in range(5):
        parts = [rng.uniform(0, 1000, (2, 2)) for _ in range(40)]
        lines = LineInput.from_parts(parts, np.arange(40))
        net = build_network(lines)
        router = Router(net, make_profile("walk"))
        g = router.graph
        px, py = rng.uniform(0, 1000, 300), rng.uniform(0, 1000, 300)
        snap = router.snap(px, py, max_distance=5000)
        geoms = [LineString(net.edge_coords(e)) for e in range(net.n_edges)]
        on_main = g.components[net.e_from] == g.main_component
        for i in range(300):
            d = np.array([geom.distance(Point(px[i], py[i])) for geom in geoms])
            best_main, best_other = d[on_main].min(), d[~on_main].min(initial=np.inf)
            assert snap.distance[i] == pytest.approx(best_main, abs=1e-6)
            expected = NEAREST_UNCONNECTED if best_other < best_main - 1e-6 else ""
            if abs(best_other - best_main) > 1e-6:
                assert snap.note[i] == expected


# ---------------------------------------------------------------- 13.3 OSM classes


def test_osm_classes_never_drivable_are_closed_and_others_use_the_unknown_speed():
    car = make_profile("car", "osm", car_default=35.0)
    classes = np.array(["residential", "busway", "footway", "construction", "escape",
                        "unclassified_link", "emergency_bay", "rest_area", ""], dtype=object)
    assert car.speeds(classes, None).tolist() == [30.0, 0, 0, 0, 0, 35.0, 35.0, 35.0, 0]
    # a class the user gives a speed is opened at that speed
    bus = make_profile("car", "osm", class_speeds={"busway": 40})
    assert bus.speeds(np.array(["busway"], dtype=object), None).tolist() == [40.0]
    walk = make_profile("walk", "osm")
    assert walk.speeds(np.array(["footway", "construction", "busway"], dtype=object),
                       None).tolist() == [5.0, 0.0, 5.0]
    assert not set(OSM_CAR_SPEEDS) & OSM_NO_CAR


def test_a_point_beside_a_road_of_unknown_class_is_snapped_to_it():
    lines = LineInput.from_parts([[(0, 0), (1000, 0)], [(0, 0), (0, 500)]], [0, 1],
                                 classes=np.array(["residential", "unclassified_link"],
                                                  dtype=object))
    router = Router(build_network(lines), make_profile("car", "osm", car_default=36.0))
    snap = router.snap([10.0], [300.0])
    assert snap.distance[0] == pytest.approx(10.0)
    fac = router.snap([1000.0], [0.0])
    t, _ = router.times(fac, snap)
    # 300 m at 36 km/h + 1000 m at 30 km/h + a 10 m walk at 5 km/h
    assert t[0, 0] == pytest.approx(300 / 10 + 1000 / (30 / 3.6) + 10 / (5 / 3.6), rel=1e-5)


def test_time_from_a_point_to_itself_is_zero():
    lines = LineInput.from_parts([[(0, 0), (1000, 0)]], [0])
    router = Router(build_network(lines), make_profile("car"), access_speed=5.0)
    pts = router.snap([300.0, 600.0], [40.0, 0.0])
    t, d = router.times(pts, pts, with_distance=True)
    assert t[0, 0] == 0.0 and t[1, 1] == 0.0 and d[0, 0] == 0.0
    # to the other point: walk 40 m to the road, 300 m at 40 km/h
    assert t[0, 1] == pytest.approx(40 / (5 / 3.6) + 300 / (40 / 3.6), rel=1e-5)
    near = router.nearest(pts.subset([0]), pts)
    assert near.time[0] == 0.0


# ---------------------------------------------------------------- 13.4 vertex joining


def test_vertices_are_joined_by_distance_not_by_grid_cell():
    # 0.488 m apart across a 0.5 m cell border: joined (the old grid kept them apart);
    # 0.566 m apart inside one 0.5 m cell: not joined (the old grid joined them)
    lines = LineInput.from_parts([[(-5, 0), (0.26, 0.0)], [(0.748, 0.0), (5, 0)],
                                  [(10.05, 10.05), (10, 20)], [(10.45, 10.45), (20, 10)]],
                                 [0, 1, 2, 3])
    net = build_network(lines, tolerance=0.5)
    ends = {(round(x, 3), round(y, 3)) for x, y in zip(net.node_x, net.node_y)}
    assert net.n_nodes == 7
    assert (0.504, 0.0) in ends and (10.05, 10.05) in ends and (10.45, 10.45) in ends


def test_vertex_joining_equals_brute_force_components():
    rng = np.random.default_rng(4)
    for tol in (0.5, 2.0):
        parts = [rng.uniform(0, 60, (3, 2)) for _ in range(60)]
        lines = LineInput.from_parts(parts, np.arange(60))
        net = build_network(lines, tolerance=tol)
        xy = np.concatenate(parts)
        g = nx.Graph()
        g.add_nodes_from(range(len(xy)))
        dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
        g.add_edges_from(zip(*np.nonzero(np.triu(dist <= tol, 1))))
        # every line end is a node: one node per group of joined points holding an end
        ends = np.zeros(len(xy), dtype=bool)
        ends[0::3] = ends[2::3] = True
        groups = [c for c in nx.connected_components(g)]
        shared = [c for c in groups if any(ends[i] for i in c) or len(c) > 1]
        assert net.n_nodes == len(shared)
        for c in shared:
            members = np.array(sorted(c))
            cx, cy = xy[members].mean(axis=0)
            assert np.min(np.hypot(net.node_x - cx, net.node_y - cy)) < 1e-6


def test_a_tolerance_that_collapses_the_network_is_refused():
    lines = _parallel_roads()
    with pytest.raises(NetworkError, match="median road segment"):
        build_network(lines, tolerance=500)
    assert build_network(lines, tolerance=0.5).notes == []
    joined = build_network(lines, tolerance=6.0)  # each road has a twin 5 m away
    assert "WARNING" in joined.notes[0] and "joined 110 of 220" in joined.notes[0]


def _parallel_roads() -> LineInput:
    """Ten roads of 25 m segments, each with a twin 5 m north of it."""
    parts = []
    for k in range(10):
        xs = np.arange(0, 251, 25.0)
        parts.append(np.column_stack([xs, np.full(len(xs), k * 50.0)]))
        parts.append(np.column_stack([xs, np.full(len(xs), k * 50.0 + 5)]))
    return LineInput.from_parts(parts, np.arange(20))


# ---------------------------------------------------------------- 13.5 roundabouts


def test_roundabouts_are_one_way_without_a_oneway_tag():
    tags = ['"junction"=>"roundabout"', '"junction"=>"circular"',
            '"junction"=>"roundabout","oneway"=>"no"', '"junction"=>"roundabout","oneway"=>"-1"',
            '"junction"=>"jughandle"', "2", "3", "4", "yes", None]
    assert parse_oneway(tags).tolist() == [1, 1, 0, -1, 0, 0, -1, 1, 1, 0]


def test_a_roundabout_is_driven_one_way_only():
    """A square 'roundabout' 100 m a side, digitised anticlockwise, with an arm to the
    east and one to the south. East to south against the ring's direction is 100 m, but
    the car must go round: 300 m."""
    ring = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]
    lines = LineInput.from_parts([ring, [(100, 0), (400, 0)], [(0, 0), (0, -300)]], [0, 1, 2],
                                 oneway=parse_oneway(['"junction"=>"roundabout"', None, None]))
    net = build_network(lines)
    router = Router(net, make_profile("car"), access_speed=None)
    east, south = router.snap([400.0], [0.0]), router.snap([0.0], [-300.0])
    t, _ = router.times(south, east)  # from east to south
    v = 40 / 3.6
    assert t[0, 0] == pytest.approx((300 + 300 + 300) / v, rel=1e-6)
    walk = Router(net, make_profile("walk"), access_speed=None)
    tw, _ = walk.times(south, east)
    assert tw[0, 0] == pytest.approx(700 / (5 / 3.6), rel=1e-6)


def test_tampere_roundabouts_without_a_tag_are_one_way_and_times_match_networkx():
    lines, rows = load_osm_roads(TAMPERE_PBF)
    tags = [r["other_tags"] or "" for r in rows]
    untagged = np.array(['"junction"=>"roundabout"' in t and '"oneway"=>' not in t
                         for t in tags])
    assert untagged.sum() > 5
    assert (lines.oneway[untagged] == 1).all()
    net = build_network(lines)
    router = Router(net, make_profile("car", "osm"), access_speed=None)
    ring_edges = np.flatnonzero(untagged[net.e_feature])
    assert np.isinf(router.graph.t_bwd[ring_edges]).all()
    rng = np.random.default_rng(8)
    e = rng.choice(ring_edges, 6)
    xy = net.point_on_edge(e, np.full(6, 0.5))
    pts = router.snap(xy[:, 0] + 1, xy[:, 1] + 1)
    fac = pts.subset([0, 1])
    t, _ = router.times(fac, pts)
    ref = point_to_facility_times(net, router.graph, pts, fac)
    assert np.allclose(t, ref, rtol=1e-5, atol=1e-3, equal_nan=True)
