"""Processing algorithm: origin-destination travel-time matrix over the road network."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.roads.odmatrix import od_long
from ..core.roads.search import Router
from .common import (
    PalveluAlgorithm,
    progress_callback,
    read_points,
    run_engine,
)
from .nonroutable import add_nonroutable_output, write_nonroutable
from .outputs import add_row, id_type, make_fields
from .parameters import (
    CUTOFF,
    DESTINATIONS,
    K_NEAREST,
    ORIGINS,
    OUTPUT,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import RoadTimes
from .validation import check_ids


class OdMatrix(PalveluAlgorithm):
    NAME = "odmatrix"
    DISPLAY = QT_TRANSLATE_NOOP("OdMatrix", "OD matrix")

    def initAlgorithm(self, config=None):  # noqa: N802
        for key, label in ((ORIGINS, self.tr("Origins")), (DESTINATIONS, self.tr("Destinations"))):
            self.addParameter(QgsProcessingParameterFeatureSource(
                key, label, [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
            self.addParameter(QgsProcessingParameterField(
                key + "_ID", self.tr(
                    "{label}: id field").format(label=label), parentLayerParameterName=key,
                optional=True))
        RoadTimes.add_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            K_NEAREST, self.tr("k nearest destinations (0 = all)"), defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            CUTOFF, self.tr("Cut-off (minutes, 0 = none)"), QgsProcessingParameterNumber.Double,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("OD matrix"), QgsProcessing.TypeVector))
        add_nonroutable_output(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, settings, crs = road.router, road.settings, road.crs
        layers = {}
        for key, what in ((ORIGINS, self.tr("origins")), (DESTINATIONS, self.tr("destinations"))):
            src = self.parameterAsSource(parameters, key, context)
            pts = read_points(src, crs, context, feedback, what,
                              self.parameterAsString(parameters, key + "_ID", context),
                              keep_features=False)
            check_ids(pts, self.parameterAsString(parameters, key + "_ID", context), what=what)
            snap = road.snap(pts, what, feedback)
            layers[key] = (pts, snap)
        (orig, o_snap), (dest, d_snap) = layers[ORIGINS], layers[DESTINATIONS]
        cutoff = self.parameterAsDouble(parameters, CUTOFF, context) * 60 or np.inf
        k = self.parameterAsInt(parameters, K_NEAREST, context)
        feedback.setProgress(30)
        if len(d_snap) <= len(o_snap):  # search from destinations, trips towards them
            t, d = run_engine(router.times, d_snap, o_snap, cutoff, True,
                              progress_callback(feedback, 30, 90))
        else:  # search from origins along the travel direction
            rev = Router(router.net, router.profile, settings.access_speed or None,
                         to_facility=False)
            t, d = run_engine(rev.times, o_snap, d_snap, cutoff, True,
                              progress_callback(feedback, 30, 90))
            t, d = t.T, d.T
        table = od_long(t, d, k=k, cutoff=cutoff)
        fields = make_fields([("origin_id", id_type(orig.ids)), ("dest_id", id_type(dest.ids)),
                              ("time_min", float), ("dist_m", float), ("rank", int)],
                             exact=True)  # travel times other tools read: full precision
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        for o, de, s, m, r in table[["origin", "destination", "seconds", "metres",
                                     "rank"]].itertuples(index=False):
            add_row(sink, fields, [orig.ids[o], dest.ids[de], s / 60, m, r])
        feedback.pushInfo(self.tr(
            "{n_table} origin-destination pairs written.").format(n_table=len(table)))
        return {OUTPUT: dest_id, **write_nonroutable(self, parameters, context, road, feedback)}
