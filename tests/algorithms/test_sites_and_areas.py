"""Service sites from a CSV table (TM35FIN or WGS84) as points in EPSG:3067, and area
polygons for the area tables of the scenario algorithms."""

from __future__ import annotations

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry, QgsRectangle

from tests.algorithms.test_algorithms import memory_layer
from tests.algorithms.test_closure_impact import run as closure
from tests.algorithms.test_road_messages import run
from tests.qgis_helpers import POPULATION, log_feedback, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")


def test_tm35fin_table_with_an_unreadable_row(tmp_path):
    path = tmp_path / "terveysasemat.csv"
    path.write_text("nimi;itä;pohjoinen;lääkäreitä\nHervanta;330500;6818000;12,5\n"
                    "Keskusta;327000;6822000;30\nLinnainmaa;Teiskontie 35;;4\n",
                    encoding="utf-8")
    log = log_feedback()
    out = run("sitesfromcsv", log, INPUT=str(path), OUTPUT="memory:")
    layer = out["OUTPUT"]
    assert layer.crs().authid() == "EPSG:3067"
    got = rows(layer)
    assert [r["nimi"] for r in got] == ["Hervanta", "Keskusta"]
    assert [r["lääkäreitä"] for r in got] == [12.5, 30.0]
    pts = [f.geometry().asPoint() for f in layer.getFeatures()]
    assert (pts[0].x(), pts[0].y()) == (330500.0, 6818000.0)
    assert ("Service sites: coordinates from columns 'itä' (east) and 'pohjoinen' (north), "
            "read as ETRS-TM35FIN (EPSG:3067).") in log.lines
    assert ("Service sites: 1 of 3 rows left out, their coordinates cannot be read: row 4 "
            "(Linnainmaa): 'Teiskontie 35', '' is not a coordinate pair in the same "
            "system.") in log.lines


def test_wgs84_table_is_projected_like_gdal(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("name,lat,lon\nTampere,61.4978,23.7610\n", encoding="utf-8")
    out = run("sitesfromcsv", log_feedback(), INPUT=str(path), OUTPUT="memory:")
    p = next(out["OUTPUT"].getFeatures()).geometry().asPoint()
    ref = ogr.CreateGeometryFromWkt("POINT (23.7610 61.4978)")
    from osgeo import osr

    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromEPSG(4326)
    b.ImportFromEPSG(3067)
    a.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ref.Transform(osr.CoordinateTransformation(a, b))
    assert p.x() == pytest.approx(ref.GetX(), abs=0.01)
    assert p.y() == pytest.approx(ref.GetY(), abs=0.01)


def test_area_polygons_give_the_area_table(tmp_path):
    """The sample grid split at easting 385,000 into West and East polygons: the summary
    by area equals the grid's own population on each side."""
    west = QgsGeometry.fromRect(QgsRectangle(380000, 6660000, 385000, 6680000))
    east = QgsGeometry.fromRect(QgsRectangle(385000, 6660000, 390000, 6680000))
    areas = memory_layer("Polygon", [(west, ["West"]), (east, ["East"])],
                         "&field=nimi:string")
    res = closure(tmp_path, CLOSE_IDS="3,7", AREA_FIELD="", AREAS=areas)
    total = {r["area"]: r["population"] for r in rows(res["SUMMARY"])
             if r["group"] == "total"}
    ds = ogr.Open(POPULATION.split("|")[0])
    want = {"West": 0.0, "East": 0.0}
    for f in ds.GetLayerByName("population"):
        x = f.GetGeometryRef().PointOnSurface().GetX()
        want["West" if x < 385000 else "East"] += f.GetField("population")
    assert total == {**want, "all areas": pytest.approx(71724.0)}
    assert want["West"] > 0 and want["East"] > 0
