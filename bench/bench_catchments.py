"""Benchmark: network build, nearest-facility allocation and catchments at county scale.

Runs on the GENERATED county network of ``generated_county.py`` (about 400,000 road
segments), 100 facilities and 100,000 population points, car mode: first the engine's
stages on the lines in memory. With ``--qgis`` the county goes into a GeoPackage and both
tools start from it: ours through the plugin's own code (reading the layer, building the
network, snapping, the searches; then the whole Catchment areas algorithm), QGIS's
``native:serviceareafromlayer`` once per band (reached nodes only, its lightest output).
It prints the time ratios and checks that both reach the same junctions in 30 minutes.

    /usr/bin/python3 bench/bench_catchments.py [--qgis] [--side 600]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generated_county import generate  # noqa: E402
from core.roads.isochrones import CatchmentBuilder  # noqa: E402
from core.roads.modes import OSM_CAR_SPEEDS, make_profile  # noqa: E402
from core.roads.network import build_network  # noqa: E402
from core.roads.search import Router  # noqa: E402

BANDS = [10, 20, 30]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    def __init__(self):
        self.rows = []

    def __call__(self, label, func, *args, **kwargs):
        t = time.perf_counter()
        out = func(*args, **kwargs)
        dt = time.perf_counter() - t
        self.rows.append((label, dt))
        print(f"{label:<52} {dt:8.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
        return out


def pick_facilities(county) -> None:
    """Facilities at mid-edge on the main piece (at a junction QGIS may tie a point to a
    different line than ours; mid-edge both split the same edge)."""
    net = build_network(county.lines)
    graph = Router(net, make_profile("car", "osm"), access_speed=None).graph
    main = np.flatnonzero(graph.usable & (graph.components[net.e_from] == graph.main_component))
    pick = np.random.default_rng(2).choice(main, len(county.facilities), replace=False)
    county.facilities = net.point_on_edge(pick, np.full(len(pick), 0.5))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qgis", action="store_true", help="compare with serviceareafromlayer")
    ap.add_argument("--side", type=int, default=600)
    args = ap.parse_args()
    clock = Clock()
    county = clock("generate county (not timed as work)", generate, side=args.side)
    lines = county.lines
    # the class speeds as a numeric field, so that QGIS sees the same speeds
    lines.speeds = np.array([OSM_CAR_SPEEDS[c] for c in lines.classes], dtype=float)
    print(f"GENERATED network: {len(lines.sizes)} road segments; "
          f"{len(county.facilities)} facilities; {len(county.population)} population points")
    pick_facilities(county)
    if args.qgis:  # first, while the process is fresh, as a user's run would be
        compare_qgis(county, clock)
    print("-- the engine alone, on the lines in memory")
    net = clock("build network (topology)", build_network, lines)
    router = clock("build car graph (CSR, components)", Router, net, make_profile("car", "osm"),
                   access_speed=None)
    fac = clock("snap 100 facilities", router.snap, county.facilities[:, 0],
                county.facilities[:, 1])
    pts = clock("snap 100,000 population points", router.snap, county.population[:, 0],
                county.population[:, 1])
    near = clock("nearest-facility allocation (one multi-source search)", router.nearest,
                 fac, pts)
    print(f"   reached {np.mean(near.facility >= 0):.1%} of points; median "
          f"{np.median(near.time[near.facility >= 0]) / 60:.1f} min")
    reached = clock("per-facility node times, 30 min cut-off (100 searches)", lambda: sum(
        int(np.isfinite(t[:, : net.n_nodes]).sum()) for _, t, _ in router.node_times(fac, 1800)))
    print(f"   {reached} facility-node pairs reached within 30 min")
    builder = clock("catchment grid (100 m cells, built once)", CatchmentBuilder, router, 100.0)
    polys = clock("per-facility catchments, 3 bands (10,20,30 min)",
                  lambda: list(builder.per_facility(fac, BANDS)))
    print(f"   {len(polys)} polygons")
    ours = sum(dt for label, dt in clock.rows if label.startswith(("build", "snap 100 fac",
                                                                    "catchment", "per-facility c")))
    reach_only = sum(dt for label, dt in clock.rows if label.startswith(
        ("build", "snap 100 fac", "per-facility node")))
    print(f"engine, catchment polygons (build + snap + grid + 3 bands): {ours:.2f} s")
    print(f"engine, reachability (build + snap + 100 searches at 30 min, which also give "
          f"the 10 and 20 min bands): {reach_only:.2f} s")


def write_county(county, path: Path) -> None:
    """The GENERATED roads (with their speeds and classes) and facilities as a GeoPackage."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    roads = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    roads.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    roads.CreateField(ogr.FieldDefn("highway", ogr.OFTString))
    roads.StartTransaction()
    for part, speed, cls in zip(county.lines.parts, county.lines.speeds, county.lines.classes):
        f = ogr.Feature(roads.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbLineString)
        for x, y in part:
            g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        f.SetField("speed", float(speed))
        f.SetField("highway", str(cls))
        roads.CreateFeature(f)
    roads.CommitTransaction()
    fac = ds.CreateLayer("facilities", srs, ogr.wkbPoint)
    fac.CreateField(ogr.FieldDefn("fid_", ogr.OFTInteger))
    for i, (x, y) in enumerate(county.facilities):
        f = ogr.Feature(fac.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        f.SetField("fid_", i)
        fac.CreateFeature(f)
    ds = None


def compare_qgis(county, clock: Clock) -> None:
    """Both tools from the same GeoPackage: ours through the plugin's own code (reading the
    layer, building, snapping, searching; three times, the median counts), QGIS's service
    area per band."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from tests.package_link import make_importable

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    make_importable()
    from palveluverkko.algorithms import roads as plugin_roads
    from palveluverkko.algorithms.common import read_points, snap_and_report
    from palveluverkko.algorithms.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    tmp = Path(tempfile.mkdtemp())
    src = str(tmp / "county.gpkg")
    clock("write the GeoPackage (not timed as work)", write_county, county, Path(src))
    roads, facilities = f"{src}|layername=roads", f"{src}|layername=facilities"
    params = {"FACILITIES": facilities, "FAC_ID": "fid_", "ROADS": roads, "MODE": 0,
              "SPEED_FIELD": "speed", "ACCESS_SPEED": 0, "BANDS": "10,20,30", "KIND": 0,
              "RESOLUTION": 100}
    alg = QgsApplication.processingRegistry().algorithmById("palveluverkko:catchmentareas")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()

    def reachability():
        plugin_roads.NETWORKS.clear()
        router, settings, crs = plugin_roads.load_router(alg, params, context, feedback)
        fac = read_points(alg.parameterAsSource(params, "FACILITIES", context), crs, context,
                          feedback, "facilities", "fid_", keep_features=False)
        snap = snap_and_report(router, fac, settings, "facilities", feedback, required=True)
        reached = sum(int(np.isfinite(t[:, : router.graph.n_nodes]).sum())
                      for _, t, _ in router.node_times(snap, 1800))
        return router, snap, reached

    print("-- from the GeoPackage, through the plugin")
    runs = []
    for i in range(3):
        router, snap, reached = clock(f"ours: read roads + build + snap + 100 searches at "
                                      f"30 min (run {i + 1})", reachability)
        runs.append(clock.rows[-1][1])
    reach_file = float(np.median(runs))
    print(f"   {reached} facility-node pairs reached within 30 min; median {reach_file:.2f} s")
    # for the comparison of reached nodes: times slightly past the cut-off, to spot ties
    reach30 = np.vstack([t[:, : router.graph.n_nodes]
                         for _, t, _ in router.node_times(snap, 1801)])
    plugin_roads.NETWORKS.clear()
    clock("ours: Catchment areas algorithm, polygons for 10,20,30 min", processing.run,
          "palveluverkko:catchmentareas", {**params, "OUTPUT": str(tmp / "ours.gpkg")})
    polygons_file = clock.rows[-1][1]
    qgis, res = {}, None
    for band in reversed(BANDS):
        out = clock(f"QGIS native:serviceareafromlayer, {band} min", processing.run,
                    "native:serviceareafromlayer", {
                        "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed",
                        "DEFAULT_SPEED": 40, "TOLERANCE": 0, "START_POINTS": facilities,
                        "TRAVEL_COST2": band / 60, "INCLUDE_BOUNDS": False,
                        "OUTPUT": str(tmp / f"nodes{band}.gpkg")})
        qgis[band] = clock.rows[-1][1]
        res = res or out
    total = sum(qgis.values())
    print(f"ratio, one band: QGIS 30 min ({qgis[30]:.1f} s) / ours from the file "
          f"({reach_file:.2f} s, median of 3): {qgis[30] / reach_file:.1f}x")
    print(f"ratio, three bands: QGIS 10+20+30 min ({total:.1f} s) / ours from the file "
          f"(one search gives all three): {total / reach_file:.1f}x")
    print(f"ratio, three bands: QGIS ({total:.1f} s) / our Catchment areas algorithm with "
          f"polygons ({polygons_file:.1f} s): {total / polygons_file:.1f}x")
    check_reach(res["OUTPUT"], router.net, reach30)


def check_reach(nodes_path: str, net, reach30: np.ndarray) -> None:
    """Both tools must reach the same junctions from each facility within 30 minutes."""
    from osgeo import ogr
    from scipy.spatial import cKDTree

    tree = cKDTree(np.column_stack([net.node_x, net.node_y]))
    ds = ogr.Open(nodes_path)
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(layer.GetLayerDefn().GetFieldCount())]
    key = "fid_" if "fid_" in names else names[0]
    agree, total, ties = 0, 0, 0
    for f in layer:
        g = f.GetGeometryRef()
        pts = np.array([g.GetGeometryRef(i).GetPoint_2D() for i in range(g.GetGeometryCount())]
                       ) if g.GetGeometryCount() else np.array([g.GetPoint_2D()])
        d, idx = tree.query(pts)
        qgis_set = set(idx[d < 0.01].tolist())
        row = reach30[int(f.GetField(key))]
        ours = set(np.flatnonzero(row <= 1800).tolist())
        # a node within 0.05 s of the cut-off is a tie that float rounding may break
        differ = {n for n in qgis_set ^ ours if not abs(row[n] - 1800) < 0.05}
        total += 1
        agree += not differ
        ties += len(qgis_set ^ ours) - len(differ)
        if differ:
            print(f"   facility {f.GetField(key)}: QGIS {len(qgis_set)} nodes, ours {len(ours)},"
                  f" differ by {len(qgis_set ^ ours)}")
    print(f"reachability within 30 min equal for {agree} of {total} facilities "
          f"({ties} nodes within 0.05 s of the cut-off differ)")


if __name__ == "__main__":
    main()
