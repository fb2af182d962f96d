"""Snapping points to roads: hand-made cases, the distance limit hit exactly, and the
nearest point of every usable line against shapely's own distances."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, Point

from core.roads.modes import make_profile
from core.roads.network import LineInput, NetworkError, build_network
from core.roads.snapping import (
    NO_GEOMETRY,
    OK,
    SMALL_COMPONENT,
    TOO_FAR,
    UNCONNECTED_PIECE,
    NoUsableRoadError,
    SnapIndex,
    snap_points,
)

WALK = make_profile("walk", "osm")


def network(parts, classes=None, tolerance=0.5):
    parts = [np.asarray(p, dtype=float) for p in parts]
    classes = np.array(classes or ["residential"] * len(parts), dtype=object)
    net = build_network(LineInput.from_parts(parts, np.arange(len(parts)), classes=classes),
                        tolerance=tolerance)
    return net, net.graph(WALK)


@pytest.fixture(scope="module")
def two_pieces():
    """A 1 km main road along y = 0 with a bend at x = 1000, and a 100 m piece of its own."""
    return network([[[0, 0], [1000, 0], [1000, 400]], [[2000, 2000], [2100, 2000]]])


def test_point_beside_the_road(two_pieces):
    net, graph = two_pieces
    s = snap_points(net, graph, [250.0], [100.0])
    assert s.status.tolist() == [OK]
    assert (s.x[0], s.y[0], s.distance[0]) == (250.0, 0.0, 100.0)
    e = s.edge[0]
    assert net.e_len[e] == pytest.approx(1400.0)  # one edge, bend included
    from_origin = (net.vx[net.e_v0[e]], net.vy[net.e_v0[e]]) == (0.0, 0.0)
    assert s.frac[0] * 1400 == pytest.approx(250.0 if from_origin else 1150.0)


def test_point_past_the_end_snaps_to_the_end(two_pieces):
    net, graph = two_pieces
    s = snap_points(net, graph, [-30.0, 1030.0], [40.0, 440.0])
    assert s.distance.tolist() == [50.0, 50.0]  # 3-4-5 triangles
    assert s.x.tolist() == [0.0, 1000.0] and s.y.tolist() == [0.0, 400.0]
    assert sorted(s.frac.tolist()) == [0.0, 1.0]


def test_distance_limit_is_inclusive(two_pieces):
    """A point exactly ``max_distance`` from the road is snapped; a hair beyond is not."""
    net, graph = two_pieces
    s = snap_points(net, graph, [500.0, 500.0], [300.0, 300.0 + 1e-6], max_distance=300.0)
    assert s.status.tolist() == [OK, TOO_FAR]
    assert s.distance[0] == 300.0


def test_no_geometry_and_subset(two_pieces):
    net, graph = two_pieces
    s = snap_points(net, graph, [np.nan, 10.0], [0.0, 5.0])
    assert s.status.tolist() == [NO_GEOMETRY, OK]
    assert s.edge[0] == -1 and np.isnan(s.distance[0])
    assert s.ok.tolist() == [False, True]
    one = s.subset([1])
    assert len(one) == 1 and one.status.tolist() == [OK] and one.distance.tolist() == [5.0]


def test_small_piece_only_when_asked(two_pieces):
    net, graph = two_pieces
    x, y = [2050.0], [10.0]
    main_only = snap_points(net, graph, x, y, max_distance=5000)
    assert main_only.status.tolist() == [OK]
    assert (main_only.x[0], main_only.y[0]) == (1000.0, 10.0)  # on the main road's bend leg
    assert main_only.distance[0] == 1050.0
    near_piece = [2050.0], [2010.0]
    anywhere = snap_points(net, graph, *near_piece, main_component_only=False)
    assert anywhere.status.tolist() == [SMALL_COMPONENT]
    assert (anywhere.x[0], anywhere.y[0], anywhere.distance[0]) == (2050.0, 2000.0, 10.0)
    # beyond the 1 km limit from the main network, and the reason names the piece nearby
    assert snap_points(net, graph, *near_piece).status.tolist() == [UNCONNECTED_PIECE]


def test_roads_closed_to_the_mode_are_not_snapped_to():
    net, graph = network([[[0, 0], [1000, 0]], [[0, 50], [1000, 50]]],
                         ["residential", "motorway"])
    s = snap_points(net, graph, [500.0], [45.0])
    assert s.y[0] == 0.0 and s.distance[0] == 45.0


def test_nearest_point_equals_shapely_on_random_lines():
    """Long and short segments mixed, so some points are settled by the radius query."""
    rng = np.random.default_rng(11)
    parts = [np.cumsum(rng.normal(0, 40, (int(rng.integers(2, 6)), 2)), axis=0)
             + rng.uniform(0, 2000, 2) for _ in range(60)]
    parts += [np.array([[-500.0, 1000.0], [2500.0, 1010.0]])]  # one long straight segment
    net, _ = network(parts)
    index = SnapIndex(net, np.ones(net.n_edges, bool))
    px, py = rng.uniform(-300, 2300, 400), rng.uniform(-300, 2300, 400)
    seg, dist, t = index.nearest(px, py)
    shapes = [LineString(p) for p in parts]
    want = np.array([min(s.distance(Point(x, y)) for s in shapes) for x, y in zip(px, py)])
    assert np.allclose(dist, want, atol=1e-6)
    # the reported projection is the point at that distance on the reported segment
    v = index.seg_v[seg]
    qx = net.vx[v] + t * (net.vx[v + 1] - net.vx[v])
    qy = net.vy[v] + t * (net.vy[v + 1] - net.vy[v])
    assert np.allclose(np.hypot(px - qx, py - qy), dist)


def test_empty_index_finds_nothing():
    net, _ = network([[[0, 0], [10, 0]]])
    index = SnapIndex(net, np.zeros(net.n_edges, bool))
    seg, dist, _ = index.nearest(np.array([1.0]), np.array([1.0]))
    assert seg.tolist() == [-1] and dist.tolist() == [np.inf]


def test_reasons_are_the_texts_users_read(two_pieces):
    """The statuses go into the output layers' reason field as they are."""
    net, graph = two_pieces
    s = snap_points(net, graph, [250.0, np.nan, 500.0, 2050.0], [100.0, 0.0, 3000.0, 2010.0],
                    main_component_only=False)
    assert s.status.tolist() == ["ok", "no geometry", "too far from a road",
                                 "on a small disconnected piece of the network"]


@pytest.mark.parametrize("axis", [0, 1])
def test_long_segment_across_the_origin_is_found(axis):
    """A 4 km straight road through (0, 0) among many short ones: points 10 m from its far
    parts are nearest to it although the index pieces there are far from their centre."""
    rng = np.random.default_rng(5)
    long_road = np.array([[-2000.0, 0.0], [2000.0, 0.0]])
    shorts = [c + np.array([[0.0, 0.0], [20.0, 0.0]])
              for c in rng.uniform(-2000, 2000, (40, 2)) * [1, 0.02] + [0, 300]]
    parts = [long_road, *shorts]
    if axis:
        parts = [p[:, ::-1] for p in parts]
    net, _ = network(parts)
    index = SnapIndex(net, np.ones(net.n_edges, bool))
    along = np.linspace(-1950, 1950, 40)
    px, py = (along, np.full(40, 10.0)) if not axis else (np.full(40, 10.0), along)
    _, dist, _ = index.nearest(px, py)
    assert np.allclose(dist, 10.0)


def test_nearest_road_hidden_behind_closer_index_pieces():
    """All roads are 200 m, so the index cuts them into 100 m pieces. The point lies on the
    road y = 0 at a piece boundary (its pieces' midpoints 50 m away); eight pieces of roads
    5-8 m away have midpoints nearer (47-48 m). The k nearest pieces miss the right road,
    and the radius query must find it."""
    heights = [5, -5, 6, -6, 7, -7, 8, -8]
    parts = [[[0, 0], [200, 0]]]  # x0 = 3: a midpoint at x = 53; x0 = -3: one at x = 147
    parts += [[[x0, h], [x0 + 200, h]] for i, h in enumerate(heights)
              for x0 in ([3] if i % 2 else [-3])]
    net, _ = network(parts)
    index = SnapIndex(net, np.ones(net.n_edges, bool))
    assert index.piece == 100.0 and index.half == 50.0
    seg, dist, t = index.nearest(np.array([100.0]), np.array([0.0]))
    assert dist.tolist() == [0.0] and t.tolist() == [0.5]
    assert net.vy[index.seg_v[seg[0]]] == 0.0


def test_default_distance_limit_is_1000_m(two_pieces):
    net, graph = two_pieces
    s = snap_points(net, graph, [500.0, 500.0], [-1000.0, -1000.5])
    assert s.status.tolist() == [OK, TOO_FAR]


def test_position_along_later_segments_and_edges(two_pieces):
    net, graph = two_pieces
    s = snap_points(net, graph, [1010.0, 2025.0], [200.0, 1990.0], main_component_only=False)
    e = s.edge
    assert net.e_len[e].tolist() == pytest.approx([1400.0, 100.0])
    first = [(net.vx[net.e_v0[i]], net.vy[net.e_v0[i]]) for i in e]
    want0 = 1200 / 1400 if first[0] == (0.0, 0.0) else 200 / 1400  # on the bend's 2nd leg
    want1 = 0.25 if first[1] == (2000.0, 2000.0) else 0.75
    assert s.frac.tolist() == pytest.approx([want0, want1])
    assert s.x.tolist() == [1000.0, 2025.0] and s.y.tolist() == [200.0, 2000.0]


def test_short_road_is_projected_onto():
    # a tolerance below the road's length (the default 0.5 m would join its two ends)
    net, graph = network([[[0, 0], [0.5, 0]]], tolerance=0.01)
    s = snap_points(net, graph, [0.25], [0.1])
    assert s.distance[0] == pytest.approx(0.1) and s.frac[0] == pytest.approx(0.5)


def test_walkers_snap_past_a_connected_motorway():
    """The motorway shares a junction with the walkable road, so its start node is on the
    main piece; walkers still snap to the walkable road, 500 m away, not the motorway."""
    net, graph = network([[[0, 0], [1000, 0]], [[0, 0], [0, 1000]]], ["residential", "motorway"])
    s = snap_points(net, graph, [10.0], [500.0])
    assert s.status.tolist() == [OK]
    assert (s.x[0], s.y[0], s.distance[0]) == (10.0, 0.0, 500.0)


def test_nothing_to_snap_to():
    """Walkers may use no road of a motorway-only network: snapping says so by name."""
    net, graph = network([[[0, 0], [100, 0]]], ["motorway"])
    with pytest.raises(NoUsableRoadError, match="no road of the network can be used by this "
                                           "travel mode") as caught:
        snap_points(net, graph, [50.0], [0.0])
    assert isinstance(caught.value, NetworkError) and isinstance(caught.value, ValueError)


def test_nothing_to_snap():
    none = snap_points(*network([[[0, 0], [100, 0]]]), [], [])
    assert len(none) == 0 and none.status.tolist() == [] and none.frac.tolist() == []


def test_the_index_is_built_once_per_graph(two_pieces, monkeypatch):
    import core.roads.snapping as snapping

    net, graph = network([[[0, 0], [100, 0]]])
    built = []
    real = snapping.SnapIndex

    def counting(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(snapping, "SnapIndex", counting)
    for _ in range(3):
        snap_points(net, graph, [50.0], [5.0])
    snap_points(net, graph, [50.0], [5.0], main_component_only=False)
    assert len(built) == 2  # one per (graph, main piece only or not)


def test_repeated_vertices_and_a_zero_length_road():
    """A repeated vertex makes a zero-length segment, a line of one repeated point a
    zero-length edge: neither may turn a distance or a position into NaN."""
    net, graph = network([[[0, 0], [0, 0], [100, 0]], [[5, 5], [5, 5]]])
    s = snap_points(net, graph, [50.0, 0.0, 5.0], [3.0, -2.0, 6.0], main_component_only=False)
    assert s.distance.tolist() == [3.0, 2.0, 1.0]
    assert (s.x.tolist(), s.y.tolist()) == ([50.0, 0.0, 5.0], [0.0, 0.0, 5.0])
    assert np.isfinite(s.frac).all() and s.frac[2] == 0.0
    assert s.status.tolist() == [OK, OK, SMALL_COMPONENT]
