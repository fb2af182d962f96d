"""Build resources/sample/helsinki_sample.gpkg from the shared Helsinki data (GDAL only).

Layers, all in EPSG:3067 (TM35FIN):
- ``roads``: OSM lines with a ``highway`` tag; ``maxspeed`` and ``oneway`` lifted out of
  ``other_tags``.
- ``population``: HSY 250 m population grid cells (``id``, ``population``).
- ``facilities``: OSM health amenities (clinic, doctors, dentist, hospital, pharmacy) as
  points, with an illustrative ``capacity`` (residents per site; not real figures).
Run: /usr/bin/python3 scripts/make_sample_data.py /path/to/shared/data
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from osgeo import ogr, osr

OUT = Path(__file__).resolve().parents[1] / "resources" / "sample" / "helsinki_sample.gpkg"
HEALTH = {"clinic", "doctors", "dentist", "hospital", "pharmacy"}


def tag(other_tags: str | None, key: str) -> str | None:
    m = re.search(rf'"{re.escape(key)}"=>"([^"]*)"', other_tags or "")
    return m.group(1) if m else None


def main(shared: Path) -> None:
    ogr.UseExceptions()
    src_crs, dst_crs = osr.SpatialReference(), osr.SpatialReference()
    src_crs.ImportFromEPSG(4326)
    dst_crs.ImportFromEPSG(3067)
    for s in (src_crs, dst_crs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src_crs, dst_crs)
    if OUT.exists():
        OUT.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    pbf = ogr.Open(str(shared / "helsinki" / "helsinki.osm.pbf"))

    roads = out.CreateLayer("roads", dst_crs, ogr.wkbLineString)
    for name, kind in (("osm_id", ogr.OFTString), ("name", ogr.OFTString),
                       ("highway", ogr.OFTString), ("maxspeed", ogr.OFTString),
                       ("oneway", ogr.OFTString)):
        roads.CreateField(ogr.FieldDefn(name, kind))
    for f in pbf.GetLayerByName("lines"):
        if not f.GetField("highway"):
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        o = ogr.Feature(roads.GetLayerDefn())
        o.SetGeometry(g)
        other = f.GetField("other_tags")
        o.SetField("osm_id", f.GetField("osm_id"))
        o.SetField("name", f.GetField("name"))
        o.SetField("highway", f.GetField("highway"))
        o.SetField("maxspeed", tag(other, "maxspeed"))
        o.SetField("oneway", tag(other, "oneway"))
        roads.CreateFeature(o)

    fac = out.CreateLayer("facilities", dst_crs, ogr.wkbPoint)
    for name, kind in (("fac_id", ogr.OFTInteger), ("name", ogr.OFTString),
                       ("amenity", ogr.OFTString), ("capacity", ogr.OFTReal)):
        fac.CreateField(ogr.FieldDefn(name, kind))
    n = 0
    for f in pbf.GetLayerByName("points"):
        amenity = tag(f.GetField("other_tags"), "amenity")
        if amenity not in HEALTH:
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        n += 1
        o = ogr.Feature(fac.GetLayerDefn())
        o.SetGeometry(g)
        o.SetField("fac_id", n)
        o.SetField("name", f.GetField("name") or f"{amenity} {n}")
        o.SetField("amenity", amenity)
        o.SetField("capacity", 4000.0 if amenity in ("clinic", "hospital", "doctors") else 2500.0)
        fac.CreateFeature(o)

    grid_ds = ogr.Open(str(shared / "helsinki" / "population_grid_2020.gpkg"))
    grid = grid_ds.GetLayer(0)
    pop = out.CreateLayer("population", dst_crs, ogr.wkbPolygon)
    for name, kind in (("id", ogr.OFTInteger), ("population", ogr.OFTReal),
                       ("area", ogr.OFTString)):
        pop.CreateField(ogr.FieldDefn(name, kind))
    for f in grid:
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        o = ogr.Feature(pop.GetLayerDefn())
        o.SetGeometry(g)
        o.SetField("id", f.GetField("id"))
        o.SetField("population", f.GetField("population"))
        o.SetField("area", "Helsinki")
        pop.CreateFeature(o)
    out = None
    print(f"wrote {OUT} ({n} facilities)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parents[2] / "shared" / "data")
