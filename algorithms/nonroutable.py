"""The *Non-routable features* output (as QGIS's own Service area has): every input point the
network cannot route, with the layer it comes from, its feature id and id, and the reason
(too far from a road, on a road piece not connected to the network, no geometry)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..core.roads.snapping import OK
from .outputs import add_row, make_fields
from .parameters import NONROUTABLE
from .translation import engine_text, translate

FIELDS = [("layer", str), ("feature_id", int), ("id", str), ("reason", str), ("snap_m", float)]


def add_nonroutable_output(alg, times=None) -> None:
    """The optional *Non-routable features* sink (made by default in the dialog), for an
    algorithm whose travel mode ``times`` (a TravelTimes class; None: roads) snaps points."""
    if times is not None and not times.SNAPS:
        return
    param = QgsProcessingParameterFeatureSink(
        NONROUTABLE, translate("nonroutable", "Non-routable features"),
        QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True)
    alg.addParameter(param)


def unroutable_rows(snapped) -> list[tuple]:
    """(layer, feature id, id, reason, snap metres, x, y) of every point of ``snapped``
    ((label, PointInput, Snap) triples) whose snap status is not OK."""
    rows = []
    for label, pts, snap in snapped:
        layers, fids = _origin(label, pts)
        for i in np.flatnonzero(snap.status != OK):
            ident = pts.ids[i]
            dist = float(snap.distance[i])
            rows.append((layers[i], int(fids[i]), None if ident is None else str(ident),
                         engine_text(snap.status[i]), dist if np.isfinite(dist) else None,
                         float(pts.x[i]), float(pts.y[i])))
    return rows


def _origin(label: str, pts) -> tuple[list, list]:
    """Layer name and feature id of every point of a PointInput or of the Sites (facilities
    then new sites) of a scenario."""
    parts = [pts.facilities] + ([pts.new] if pts.new is not None else []) \
        if hasattr(pts, "facilities") else [pts]
    layers, fids = [], []
    for part in parts:
        n = len(part.x)
        layers += [part.layer or label] * n
        fids += list(part.fids) if len(part.fids) == n else list(range(n))
    return layers, fids


def write_nonroutable(alg, parameters, context, times, feedback=None) -> dict:
    """Write the points ``times`` (RoadTimes) could not route to the NONROUTABLE sink, when
    the algorithm has it and the user asked for it. Returns the results entry."""
    if alg.parameterDefinition(NONROUTABLE) is None:
        return {}
    fields = make_fields(FIELDS)
    sink, dest = alg.parameterAsSink(parameters, NONROUTABLE, context, fields,
                                     QgsWkbTypes.Point, times.crs)
    if sink is None and not dest:
        return {}  # not asked for
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, NONROUTABLE))
    rows = unroutable_rows(getattr(times, "snapped", []))
    for layer, fid, ident, reason, dist, x, y in rows:
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y)) \
            if np.isfinite(x) and np.isfinite(y) else None
        add_row(sink, fields, [layer, fid, ident, reason, dist], point)
    if not rows and context.willLoadLayerOnCompletion(dest):
        # the output stays (models and scripts get it), but an empty layer is not loaded
        layers = context.layersToLoadOnCompletion()
        layers.pop(dest, None)
        context.setLayersToLoadOnCompletion(layers)
    if feedback is not None and rows:
        feedback.pushInfo(translate(
            "nonroutable", "{n} non-routable features written (layer Non-routable "
            "features).").format(n=len(rows)))
    return {NONROUTABLE: dest}
