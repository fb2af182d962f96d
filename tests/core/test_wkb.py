"""The vectorised WKB line reader against GDAL's own reading of the same blobs."""

from __future__ import annotations

import numpy as np
from osgeo import ogr
from shapely import wkb as shapely_wkb
from shapely.geometry import LineString, MultiLineString

from core.roads.wkb import lines_from_wkb


def ogr_parts(blob: bytes) -> list[np.ndarray]:
    """Line parts of a blob as GDAL reads them (XY only)."""
    if len(blob) == 0:
        return []
    g = ogr.CreateGeometryFromWkb(blob)
    if g is None or g.IsEmpty():
        return []
    name = g.GetGeometryName()
    if name == "LINESTRING":
        lines = [g]
    elif name in ("MULTILINESTRING", "GEOMETRYCOLLECTION"):
        lines = [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())
                 if g.GetGeometryRef(i).GetGeometryName() == "LINESTRING"]
    else:
        return []
    out = []
    for line in lines:
        pts = np.array([line.GetPoint_2D(i) for i in range(line.GetPointCount())]).reshape(-1, 2)
        if len(pts) >= 2:
            out.append(pts)
    return out


def random_blobs(rng, n: int) -> list[bytes]:
    blobs = []
    for _ in range(n):
        kind = rng.integers(0, 12)
        k = int(rng.integers(1, 6))
        xy = rng.uniform(-1e6, 1e7, (k, 2)).round(3)
        coords = " ".join(f"{x} {y}" for x, y in xy)
        zc = ", ".join(f"{x} {y} {i}" for i, (x, y) in enumerate(xy))
        mc = ", ".join(f"{x} {y} {i * 2}" for i, (x, y) in enumerate(xy))
        zmc = ", ".join(f"{x} {y} {i} {i * 2}" for i, (x, y) in enumerate(xy))
        if kind == 0:
            blobs.append(shapely_wkb.dumps(LineString(xy)) if k >= 2 else b"")
        elif kind == 1:  # EWKB Z flag (GEOS)
            blobs.append(shapely_wkb.dumps(LineString(np.c_[xy, xy[:, 0]])) if k >= 2 else b"")
        elif kind == 2:
            blobs.append(ogr.CreateGeometryFromWkt(f"LINESTRING Z ({zc})").ExportToIsoWkb())
        elif kind == 3:
            blobs.append(ogr.CreateGeometryFromWkt(f"LINESTRING M ({mc})").ExportToIsoWkb())
        elif kind == 4:
            blobs.append(ogr.CreateGeometryFromWkt(f"LINESTRING ZM ({zmc})").ExportToIsoWkb())
        elif kind == 5:
            parts = [rng.uniform(0, 1e5, (int(rng.integers(2, 5)), 2)) for _ in range(k)]
            blobs.append(shapely_wkb.dumps(MultiLineString(parts)))
        elif kind == 6:
            parts = ", ".join(f"({zmc})" for _ in range(k))
            blobs.append(ogr.CreateGeometryFromWkt(f"MULTILINESTRING ZM ({parts})")
                         .ExportToIsoWkb())
        elif kind == 7:  # big-endian
            blobs.append(shapely_wkb.dumps(LineString(np.r_[xy, xy + 1]), big_endian=True))
        elif kind == 8:
            blobs.append(ogr.CreateGeometryFromWkt("LINESTRING EMPTY").ExportToIsoWkb())
        elif kind == 9:
            blobs.append(ogr.CreateGeometryFromWkt(f"POINT ({coords.split()[0]} 1)")
                         .ExportToIsoWkb())
        elif kind == 10:
            blobs.append(ogr.CreateGeometryFromWkt(
                f"GEOMETRYCOLLECTION (LINESTRING (0 0, {coords.split()[0]} 5), POINT (1 1))")
                .ExportToIsoWkb())
        else:  # a one-vertex line inside a multi: dropped, the other part kept
            blobs.append(ogr.CreateGeometryFromWkt(
                f"MULTILINESTRING ((1 2, 3 4), ({coords.split()[0]} 1))").ExportToIsoWkb())
    return blobs


def test_lines_from_wkb_equal_gdal():
    rng = np.random.default_rng(4)
    blobs = random_blobs(rng, 600)
    xy, sizes, owner = lines_from_wkb(blobs)
    parts = np.split(xy, np.cumsum(sizes)[:-1])
    expected = [(i, p) for i, b in enumerate(blobs) for p in ogr_parts(b)]
    assert len(parts) == len(expected)
    assert owner.tolist() == [i for i, _ in expected]
    for got, (_, want) in zip(parts, expected):
        assert np.array_equal(got, want)


def test_lines_from_wkb_empty_input():
    xy, sizes, owner = lines_from_wkb([])
    assert xy.shape == (0, 2) and len(sizes) == 0 and len(owner) == 0
    xy, sizes, owner = lines_from_wkb([b"", b""])
    assert len(sizes) == 0
