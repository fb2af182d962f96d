"""Processing algorithm: check a road network before trusting its travel times."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core.roads.checks import check_network, share_on_main
from .common import PalveluAlgorithm, read_points
from .outputs import add_row, make_fields
from .parameters import (
    COMPONENTS,
    DANGLE_COUNT,
    DANGLES,
    EDGES,
    FACILITIES,
    FACILITY_SHARE,
    POP_FIELD,
    POPULATION,
    POPULATION_SHARE,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import RoadTimes


class NetworkCheck(PalveluAlgorithm):
    NAME = "checknetwork"
    DISPLAY = QT_TRANSLATE_NOOP("NetworkCheck", "Check road network")

    def initAlgorithm(self, config=None):  # noqa: N802
        RoadTimes.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            FACILITIES, self.tr("Facilities"), [QgsProcessing.TypeVectorPoint,
                                             QgsProcessing.TypeVectorPolygon], optional=True))
        add_points_parameter(self, POPULATION, self.tr("Population"),
                             POP_FIELD, self.tr("Population field"), numeric=True, optional=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            EDGES, self.tr("Network edges"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            DANGLES, self.tr("Dangles"), QgsProcessing.TypeVectorPoint))
        for name, label in ((COMPONENTS, self.tr("Connected pieces")),
                            (DANGLE_COUNT, self.tr("Number of dangles")),
                            (FACILITY_SHARE, self.tr("Share of facilities routable")),
                            (POPULATION_SHARE, self.tr("Share of population routable"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, crs = road.router, road.crs
        net, graph = router.net, router.graph
        report = check_network(net, graph)
        for line in report.lines():
            feedback.pushInfo(line)
        results = {COMPONENTS: report.n_components, DANGLE_COUNT: len(report.dangles)}
        for key, label, field in ((FACILITIES, self.tr("facilities"), ""),
                                  (POPULATION, self.tr("population features"), POP_FIELD)):
            src = self.parameterAsSource(parameters, key, context)
            if src is None:
                continue
            pts = read_points(src, crs, context, feedback, label,
                              value_field=self.parameterAsString(parameters, field, context)
                              if field else "", keep_features=False)
            snap = road.snap(pts, label, feedback)
            share = share_on_main(snap, pts.weights)
            results[FACILITY_SHARE if key == FACILITIES else POPULATION_SHARE] = share
            feedback.pushInfo(self.tr(
                "{share:.1f}% of the {label} (weighted) can be routed.").format(
                share=100 * share, label=label))
        fields = make_fields([("edge", int), ("source_row", int), ("length_m", float),
                              ("component", int), ("on_main", bool), ("usable", bool)])
        sink, dest = self.parameterAsSink(parameters, EDGES, context, fields,
                                          QgsWkbTypes.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, EDGES))
        for e in range(net.n_edges):
            if e % 10000 == 0 and feedback.isCanceled():
                break
            xy = net.edge_coords(e)
            c = report.edge_component[e]
            add_row(sink, fields, [e, net.e_feature[e], net.e_len[e], c,
                                   bool(c == graph.main_component), bool(c >= 0)],
                    QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy]))
        dfields = make_fields([("node", int), ("component", int)])
        dsink, ddest = self.parameterAsSink(parameters, DANGLES, context, dfields,
                                            QgsWkbTypes.Point, crs)
        if dsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, DANGLES))
        for n in report.dangles:
            add_row(dsink, dfields, [n, graph.components[n]],
                    QgsGeometry.fromPointXY(QgsPointXY(net.node_x[n], net.node_y[n])))
        results.update({EDGES: dest, DANGLES: ddest})
        results.setdefault(FACILITY_SHARE, np.nan)
        results.setdefault(POPULATION_SHARE, np.nan)
        return results
