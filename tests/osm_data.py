"""Loading the shared real data for tests and benchmarks without QGIS (GDAL's ogr only)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

from core.roads.modes import parse_oneway, parse_speed
from core.roads.network import LineInput


def _shared() -> Path:
    """The shared data folder: $PALVELUVERKKO_SHARED_DATA, ../shared/data, or /work/shared/data."""
    candidates = [os.environ.get("PALVELUVERKKO_SHARED_DATA", ""),
                  Path(__file__).resolve().parents[2] / "shared" / "data", "/work/shared/data"]
    for c in candidates:
        if c and (Path(c) / "helsinki").is_dir():
            return Path(c)
    return Path(candidates[1])


SHARED = _shared()
HELSINKI_PBF = SHARED / "helsinki" / "helsinki.osm.pbf"
HELSINKI_POP = SHARED / "helsinki" / "population_grid_2020.gpkg"
SAO_PAULO_PBF = SHARED / "sao_paulo" / "spo_osm.pbf"
KUOPIO = SHARED / "kuopio" / "gtfs_kuopio_finland.zip"
TAMPERE_PBF = SHARED / "tampere" / "tampere.osm.pbf"


def _transform(epsg: int):
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(epsg)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, dst)


def load_osm_roads(path: Path, epsg: int = 3067) -> tuple[LineInput, list[dict]]:
    """Road lines (features with a ``highway`` tag) of an OSM extract, projected to ``epsg``."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("lines")
    tr = _transform(epsg)
    parts, feature, rows = [], [], []
    for f in layer:
        hw = f.GetField("highway")
        if not hw:
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        pts = np.array(g.GetPoints())[:, :2]
        feature.append(len(rows))
        parts.append(pts)
        rows.append({"highway": hw, "other_tags": f.GetField("other_tags"), "wkt": g.ExportToWkt()})
    tags = [r["other_tags"] for r in rows]
    classes = np.array([r["highway"] for r in rows], dtype=object)
    lines = LineInput.from_parts(parts, np.array(feature), classes=classes,
                                 speeds=parse_speed(tags), oneway=parse_oneway(tags))
    return lines, rows


def stop_xy(stops, epsg: int = 3067) -> tuple[np.ndarray, np.ndarray]:
    """GTFS stops (stop_lon / stop_lat columns) projected to ``epsg``."""
    tr = _transform(epsg)
    xy = np.array([tr.TransformPoint(float(lon), float(lat))[:2]
                   for lon, lat in zip(stops.stop_lon, stops.stop_lat)])
    return xy[:, 0], xy[:, 1]


def load_population(path: Path = HELSINKI_POP, epsg: int = 3067):
    """Centroids (x, y) and population of the Helsinki grid cells."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    tr = _transform(epsg)
    xs, ys, pop = [], [], []
    for f in layer:
        g = f.GetGeometryRef().Centroid()
        g.Transform(tr)
        xs.append(g.GetX())
        ys.append(g.GetY())
        pop.append(f.GetField("population"))
    return np.array(xs), np.array(ys), np.array(pop, dtype=float)


def load_kuopio():
    """The Kuopio feed, its connections on 2016-11-01 07-09 and 400 m stop footpaths."""
    from datetime import date

    from core.transit.gtfs import connections, read_feed
    from core.transit.profiles import stop_footpaths

    feed = read_feed(KUOPIO)
    conn = connections(feed, date(2016, 11, 1), 7 * 3600, 9 * 3600)
    xs, ys = stop_xy(feed.stops)
    return feed, conn, stop_footpaths(xs, ys, 400, 5 / 3.6)
