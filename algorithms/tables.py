"""Attribute tables of Processing sources as pandas frames, and frames written to sinks."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingException

from .outputs import add_row, make_fields


def euros(value: float) -> str:
    """A whole number with spaces between thousands (13 152 000), as Finnish readers write."""
    return f"{value:,.0f}".replace(",", " ")


def source_frame(source, label: str, need: tuple[str, ...] = ()) -> pd.DataFrame:
    """Every attribute of ``source`` (NULL -> None); ``need`` columns must exist."""
    names = source.fields().names()
    lower = {n.lower(): n for n in names}
    missing = [n for n in need if n.lower() not in lower]
    if missing:
        raise QgsProcessingException(
            f"{label} ({source.sourceName()}) has no field {', '.join(missing)}; it has "
            f"{', '.join(names)}. Rename the fields or pick another table.")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    rows = [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
             for v in f.attributes()] for f in source.getFeatures(request)]
    frame = pd.DataFrame(rows, columns=names)
    return frame.rename(columns={lower[n.lower()]: n for n in need})


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
