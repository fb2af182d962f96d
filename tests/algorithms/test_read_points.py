"""Points read from layers of every geometry kind (read_points' fast path for points)."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from palveluverkko.algorithms.common import read_points

pytestmark = pytest.mark.usefixtures("qgis_app")


def _read(kind: str, wkts: list[str]):
    from qgis.core import QgsProcessingFeatureSource

    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3067&field=id:integer&field=pop:double", "t",
                           "memory")
    feats = []
    for i, wkt in enumerate(wkts):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        f.setAttributes([i + 10, float(i)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    return read_points(source, layer.crs(), context, QgsProcessingFeedback(), "sites", "id",
                       "pop")


@pytest.mark.parametrize("kind, wkts, want", [
    ("Point", ["Point (1 2)", "Point (3.5 -4)", ""], [(1, 2), (3.5, -4), (np.nan, np.nan)]),
    ("PointZ", ["PointZ (1 2 9)"], [(1, 2)]),
    ("MultiPoint", ["MultiPoint ((0 0), (2 4))"], [(1, 2)]),
    ("Polygon", ["Polygon ((0 0, 4 0, 4 2, 0 2, 0 0))"], [(2, 1)]),
])
def test_points_of_every_kind(kind, wkts, want):
    pts = _read(kind, wkts)
    assert np.allclose(np.c_[pts.x, pts.y], np.array(want, float), equal_nan=True)
    assert pts.ids == [10 + i for i in range(len(wkts))]
    assert list(pts.weights) == [float(i) for i in range(len(wkts))]
    assert list(pts.has_geometry) == [bool(w) for w in wkts]
