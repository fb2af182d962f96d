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

from ..core.allocation import band_label
from ..core.transit import percentiles, share_within
from .common import PalveluAlgorithm, add_points_parameter, parse_bands, read_points, tr, work_crs
from .outputs import add_row, make_fields
from .transit_common import TRANSIT_HELP, add_transit_parameters, transit_setup


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
        "maximum trip time at the median).</p>" + TRANSIT_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_transit_parameters(self)
        add_points_parameter(self, "ORIGINS", "Origins (population)", "ORIGIN_ID",
                             "Origin id field")
        add_points_parameter(self, "FACILITIES", "Facilities", "FAC_ID", "Facility id field")
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", tr("Threshold for the share (minutes)"),
            QgsProcessingParameterNumber.Double, defaultValue=30.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterString(
            "PERCENTILES", tr("Percentiles"), defaultValue="10,50,90"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Transit travel times"), QgsProcessing.TypeVectorAnyGeometry))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        qs = parse_bands(self.parameterAsString(parameters, "PERCENTILES", context),
                         "Percentiles")
        if qs[-1] > 100:
            raise QgsProcessingException(tr("Percentiles must lie between 0 and 100."))
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context) * 60
        org_src = self.parameterAsSource(parameters, "ORIGINS", context)
        crs = work_crs(org_src, context)
        setup = transit_setup(self, parameters, context, feedback, crs)
        orig = read_points(org_src, crs, context, feedback, "origins",
                           self.parameterAsString(parameters, "ORIGIN_ID", context))
        fac = read_points(self.parameterAsSource(parameters, "FACILITIES", context), crs,
                          context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context),
                          keep_features=False)
        access = setup.access(orig.x, orig.y)
        best = np.full((len(orig.x), len(setup.departures)), np.inf)
        p50 = np.full((len(orig.x), len(fac.x)), np.inf)
        for j in range(len(fac.x)):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            secs = setup.seconds_to(fac.x[j], fac.y[j], access, orig.x, orig.y)
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
