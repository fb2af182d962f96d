"""The catchment grid's fast field against the straightforward one, cell by cell.

``SampleGrid.fields`` takes the K nearest samples everywhere and searches farther ones only
where they may change what is traced. The straightforward rule takes, at every cell of a
facility's window, the minimum over every road sample within the radius of
``max(t + d / v - U, (d - reach) / v)`` (here from scipy's distance matrix between cell
centres and samples, with the same sample times). Every cell must be on the same side of
each band limit, and every cell next to the band edge (a row or column neighbour on the
other side) must have the same value: only those values move the traced edge.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree

from core.roads.isochrones import CatchmentBuilder
from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import HELSINKI_PBF, TAMPERE_PBF, load_osm_roads


def straightforward(builder: CatchmentBuilder, x, y, limits) -> list[np.ndarray]:
    """The rule at every centre of the window (x, y): one raster per limit, minutes (NaN
    where no sample lies within the radius)."""
    grid = builder.grid
    gx, gy = np.meshgrid(x, y)
    centres = np.column_stack([gx.ravel(), gy.ravel()])
    # the samples whose times the window's field read: those within the radius of it
    samples = np.column_stack([grid.sx, grid.sy])
    near = cKDTree(samples).query_ball_point([x.mean(), y.mean()],
                                            np.hypot(np.ptp(x), np.ptp(y)) / 2 + grid.radius)
    near = np.asarray(near)
    pairs = cKDTree(centres).sparse_distance_matrix(cKDTree(samples[near]), grid.radius,
                                                    output_type="ndarray")
    cell, d = pairs["i"], pairs["v"]
    t = grid.times[near[pairs["j"]]]
    v, reach = builder.walk_mps, builder.traced_reach
    out = []
    for u in limits:
        term = np.maximum(t + d / v - u, (d - reach) / v)
        best = np.full(len(centres), np.inf)
        np.minimum.at(best, cell, term)
        best[~np.isin(np.arange(len(centres)), cell)] = np.nan
        out.append(best.reshape(gy.shape) / 60)
    return out


def next_to_edge(z: np.ndarray) -> np.ndarray:
    """Cells with a row or column neighbour on the other side of 0 (NaN: outside)."""
    inside = np.pad(np.nan_to_num(z, nan=1.0) <= 0, 1, mode="edge")
    mid = inside[1:-1, 1:-1]
    return ((inside[:-2, 1:-1] != mid) | (inside[2:, 1:-1] != mid)
            | (inside[1:-1, :-2] != mid) | (inside[1:-1, 2:] != mid))


CASES = [(HELSINKI_PBF, "walk", [5, 10], 2), (TAMPERE_PBF, "car", [3, 6], 2)]


@pytest.mark.parametrize("path,mode,bands,n_fac", CASES,
                         ids=[f"{c[0].parent.name}-{c[1]}" for c in CASES])
def test_fast_field_is_the_straightforward_rule(path, mode, bands, n_fac):
    lines, _ = load_osm_roads(path, 3067)
    net = build_network(lines)
    router = Router(net, make_profile(mode, "osm"), access_speed=None)
    graph = router.graph
    main = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    xy = net.point_on_edge(np.random.default_rng(5).choice(main, n_fac), np.full(n_fac, 0.5))
    fac = router.snap(xy[:, 0], xy[:, 1])
    builder = CatchmentBuilder(router, 50.0)
    cutoff = bands[-1] * 60
    edge_cells = 0
    for sl, node_t, _ in router.node_times(fac, cutoff):
        for j in range(node_t.shape[0]):
            x, y, fast = builder._facility_window(node_t[j], fac, sl.start + j, bands, cutoff)
            slow = straightforward(builder, x, y, [b * 60 for b in bands])
            for f, s in zip(fast, slow):
                assert np.array_equal(np.isnan(f), np.isnan(s))
                assert np.array_equal(f <= 0, s <= 0)  # the same side everywhere
                edge = next_to_edge(s)
                assert np.allclose(f[edge], s[edge], rtol=0, atol=1e-9, equal_nan=True)
                edge_cells += int(edge.sum())
    assert edge_cells > 300
