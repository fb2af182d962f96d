"""Processing algorithm: public transport service per stop and per population cell."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.transit.frequency import cell_trips, stop_departures
from ..core.transit.gtfs import DAY, GtfsError, connections, read_feed
from ..core.transit.merge import idle_feeds
from ..core.transit.profiles import straight_access
from ..core.transit.setup import DETOUR
from .common import PalveluAlgorithm, read_points, work_crs
from .map_styles import service_renderer, set_renderer, style_output
from .outputs import add_row, make_fields
from .parameters import (
    CELLS,
    CELLS_OUT,
    DATE,
    END,
    GTFS,
    MAX_WALK,
    START,
    STOPS,
    WALK_SPEED,
    add_points_parameter,
    add_transit_parameters,
    parse_clock,
)
from .translation import QT_TRANSLATE_NOOP, engine_text
from .validation import report_walk_reach


class TransitService(PalveluAlgorithm):
    NAME = "transitservice"
    DISPLAY = QT_TRANSLATE_NOOP("TransitService", "Transit service summary")
    GROUP = "Public transport"
    GROUP_ID = "transit"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_transit_parameters(self, window_only=True)
        add_points_parameter(self, CELLS, self.tr("Population cells"), optional=True)
        self.addParameter(QgsProcessingParameterNumber(
            MAX_WALK, self.tr("Maximum walk to a stop (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=800.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            WALK_SPEED, self.tr("Walking speed (km/h)"), QgsProcessingParameterNumber.Double,
            defaultValue=5.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            STOPS, self.tr("Service per stop"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            CELLS_OUT, self.tr("Service per cell"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        day = self.parameterAsDateTime(parameters, DATE, context).date().toPyDate()
        start = parse_clock(self.parameterAsString(parameters, START, context),
                            self.tr("Window start"))
        end = parse_clock(self.parameterAsString(parameters, END, context), self.tr("Window end"))
        if end == start:
            raise QgsProcessingException(self.tr("The window is empty: it ends when it starts."))
        if end < start:  # the window crosses midnight
            end += DAY
        try:
            feed = read_feed(self.parameterAsFileList(parameters, GTFS, context))
            conn = connections(feed, day, 0, max(end, DAY))
        except GtfsError as e:
            raise QgsProcessingException(self.tr(
                "GTFS: {e}.").format(e=engine_text(e))) from None
        for note in idle_feeds(feed, day):  # a feed of several with no service on the day
            feedback.pushWarning(self.tr("GTFS: {note}.").format(note=engine_text(note)))
        stats = stop_departures(conn, len(feed.stops), start, end)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        fields = make_fields([("stop_id", str), ("stop_name", str)]
                             + [(c, int) for c in stats.columns])
        sink, dest = self.parameterAsSink(parameters, STOPS, context, fields,
                                          QgsWkbTypes.Point, wgs84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, STOPS))
        names = feed.stops["stop_name"] if "stop_name" in feed.stops else [""] * len(stats)
        for i, (sid, name, lon, lat) in enumerate(zip(feed.stops.stop_id, names,
                                                      feed.stops.stop_lon, feed.stops.stop_lat)):
            if np.isnan(lon) or np.isnan(lat):
                continue
            add_row(sink, fields, [sid, name, *stats.iloc[i].tolist()],
                    QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        style_output(context, dest, set_renderer(lambda g: service_renderer("dep_window", g)))
        out = {STOPS: dest}
        cells_src = self.parameterAsSource(parameters, CELLS, context)
        if cells_src is not None and parameters.get(CELLS_OUT):
            crs = work_crs(cells_src, context, feedback)
            to_work = QgsCoordinateTransform(wgs84, crs, context.transformContext())
            xy = np.array([(p.x(), p.y()) for p in (
                to_work.transform(lon, lat) for lon, lat in
                zip(feed.stops.stop_lon.fillna(0), feed.stops.stop_lat.fillna(0)))])
            cells = read_points(cells_src, crs, context, feedback, self.tr("cells"))
            walk = self.parameterAsDouble(parameters, WALK_SPEED, context) / 3.6
            access = straight_access(cells.x, cells.y, xy[:, 0], xy[:, 1],
                                     self.parameterAsDouble(parameters, MAX_WALK, context),
                                     walk, DETOUR)
            report_walk_reach(access, len(cells.x), cells.layer, feedback,
                              self.parameterAsDouble(parameters, MAX_WALK, context))
            served = cell_trips(conn, access, start, end)
            cfields = make_fields([("trips_day", int), ("trips_window", int),
                                   ("walk_min", float)], cells_src.fields())
            csink, cdest = self.parameterAsSink(parameters, CELLS_OUT, context, cfields,
                                                cells_src.wkbType(), crs)
            for i, f in enumerate(cells.features):
                add_row(csink, cfields, list(f.attributes()) + [
                    served.trips_day[i], served.trips_window[i], served.walk_s[i] / 60],
                    f.geometry())
            style_output(context, cdest, set_renderer(
                lambda g: service_renderer("trips_window", g, "walk_min")))
            out[CELLS_OUT] = cdest
        return out
