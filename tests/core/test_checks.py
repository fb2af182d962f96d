"""Network checks on a hand-made network whose pieces, dangles and shares are counted by
hand, and against networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from core.roads.checks import check_network, share_on_main
from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from core.roads.snapping import OK, SMALL_COMPONENT, TOO_FAR, Snap


@pytest.fixture(scope="module")
def checked():
    """Main piece: a T (0,0)-(100,0)-(200,0) with (100,0)-(100,100), and a loop that leaves
    and returns to (200,0); a separate 100 m piece; a trunk road walkers may not use."""
    parts = [[[0, 0], [100, 0]], [[100, 0], [200, 0]], [[100, 0], [100, 100]],
             [[200, 0], [250, 50], [300, 0], [200, 0]],
             [[1000, 1000], [1100, 1000]], [[5000, 0], [6000, 0]]]
    classes = ["residential"] * 5 + ["trunk"]
    net = build_network(LineInput.from_parts([np.array(p, float) for p in parts], range(6),
                                             classes=np.array(classes, dtype=object)))
    graph = net.graph(make_profile("walk", "osm"))
    return net, graph, check_network(net, graph)


def test_figures_counted_by_hand(checked):
    net, graph, report = checked
    assert (report.n_nodes, report.n_edges) == (8, 6)  # the trunk road's two ends included
    assert report.usable_edges == 4  # the loop (one node to itself) and the trunk left out
    assert report.n_components == 2
    assert report.main_share_edges == pytest.approx(3 / 4)
    dangle_xy = sorted(zip(net.node_x[report.dangles], net.node_y[report.dangles]))
    assert dangle_xy == [(0, 0), (100, 100), (200, 0), (1000, 1000), (1100, 1000)]
    trunk = net.e_feature == 5
    assert (report.edge_component[trunk] == -1).all()
    loop = net.e_from == net.e_to
    assert loop.sum() == 1 and (report.edge_component[loop] == -1).all()
    assert report.lines() == ["nodes 8, edges 6, usable by the mode 4",
                              "connected pieces 2; the main one holds 75.0% of the usable edges",
                              "dangles (dead ends) 5"]


def test_pieces_equal_networkx(checked):
    net, graph, report = checked
    g = nx.Graph()
    usable = graph.usable & (net.e_from != net.e_to)
    g.add_edges_from(zip(net.e_from[usable].tolist(), net.e_to[usable].tolist()))
    pieces = list(nx.connected_components(g))
    assert report.n_components == len(pieces)
    biggest = max(pieces, key=lambda c: g.subgraph(c).number_of_edges())
    assert report.main_share_edges == g.subgraph(biggest).number_of_edges() / usable.sum()
    assert sorted(report.dangles.tolist()) == sorted(n for n, d in g.degree() if d == 1)


def _snap(status):
    n = len(status)
    return Snap(np.zeros(n, int), np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n),
                np.array(status, dtype=object))


def test_share_on_main_weighs_by_population():
    snap = _snap([OK, TOO_FAR, OK, SMALL_COMPONENT])
    assert share_on_main(snap) == 0.5
    assert share_on_main(snap, np.array([10.0, 20.0, 30.0, 40.0])) == pytest.approx(0.4)
    assert share_on_main(snap, np.zeros(4)) == 0.0


def _checked(parts, classes):
    net = build_network(LineInput.from_parts([np.array(p, float) for p in parts],
                                             range(len(parts)),
                                             classes=np.array(classes, dtype=object)))
    return check_network(net, net.graph(make_profile("walk", "osm")))


def test_one_road_is_all_on_the_main_piece():
    report = _checked([[[0, 0], [100, 0]]], ["residential"])
    assert (report.usable_edges, report.n_components, report.main_share_edges) == (1, 1, 1.0)
    assert len(report.dangles) == 2


def test_nothing_usable_gives_no_piece_and_no_share():
    report = _checked([[[0, 0], [100, 0]]], ["motorway"])
    assert (report.usable_edges, report.n_components, report.main_share_edges) == (0, 0, 0.0)
    assert len(report.dangles) == 0


def test_two_roads_between_the_same_junctions_count_one_neighbour():
    """A straight and a curved road join the same two junctions, which a third road leaves
    from: the junction without the third road has one neighbour only, a dead end."""
    report = _checked([[[0, 0], [100, 0]], [[0, 0], [50, 50], [100, 0]], [[100, 0], [200, 0]]],
                      ["residential"] * 3)
    assert report.usable_edges == 3 and report.n_components == 1
    assert len(report.dangles) == 2  # (0, 0) and (200, 0)


def test_share_on_main_with_weights_that_are_shares():
    snap = _snap([OK, TOO_FAR])
    assert share_on_main(snap, np.array([0.25, 0.75])) == 0.25
