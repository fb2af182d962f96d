"""The road algorithms report unconnected road pieces and a collapsing tolerance clearly."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

from tests.algorithms.test_algorithms import memory_layer
from tests.qgis_helpers import FACILITIES, POPULATION, ROADS, log_feedback, register_provider, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")


def run(alg, feedback=None, **params):
    import processing

    register_provider()
    return processing.run(f"palveluverkko:{alg}", params, feedback=feedback)


def _roads_with_island():
    """A main road along y = 0 (two lines) and an island road 250 m north of it."""
    line = QgsGeometry.fromPolylineXY
    return memory_layer("LineString", [
        (line([QgsPointXY(0, 0), QgsPointXY(500, 0)]), []),
        (line([QgsPointXY(500, 0), QgsPointXY(1000, 0)]), []),
        (line([QgsPointXY(400, 250), QgsPointXY(600, 250)]), [])])


def _points(xy):
    return memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [i])
                                  for i, (x, y) in enumerate(xy)], "&field=id:integer")


def test_points_beside_an_unconnected_piece_are_reported():
    log = log_feedback()
    out = run("nearestfacility", log, INPUT=_points([(500, 240), (100, 10)]),
              FACILITIES=_points([(900, 0)]), FAC_ID="id", ROADS=_roads_with_island(),
              MODE=1, BANDS="10", OUTPUT="memory:", SUMMARY="memory:")
    got = rows(out["OUTPUT"])
    assert [r["snap_note"] for r in got] == ["nearest road not connected to the network", ""]
    assert got[0]["snap_m"] == pytest.approx(240.0) and got[1]["snap_m"] == pytest.approx(10.0)
    assert any("1 of 2 population features: nearest road not connected to the network; "
               "snapped to the main network instead, up to 240 m away" in x for x in log.lines)


def test_facilities_on_an_island_are_named_as_such():
    with pytest.raises(QgsProcessingException, match="sit on a road piece not connected to "
                                                     "the main network"):
        run("nearestfacility", INPUT=_points([(100, 10)]), FACILITIES=_points([(500, 245)]),
            FAC_ID="id", ROADS=_roads_with_island(), MODE=1, MAX_SNAP=100, BANDS="10",
            OUTPUT="memory:", SUMMARY="memory:")


def test_a_tolerance_that_collapses_the_network_is_refused():
    with pytest.raises(QgsProcessingException, match="median road segment"):
        run("nearestfacility", INPUT=POPULATION, POP_FIELD="population",
            FACILITIES=FACILITIES, FAC_ID="fac_id", ROADS=ROADS, MODE=1,
            CLASS_FIELD="highway", TOLERANCE=500, BANDS="10", OUTPUT="memory:",
            SUMMARY="memory:")
