"""Digiroad links as published: link types, directions, speed limits, ferries, unknown codes.
Times on the synthetic layer of tests/digiroad_data.py against networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph

from core.roads import digiroad
from core.roads.modes import make_profile
from core.roads.network import LineInput, build_network
from tests.digiroad_data import LIMITS, LINKS, P

FERRY_S = 1000 / (digiroad.FERRY_KMH / 3.6) + digiroad.FERRY_WAIT_MIN * 60  # 960 s


def sample_lines() -> tuple[LineInput, digiroad.Links]:
    parts = [np.array([P[a], P[b]], dtype=float) for _, a, b, *_ in LINKS]
    ids, fc, lt, d = (np.array([row[k] for row in LINKS], dtype=object) for k in (0, 3, 4, 5))
    lengths = np.array([np.hypot(*(np.subtract(P[b], P[a]))) for _, a, b, *_ in LINKS])
    limits = digiroad.speed_limits(ids, lengths, *zip(*LIMITS))
    links = digiroad.links(fc, lt, d, lengths, limits)
    lines = LineInput.from_parts(parts, range(len(parts)), classes=links.classes,
                                 speeds=links.speeds, oneway=links.oneway)
    return lines, links


def test_codes_become_engine_classes_and_directions():
    _, links = sample_lines()
    assert links.classes.tolist() == ["2", "motorway", "ramp", "path", "5", "ferry", "4", ""]
    assert links.oneway.tolist() == [0, 1, 1, 0, -1, 0, 0, 0]
    assert links.limited == 1 and links.ferries == 1
    # link 1: 80 km/h on 500 m and 40 km/h on 500 m take as long as 53.33 km/h on 1000 m
    assert links.speeds[0] == pytest.approx(1 / (0.5 / 80 + 0.5 / 40))
    assert np.isnan(links.speeds[1])  # 120 km/h on 300 m of 1000: class speed instead
    assert links.speeds[5] == pytest.approx(1000 / FERRY_S * 3.6)


def test_unknown_codes_are_counted_and_listed():
    _, links = sample_lines()
    assert links.notes() == [
        "1 Digiroad links have an unknown TOIMINN_LK code: '9' (1); they are taken as "
        "closed (no class)",
        "1 Digiroad links have an unknown LINKKITYYP code: '99' (1); their functional "
        "class decides"]
    more = digiroad.links(["1", "3", 3.0, None], ["3", "42", "42", "3"], ["2", "5", "4", None])
    assert more.notes()[0].startswith("2 Digiroad links have an unknown LINKKITYYP code: "
                                      "'42' (2)")
    assert more.notes()[1] == ("1 Digiroad links have an unknown AJOSUUNTA code: '5' (1); "
                               "their functional class decides")
    assert more.classes.tolist() == ["1", "3", "3", ""]


def _reference(lines: LineInput, mode: str) -> nx.DiGraph:
    """The expected graph, edge by edge from the rules as the help states them."""
    kmh = {"car": {"2": 1 / (0.5 / 80 + 0.5 / 40), "motorway": 100, "ramp": 50, "5": 40,
                   "4": 50},
           "walk": {"2": 5, "path": 5, "5": 5, "4": 5},
           "bike": {"2": 15, "path": 15, "5": 15, "4": 15}}[mode]
    g = nx.DiGraph()
    for k, (_, a, b, *_rest) in enumerate(LINKS):
        cls = lines.classes[k]
        metres = float(np.hypot(*np.subtract(P[b], P[a])))
        if cls == "ferry":
            seconds = FERRY_S
        elif cls in kmh:
            seconds = metres / (kmh[cls] / 3.6)
        else:
            continue
        one = lines.oneway[k] if mode == "car" else 0
        if one >= 0:
            g.add_edge(a, b, weight=seconds)
        if one <= 0:
            g.add_edge(b, a, weight=seconds)
    return g


@pytest.mark.parametrize("mode", ["car", "walk", "bike"])
def test_times_match_networkx(mode):
    lines, _ = sample_lines()
    net = build_network(lines)
    graph = net.graph(make_profile(mode, "digiroad"))
    node = {k: int(np.flatnonzero((net.node_x == x) & (net.node_y == y))[0])
            for k, (x, y) in P.items()}
    ref = _reference(lines, mode)
    for a in P:
        got = csgraph.dijkstra(graph.forward, indices=node[a])
        want = nx.single_source_dijkstra_path_length(ref, a) if a in ref else {a: 0.0}
        for b in P:
            assert got[node[b]] == pytest.approx(want.get(b, np.inf)), (mode, a, b)


def test_hand_figures():
    """P0 -> P5 by car: 67.5 s, motorway 36 s, ramp 72 s, ferry 960 s; on foot: the path
    720 s, link 5 against its one-way 1440 s, the ferry 960 s."""
    lines, _ = sample_lines()
    net = build_network(lines)
    start = int(np.flatnonzero((net.node_x == 0) & (net.node_y == 0))[0])
    end = int(np.flatnonzero((net.node_x == 3000) & (net.node_y == 1000))[0])
    car = csgraph.dijkstra(net.graph(make_profile("car", "digiroad")).forward, indices=start)
    walk = csgraph.dijkstra(net.graph(make_profile("walk", "digiroad")).forward, indices=start)
    assert car[end] == pytest.approx(67.5 + 36 + 72 + 960)
    assert walk[end] == pytest.approx(720 + 1440 + 960)


def test_fields_found_in_either_case_and_missing_ones_named():
    upper = [f for f, _ in __import__("tests.digiroad_data", fromlist=["x"]).LINK_FIELDS]
    assert digiroad.is_digiroad(upper) and digiroad.is_digiroad([f.lower() for f in upper])
    assert digiroad.find_fields(["link_id", "toiminn_lk"], digiroad.LINK_FIELDS) == {
        "class": "toiminn_lk", "link_id": "link_id"}
    assert not digiroad.is_digiroad(["highway", "oneway", "maxspeed"])
    assert digiroad.missing_fields(["TOIMINN_LK", "LINK_ID"]) == [
        "the Digiroad layer has no LINKKITYYP field: " + digiroad.ASSUMED["link_type"],
        "the Digiroad layer has no AJOSUUNTA field: every link is open both ways"]


def test_rules_table_covers_every_code():
    rows = digiroad.rules_table()
    codes = {(f, c) for f, c, *_ in rows}
    assert {("TOIMINN_LK", c) for c in digiroad.FUNCTIONAL_CLASSES} <= codes
    assert {("LINKKITYYP", c) for c in digiroad.LINK_TYPES} <= codes
    motorway = next(r for r in rows if r[:2] == ("LINKKITYYP", "1"))
    assert motorway[3:] == ("motorway", "no walk, no bike, car 100 km/h")
    path = next(r for r in rows if r[:2] == ("LINKKITYYP", "8"))
    assert path[4] == "no car"
