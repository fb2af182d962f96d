"""Engine pieces on real data and small cases: profiles, caching, isochrones, OD tables."""

from __future__ import annotations

import numpy as np
import pytest

from core.cache import LruCache
from core.roads.modes import make_profile, parse_oneway, parse_speed
from core.roads.network import build_network
from core.roads.odmatrix import od_long
from tests.osm_data import HELSINKI_PBF, load_osm_roads


@pytest.fixture(scope="module")
def helsinki():
    lines, _ = load_osm_roads(HELSINKI_PBF)
    return build_network(lines)


def test_oneway_conventions():
    got = parse_oneway(["yes", "-1", "no", None, "2", "3", "4", '"oneway"=>"yes"', "reverse"])
    assert got.tolist() == [1, -1, 0, 0, 0, -1, 1, 1, -1]


def test_speed_parsing():
    got = parse_speed(["50", "30 mph", None, "fast", '"maxspeed"=>"40"', 60])
    assert np.allclose(got, [50, 30 * 1.609344, np.nan, np.nan, 40, 60], equal_nan=True)


def test_digiroad_classes_and_user_speeds():
    car = make_profile("car", "digiroad", class_speeds={"5": 33})
    speeds = car.speeds(np.array(["1", "5", "8", ""], dtype=object), None)
    assert speeds.tolist() == [90.0, 33.0, 0.0, 0.0]
    walk = make_profile("walk", "digiroad")
    assert walk.speeds(np.array(["1", "8"], dtype=object), None).tolist() == [0.0, 5.0]


def test_graph_is_built_once_per_profile(helsinki):
    p = make_profile("walk", "osm")
    assert helsinki.graph(p) is helsinki.graph(make_profile("walk", "osm"))
    cache = LruCache(size=1)
    calls = []
    assert cache.get_or_build("a", lambda: calls.append(1) or 1) == 1
    assert cache.get_or_build("a", lambda: calls.append(1) or 2) == 1
    cache.get_or_build("b", lambda: 3)
    assert len(cache) == 1 and len(calls) == 1 and cache.hits == 1


def test_od_long_k_and_cutoff():
    t = np.array([[30.0, 10.0, np.inf], [5.0, 50.0, 20.0]])
    d = t * 10
    out = od_long(t, d, k=2, cutoff=40)
    assert out[["origin", "destination", "rank"]].values.tolist() == [[0, 1, 1], [0, 0, 2],
                                                                      [1, 0, 1], [1, 2, 2]]
    assert out["metres"].tolist() == [100.0, 300.0, 50.0, 200.0]


def test_band_polygons_valid_on_adversarial_fields():
    """Plateaus at the band limits and checkerboards (saddles everywhere) make contour rings
    touch; only pieces with a repeated vertex are checked, and every result must be valid."""
    from core.roads.isochrones import band_polygons

    rng = np.random.default_rng(1)
    for trial in range(300):
        n = int(rng.integers(4, 25))
        kind = trial % 3
        if kind == 0:
            z = rng.integers(0, 4, (n, n)).astype(float)
        elif kind == 1:
            z = rng.random((n, n)) * 3
        else:
            z = np.where(rng.random((n, n)) < 0.5, 1.0, 5.0)
        z[rng.random((n, n)) < 0.1] = np.nan
        lo, hi = (1.0, 2.0) if kind != 2 else (-1.0, 1.0)
        geom = band_polygons(np.arange(n) * 10.0, np.arange(n) * 10.0, z, lo, hi)
        if geom is not None:
            assert geom.is_valid and geom.geom_type in ("Polygon", "MultiPolygon")


def test_cheapest_csr_keeps_the_fastest_parallel_edge_and_its_length():
    from core.roads.network import cheapest_csr

    t, m = cheapest_csr(np.array([0, 0, 1, 0]), np.array([1, 1, 2, 1]), 3, 4,
                        np.array([5.0, 2.0, 1.0, 3.0]), np.array([50.0, 20.0, 10.0, 30.0]))
    assert t.shape == (3, 4) and t.has_sorted_indices
    assert t[0, 1] == 2.0 and m[0, 1] == 20.0 and t[1, 2] == 1.0 and t.nnz == 2
    empty, = cheapest_csr(np.zeros(0, int), np.zeros(0, int), 2, 2, np.zeros(0))
    assert empty.shape == (2, 2) and empty.nnz == 0
