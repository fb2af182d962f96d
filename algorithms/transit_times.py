"""Processing algorithm: public transport travel times from origins to facilities (GTFS)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.allocation import band_label
from ..core.gtfs import GtfsError, connections, read_feed
from ..core.transit import (
    percentiles,
    profile_to_target,
    share_within,
    stop_footpaths,
    straight_access,
    travel_seconds,
)
from .common import PalveluAlgorithm, add_points_parameter, parse_bands, read_points, tr, work_crs
from .outputs import add_row, make_fields

DETOUR = 1.3


def parse_clock(text: str, what: str) -> int:
    """'07:30' -> seconds after midnight."""
    try:
        h, m = (int(v) for v in text.strip().split(":")[:2])
    except ValueError:
        raise QgsProcessingException(tr(f"{what}: '{text}' is not a time HH:MM.")) from None
    return h * 3600 + m * 60


class TransitTimes(PalveluAlgorithm):
    NAME = "transittimes"
    DISPLAY = "Transit travel times to facilities"
    GROUP = "Public transport"
    GROUP_ID = "transit"
    HELP = (
        "<p>Timetable-exact public transport travel times from every origin (population "
        "cell) to the facilities, from GTFS feeds, for every departure minute of a window. "
        "Waiting at the origin counts as travel time. Walking legs (to the first stop, "
        "between stops, from the last stop) are straight lines times 1.3 at the walking "
        "speed; a facility within walking distance can also be reached on foot.</p>"
        "<p><b>GTFS feeds</b>: one or more zip files or folders. <b>Date</b>: a day the "
        "feed covers. <b>Window</b>: first and last departure (HH:MM) and the step in "
        "minutes. <b>Percentiles</b> of travel time over the window, e.g. "
        "<code>10,50,90</code>; <b>threshold</b> for the share of departures arriving in "
        "time.</p>"
        "<p><b>Output</b>: the origins with, for the nearest facility, <code>p&lt;q&gt;_min"
        "</code> per percentile, <code>share_within</code>, <code>fac_p50</code> (the facility "
        "fastest at the median) and <code>n_reachable</code> (facilities reached within the "
        "maximum trip time at the median).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "GTFS", tr("GTFS feeds (zip)"), QgsProcessing.TypeFile))
        self.addParameter(QgsProcessingParameterDateTime(
            "DATE", tr("Date"), QgsProcessingParameterDateTime.Date))
        self.addParameter(QgsProcessingParameterString("START", tr("First departure"),
                                                       defaultValue="07:00"))
        self.addParameter(QgsProcessingParameterString("END", tr("Last departure"),
                                                       defaultValue="09:00"))
        self.addParameter(QgsProcessingParameterNumber("STEP", tr("Step (minutes)"),
                                                       defaultValue=1, minValue=1))
        add_points_parameter(self, "ORIGINS", "Origins (population)", "ORIGIN_ID",
                             "Origin id field")
        add_points_parameter(self, "FACILITIES", "Facilities", "FAC_ID", "Facility id field")
        for key, label, default in (("MAX_WALK", "Maximum walk to or from a stop (m)", 800.0),
                                    ("TRANSFER_WALK", "Maximum walk between stops (m)", 400.0),
                                    ("WALK_SPEED", "Walking speed (km/h)", 5.0),
                                    ("MAX_TRIP", "Maximum trip time (minutes)", 120.0),
                                    ("THRESHOLD", "Threshold for the share (minutes)", 30.0)):
            self.addParameter(QgsProcessingParameterNumber(
                key, tr(label), QgsProcessingParameterNumber.Double, defaultValue=default,
                minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_TRANSFERS", tr("Maximum transfers"), defaultValue=3, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            "PERCENTILES", tr("Percentiles"), defaultValue="10,50,90"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Transit travel times"), QgsProcessing.TypeVectorAnyGeometry))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = self.parameterAsFileList(parameters, "GTFS", context) if hasattr(
            self, "parameterAsFileList") else self.parameterAsLayerList(parameters, "GTFS",
                                                                        context)
        day = self.parameterAsDateTime(parameters, "DATE", context).date().toPyDate()
        start = parse_clock(self.parameterAsString(parameters, "START", context), "First "
                            "departure")
        end = parse_clock(self.parameterAsString(parameters, "END", context), "Last departure")
        if end < start:
            raise QgsProcessingException(tr("The last departure is before the first one."))
        step = self.parameterAsInt(parameters, "STEP", context) * 60
        qs = parse_bands(self.parameterAsString(parameters, "PERCENTILES", context),
                         "Percentiles")
        if qs[-1] > 100:
            raise QgsProcessingException(tr("Percentiles must lie between 0 and 100."))
        walk = self.parameterAsDouble(parameters, "WALK_SPEED", context) / 3.6
        max_walk = self.parameterAsDouble(parameters, "MAX_WALK", context)
        max_trip = self.parameterAsDouble(parameters, "MAX_TRIP", context) * 60
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context) * 60
        try:
            feed = read_feed(paths)
            conn = connections(feed, day, start, end + max_trip)
        except GtfsError as e:
            raise QgsProcessingException(tr(f"GTFS: {e}.")) from None
        feedback.pushInfo(tr(f"{len(conn)} connections on {day} between the window's start "
                             f"and the latest arrival."))
        org_src = self.parameterAsSource(parameters, "ORIGINS", context)
        crs = work_crs(org_src, context)
        to_work = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                         context.transformContext())
        stops_xy = np.array([(p.x(), p.y()) for p in (
            to_work.transform(lon, lat) for lon, lat in
            zip(feed.stops.stop_lon.fillna(0), feed.stops.stop_lat.fillna(0)))])
        orig = read_points(org_src, crs, context, feedback, "origins",
                           self.parameterAsString(parameters, "ORIGIN_ID", context))
        fac = read_points(self.parameterAsSource(parameters, "FACILITIES", context), crs,
                          context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context),
                          keep_features=False)
        foot = stop_footpaths(stops_xy[:, 0], stops_xy[:, 1],
                              self.parameterAsDouble(parameters, "TRANSFER_WALK", context),
                              walk, DETOUR)
        access = straight_access(orig.x, orig.y, stops_xy[:, 0], stops_xy[:, 1], max_walk,
                                 walk, DETOUR)
        departures = np.arange(start, end + 1, step, dtype=float)
        k = self.parameterAsInt(parameters, "MAX_TRANSFERS", context)
        best = np.full((len(orig.x), len(departures)), np.inf)
        p50 = np.full((len(orig.x), len(fac.x)), np.inf)
        for j in range(len(fac.x)):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            eg = straight_access(fac.x[j:j + 1], fac.y[j:j + 1], stops_xy[:, 0], stops_xy[:, 1],
                                 max_walk, walk, DETOUR)
            profile = profile_to_target(conn, foot, dict(zip(eg.stop.tolist(),
                                                             eg.seconds.tolist())),
                                        len(stops_xy), max_transfers=k)
            direct = np.hypot(orig.x - fac.x[j], orig.y - fac.y[j]) * DETOUR / walk
            secs = travel_seconds(profile, access, departures,
                                  np.where(direct * walk <= max_walk, direct, np.inf))
            secs[secs > max_trip] = np.inf
            best = np.minimum(best, secs)
            p50[:, j] = percentiles(secs, [50])[:, 0]
            feedback.setProgress(100 * (j + 1) / len(fac.x))
        pct = percentiles(best, qs) / 60
        share = share_within(best, threshold)
        id_type = type(next((v for v in fac.ids if v is not None), 0))
        fields = make_fields([(f"p{band_label(q)}_min", float) for q in qs]
                             + [("share_within", float), ("fac_p50", id_type),
                                ("n_reachable", int)], org_src.fields())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          org_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        fastest = np.argmin(p50, axis=1)
        for i, f in enumerate(orig.features):
            reach = np.isfinite(p50[i])
            add_row(sink, fields, list(f.attributes()) + list(pct[i]) + [
                share[i], fac.ids[fastest[i]] if reach.any() else None, int(reach.sum())],
                f.geometry())
        return {"OUTPUT": dest}
