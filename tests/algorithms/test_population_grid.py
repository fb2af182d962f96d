"""Statistics Finland population grids as published: masked -1 values never count as
people (the same totals as with those values missing), with a warning counting the cells;
vaesto read by default."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from core.scenario.grid import masked_message, unmask_people
from tests.algorithms.test_algorithms import memory_layer
from tests.algorithms.test_road_messages import run
from tests.qgis_helpers import log_feedback, rows

pytestmark = pytest.mark.usefixtures("qgis_processing")

GRID_FIELDS = ("&field=grd_id:string&field=xkoord:integer&field=ykoord:integer"
               "&field=vaesto:integer&field=ika_65_:integer")
#: 250 m cells along a road: (x, vaesto, ika_65_); ika_65_ masked where vaesto < 10
CELLS = [(125, 120, 30), (375, 6, -1), (625, 45, 12), (875, 3, -1), (1125, 80, 20)]


def _grid(masked_as_null: bool = False):
    feats = []
    for i, (x, total, old) in enumerate(CELLS):
        cell = QgsGeometry.fromRect(_rect(x - 125, 0, x + 125, 250))
        value = None if (masked_as_null and old == -1) else old
        feats.append((cell, [f"250mN{i}E0", x, 125, total, value]))
    return memory_layer("Polygon", feats, GRID_FIELDS)


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle

    return QgsRectangle(x0, y0, x1, y1)


def _roads():
    return memory_layer("LineString", [(QgsGeometry.fromPolylineXY(
        [QgsPointXY(0, 125), QgsPointXY(1250, 125)]), [])])


def _facility():
    return memory_layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(0, 125)), [1])],
                        "&field=id:integer")


def _nearest(grid, log, field):
    out = run("nearestfacility", log, INPUT=grid, POP_FIELD=field, FACILITIES=_facility(),
              FAC_ID="id", ROADS=_roads(), MODE=1, BANDS="5,10,15", OUTPUT="memory:",
              SUMMARY="memory:")
    return rows(out["SUMMARY"])[0]


def test_masked_cells_count_as_missing_never_minus_one():
    log = log_feedback()
    masked = _nearest(_grid(), log, "ika_65_")
    missing = _nearest(_grid(masked_as_null=True), log_feedback(), "ika_65_")
    assert masked == missing
    assert masked["population"] == pytest.approx(30 + 12 + 20)  # not 62 - 2
    assert ("2 features of 'test' have the masked value -1 in 'ika_65_' (Statistics "
            "Finland's grid: fewer than 10 residents); they count 0 people there, never -1. "
            "Use the total population field (vaesto), which is never masked, or fill the "
            "masks with the population projection.") in log.lines


def test_total_population_is_not_masked():
    log = log_feedback()
    got = _nearest(_grid(), log, "vaesto")
    assert got["population"] == pytest.approx(sum(c[1] for c in CELLS))
    assert not any("masked" in line for line in log.lines)


def test_vaesto_is_the_default_population_field():
    log = log_feedback()
    out = run("catchmentareas", log, FACILITIES=_facility(), FAC_ID="id", ROADS=_roads(),
              MODE=1, BANDS="30", POPULATION=_grid(), OUTPUT="memory:")
    assert "Layer 'test': population from its field 'vaesto' (Statistics Finland's total " \
           "population)." in log.lines
    assert sum(r["population"] for r in rows(out["OUTPUT"])) == pytest.approx(254)


def test_unmask_people_core():
    values, masked = unmask_people([5, -1, np.nan, 0, -1])
    assert values.tolist() == [5, 0, 0, 0, 0] and masked.tolist() == [0, 1, 0, 0, 1]
    assert masked_message(3, "grid", ["ika_0_14"]).startswith(
        "3 features of 'grid' have the masked value -1 in 'ika_0_14'")


def test_multichannel_population_masked(tmp_path):
    """The compensation table reads the population with the same rule."""
    layer = memory_layer("Point", [
        (QgsGeometry.fromPointXY(QgsPointXY(i * 100, 0)), [v, 10.0, 20.0])
        for i, v in enumerate([50, -1, 30])],
        "&field=pop:integer&field=before:double&field=after:double")
    log = log_feedback()
    out = run("multichannelcompensation", log, INPUT=layer, POP_FIELD="pop",
              BEFORE_FIELD="before", AFTER_FIELD="after", OUTPUT="memory:",
              SUMMARY="memory:")
    assert any(line.startswith("1 features of 'test' have the masked value -1 in 'pop'")
               for line in log.lines)
    lost = rows(out["SUMMARY"])[0]
    assert lost["figure"] == "population losing the fixed site"
    assert lost["persons"] == pytest.approx(80.0)  # 50 + 30, the masked cell counts 0
