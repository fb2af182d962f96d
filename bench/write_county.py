"""The GENERATED county (``generated_county.py``) as a GeoPackage in EPSG:3067: roads
(``highway`` class, ``speed``) and facilities (``fid_``) as ``bench_catchments`` writes them,
and population points (``pop``); facilities and points scale with the links (1,000 and
300,000 at 2.5 million).

    /usr/bin/python3 bench/write_county.py SIDE OUT.gpkg
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_catchments import write_county  # noqa: E402
from bench.generated_county import generate  # noqa: E402
from core.roads.modes import OSM_CAR_SPEEDS  # noqa: E402


def main() -> None:
    side, out = int(sys.argv[1]), sys.argv[2]
    scale = (side / 1500) ** 2
    county = generate(side=side, n_facilities=max(10, round(1000 * scale)),
                      n_population=max(1000, round(300_000 * scale)))
    county.lines.speeds = np.array([OSM_CAR_SPEEDS[c] for c in county.lines.classes], float)
    write_county(county, Path(out))
    ds = ogr.Open(out, 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    layer = ds.CreateLayer("population", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("pop", ogr.OFTReal))
    layer.StartTransaction()
    for (x, y), v in zip(county.population, county.weights):
        f = ogr.Feature(layer.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        f.SetField("pop", float(v))
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    print(f"{len(county.lines.sizes):,} road links, {len(county.facilities)} facilities, "
          f"{len(county.population):,} population points -> {out}")


if __name__ == "__main__":
    main()
