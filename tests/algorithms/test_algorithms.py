"""The Processing algorithms on the sample data, including bad input."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.qgis_helpers import (
    FACILITIES,
    POPULATION,
    ROADS,
    SAMPLE,
    register_provider,
    rows,
)

pytestmark = pytest.mark.usefixtures("qgis_processing")
WALK = {"ROADS": ROADS, "MODE": 1, "CLASS_FIELD": "highway"}


def run(alg, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params)


def memory_layer(kind: str, features: list, fields: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3067{fields}", "test", "memory")
    feats = []
    for geom, attrs in features:
        f = QgsFeature(layer.fields())
        f.setGeometry(geom)
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_nearest_facility_agrees_with_od_matrix():
    near = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
               FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5,10,15", OUTPUT="memory:",
               SUMMARY="memory:", **WALK)
    od = run("odmatrix", ORIGINS=POPULATION, ORIGINS_ID="id", DESTINATIONS=FACILITIES,
             DESTINATIONS_ID="fac_id", K=1, OUTPUT="memory:", **WALK)
    best = {r["origin_id"]: r for r in rows(od["OUTPUT"])}
    cells = rows(near["OUTPUT"])
    reached = [c for c in cells if c["reachable"]]
    assert len(reached) == len(best) > 40
    for c in reached:
        assert c["fac_id"] == best[c["id"]]["dest_id"]
        assert c["time_min"] == pytest.approx(best[c["id"]]["time_min"], abs=1e-3)
    summary = rows(near["SUMMARY"])
    total = sum(c["population"] for c in cells)
    assert sum(r["population"] for r in summary) == pytest.approx(total)
    assert sum(r["pop_le_15"] for r in summary) == pytest.approx(
        sum(c["population"] for c in reached if c["time_min"] <= 15))


@pytest.mark.parametrize("kind", [0, 1, 2])
def test_catchments_hold_the_population_of_their_band(kind):
    res = run("catchmentareas", FACILITIES=FACILITIES, FAC_ID="fac_id", BANDS="5,10",
              KIND=kind, POPULATION=POPULATION, POP_FIELD="population", OUTPUT="memory:",
              **WALK)
    polys = rows(res["OUTPUT"])
    assert polys and all(p["area_km2"] > 0 for p in polys)
    assert {p["band_to"] for p in polys} == {5.0, 10.0}
    if kind == 2:
        assert len(polys) == 2 and all(p["fac_id"] is None for p in polys)
    for f in res["OUTPUT"].getFeatures():
        assert f.geometry().isGeosValid()
    ten = [p for p in polys if p["band_to"] == 10]
    five = [p for p in polys if p["band_to"] == 5]
    assert sum(p["area_km2"] for p in ten) > sum(p["area_km2"] for p in five)
    if kind in (1, 2):  # no overlaps: the population adds up to that within 10 min
        near = run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
                   FACILITIES=FACILITIES, BANDS="10", OUTPUT="memory:", SUMMARY="memory:",
                   **WALK)
        within = sum(c["population"] for c in rows(near["OUTPUT"])
                     if c["reachable"] and c["time_min"] <= 10)
        assert sum(p["population"] for p in ten) == pytest.approx(within)


def test_geographic_multipart_and_null_speed_input():
    """São Paulo-like case: roads in EPSG:4326 as multi-part lines with NULL speeds."""
    roads = QgsVectorLayer("MultiLineString?crs=EPSG:4326&field=speed:double", "r", "memory")
    f = QgsFeature(roads.fields())
    f.setGeometry(QgsGeometry.fromMultiPolylineXY([
        [QgsPointXY(-46.63, -23.55), QgsPointXY(-46.62, -23.55)],
        [QgsPointXY(-46.62, -23.55), QgsPointXY(-46.62, -23.54)]]))
    f.setAttributes([None])
    roads.dataProvider().addFeatures([f])
    pts = QgsVectorLayer("Point?crs=EPSG:4326&field=id:integer", "p", "memory")
    feats = []
    for i, (x, y) in enumerate([(-46.63, -23.5501), (-46.62, -23.5401)]):
        g = QgsFeature(pts.fields())
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        g.setAttributes([i])
        feats.append(g)
    pts.dataProvider().addFeatures(feats)
    res = run("odmatrix", ORIGINS=pts, ORIGINS_ID="id", DESTINATIONS=pts, DESTINATIONS_ID="id",
              ROADS=roads, SPEED_FIELD="speed", CLASS_SCHEME=2, DEFAULT_SPEED=40,
              ACCESS_SPEED=0, OUTPUT="memory:")
    pair = [r for r in rows(res["OUTPUT"]) if r["origin_id"] == 0 and r["dest_id"] == 1][0]
    # about 1.02 km east + 1.11 km north in UTM 23S, at the default 40 km/h
    assert pair["dist_m"] == pytest.approx(2130, rel=0.02)
    assert pair["time_min"] == pytest.approx(pair["dist_m"] / (40 / 3.6) / 60, rel=1e-4)


def test_far_facility_and_empty_layers_are_reported():
    far = memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(300000, 6600000)), [1])],
                       "&field=fac_id:integer")
    with pytest.raises(QgsProcessingException, match="None of the facilities could be snapped"):
        run("catchmentareas", FACILITIES=far, BANDS="5", OUTPUT="memory:", **WALK)
    empty = memory_layer("Point", [], "&field=fac_id:integer")
    with pytest.raises(QgsProcessingException, match="has no features"):
        run("catchmentareas", FACILITIES=empty, BANDS="5", OUTPUT="memory:", **WALK)
    with pytest.raises(QgsProcessingException, match="Time bands"):
        run("catchmentareas", FACILITIES=FACILITIES, BANDS="ten", OUTPUT="memory:", **WALK)
    with pytest.raises(QgsProcessingException, match="Class speeds"):
        run("catchmentareas", FACILITIES=FACILITIES, BANDS="5", CLASS_SPEEDS="residential",
            OUTPUT="memory:", **WALK)


def test_negative_population_names_layer_field_and_feature():
    pop = memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(385600, 6672000)), [-5])],
                       "&field=pop:double")
    with pytest.raises(QgsProcessingException, match=r"feature \d+: field 'pop' is -5"):
        run("nearestfacility", INPUT=pop, POP_FIELD="pop", FACILITIES=FACILITIES,
            OUTPUT="memory:", SUMMARY="memory:", **WALK)


def test_network_check_reports_components_and_shares():
    res = run("checknetwork", POPULATION=POPULATION, POP_FIELD="population",
              FACILITIES=FACILITIES, EDGES="memory:", DANGLES="memory:", **WALK)
    assert res["COMPONENTS"] >= 1 and res["DANGLE_COUNT"] > 0
    assert 0.5 < res["POPULATION_SHARE"] < 1.0 and 0.9 <= res["FACILITY_SHARE"] <= 1.0
    edges = rows(res["EDGES"])
    assert any(e["on_main"] for e in edges) and not all(e["usable"] for e in edges)
    assert np.isclose(sum(e["length_m"] for e in edges if e["on_main"]), sum(
        e["length_m"] for e in edges if e["component"] == edges[0]["component"]
        and e["on_main"]))


def test_output_styles_exist_and_apply():
    from palveluverkko.algorithms.common import STYLES, StyleLoader

    for name, uri, field in (("travel_time_points", "Point", "time_min"),
                             ("travel_time_polygons", "Polygon", "time_min"),
                             ("change_in_time_polygons", "Polygon", "change_min"),
                             ("change_in_time_points", "Point", "change_min"),
                             ("catchment_bands_polygons", "MultiPolygon", "band_to")):
        assert (STYLES / f"{name}.qml").exists()
        layer = QgsVectorLayer(f"{uri}?crs=EPSG:3067&field={field}:double", "l", "memory")
        StyleLoader(f"{name}.qml").postProcessLayer(layer, None, None)
        assert layer.renderer().type() == "graduatedSymbol"
        assert layer.renderer().classAttribute() == field
        assert len(layer.renderer().ranges()) >= 5


def test_read_lines_multipart_curved_null_and_empty_features():
    from palveluverkko.algorithms.parameters import NetworkSettings
    from palveluverkko.algorithms.roads import read_lines

    layer = QgsVectorLayer("MultiCurve?crs=EPSG:3067&field=highway:string&field=speed:double"
                           "&field=oneway:string", "roads", "memory")
    geoms = [
        ("MultiLineString ((0 0, 10 0, 20 0), (20 0, 20 10))", ["primary", 50.0, "yes"]),
        (None, ["service", None, None]),
        ("MultiLineString EMPTY", ["track", 10.0, None]),
        ("MultiCurve (CircularString (0 0, 10 10, 20 0))", ["residential", None, "-1"]),
        ("MultiLineString ((5 5, 6 6))", [None, 30.0, "no"]),
    ]
    feats = []
    for wkt, attrs in geoms:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    context = QgsProcessingContext()
    settings = NetworkSettings(mode="car", scheme="osm", class_field="highway",
                               speed_field="speed", oneway_field="oneway")
    lines, skipped = read_lines(QgsProcessingFeatureSource(layer, context),
                                QgsCoordinateReferenceSystem("EPSG:3067"), context, settings,
                                QgsProcessingFeedback())
    assert skipped == {"empty": 2, "null_speed": 1}
    parts = lines.parts
    assert lines.feature.tolist() == [0, 0, 1, 2]
    assert parts[0].tolist() == [[0, 0], [10, 0], [20, 0]]
    assert parts[1].tolist() == [[20, 0], [20, 10]]
    arc = parts[2]  # the circular arc as straight segments through its middle point
    assert len(arc) > 8 and np.allclose(np.hypot(arc[:, 0] - 10, arc[:, 1]), 10)
    assert parts[3].tolist() == [[5, 5], [6, 6]]
    assert lines.classes.tolist() == ["primary", "residential", ""]
    assert np.isnan(lines.speeds[1]) and lines.speeds[[0, 2]].tolist() == [50.0, 30.0]
    assert lines.oneway.tolist() == [1, -1, 0]


def read_only_layer(uri: str) -> QgsVectorLayer:
    """A file layer opened read-only, as Processing opens it (a read-write GeoPackage
    would be switched to WAL journaling, i.e. changed on disk)."""
    options = QgsVectorLayer.LayerOptions()
    options.forceReadOnly = True
    return QgsVectorLayer(uri, "roads", "ogr", options)


def catchment_algorithm():
    """An algorithm instance (for its parameter readers) and a processing context."""
    register_provider()
    registry = QgsApplication.processingRegistry()
    return registry.algorithmById("palveluverkko:catchmentareas"), QgsProcessingContext()


def _read_both_ways(layer_uri: str, settings):
    """read_lines through QGIS's feature loop and through GDAL directly."""
    from palveluverkko.algorithms.roads import read_lines, whole_ogr_layer

    alg, context = catchment_algorithm()
    layer = read_only_layer(layer_uri)
    crs = QgsCoordinateReferenceSystem("EPSG:3067")
    fast = whole_ogr_layer(alg, {"ROADS": layer}, context, crs)
    assert fast is not None
    out = []
    for ogr_layer in (None, fast):
        out.append(read_lines(QgsProcessingFeatureSource(layer, context), crs, context,
                              settings, QgsProcessingFeedback(), ogr_layer))
    return out


def write_shapefile(options: list[str]) -> str:
    """Roads with NULL attributes, a feature without geometry, multi-part lines."""
    from osgeo import ogr, osr

    path = str(Path(tempfile.mkdtemp()) / "roads.shp")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    lyr = ds.CreateLayer("roads", srs, ogr.wkbMultiLineString, options)
    for name, kind in (("highway", ogr.OFTString), ("speed", ogr.OFTReal),
                       ("oneway", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for wkt, hw, sp, ow in [("MULTILINESTRING ((0 0,1 1))", "primary", 50.0, 4),
                            (None, None, None, None),
                            ("MULTILINESTRING ((2 2,3 3),(3 3,4 4))", "kävelytie", None, 3),
                            ("LINESTRING (5 5,6 6,7 5)", None, 30.0, None)]:
        f = ogr.Feature(lyr.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for field, value in (("highway", hw), ("speed", sp), ("oneway", ow)):
            if value is not None:
                f.SetField(field, value)
        lyr.CreateFeature(f)
    ds = None
    return path


def test_gdal_reading_equals_qgis_reading():
    from palveluverkko.algorithms.parameters import NetworkSettings

    settings = NetworkSettings(mode="car", scheme="osm", class_field="highway",
                               speed_field="", oneway_field="oneway")
    (a, sa), (b, sb) = _read_both_ways(ROADS, settings)
    assert len(a.sizes) > 1000 and sa == sb
    for name in ("xy", "sizes", "feature", "oneway"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.classes.tolist() == b.classes.tolist()
    path = write_shapefile(["ENCODING=UTF-8"])
    settings = NetworkSettings(mode="car", scheme="digiroad", class_field="highway",
                               speed_field="speed", oneway_field="oneway")
    (a, sa), (b, sb) = _read_both_ways(path, settings)
    assert sa == sb == {"empty": 1, "null_speed": 1}
    for name in ("xy", "sizes", "feature", "oneway", "speeds"):
        assert np.array_equal(getattr(a, name), getattr(b, name), equal_nan=True), name
    assert a.classes.tolist() == b.classes.tolist() == ["primary", "kävelytie", ""]
    assert a.sizes.tolist() == [2, 2, 2, 3]
    # an integer class field (Digiroad functional classes) reads as "4", not "4.0"
    settings.class_field = "oneway"
    (a, _), (b, _) = _read_both_ways(path, settings)
    assert a.classes.tolist() == b.classes.tolist() == ["4", "3", ""]


def test_gdal_reading_only_for_whole_unfiltered_layers():
    from palveluverkko.algorithms.parameters import NetworkSettings
    from palveluverkko.algorithms.roads import network_cache_key, whole_ogr_layer

    alg, context = catchment_algorithm()
    tm35 = QgsCoordinateReferenceSystem("EPSG:3067")
    settings = NetworkSettings(mode="car", scheme="osm", class_field="highway",
                               speed_field="", oneway_field="")
    assert whole_ogr_layer(alg, {"ROADS": ROADS}, context, tm35) is not None
    assert whole_ogr_layer(alg, {"ROADS": ROADS}, context,
                           QgsCoordinateReferenceSystem("EPSG:3857")) is None
    selected = QgsProcessingFeatureSourceDefinition(ROADS, True)
    assert whole_ogr_layer(alg, {"ROADS": selected}, context, tm35) is None
    assert network_cache_key(alg, {"ROADS": selected}, context, settings, tm35) is None
    zipped = Path(tempfile.mkdtemp()) / "roads.zip"
    shp = Path(write_shapefile(["ENCODING=UTF-8"]))
    with zipfile.ZipFile(zipped, "w") as z:
        for part in shp.parent.iterdir():
            z.write(part, part.name)
    in_zip = read_only_layer(f"/vsizip/{zipped}/roads.shp")
    assert in_zip.isValid() and in_zip.featureCount() == 4
    assert whole_ogr_layer(alg, {"ROADS": in_zip}, context, tm35) is None
    by_index = read_only_layer(f"{SAMPLE}|layerid=0")
    assert whole_ogr_layer(alg, {"ROADS": by_index}, context, tm35)[1] == 0
    subset = read_only_layer(ROADS)
    subset.setSubsetString("\"highway\" = 'primary'")
    assert whole_ogr_layer(alg, {"ROADS": subset}, context, tm35) is None
    memory = memory_layer("LineString", [])
    assert whole_ogr_layer(alg, {"ROADS": memory}, context, tm35) is None
    # a temporary shapefile without .cpg, opened read-write (as the map canvas does):
    # QGIS decodes its text itself, as Latin-1
    latin1 = QgsVectorLayer(write_shapefile([]), "roads", "ogr")
    assert latin1.dataProvider().encoding() != "UTF-8"
    assert whole_ogr_layer(alg, {"ROADS": latin1}, context, tm35) is None


def test_no_road_usable_by_the_mode_is_explained():
    roads = memory_layer("LineString", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(100, 0)]), ["motorway"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(100, 0), QgsPointXY(200, 0)]), ["motorway"])],
        "&field=highway:string")
    fac = memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(50, 5)), [1])],
                       "&field=fac_id:integer")
    with pytest.raises(QgsProcessingException, match="No road of the network can be used"):
        run("catchmentareas", FACILITIES=fac, FAC_ID="fac_id", ROADS=roads, MODE=1,
            CLASS_FIELD="highway", BANDS="5", OUTPUT="memory:")
