"""Which roads each travel mode may use: walkers and cyclists never on motorways or trunk
roads, cyclists not on steps; the built graph follows the same rules."""

from __future__ import annotations

import numpy as np
import pytest

from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network

OSM_FAST = ["motorway", "motorway_link", "trunk", "trunk_link"]


@pytest.mark.parametrize("mode", ["walk", "bike"])
def test_no_walking_or_cycling_on_fast_osm_roads(mode):
    classes = np.array([*OSM_FAST, "primary", "residential", "footway", "steps"], dtype=object)
    speeds = make_profile(mode, "osm").speeds(classes, None)
    assert speeds[:4].tolist() == [0, 0, 0, 0]
    assert (speeds[4:7] > 0).all()
    assert (speeds[7] > 0) == (mode == "walk")  # steps: walkers yes, cyclists no


@pytest.mark.parametrize("mode", ["walk", "bike"])
def test_no_walking_or_cycling_on_digiroad_class_1(mode):
    speeds = make_profile(mode, "digiroad").speeds(np.array(["1", "2", "8"], dtype=object), None)
    assert speeds[0] == 0 and (speeds[1:] > 0).all()


def test_cars_use_fast_roads_but_not_footways():
    classes = np.array([*OSM_FAST, "footway"], dtype=object)
    speeds = make_profile("car", "osm").speeds(classes, None)
    assert speeds.tolist() == [100, 60, 80, 50, 0]


def test_walking_graph_leaves_out_the_trunk_road():
    """A square: the south side is a trunk road; walking from its west to its east end goes
    round the other three sides (300 m), driving takes the trunk road (100 m)."""
    parts = [np.array(p, dtype=float) for p in ([[0, 0], [100, 0]], [[0, 0], [0, 100]],
                                                  [[0, 100], [100, 100]], [[100, 100], [100, 0]])]
    classes = np.array(["trunk", "residential", "residential", "residential"], dtype=object)
    net = build_network(LineInput.from_parts(parts, [0, 1, 2, 3], classes=classes))
    walk = net.graph(make_profile("walk", "osm", walk_speed=3.6))
    car = net.graph(make_profile("car", "osm"))
    trunk = int(np.flatnonzero(net.e_feature == 0)[0])
    assert not walk.usable[trunk] and car.usable[trunk]
    assert walk.usable.sum() == 3
    from scipy.sparse import csgraph

    a, b = int(net.e_from[trunk]), int(net.e_to[trunk])
    walk_s = csgraph.dijkstra(walk.forward, indices=a)[b]
    assert walk_s == pytest.approx(300.0)  # 1 m/s round three sides
