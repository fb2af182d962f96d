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


def rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, (None if hasattr(v, "isNull") and v.isNull() else v
                             for v in f.attributes()))) for f in layer.getFeatures()]
