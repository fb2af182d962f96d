"""Glue shared by the service-channel algorithms: tables into DataFrames, 'key=value' lists."""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsProcessingException

from ..core.channels.mobile import ChannelInputError
from .common import _plain
from .impact_outputs import _sink
from .outputs import add_row, make_fields
from .translation import translate


def read_frame(source, columns: list[str], label: str, optional: tuple = ()) -> pd.DataFrame:
    """The named attribute columns of every feature, in order (missing optional ones are
    left out); NULL becomes None. A missing required column is an error naming it."""
    names = source.fields().names()
    lost = [c for c in columns if c not in names and c not in optional]
    if lost:
        raise QgsProcessingException(translate("channel_common",
            "Table '{source_name}' ({label}) has no field '{lost}'; it needs the fields "
            "{columns}.").format(source_name=source.sourceName() or label, label=label,
            lost=lost[0], columns=', '.join(columns)))
    cols = [c for c in columns if c in names]
    idx = [names.index(c) for c in cols]
    data = [[_value(f.attributes()[i]) for i in idx] for f in source.getFeatures()]
    return pd.DataFrame(data, columns=cols)


def _value(value):
    """A QGIS attribute as plain Python: dates as ``datetime.date``, times as 'HH:MM'."""
    value = _plain(value)
    for method in ("toPyDateTime", "toPyDate"):
        if hasattr(value, method):
            return getattr(value, method)()
    if hasattr(value, "hour") and hasattr(value, "toString"):  # QTime
        return value.toString("HH:mm")
    return value


def parse_pairs(text: str, what: str, shares: bool = True) -> dict[str, float]:
    """``'a=0.98, b=0.4'`` -> {'a': 0.98, 'b': 0.4}; shares must lie in 0-1."""
    out: dict[str, float] = {}
    for item in filter(None, (s.strip() for s in (text or "").replace(";", ",").split(","))):
        key, sep, value = item.partition("=")
        try:
            v = float(value)
        except ValueError:
            sep = ""
        if not sep or not key.strip():
            raise QgsProcessingException(translate("channel_common",
                "{what}: cannot read '{item}'; write name=value pairs separated by commas.").format(
                what=what, item=item))
        if shares and not 0 <= v <= 1:
            raise QgsProcessingException(translate("channel_common",
                "{what}: '{item}' is outside 0-1.").format(what=what, item=item))
        out[key.strip()] = v
    if not out:
        raise QgsProcessingException(translate("channel_common",
            "{what}: give at least one name=value pair.").format(what=what))
    return out


def channel_error(e: ChannelInputError) -> QgsProcessingException:
    return QgsProcessingException(str(e))


def write_points_with(alg, parameters, context, key: str, src, pts, table: pd.DataFrame,
                      crs, skip=()) -> str:
    """The input features (``pts.features``, in table order) with the table's numeric
    columns (except ``skip``) appended."""
    cols = [c for c in table.columns if c not in skip]
    fields = make_fields([(c, float) for c in cols], src.fields())
    sink, dest = _sink(alg, parameters, context, key, fields, src.wkbType(), crs)
    for f, row in zip(pts.features, table[cols].to_numpy(float)):
        add_row(sink, fields, list(f.attributes()) + list(row), f.geometry())
    return dest
