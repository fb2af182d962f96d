"""Build resources/sample/channels_sample.gpkg: ILLUSTRATIVE inputs for the channel algorithms.

Made from helsinki_sample.gpkg (GDAL only); every figure below is invented for the examples.
Layers, EPSG:3067:
- ``mobile_stops`` (points): two stops of health bus ``bus1`` at the populated cells (within
  60 m of a road of the sample) farthest from any facility; ``depots`` (points): its depot
  ``D1`` at facility 5;
  ``mobile_units`` and ``stop_schedule`` (tables): both stops every other Tuesday in 2025
  (09:00-12:00 and 13:00-15:00, one route day); ``holidays`` (table): 2025-12-23.
- ``hc_bases`` (points): home-care bases 1 and 2 at facilities 5 and 3; ``hc_demand``
  (the population cells): clients = 2 % of residents, 9 visits a week each, 30 min a visit,
  10 % needing two carers.
- ``broadband`` (table per grid cell): households = residents / 1.9, 60-100 % of them with
  >= 100 Mbit/s fixed, mobile coverage 0.9-1.0.
- ``cells`` (the population cells again): ``id``, ``population`` and an invented ``area``,
  North or South of the median cell, so that the closure impact with channels reports by
  area.
Run: /usr/bin/python3 scripts/make_channel_sample.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import ogr

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
OUT = SAMPLE / "channels_sample.gpkg"


def table(out, name: str, fields: list[tuple[str, int]], rows: list[list], geom=None,
          srs=None, kind=ogr.wkbNone):
    layer = out.CreateLayer(name, srs, kind)
    for f, t in fields:
        layer.CreateField(ogr.FieldDefn(f, t))
    for i, row in enumerate(rows):
        feat = ogr.Feature(layer.GetLayerDefn())
        for (f, _), v in zip(fields, row):
            if v is not None:
                feat.SetField(f, v)
        if geom is not None:
            feat.SetGeometry(geom[i])
        layer.CreateFeature(feat)


def point(x: float, y: float):
    g = ogr.Geometry(ogr.wkbPoint)
    g.AddPoint_2D(float(x), float(y))
    return g


def main() -> None:
    ogr.UseExceptions()
    src = ogr.Open(str(SAMPLE / "helsinki_sample.gpkg"))
    srs = src.GetLayerByName("population").GetSpatialRef()
    cells = [(f.GetField("id"), f.GetField("population") or 0.0, f.GetGeometryRef().Clone())
             for f in src.GetLayerByName("population")]
    fac = {f.GetField("fac_id"): f.GetGeometryRef().Clone()
           for f in src.GetLayerByName("facilities")}
    fx = np.array([[g.GetX(), g.GetY()] for g in fac.values()])
    cxy = np.array([[g.Centroid().GetX(), g.Centroid().GetY()] for _, _, g in cells])
    far = np.hypot(cxy[:, None, 0] - fx[None, :, 0], cxy[:, None, 1] - fx[None, :, 1]).min(1)
    pop = np.array([p for _, p, _ in cells])
    roads = np.concatenate([np.array(f.GetGeometryRef().GetPoints())[:, :2]
                            for f in src.GetLayerByName("roads")])
    near_road = np.array([np.hypot(*(roads - c).T).min() < 60 for c in cxy])
    stops = [int(i) for i in np.argsort(np.where((pop > 0) & near_road, -far, np.inf))[:2]]
    if OUT.exists():
        OUT.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    s, i, r, d = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal, ogr.OFTDate
    table(out, "mobile_stops", [("stop_id", s), ("unit_id", s), ("name", s)],
          [[f"M{k + 1}", "bus1", f"Health bus stop {k + 1}"] for k in range(2)],
          [point(*cxy[j]) for j in stops], srs, ogr.wkbPoint)
    table(out, "depots", [("base_id", s)], [["D1"]], [fac[5]], srs, ogr.wkbPoint)
    table(out, "mobile_units", [("unit_id", s), ("base_id", s), ("service_type", s),
                                ("visits_per_hour", r), ("staff_per_shift", r),
                                ("shift_min", r), ("setup_min", r)],
          [["bus1", "D1", "nurse", 3.0, 2.0, 450.0, 15.0]])
    table(out, "stop_schedule", [("stop_id", s), ("weekday", i), ("time_start", s),
                                 ("time_end", s), ("period_weeks", i), ("first_date", d),
                                 ("valid_from", d), ("valid_to", d), ("route_day_id", s),
                                 ("seq", i)],
          [["M1", 2, "09:00", "12:00", 2, "2025-01-07", "2025-01-01", "2025-12-31", "tue", 1],
           ["M2", 2, "13:00", "15:00", 2, "2025-01-07", "2025-01-01", "2025-12-31", "tue", 2]])
    table(out, "holidays", [("date", d), ("reason", s)], [["2025-12-23", "Christmas week"]])
    table(out, "hc_bases", [("base_id", i), ("shift_min", r), ("vehicle_cost_per_km", r)],
          [[1, 465.0, 0.45], [2, 465.0, 0.45]], [fac[5], fac[3]], srs, ogr.wkbPoint)
    clients = np.round(pop * 0.02)
    table(out, "hc_demand", [("id", i), ("population", r), ("clients", r),
                             ("visits_per_week", r), ("mean_visit_min", r),
                             ("share_two_staff", r)],
          [[cid, p, c, 9.0 * c, 30.0, 0.1] for (cid, p, _), c in zip(cells, clients)],
          [g for _, _, g in cells], srs, ogr.wkbPolygon)
    rng = np.random.default_rng(7)
    hh = np.round(pop / 1.9)
    fixed = np.round(hh * rng.uniform(0.6, 1.0, len(hh)))
    mob = rng.uniform(0.9, 1.0, len(hh)).round(2)
    table(out, "broadband", [("grid_id", i), ("hh_total", r), ("hh_fixed_100M", r),
                             ("mob_cov", r)],
          [[cid, h, f, m] for (cid, _, _), h, f, m in zip(cells, hh, fixed, mob)])
    north = cxy[:, 1] >= np.median(cxy[:, 1])
    table(out, "cells", [("id", i), ("population", r), ("area", s)],
          [[cid, p, "North" if n else "South"] for (cid, p, _), n in zip(cells, north)],
          [g for _, _, g in cells], srs, ogr.wkbPolygon)
    out = None
    print(f"written {OUT}")


if __name__ == "__main__":
    main()
