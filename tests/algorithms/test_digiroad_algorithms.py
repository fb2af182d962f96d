"""Digiroad products open directly: fields found in either case, the scheme chosen, speed
limits joined, missing fields and unknown codes reported (synthetic layer in the published
format, tests/digiroad_data.py)."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.algorithms.test_algorithms import memory_layer
from tests.algorithms.test_road_messages import run
from tests.digiroad_data import point, write_digiroad
from tests.qgis_helpers import log_feedback, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")

CAR_S = 67.5 + 36 + 72 + 960  # P0 -> P5 with the speed limits (tests/core/test_digiroad.py)


def _points(*keys):
    return memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(*point(k))), [k])
                                  for k in keys], "&field=id:integer")


def _od(roads, log, **extra):
    out = run("odmatrix", log, ORIGINS=_points(0), ORIGINS_ID="id", DESTINATIONS=_points(5),
              DESTINATIONS_ID="id", ROADS=roads, ACCESS_SPEED=0, OUTPUT="memory:", **extra)
    return rows(out["OUTPUT"])


@pytest.mark.parametrize("driver,lower", [("GPKG", False), ("ESRI Shapefile", True)])
def test_digiroad_product_opens_with_its_own_rules(tmp_path, driver, lower):
    links, limits = write_digiroad(tmp_path, driver, lower)
    log = log_feedback()
    got = _od(str(links), log, SPEED_LIMITS=str(limits), MODE=0)
    assert got[0]["time_min"] == pytest.approx(CAR_S / 60)
    fc = "toiminn_lk" if lower else "TOIMINN_LK"
    for text in ("Digiroad road links recognised by their fields.",
                 f"Road class field: {fc} (functional class).",
                 "Road class scheme: Digiroad functional class.",
                 f"Link type field: {'linkkityyp' if lower else 'LINKKITYYP'}.",
                 f"Direction field: {'ajosuunta' if lower else 'AJOSUUNTA'}.",
                 "Speed limits joined to 1 of 8 Digiroad links; the others run at their "
                 "class speed.",
                 "1 ferry links: 10 km/h and a 10-minute wait each.",
                 "1 Digiroad links have an unknown TOIMINN_LK code: '9' (1); they are taken "
                 "as closed (no class).",
                 "1 Digiroad links have an unknown LINKKITYYP code: '99' (1); their "
                 "functional class decides."):
        assert text in log.lines, text
    walk = _od(str(links), log_feedback(), MODE=1)
    assert walk[0]["time_min"] == pytest.approx((720 + 1440 + 960) / 60)


def test_without_speed_limits_the_class_speed_is_used(tmp_path):
    links, _ = write_digiroad(tmp_path)
    got = _od(str(links), log_feedback(), MODE=0)
    assert got[0]["time_min"] == pytest.approx((45 + 36 + 72 + 960) / 60)  # link 1 at 80


def test_missing_fields_are_named_with_what_is_assumed(tmp_path):
    links, _ = write_digiroad(tmp_path, drop=("AJOSUUNTA", "LINKKITYYP"))
    log = log_feedback()
    got = _od(str(links), log, MODE=0)
    assert ("WARNING: the Digiroad layer has no LINKKITYYP field: motorways, ramps, ferries "
            "and pedestrian ways are told apart by the functional class only (class 1 closed "
            "to walking and cycling, class 8 closed to cars).") in log.lines
    assert ("WARNING: the Digiroad layer has no AJOSUUNTA field: every link is open both "
            "ways.") in log.lines
    # by functional class only: 80 + 90 + 80 km/h to P3, the ferry link as class 3 (60)
    assert got[0]["time_min"] == pytest.approx((45 + 40 + 45 + 60) / 60)


def test_speed_limit_layer_without_its_fields_is_refused(tmp_path):
    links, _ = write_digiroad(tmp_path)
    table = QgsVectorLayer("None?field=LINK_ID:integer&field=nopeus:integer", "rajoitus",
                           "memory")
    with pytest.raises(Exception, match="Digiroad speed limits \\(rajoitus\\) have no field "
                                        "ALKUM, LOPPUM, ARVO"):
        _od(str(links), log_feedback(), MODE=0, SPEED_LIMITS=table)
