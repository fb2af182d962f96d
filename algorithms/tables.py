"""Attribute tables of Processing sources as pandas frames, and frames written to sinks."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingException

from .outputs import add_row, make_fields
from .translation import translate

#: a number as a program writes it (decimal point, optional exponent)
_POINT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
#: a number as a Finnish spreadsheet writes it (decimal comma, thousands by spaces)
_COMMA = re.compile(r"[+\-\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?")
#: a whole number with a leading zero is a code ("091", a municipality), not a number
_CODE = re.compile(r"[+\-\u2212]?0\d")


def numbers(values: pd.Series) -> pd.Series | None:
    """``values`` (text, as OGR reads every CSV column) as numbers when every non-empty one
    reads as a number: with a decimal point, or (in a column where none has a point) with a
    Finnish decimal comma and spaces between thousands. Whole numbers with no empty value
    come back as integers, the rest as floats (empty -> NaN). None when a value is not text,
    does not read as a number or is a code with a leading zero ("091")."""
    full = [v.strip() if isinstance(v, str) else v for v in values]
    given = [v for v in full if v is not None and v != ""]
    if not given or not all(isinstance(v, str) for v in given) \
            or any(_CODE.match(v) for v in given):
        return None
    if all(_POINT.fullmatch(v) for v in given):
        read = given
    elif all(_COMMA.fullmatch(v) for v in given):
        read = [re.sub(r"[ \u00a0\u202f]", "", v).replace(",", ".").replace("\u2212", "-")
                for v in given]
    else:
        return None
    it = iter(read)
    out = pd.Series([np.nan if v is None or v == "" else next(it) for v in full],
                    index=values.index, dtype=object)
    if len(given) == len(full) and all(re.fullmatch(r"[+-]?\d+", v) for v in read):
        try:
            return out.astype(np.int64)
        except OverflowError:
            return None
    return out.astype(float)


def not_number(frame: pd.DataFrame, column: str) -> int | None:
    """The first row (0-based) of ``column`` holding something other than a number (or text
    that reads as one) or NULL."""
    for k, v in enumerate(frame[column]):
        if v is None or isinstance(v, (int, float, np.number)) and not isinstance(v, bool):
            continue
        if isinstance(v, str) and (_POINT.fullmatch(v.strip()) or _COMMA.fullmatch(v.strip())):
            continue
        return k
    return None


def euros(value: float) -> str:
    """A whole number with spaces between thousands (13 152 000), as Finnish readers write."""
    return f"{value:,.0f}".replace(",", " ")


def source_frame(source, label: str, need: tuple[str, ...] = (),
                 numeric: tuple[str, ...] = ()) -> pd.DataFrame:
    """Every attribute of ``source`` (NULL -> None); ``need`` columns must exist. Text columns
    whose every non-empty value reads as a number (a CSV through OGR has only text columns)
    become numbers (``numbers``); a ``numeric`` column that is there must hold numbers or
    NULL, else the layer, field, row and value are named."""
    names = source.fields().names()
    lower = {n.lower(): n for n in names}
    missing = [n for n in need if n.lower() not in lower]
    if missing:
        raise QgsProcessingException(translate(
            "tables", "{label} ({layer}) has no field {missing}; it has {names}. Rename the "
            "fields or pick another table.").format(
                label=label, layer=source.sourceName(), missing=", ".join(missing),
                names=", ".join(names)))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    rows = [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
             for v in f.attributes()] for f in source.getFeatures(request)]
    frame = pd.DataFrame(rows, columns=names)
    for name in names:
        if frame[name].dtype == object:
            read = numbers(frame[name])
            if read is not None:
                frame[name] = read
            elif name.lower() in {c.lower() for c in numeric}:
                frame[name] = frame[name].where(frame[name] != "", None)
    frame = frame.rename(columns={lower[n.lower()]: n for n in need})
    for name in numeric:
        column = lower.get(name.lower())
        column = name if name in frame else column
        if column is None or column not in frame:
            continue
        row = not_number(frame, column)
        if row is not None:
            raise QgsProcessingException(translate(
                "tables", "{label} ({layer}), field {field}, row {row}: {value!r} is not a "
                "number. Correct the value (a decimal point or comma, no units) or leave it "
                "empty.").format(label=label, layer=source.sourceName(), field=column,
                                 row=row + 1, value=frame[column].iloc[row]))
    return frame


def write_frame(alg, parameters, context, key: str, frame: pd.DataFrame) -> str:
    """``frame`` as a geometry-less table into the sink ``key``; returns its destination."""
    kinds = {c: (float if pd.api.types.is_float_dtype(t) else
                 int if pd.api.types.is_integer_dtype(t) else str)
             for c, t in frame.dtypes.items()}
    fields = make_fields(list(kinds.items()))
    sink, dest = alg.parameterAsSink(parameters, key, context, fields)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, key))
    for row in frame.itertuples(index=False):
        add_row(sink, fields, [kinds[c](v) if v is not None and not pd.isna(v) else None
                               for c, v in zip(frame.columns, row)])
    return dest


def od_table(source, label: str) -> pd.DataFrame:
    """A long travel-time table (origin_id, dest_id, time_min), ids as text."""
    od = source_frame(source, label, ("origin_id", "dest_id", "time_min"))
    return od.assign(origin_id=od["origin_id"].astype(str), dest_id=od["dest_id"].astype(str))


def od_minutes(od: pd.DataFrame, origins, dests) -> tuple[np.ndarray, int]:
    """The origins x dests minutes of ``od`` (inf where it has no row) and how many of its
    rows joined both lists."""
    rows = pd.Index(origins).get_indexer(od["origin_id"])
    cols = pd.Index(dests).get_indexer(od["dest_id"])
    keep = (rows >= 0) & (cols >= 0)
    minutes = np.full((len(origins), len(dests)), np.inf)
    minutes[rows[keep], cols[keep]] = pd.to_numeric(od["time_min"][keep], errors="coerce")
    return minutes, int(keep.sum())
