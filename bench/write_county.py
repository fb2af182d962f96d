"""The GENERATED county (``generated_county.py``) as a GeoPackage: roads (highway class),
facilities (fac_id) and population points (pop), in EPSG:3067.

    /usr/bin/python3 bench/write_county.py SIDE OUT.gpkg
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generated_county import generate  # noqa: E402


def main() -> None:
    side, out = int(sys.argv[1]), sys.argv[2]
    scale = (side / 1500) ** 2
    county = generate(side=side, n_facilities=max(10, round(1000 * scale)),
                      n_population=max(1000, round(300_000 * scale)))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
    roads = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    roads.CreateField(ogr.FieldDefn("highway", ogr.OFTString))
    roads.StartTransaction()
    for part, cls in zip(county.lines.parts, county.lines.classes):
        f = ogr.Feature(roads.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbLineString)
        for x, y in part:
            g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        f.SetField("highway", str(cls))
        roads.CreateFeature(f)
    roads.CommitTransaction()
    for name, xy, field, values in (
            ("facilities", county.facilities, "fac_id", np.arange(len(county.facilities))),
            ("population", county.population, "pop", county.weights)):
        layer = ds.CreateLayer(name, srs, ogr.wkbPoint)
        kind = ogr.OFTInteger if name == "facilities" else ogr.OFTReal
        layer.CreateField(ogr.FieldDefn(field, kind))
        layer.StartTransaction()
        for (x, y), v in zip(xy, values):
            f = ogr.Feature(layer.GetLayerDefn())
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(float(x), float(y))
            f.SetGeometry(g)
            f.SetField(field, int(v) if name == "facilities" else float(v))
            layer.CreateFeature(f)
        layer.CommitTransaction()
    ds = None
    print(f"{len(county.lines.sizes):,} road links, {len(county.facilities)} facilities, "
          f"{len(county.population):,} population points -> {out}")


if __name__ == "__main__":
    main()
