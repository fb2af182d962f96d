"""Build the bundled sample data from ../shared/data (GDAL and numpy only).

``resources/sample/tampere_sample.gpkg`` (the sample the README and the example models use),
all layers in EPSG:3067 (TM35FIN):

- ``roads``: OSM ways with a ``highway`` tag within the sample area plus a margin
  (``highway``, ``oneway``, ``maxspeed``).
- ``facilities``: the OSM doctors, clinics and hospitals of the area (health stations,
  hospitals, student and private clinics) with their real names, ``fac_id``, ``kind`` and a
  MADE-UP ``capacity`` (residents a site can serve): about 1.15 x the residents living
  nearest to it in a straight line, so that closing a site pushes its neighbours over.
- ``population``: a SYNTHETIC (made-up) population grid in Statistics Finland's 250 m grid
  format (``grd_id``, ``xkoord``/``ykoord`` lower-left corner, ``vaesto``, ``miehet``,
  ``naiset``, ``ika_0_14``, ``ika_15_64``, ``ika_65_``; cells under 10 residents carry only
  ``vaesto``, the rest -1). Residents are spread by the length of residential streets, service
  roads and footways in each cell, with random variation; ``ika_75_`` (75+, part of
  ``ika_65_``) and ``alue`` (nearest district centre) are added for the examples and
  ``synteettinen`` = 1 marks every cell as made up.

``resources/sample/tampere_gtfs.zip``: the Tampere GTFS clipped to the stops within the road
area and to one week (2022-01-17 .. 2022-01-23), shapes left out.

``resources/sample/helsinki_sample.gpkg`` (the older sample the unit tests use) is rebuilt
with ``--helsinki``.

Run: /usr/bin/python3 scripts/make_sample_data.py [--helsinki] [/path/to/shared/data]
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
OUT = SAMPLE / "helsinki_sample.gpkg"
TAMPERE = SAMPLE / "tampere_sample.gpkg"
TAMPERE_GTFS = SAMPLE / "tampere_gtfs.zip"
HEALTH = {"clinic", "doctors", "dentist", "hospital", "pharmacy"}

# Tampere sample: population grid area (EPSG:3067, multiples of 250 m) and road margin
GRID = (327000.0, 6816250.0, 335500.0, 6823750.0)
MARGIN = 1000.0
CELL = 250.0
TOTAL_RESIDENTS = 95_000
SEED = 20260101
WEEK = ("20220117", "20220123")
DISTRICTS = {  # district centres (EPSG:3067) for the ``alue`` field
    "Keskusta": (327900, 6822500), "Kaleva": (329600, 6822400),
    "Hatanpää-Viinikka": (328500, 6820500), "Kissanmaa": (331300, 6821000),
    "Messukylä": (332300, 6822700), "Linnainmaa": (334100, 6822400),
    "Kaukajärvi": (333900, 6819900), "Hervanta": (332000, 6817100),
    "Peltolammi-Lakalaiva": (329500, 6818500)}
RESIDENTIAL = {"residential": 1.0, "living_street": 1.0, "service": 0.6,
               "unclassified": 0.3, "tertiary": 0.3, "footway": 0.25, "pedestrian": 0.25,
               "cycleway": 0.15, "path": 0.05}
DROP = {"proposed", "construction", "platform", "bus_stop", "services", "abandoned"}


def tag(other_tags: str | None, key: str) -> str | None:
    m = re.search(rf'"{re.escape(key)}"=>"([^"]*)"', other_tags or "")
    return m.group(1) if m else None


def transform() -> tuple[osr.SpatialReference, osr.CoordinateTransformation]:
    src_crs, dst_crs = osr.SpatialReference(), osr.SpatialReference()
    src_crs.ImportFromEPSG(4326)
    dst_crs.ImportFromEPSG(3067)
    for s in (src_crs, dst_crs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return dst_crs, osr.CoordinateTransformation(src_crs, dst_crs)


def new_layer(out, name: str, crs, geom, fields) -> ogr.Layer:
    layer = out.CreateLayer(name, crs, geom)
    for fname, kind in fields:
        layer.CreateField(ogr.FieldDefn(fname, kind))
    return layer


def add(layer: ogr.Layer, geom: ogr.Geometry, values: dict) -> None:
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(geom)
    for k, v in values.items():
        f.SetField(k, v)
    layer.CreateFeature(f)


# ---------------------------------------------------------------- Tampere
def read_roads(pbf, tr, box) -> list[tuple[ogr.Geometry, dict]]:
    """OSM ways with a highway tag that touch ``box`` (x0, y0, x1, y1), in EPSG:3067."""
    x0, y0, x1, y1 = box
    clip = ogr.CreateGeometryFromWkt(
        f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")
    roads = []
    for f in pbf.GetLayerByName("lines"):
        hw = f.GetField("highway")
        if not hw or hw in DROP:
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        if not g.Intersects(clip):
            continue
        other = f.GetField("other_tags")
        roads.append((g, {"highway": hw, "oneway": tag(other, "oneway"),
                          "maxspeed": tag(other, "maxspeed")}))
    return roads


def read_sites(pbf, tr, box) -> list[tuple[float, float, str, str]]:
    """(x, y, name, kind) of the doctors, clinics and hospitals within ``box``."""
    x0, y0, x1, y1 = box
    sites = []
    for layer in ("points", "multipolygons"):
        for f in pbf.GetLayerByName(layer):
            other = f.GetField("other_tags")
            amenity = (f.GetField("amenity") if layer == "multipolygons" else None) or \
                tag(other, "amenity")
            name = f.GetField("name")
            if amenity not in ("doctors", "clinic", "hospital") or not name:
                continue
            g = f.GetGeometryRef()
            g = (g.PointOnSurface() if layer == "multipolygons" else g).Clone()
            g.Transform(tr)
            x, y = g.GetX(), g.GetY()
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                continue
            low = name.lower()
            public = amenity == "hospital" or any(
                w in low for w in ("terveysasema", "terveyskeskus", "terveydenhoito"))
            if not public:  # private clinics are not part of the public network
                continue
            kind = ("terveysasema" if "terveysasema" in low or "terveyskeskus" in low else
                    "opiskelijaterveys" if "terveydenhoito" in low else "sairaala")
            if any(k == kind and np.hypot(x - sx, y - sy) < 400 for sx, sy, _, k in sites):
                continue  # one site per campus
            sites.append((x, y, name, kind))
    names = [s[2] for s in sites]
    sites = [(x, y, f"{name} ({district(x, y)})" if names.count(name) > 1 else name, kind)
             for x, y, name, kind in sites]
    sites.sort(key=lambda s: s[2])
    return sites


def district(x: float, y: float) -> str:
    """Name of the nearest district centre."""
    names, centres = list(DISTRICTS), np.array(list(DISTRICTS.values()), float)
    return names[int(np.hypot(centres[:, 0] - x, centres[:, 1] - y).argmin())]


def street_weight(roads, x0: float, y0: float, nx: int, ny: int) -> np.ndarray:
    """Length of residential-looking streets per 250 m cell, weighted by class (ny, nx)."""
    w = np.zeros((ny, nx))
    for g, attrs in roads:
        k = RESIDENTIAL.get(attrs["highway"], 0.0)
        if k == 0:
            continue
        pts = np.array(g.GetPoints())[:, :2]
        for (ax, ay), (bx, by) in zip(pts[:-1], pts[1:]):
            n = max(1, int(np.hypot(bx - ax, by - ay) // 25) + 1)
            t = (np.arange(n) + 0.5) / n
            px, py = ax + t * (bx - ax), ay + t * (by - ay)
            i, j = ((py - y0) // CELL).astype(int), ((px - x0) // CELL).astype(int)
            ok = (i >= 0) & (i < ny) & (j >= 0) & (j < nx)
            np.add.at(w, (i[ok], j[ok]), k * np.hypot(bx - ax, by - ay) / n)
    return w


def synthetic_grid(roads) -> list[dict]:
    """Made-up residents per 250 m cell (Statistics Finland's fields), seeded."""
    rng = np.random.default_rng(SEED)
    x0, y0, x1, y1 = GRID
    nx, ny = int((x1 - x0) // CELL), int((y1 - y0) // CELL)
    w = street_weight(roads, x0, y0, nx, ny)
    inhabited = w > 40  # metres of weighted street: fields and forests stay empty
    raw = np.where(inhabited, w ** 1.3 * rng.lognormal(0, 0.45, w.shape), 0)
    pop = np.round(raw / raw.sum() * TOTAL_RESIDENTS)
    cells = []
    for i, j in zip(*np.nonzero(pop > 0)):
        v = int(pop[i, j])
        x, y = x0 + j * CELL, y0 + i * CELL
        cell = {"grd_id": f"250mN{int(y) // 10}E{int(x) // 10}", "xkoord": int(x),
                "ykoord": int(y), "vaesto": v, "kunta": "837",
                "alue": district(x + CELL / 2, y + CELL / 2), "synteettinen": 1}
        if v < 10:
            cell.update({k: -1 for k in ("miehet", "naiset", "ika_0_14", "ika_15_64",
                                         "ika_65_", "ika_75_")})
        else:
            shares = rng.dirichlet(np.array([15.0, 64.0, 21.0]) * 2.0)
            young, old = rng.binomial(v, shares[0]), rng.binomial(v, shares[2])
            young = min(young, v - old)
            men = rng.binomial(v, 0.49)
            cell.update({"miehet": int(men), "naiset": v - int(men), "ika_0_14": int(young),
                         "ika_15_64": v - int(young) - int(old), "ika_65_": int(old),
                         "ika_75_": int(rng.binomial(old, 0.45))})
        cells.append(cell)
    return cells


def capacities(sites, cells) -> list[float]:
    """About 1.15 x the residents nearest to each site in a straight line (round 500)."""
    sx = np.array([s[0] for s in sites])
    sy = np.array([s[1] for s in sites])
    cx = np.array([c["xkoord"] + CELL / 2 for c in cells])
    cy = np.array([c["ykoord"] + CELL / 2 for c in cells])
    near = np.argmin(np.hypot(cx[:, None] - sx, cy[:, None] - sy), axis=1)
    load = np.bincount(near, weights=[c["vaesto"] for c in cells], minlength=len(sites))
    return [max(2000.0, float(np.round(1.15 * v / 500) * 500)) for v in load]


def write_tampere(shared: Path) -> None:
    ogr.UseExceptions()
    crs, tr = transform()
    pbf = ogr.Open(str(shared / "tampere" / "tampere.osm.pbf"))
    x0, y0, x1, y1 = GRID
    road_box = (x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN)
    roads = read_roads(pbf, tr, road_box)
    pbf = ogr.Open(str(shared / "tampere" / "tampere.osm.pbf"))
    sites = read_sites(pbf, tr, GRID)
    cells = synthetic_grid(roads)
    caps = capacities(sites, cells)
    if TAMPERE.exists():
        TAMPERE.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(TAMPERE))
    layer = new_layer(out, "roads", crs, ogr.wkbLineString, [
        ("highway", ogr.OFTString), ("oneway", ogr.OFTString), ("maxspeed", ogr.OFTString)])
    out.StartTransaction()
    for g, attrs in roads:
        add(layer, ogr.ForceToLineString(g), attrs)
    out.CommitTransaction()
    layer = new_layer(out, "facilities", crs, ogr.wkbPoint, [
        ("fac_id", ogr.OFTInteger), ("name", ogr.OFTString), ("kind", ogr.OFTString),
        ("capacity", ogr.OFTInteger)])
    for n, ((x, y, name, kind), cap) in enumerate(zip(sites, caps), start=1):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        add(layer, p, {"fac_id": n, "name": name, "kind": kind, "capacity": int(cap)})
    ints = ["vaesto", "miehet", "naiset", "ika_0_14", "ika_15_64", "ika_65_", "ika_75_"]
    layer = new_layer(out, "population", crs, ogr.wkbPolygon, [
        ("grd_id", ogr.OFTString), ("xkoord", ogr.OFTInteger), ("ykoord", ogr.OFTInteger),
        *[(k, ogr.OFTInteger) for k in ints], ("kunta", ogr.OFTString),
        ("alue", ogr.OFTString), ("synteettinen", ogr.OFTInteger)])
    out.StartTransaction()
    for c in cells:
        x, y = c["xkoord"], c["ykoord"]
        ring = ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + CELL} {y},{x + CELL} {y + CELL},{x} {y + CELL},{x} {y}))")
        add(layer, ring, c)
    out.CommitTransaction()
    out = None
    total = sum(c["vaesto"] for c in cells)
    print(f"wrote {TAMPERE}: {len(roads)} roads, {len(sites)} facilities, {len(cells)} cells, "
          f"{total} residents (synthetic)")
    write_gtfs(shared / "tampere" / "tampere_gtfs.zip", road_box, tr)


def write_gtfs(src: Path, box, tr) -> None:
    """The feed clipped to the stops within ``box`` (EPSG:3067) and to the week ``WEEK``."""
    x0, y0, x1, y1 = box
    zin = zipfile.ZipFile(src)

    def table(name: str) -> tuple[list[str], list[dict]]:
        with zin.open(name) as fh:
            reader = csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8-sig"))
            return list(reader.fieldnames or []), list(reader)

    cols, stops = table("stops.txt")
    keep_stops = []
    for s in stops:
        x, y, _ = tr.TransformPoint(float(s["stop_lon"]), float(s["stop_lat"]))
        if x0 <= x <= x1 and y0 <= y <= y1:
            keep_stops.append(s)
    stop_ids = {s["stop_id"] for s in keep_stops}
    out: dict[str, tuple[list[str], list[dict]]] = {"stops.txt": (cols, keep_stops)}
    ccols, cal = table("calendar.txt")
    week_cal = []
    for r in cal:
        if r["end_date"] < WEEK[0] or r["start_date"] > WEEK[1]:
            continue
        week_cal.append({**r, "start_date": max(r["start_date"], WEEK[0]),
                         "end_date": min(r["end_date"], WEEK[1])})
    dcols, dates = table("calendar_dates.txt")
    week_dates = [r for r in dates if WEEK[0] <= r["date"] <= WEEK[1]]
    services = {r["service_id"] for r in week_cal} | {
        r["service_id"] for r in week_dates if r["exception_type"] == "1"}
    tcols, trips = table("trips.txt")
    trips = [t for t in trips if t["service_id"] in services]
    trip_ids = {t["trip_id"] for t in trips}
    scols, st = table("stop_times.txt")
    st = [r for r in st if r["trip_id"] in trip_ids and r["stop_id"] in stop_ids]
    per_trip: dict[str, int] = {}
    for r in st:
        per_trip[r["trip_id"]] = per_trip.get(r["trip_id"], 0) + 1
    used = {t for t, n in per_trip.items() if n >= 2}
    st = [r for r in st if r["trip_id"] in used]
    trips = [{k: v for k, v in t.items() if k != "shape_id"} for t in trips
             if t["trip_id"] in used]
    tcols = [c for c in tcols if c != "shape_id"]
    services = {t["service_id"] for t in trips}
    rcols, routes = table("routes.txt")
    route_ids = {t["route_id"] for t in trips}
    out.update({
        "agency.txt": table("agency.txt"),
        "routes.txt": (rcols, [r for r in routes if r["route_id"] in route_ids]),
        "trips.txt": (tcols, trips), "stop_times.txt": (scols, st),
        "calendar.txt": (ccols, [r for r in week_cal if r["service_id"] in services]),
        "calendar_dates.txt": (dcols, [r for r in week_dates if r["service_id"] in services])})
    xcols, transfers = table("transfers.txt")
    out["transfers.txt"] = (xcols, [r for r in transfers if r["from_stop_id"] in stop_ids
                                    and r["to_stop_id"] in stop_ids])
    if TAMPERE_GTFS.exists():
        TAMPERE_GTFS.unlink()
    with zipfile.ZipFile(TAMPERE_GTFS, "w", zipfile.ZIP_DEFLATED) as z:
        for name, (fields, rows) in out.items():
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
            info = zipfile.ZipInfo(name, date_time=(2022, 1, 17, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buf.getvalue())
    print(f"wrote {TAMPERE_GTFS}: {len(keep_stops)} stops, {len(trips)} trips, "
          f"{len(st)} stop_times, {WEEK[0]}..{WEEK[1]}")


# ---------------------------------------------------------------- Helsinki (unit tests)
def write_helsinki(shared: Path) -> None:
    ogr.UseExceptions()
    dst_crs, tr = transform()
    if OUT.exists():
        OUT.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    pbf = ogr.Open(str(shared / "helsinki" / "helsinki.osm.pbf"))

    roads = new_layer(out, "roads", dst_crs, ogr.wkbLineString, [
        (name, ogr.OFTString) for name in ("osm_id", "name", "highway", "maxspeed", "oneway")])
    for f in pbf.GetLayerByName("lines"):
        if not f.GetField("highway"):
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        other = f.GetField("other_tags")
        add(roads, g, {"osm_id": f.GetField("osm_id"), "name": f.GetField("name"),
                       "highway": f.GetField("highway"), "maxspeed": tag(other, "maxspeed"),
                       "oneway": tag(other, "oneway")})

    fac = new_layer(out, "facilities", dst_crs, ogr.wkbPoint, [
        ("fac_id", ogr.OFTInteger), ("name", ogr.OFTString), ("amenity", ogr.OFTString),
        ("capacity", ogr.OFTReal)])
    n = 0
    for f in pbf.GetLayerByName("points"):
        amenity = tag(f.GetField("other_tags"), "amenity")
        if amenity not in HEALTH:
            continue
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        n += 1
        add(fac, g, {"fac_id": n, "name": f.GetField("name") or f"{amenity} {n}",
                     "amenity": amenity, "capacity":
                     4000.0 if amenity in ("clinic", "hospital", "doctors") else 2500.0})

    grid_ds = ogr.Open(str(shared / "helsinki" / "population_grid_2020.gpkg"))
    pop = new_layer(out, "population", dst_crs, ogr.wkbPolygon, [
        ("id", ogr.OFTInteger), ("population", ogr.OFTReal), ("area", ogr.OFTString)])
    for f in grid_ds.GetLayer(0):
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        add(pop, g, {"id": f.GetField("id"), "population": f.GetField("population"),
                     "area": "Helsinki"})
    out = None
    print(f"wrote {OUT} ({n} facilities)")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "data"
    if not data.is_dir():
        data = Path("/work/shared/data")
    (write_helsinki if "--helsinki" in sys.argv else write_tampere)(data)
