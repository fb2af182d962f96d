"""Processing algorithm: public transport travel times from origins to facilities (GTFS)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.scenario.bands import band_label
from ..core.transit.frequency import cell_trips
from ..core.transit.gtfs import DAY
from ..core.transit.profiles import arrive_by, share_within
from ..core.transit.setup import minutes_at
from .common import PalveluAlgorithm, cancellable, progress_callback, read_points
from .map_styles import set_renderer, style_output, time_renderer
from .outputs import add_row, id_type, make_fields
from .parameters import (
    ARRIVE_BY,
    FAC_ID,
    FACILITIES,
    OD,
    ORIGIN_ID,
    ORIGINS,
    OUTPUT,
    PERCENTILES,
    START,
    THRESHOLD,
    add_points_parameter,
    parse_clock,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import TransitTimes
from .validation import check_ids, parse_numbers, report_walk_reach


class TransitTravelTimes(PalveluAlgorithm):
    NAME = "transittimes"
    DISPLAY = QT_TRANSLATE_NOOP("TransitTravelTimes", "Transit travel times to facilities")
    GROUP = "Public transport"
    GROUP_ID = "transit"

    def initAlgorithm(self, config=None):  # noqa: N802
        TransitTimes.add_parameters(self, percentile=False)
        add_points_parameter(self, ORIGINS, self.tr("Origins (population)"), ORIGIN_ID,
                             self.tr("Origin id field"))
        add_points_parameter(self, FACILITIES, self.tr("Facilities"), FAC_ID,
                             self.tr("Facility id field"))
        self.addParameter(QgsProcessingParameterNumber(
            THRESHOLD, self.tr("Threshold for the share (minutes)"),
            QgsProcessingParameterNumber.Double, defaultValue=30.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterString(
            PERCENTILES, self.tr("Percentiles"), defaultValue="10,50,90"))
        self.addParameter(QgsProcessingParameterString(
            ARRIVE_BY, self.tr("Arrive by (HH:MM)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Transit travel times"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OD, self.tr("OD table (origin x facility percentiles)"), QgsProcessing.TypeVector,
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        qs = parse_numbers(self.parameterAsString(parameters, PERCENTILES, context),
                           self.tr("Percentiles"), self.tr("percent"), "10,50,90", maximum=100)
        threshold = self.parameterAsDouble(parameters, THRESHOLD, context) * 60
        org_src = self.parameterAsSource(parameters, ORIGINS, context)
        transit = TransitTimes.prepare(self, parameters, context, feedback, ORIGINS)
        crs, setup = transit.crs, transit.setup
        orig = read_points(org_src, crs, context, feedback, self.tr("origins"),
                           self.parameterAsString(parameters, ORIGIN_ID, context))
        fac = read_points(self.parameterAsSource(parameters, FACILITIES, context), crs,
                          context, feedback, self.tr("facilities"),
                          self.parameterAsString(parameters, FAC_ID, context),
                          keep_features=False)
        check_ids(fac, self.parameterAsString(parameters, FAC_ID, context))
        origins = setup.origins(orig.x, orig.y)
        report_walk_reach(origins.access, len(orig.x), orig.layer, feedback, setup.max_walk)
        for note in setup.unreached_feeds(origins.access):
            feedback.pushWarning(self.tr("GTFS: {note}.").format(note=note))
        deadline_text = self.parameterAsString(parameters, ARRIVE_BY, context)
        deadline = parse_clock(deadline_text, self.tr("Arrive by")) if deadline_text else None
        if deadline is not None and deadline < setup.departures[0] and \
                deadline + DAY <= setup.departures[-1] + DAY / 2:
            deadline += DAY  # soon after a window that runs late: the next day's clock
        if deadline is not None and deadline <= setup.departures[0]:
            feedback.pushWarning(self.tr(
                "Arrive by {deadline_text} is not after the first departure "
                "({start}): the timetable is read from the first departure on, "
                "so only walking all the way can make it and leave_by is empty for every "
                "other origin. Choose a later arrival time or an earlier window.").format(
                deadline_text=deadline_text,
                start=self.parameterAsString(parameters, START, context)))
        want_od = bool(parameters.get(OD))
        best = np.full((len(orig.x), len(setup.departures)), np.inf)
        p50 = np.full((len(orig.x), len(fac.x)), np.inf)  # minutes
        od = np.full((len(orig.x), len(fac.x), len(qs)), np.inf) if want_od else None
        latest = np.full(len(orig.x), -np.inf)
        for j, profile, secs in cancellable(setup.each_facility(
                fac.x, fac.y, origins, progress_callback(feedback, 0, 100))):
            best = np.minimum(best, secs)
            p50[:, j] = minutes_at(secs, [50])[:, 0]
            if want_od:
                od[:, j] = minutes_at(secs, qs)
            if deadline is not None:
                leave = np.maximum(arrive_by(profile, origins.access, deadline),
                                   deadline - setup.walk_only(fac.x[j], fac.y[j], orig.x,
                                                              orig.y))
                latest = np.maximum(latest, leave)
        pct = minutes_at(best, qs)
        share = share_within(best, threshold)
        fac_type = id_type(fac.ids)
        fields = make_fields([(f"p{band_label(q)}_min", float) for q in qs]
                             + [("share_within", float), ("fac_p50", fac_type),
                                ("n_reachable", int), ("trips_day", int), ("leave_by", str),
                                ("arrive_by_min", float)], org_src.fields())
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          org_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        fastest = np.argmin(p50, axis=1)
        trips = cell_trips(setup.day_conn, origins.access, 0, 1)["trips_day"].to_numpy()
        for i, f in enumerate(orig.features):
            reach = np.isfinite(p50[i])
            in_time = deadline is not None and np.isfinite(latest[i])
            add_row(sink, fields, list(f.attributes()) + list(pct[i]) + [
                share[i], fac.ids[fastest[i]] if reach.any() else None, int(reach.sum()),
                trips[i],
                _clock(latest[i]) if in_time else None,
                (deadline - latest[i]) / 60 if in_time else None], f.geometry())
        names = [f"p{band_label(q)}_min" for q in qs]
        median = "p50_min" if "p50_min" in names else names[0]
        t = threshold / 60  # the user's threshold in minutes: classes at half, it, double
        style_output(context, dest, set_renderer(lambda g: time_renderer(
            median, [t / 2, t, t * 2], g)))
        out = {OUTPUT: dest}
        if want_od:
            out[OD] = self._write_od(parameters, context, orig, fac, qs, od)
        return out

    def _write_od(self, parameters, context, orig, fac, qs, od) -> str:
        fields = make_fields([("origin_id", id_type(orig.ids)), ("fac_id", id_type(fac.ids))]
                             + [(f"p{band_label(q)}_min", float) for q in qs],
                             exact=True)  # travel times other tools read: full precision
        sink, dest = self.parameterAsSink(parameters, OD, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OD))
        for i, j in zip(*np.nonzero(np.isfinite(od).any(axis=2))):
            add_row(sink, fields, [orig.ids[i], fac.ids[j], *od[i, j]])
        return dest


def _clock(seconds: float) -> str:
    s = int(seconds) % DAY
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"
