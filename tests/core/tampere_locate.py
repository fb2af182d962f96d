"""Real-data location instances: car travel times on the Tampere OSM extract.

Demand: the centres of a square grid over the extract's roads (cells whose centre is within
``reach`` metres of a car road), weighted by a fixed pseudo-random population (lognormal,
seed 0). Sites: the extract's health places (pharmacies, doctors, dentists, hospitals) and,
when more are asked for, its schools and kindergartens. Matrices are cached per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from osgeo import ogr

from core.roads.modes import make_profile
from core.roads.network import build_network
from core.roads.search import Router
from tests.osm_data import SHARED, _transform, load_osm_roads

TAMPERE_PBF = SHARED / "tampere" / "tampere.osm.pbf"
HEALTH = ("pharmacy", "doctors", "dentist", "hospital")
OTHER = ("school", "kindergarten")


@lru_cache(maxsize=1)
def _router() -> Router:
    lines, _ = load_osm_roads(TAMPERE_PBF)
    return Router(build_network(lines), make_profile("car", "osm"))


@lru_cache(maxsize=1)
def places() -> tuple[np.ndarray, np.ndarray]:
    """(x, y) in EPSG:3067 of the health places first, then schools and kindergartens."""
    ds = ogr.Open(str(TAMPERE_PBF))
    tr = _transform(3067)
    found: dict[str, list] = {k: [] for k in HEALTH + OTHER}
    for layer in ("points", "multipolygons"):
        for f in ds.GetLayerByName(layer):
            tags = f.GetField("other_tags") or ""
            kind = f.GetField("amenity") if layer == "multipolygons" else None
            m = re.search(r'"amenity"=>"([^"]*)"', tags)
            kind = kind or (m.group(1) if m else None)
            if kind in found:
                g = f.GetGeometryRef().Centroid()
                g.Transform(tr)
                found[kind].append((g.GetX(), g.GetY()))
    xy = np.array([p for k in HEALTH + OTHER for p in found[k]])
    return xy[:, 0], xy[:, 1]


@lru_cache(maxsize=8)
def instance(cell: float = 200.0, n_sites: int = 45, reach: float = 150.0
             ) -> tuple[np.ndarray, np.ndarray]:
    """(minutes (n_cells, n_sites), weight) with every cell reaching every site."""
    router = _router()
    sx, sy = places()
    sites = router.snap(sx[:n_sites], sy[:n_sites])
    x0, y0 = router.net.node_x.min(), router.net.node_y.min()
    gx, gy = np.meshgrid(np.arange(x0, router.net.node_x.max(), cell) + cell / 2,
                         np.arange(y0, router.net.node_y.max(), cell) + cell / 2)
    pts = router.snap(gx.ravel(), gy.ravel(), max_distance=reach)
    ok = np.flatnonzero(pts.ok)
    minutes = router.times(sites, pts.subset(ok))[0].astype(float) / 60
    keep = np.isfinite(minutes).all(axis=1)
    weight = np.random.default_rng(0).lognormal(3.0, 1.0, keep.sum()).round()
    return minutes[keep], weight
