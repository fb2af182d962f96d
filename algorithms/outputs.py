"""Helpers to declare output fields and write features to Processing sinks."""

from __future__ import annotations

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QMetaType

from .translation import translate

TYPES = {float: QMetaType.Type.Double, int: QMetaType.Type.LongLong,
         str: QMetaType.Type.QString, bool: QMetaType.Type.Bool}


def make_fields(spec: list[tuple[str, type]], base: QgsFields | None = None) -> QgsFields:
    """QgsFields of ``base`` (if given) plus ``(name, python type)`` pairs."""
    fields = QgsFields(base) if base is not None else QgsFields()
    for name, kind in spec:
        if fields.lookupField(name) >= 0:
            raise QgsProcessingException(translate(
                "outputs",
                "The input layer already has a field '{name}', which this algorithm writes: "
                "it may be the result of an earlier run. Choose the original layer (e.g. the "
                "population grid, not the cells of an earlier scenario), or rename or drop "
                "that field, and run again.").format(name=name))
        fields.append(QgsField(name, TYPES.get(kind, QMetaType.Type.QString)))
    return fields


def id_type(ids) -> type:
    """Python type of an id column (of its first non-NULL value; int when all are NULL)."""
    return type(next((v for v in ids if v is not None), 0))


def catchment_fields(ids) -> QgsFields:
    """Fields of a band polygon layer."""
    return make_fields([("fac_id", id_type(ids)), ("band_from", float), ("band_to", float),
                        ("population", float), ("area_km2", float)])


def clean(value):
    """numpy scalars to Python; NaN and infinity to NULL."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def shapely_to_qgis(geom) -> QgsGeometry:
    """A shapely geometry as a QGIS one (through WKB: much faster than WKT for big ones)."""
    out = QgsGeometry()
    out.fromWkb(geom.wkb)
    return out


def add_row(sink, fields: QgsFields, values: list, geometry=None) -> None:
    """Write one feature (or table row) with ``values`` in field order."""
    f = QgsFeature(fields)
    if geometry is not None:
        f.setGeometry(geometry)
    f.setAttributes([clean(v) for v in values])
    sink.addFeature(f, QgsFeatureSink.FastInsert)
