"""Engine travel times against QGIS's own native:shortestpathpointtopoint."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from core.roads.modes import make_profile, parse_oneway, parse_speed
from core.roads.network import build_network
from core.roads.search import Router
from tests.qgis_helpers import ROADS

pytestmark = pytest.mark.usefixtures("qgis_processing")


def _engine_input():
    """The sample roads as a memory layer with a numeric ``speed`` field, and engine input."""
    from shapely import wkb

    from core.roads.network import LineInput

    src = QgsVectorLayer(ROADS, "roads", "ogr")
    layer = QgsVectorLayer("LineString?crs=EPSG:3067&field=speed:double&field=oneway:string",
                           "roads", "memory")
    parts, feats = [], []
    speeds = parse_speed([f["maxspeed"] for f in src.getFeatures()])
    for i, f in enumerate(src.getFeatures()):
        g = wkb.loads(bytes(f.geometry().asWkb()))
        parts.append(np.asarray(g.coords)[:, :2])
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        # QGIS finds no route over a NULL speed; the engine reads NULL as the default
        out.setAttributes([40.0 if np.isnan(speeds[i]) else float(speeds[i]), f["oneway"]])
        feats.append(out)
    layer.dataProvider().addFeatures(feats)
    oneway = parse_oneway([f["oneway"] for f in feats])
    return layer, LineInput.from_parts(parts, np.arange(len(parts)), speeds=speeds,
                                       oneway=oneway)


def test_car_times_match_qgis_shortest_path():
    import processing

    layer, lines = _engine_input()
    router = Router(build_network(lines, tolerance=0.0), make_profile("car", None,
                                                                      car_default=40.0),
                    access_speed=None)
    rng = np.random.default_rng(3)
    ext = layer.extent()
    pts = router.snap(rng.uniform(ext.xMinimum(), ext.xMaximum(), 24),
                      rng.uniform(ext.yMinimum(), ext.yMaximum(), 24), max_distance=50)
    ok = np.flatnonzero(pts.status == "ok")
    assert len(ok) >= 10
    starts, ends = ok[: len(ok) // 2], ok[len(ok) // 2: 2 * (len(ok) // 2)]
    compared = unreachable = 0
    for s, e in zip(starts, ends):
        t, _ = router.times(pts.subset([e]), pts.subset([s]))
        try:
            res = processing.run("native:shortestpathpointtopoint", {
                "INPUT": layer, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 40,
                "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "yes", "VALUE_BACKWARD": "-1",
                "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
                "START_POINT": f"{pts.x[s]},{pts.y[s]} [EPSG:3067]",
                "END_POINT": f"{pts.x[e]},{pts.y[e]} [EPSG:3067]", "OUTPUT": "memory:"})
        except QgsProcessingException:  # QGIS: "There is no route from start point to end"
            assert not np.isfinite(t[0, 0])
            unreachable += 1
            continue
        feats = list(res["OUTPUT"].getFeatures())
        qgis_seconds = feats[0]["cost"] * 3600  # fastest strategy: cost in hours
        assert t[0, 0] == pytest.approx(qgis_seconds, rel=0.01, abs=1.0)
        compared += 1
    assert compared >= 5
