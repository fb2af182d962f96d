"""A small synthetic Digiroad road-link layer and speed-limit table in the published format
(DR_LINKKI fields, DR_NOPEUSRAJOITUS fields, EPSG:3067): no real Digiroad file is
available offline. Run as a script to write them: ``python tests/digiroad_data.py DIR``.

The network (metres from X0, Y0)::

    P4 (0,1000) --5: class 5, AJOSUUNTA 3--> P3 (2000,1000) ==6: ferry== P5 (3000,1000)
     |                                         |
     4: pedestrian and cycle way               3: ramp (class 2), one-way 4 (P2 -> P3)
     |                                         |
    P0 (0,0) --1: class 2, road-- P1 (1000,0) --2: motorway (class 1), one-way 4-- P2 (2000,0)
                                   |
                                   7: class 4, unknown link type 99 -> P6 (1000,-1000)
    P2 --8: unknown class 9, road--> P7 (3000,0)

Link 5 is digitised P4 -> P3 with AJOSUUNTA 3: cars go P3 -> P4 only. Speed limits: link 1
has 80 km/h on 0..500 m and 40 km/h on 500..1000 m (harmonic mean 53.33 km/h); link 2 has
120 km/h on 0..300 m only (less than half covered: its class speed is used).
"""

from __future__ import annotations

import sys
from pathlib import Path

from osgeo import ogr, osr

X0, Y0 = 330000.0, 6820000.0
P = {0: (0, 0), 1: (1000, 0), 2: (2000, 0), 3: (2000, 1000), 4: (0, 1000), 5: (3000, 1000),
     6: (1000, -1000), 7: (3000, 0)}
#: link id, from, to, TOIMINN_LK, LINKKITYYP, AJOSUUNTA, KUNTAKOODI
LINKS = [
    (1001, 0, 1, 2, 3, 2, 837),
    (1002, 1, 2, 1, 1, 4, 837),
    (1003, 2, 3, 2, 6, 4, 837),
    (1004, 0, 4, 8, 8, 2, 837),
    (1005, 4, 3, 5, 3, 3, 211),
    (1006, 3, 5, 3, 21, 2, 211),
    (1007, 1, 6, 4, 99, 2, 211),
    (1008, 2, 7, 9, 3, 2, 211),
]
#: LINK_ID, ALKUM, LOPPUM, ARVO
LIMITS = [(1001, 0, 500, 80), (1001, 500, 1000, 40), (1002, 0, 300, 120)]
LINK_FIELDS = [("LINK_ID", ogr.OFTInteger64), ("KUNTAKOODI", ogr.OFTInteger),
               ("HALLINN_LK", ogr.OFTInteger), ("TOIMINN_LK", ogr.OFTInteger),
               ("LINKKITYYP", ogr.OFTInteger), ("AJOSUUNTA", ogr.OFTInteger),
               ("TIENIMI_SU", ogr.OFTString)]
LIMIT_FIELDS = [("SEGM_ID", ogr.OFTInteger64), ("LINK_ID", ogr.OFTInteger64),
                ("ALKUM", ogr.OFTReal), ("LOPPUM", ogr.OFTReal), ("ARVO", ogr.OFTInteger)]


def point(k: int) -> tuple[float, float]:
    return X0 + P[k][0], Y0 + P[k][1]


def write_digiroad(folder: Path, driver: str = "GPKG", lower: bool = False,
                   drop: tuple[str, ...] = ()) -> tuple[Path, Path]:
    """The road links (DR_LINKKI) and speed limits (DR_NOPEUSRAJOITUS) as GeoPackages or
    shapefiles; ``lower``: lower-case field names; ``drop``: link fields left out."""
    folder.mkdir(parents=True, exist_ok=True)
    ext = ".gpkg" if driver == "GPKG" else ".shp"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    paths = []
    for name, geom, fields, rows in (
            ("DR_LINKKI", ogr.wkbLineString, LINK_FIELDS, LINKS),
            ("DR_NOPEUSRAJOITUS", ogr.wkbNone, LIMIT_FIELDS, LIMITS)):
        path = folder / f"{name}{ext}"
        if driver != "GPKG" and geom == ogr.wkbNone:
            path = folder / f"{name}.dbf"
        drv = ogr.GetDriverByName(driver)
        if path.exists():
            drv.DeleteDataSource(str(path))
        ds = drv.CreateDataSource(str(path))
        layer = ds.CreateLayer(name, srs if geom != ogr.wkbNone else None, geom)
        kept = [(n, t) for n, t in fields if n not in drop]
        for n, t in kept:
            layer.CreateField(ogr.FieldDefn(n.lower() if lower else n, t))
        for k, row in enumerate(rows):
            f = ogr.Feature(layer.GetLayerDefn())
            if geom != ogr.wkbNone:
                link, a, b, fc, lt, d, kunta = row
                values = {"LINK_ID": link, "KUNTAKOODI": kunta, "HALLINN_LK": 3,
                          "TOIMINN_LK": fc, "LINKKITYYP": lt, "AJOSUUNTA": d,
                          "TIENIMI_SU": f"Tie {link}"}
                line = ogr.Geometry(ogr.wkbLineString)
                line.AddPoint_2D(*point(a))
                line.AddPoint_2D(*point(b))
                f.SetGeometry(line)
            else:
                values = dict(zip(("LINK_ID", "ALKUM", "LOPPUM", "ARVO"), row),
                              SEGM_ID=k + 1)
            for n, _ in kept:
                f.SetField(n.lower() if lower else n, values[n])
            layer.CreateFeature(f)
        ds = None
        paths.append(path)
    return paths[0], paths[1]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "digiroad_sample")
    for p in write_digiroad(out):
        print(p)
