"""The territories of nearest-facility catchments (``_territories``: borders traced cell
edge by cell edge) against the union of each label's cells (``_territories_by_runs``, the
former way): the same areas, valid polygons, on random label rasters (corners touching,
holes, islands in holes) and on the labels of a real network's catchments; and the pieces
(each territory's part traced in its own window) against the dissolved polygons clipped
to the territories, the former way."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box
from shapely.ops import clip_by_rect, unary_union

from core.roads.isochrones import (
    CatchmentBuilder,
    _polygonal,
    _territories,
    _territories_by_runs,
)
from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import TAMPERE_PBF, load_osm_roads


def _same(x, y, labels, size) -> None:
    new = _territories(x, y, labels, size)
    old = _territories_by_runs(x, y, labels, size)
    assert sorted(new) == sorted(old)
    half = size / 2
    for f, geom in new.items():
        assert geom.is_valid, f
        assert geom.symmetric_difference(old[f]).area < 1e-6, f
        # and the cells themselves, one box each
        r, c = np.nonzero(labels == f)
        cells = unary_union([box(x[j] - half, y[i] - half, x[j] + half, y[i] + half)
                             for i, j in zip(r, c)])
        assert abs(geom.area - cells.area) < 1e-6 * cells.area
        assert geom.symmetric_difference(cells).area < 1e-6, f


@pytest.mark.parametrize("seed", range(40))
def test_random_labels_give_the_union_of_their_cells(seed):
    rng = np.random.default_rng(seed)
    ny, nx = rng.integers(1, 25, 2)
    labels = rng.integers(-1, rng.integers(1, 5), (ny, nx)).astype(float)
    labels[labels < 0] = np.nan  # no label
    x = 512345.678 + np.arange(nx) * 100.0
    y = 6901234.567 + np.arange(ny) * 100.0
    _same(x, y, labels, 100.0)


def test_corners_holes_and_islands():
    """A ring of label 0 whose hole holds an island of 0 (two shells, one hole), cells of
    label 1 touching only at corners (a checkerboard: pinched loops), a hole touching its
    shell at a corner."""
    a = np.full((9, 9), 2.0)
    a[1:8, 1:8] = 0
    a[2:7, 2:7] = 3
    a[4, 4] = 0  # island in the hole
    a[0, 0] = a[1, 1] = 1  # touching at a corner
    a[0, 8] = np.nan
    a[7, 7] = 3  # hole of 0 touching at the corner (6, 6)-(7, 7)
    a[8, 0:4] = [1, 4, 1, 4]
    b = np.kron((np.indices((6, 6)).sum(0) % 2).astype(float), np.ones((1, 1)))
    for labels in (a, b):
        ny, nx = labels.shape
        _same(np.arange(nx) * 50.0 + 0.25, np.arange(ny) * 50.0 - 0.5, labels, 50.0)
    assert _territories(np.arange(3.0), np.arange(2.0), np.full((2, 3), np.nan), 1.0) == {}


def test_real_network_territories_and_pieces():
    """The labels of nearest-facility catchments on Tampere's roads: the same territories,
    and the pieces tile the dissolved catchment."""
    lines, _ = load_osm_roads(TAMPERE_PBF)
    net = build_network(lines)
    router = Router(net, make_profile("car", "osm"), access_speed=None)
    rng = np.random.default_rng(3)
    graph = router.graph
    main = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    xy = net.point_on_edge(rng.choice(main, 12, replace=False), np.full(12, 0.5))
    fac = router.snap(xy[:, 0], xy[:, 1])
    builder = CatchmentBuilder(router, 50.0)
    seen = {}
    import core.roads.isochrones as iso

    real = iso._territories

    def spy(x, y, labels, size):
        seen["args"] = (x, y, labels, size)
        return real(x, y, labels, size)

    iso._territories = spy
    try:
        pieces = list(builder.nearest_facility(fac, [3, 6]))
    finally:
        iso._territories = real
    x, y, labels, size = seen["args"]
    assert len(np.unique(labels[np.isfinite(labels)])) >= 10
    new, old = _territories(x, y, labels, size), _territories_by_runs(x, y, labels, size)
    assert sorted(new) == sorted(old)
    for f in new:
        assert new[f].is_valid and new[f].symmetric_difference(old[f]).area < 1e-6
    # the pieces as they were made before: each dissolved band polygon clipped to each
    # territory of the cells' union (same order: band after band, labels as they occur)
    former = []
    for c in builder.nearest_facility(fac, [3, 6], dissolve=True):
        for f, part in old.items():
            piece = _polygonal(clip_by_rect(c.geometry, *part.bounds).intersection(part))
            if piece is not None:
                former.append((f, c.upper, piece))
    assert [(p.facility, p.upper) for p in pieces] == [(f, u) for f, u, _ in former]
    assert len(former) >= 20
    for p, (_, _, g) in zip(pieces, former):
        assert p.geometry.is_valid
        assert abs(p.geometry.area - g.area) <= 1e-9 * g.area
        assert p.geometry.symmetric_difference(g).area < 1e-3
    for upper in (3, 6):
        dissolved = next(c.geometry for c in builder.nearest_facility(fac, [3, 6], dissolve=True)
                         if c.upper == upper)
        mine = [p.geometry for p in pieces if p.upper == upper]
        assert abs(sum(g.area for g in mine) - dissolved.area) < 1e-6 * dissolved.area
        assert unary_union(mine).symmetric_difference(dissolved).area < 1e-3
