"""Helpers to declare output fields and write features to Processing sinks."""

from __future__ import annotations

import math
import re

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

#: decimals a summary number is written with, by what its field holds (first match of the
#: name): areas in km2 0.001, mean and percentile minutes of a table 0.1, the equity shares
#: and Gini 0.001, euros 0.01, FTE 0.01. Per-cell and per-pair values (a cell's minutes, the
#: OD matrix, shares per cell) stay as computed: other tools read them on, and rounding them
#: would move residents across the thresholds those tools count.
DECIMALS = (
    (re.compile(r"(^|_)km2$"), 3),
    (re.compile(r"^(mean_min|mean_min_(before|after)|p\d+_min_(before|after)|"
                r"worst_decile_mean_min(_(before|after))?)$"), 1),
    (re.compile(r"^(share_beyond_.*|share_.*_beyond_.*|gini|mobile_share|remote_share_of_lost|"
                r"share_of_lost)$"), 3),
    (re.compile(r"^(rent|opex|invest|exit|staff|mobile|client_travel|kela_travel|"
                r"county_total|societal_total|fixed_cost|travel_cost|npv_eur|"
                r"vehicle_cost_per_km|vehicle_cost_year)$"), 2),
    (re.compile(r"(^|_)fte(_|$)"), 2),
)
LENGTH = 20  # the field length of a rounded number (marks the fields add_row rounds)


def decimals(name: str) -> int | None:
    """Decimals of an output field named ``name`` (None: written as computed)."""
    return next((d for pattern, d in DECIMALS if pattern.search(name)), None)


def make_fields(spec: list[tuple[str, type]], base: QgsFields | None = None,
                exact: bool = False) -> QgsFields:
    """QgsFields of ``base`` (if given) plus ``(name, python type)`` pairs; numbers are
    written rounded by kind (``DECIMALS``) unless ``exact`` (data other tools read on, such
    as an OD matrix)."""
    fields = QgsFields(base) if base is not None else QgsFields()
    for name, kind in spec:
        if fields.lookupField(name) >= 0:
            raise QgsProcessingException(translate(
                "outputs",
                "The input layer already has a field '{name}', which this algorithm writes: "
                "it may be the result of an earlier run. Choose the original layer (e.g. the "
                "population grid, not the cells of an earlier scenario), or rename or drop "
                "that field, and run again.").format(name=name))
        places = decimals(name) if kind is float and not exact else None
        if places is None:
            fields.append(QgsField(name, TYPES.get(kind, QMetaType.Type.QString)))
        else:
            fields.append(QgsField(name, QMetaType.Type.Double, "double", LENGTH, places))
    return fields


def id_type(ids) -> type:
    """Python type of an id column (of its first non-NULL value; int when all are NULL)."""
    return type(next((v for v in ids if v is not None), 0))


def catchment_fields(ids, named: bool = False) -> QgsFields:
    """Fields of a band polygon layer (with the facility's name after its id if ``named``)."""
    return make_fields([("fac_id", id_type(ids))] + [("name", str)] * named + [
        ("band_from", float), ("band_to", float), ("population", float), ("area_km2", float)])


def clean(value):
    """numpy scalars to Python; NaN and infinity to NULL."""
    kind = type(value)
    if kind is float:  # (the common cases first: this runs for every value written)
        return value if math.isfinite(value) else None
    if value is None or kind is int or kind is str or kind is bool:
        return value
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
    values = [clean(v) for v in values]
    for i, digits in _rounded(fields):
        if i < len(values) and isinstance(values[i], float):
            values[i] = round(values[i], digits) + 0.0  # no -0.0
    f.setAttributes(values)
    sink.addFeature(f, QgsFeatureSink.FastInsert)


_ROUNDED: dict[int, tuple[QgsFields, list[tuple[int, int]]]] = {}


def _rounded(fields: QgsFields) -> list[tuple[int, int]]:
    """(index, decimals) of the fields ``make_fields`` rounds (doubles of its length),
    looked up once per fields object (a writer calls ``add_row`` for every feature)."""
    kept = _ROUNDED.get(id(fields))
    if kept is None or kept[0] is not fields:
        if len(_ROUNDED) > 64:
            _ROUNDED.clear()
        kept = _ROUNDED[id(fields)] = (fields, [
            (i, fields.at(i).precision()) for i in range(fields.count())
            if fields.at(i).length() == LENGTH
            and fields.at(i).type() == QMetaType.Type.Double])
    return kept[1]
