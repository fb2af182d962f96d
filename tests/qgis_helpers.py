"""Shared helpers of the tests that run inside QGIS (qgis is imported only when called)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "helsinki_sample.gpkg"
ROADS = f"{SAMPLE}|layername=roads"
FACILITIES = f"{SAMPLE}|layername=facilities"
POPULATION = f"{SAMPLE}|layername=population"


_KEEP: list = []  # the Python side of the provider must outlive the test that made it


def register_provider():
    """Our provider in the Processing registry (once per session)."""
    from qgis.core import QgsApplication

    from palveluverkko.algorithms.provider import PalveluverkkoProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("palveluverkko")
    if provider is None:
        provider = PalveluverkkoProvider()
        registry.addProvider(provider)
        _KEEP.append(provider)
    return provider



def log_feedback():
    """A QgsProcessingFeedback that keeps every warning and info line in ``.lines``."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)
            super().pushWarning(text)

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)
            super().pushInfo(text)

    return Log()


def rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, (None if hasattr(v, "isNull") and v.isNull() else v
                             for v in f.attributes()))) for f in layer.getFeatures()]


def sao_paulo_hexagons():
    """The Sao Paulo hexagons as a point layer (id, pop), and one facility (fac_id 1) in the
    middle hexagon (EPSG:4326 memory layers)."""
    import csv

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tests.osm_data import SHARED

    with open(SHARED / "sao_paulo" / "spo_hexgrid.csv") as fh:
        hexes = list(csv.DictReader(fh))
    pts = QgsVectorLayer("Point?crs=EPSG:4326&field=id:string&field=pop:double", "h", "memory")
    feats = []
    for h in hexes:
        f = QgsFeature(pts.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(h["lon"]), float(h["lat"]))))
        f.setAttributes([h["id"], float(h["population"])])
        feats.append(f)
    pts.dataProvider().addFeatures(feats)
    fac = QgsVectorLayer("Point?crs=EPSG:4326&field=fac_id:integer", "f", "memory")
    f = QgsFeature(fac.fields())
    f.setGeometry(feats[len(feats) // 2].geometry())
    f.setAttributes([1])
    fac.dataProvider().addFeatures([f])
    return fac, pts
