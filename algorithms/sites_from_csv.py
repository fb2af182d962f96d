"""Service sites from a CSV table (ETRS-TM35FIN or WGS84 coordinates) as a point layer in
EPSG:3067."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.scenario.site_table import (
    SiteTableError,
    _numbers,
    name_column,
    read_table,
    sites_from_table,
)
from .common import PalveluAlgorithm
from .outputs import add_row, make_fields
from .parameters import INPUT, OUTPUT
from .translation import QT_TRANSLATE_NOOP, engine_text, engine_texts

X_FIELD, Y_FIELD = "X_FIELD", "Y_FIELD"
TM35FIN = "EPSG:3067"


class SitesFromCsv(PalveluAlgorithm):
    NAME = "sitesfromcsv"
    DISPLAY = QT_TRANSLATE_NOOP("SitesFromCsv", "Service sites from a CSV table")
    GROUP = "Service network scenarios"
    GROUP_ID = "scenarios"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            INPUT, self.tr("CSV table of service sites"), extension="csv"))
        for key, label in ((X_FIELD, self.tr("East / longitude column (empty: found by name)")),
                           (Y_FIELD, self.tr("North / latitude column (empty: found by name)"))):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Service sites"), QgsProcessing.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, INPUT, context)
        try:
            frame = read_table(path)
            table = sites_from_table(
                frame, self.parameterAsString(parameters, X_FIELD, context).strip(),
                self.parameterAsString(parameters, Y_FIELD, context).strip(),
                name_column(frame.columns))
        except (SiteTableError, ValueError, OSError) as e:
            raise QgsProcessingException(self.tr("Service sites ({path}): {e}.").format(
                path=path, e=engine_text(e))) from None
        for note in table.notes:
            feedback.pushInfo(self.tr("Service sites: {n}.").format(n=engine_text(note)))
        if table.unread:
            feedback.pushWarning(self.tr(
                "Service sites: {k} of {n} rows left out, their coordinates cannot be read: "
                "{rows}.").format(k=len(table.unread), n=len(frame),
                                  rows="; ".join(engine_texts(table.unread[:20]))
                                  + ("; ..." if len(table.unread) > 20 else "")))
        if not len(table.x):
            raise QgsProcessingException(self.tr(
                "Service sites ({path}): no row has readable coordinates.").format(path=path))
        kinds = {c: _kind(table.frame[c]) for c in table.frame.columns}
        fields = make_fields([(c, k) for c, k in kinds.items()])
        crs = QgsCoordinateReferenceSystem(TM35FIN)
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        to_work = QgsCoordinateTransform(QgsCoordinateReferenceSystem(table.crs), crs,
                                         context.transformContext())
        columns = {c: (_numbers(table.frame[c]) if k is float else table.frame[c].to_numpy())
                   for c, k in kinds.items()}
        for i, (x, y) in enumerate(zip(table.x, table.y)):
            p = to_work.transform(QgsPointXY(float(x), float(y)))
            add_row(sink, fields, [_cell(columns[c][i]) for c in kinds],
                    QgsGeometry.fromPointXY(p))
        feedback.pushInfo(self.tr("{k} service sites written in EPSG:3067.").format(
            k=len(table.x)))
        return {OUTPUT: dest}


def _kind(values: pd.Series) -> type:
    """float for a column whose every non-empty value is a number (decimal commas too)."""
    text = values.astype(str).str.strip()
    filled = text != ""
    return float if filled.any() and np.isfinite(_numbers(values[filled])).all() else str


def _cell(v):
    if isinstance(v, float) and not np.isfinite(v):
        return None
    return v if not isinstance(v, str) or v.strip() else None
