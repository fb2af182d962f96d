"""Processing algorithm: nearest facility of every population feature over the road network."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.roads.snapping import OK
from ..core.scenario.bands import band_label, band_of, facility_summary
from .common import (
    NETWORK_HELP,
    PalveluAlgorithm,
    add_network_parameters,
    add_points_parameter,
    apply_style,
    parse_bands,
    read_points,
    snap_reported,
    tr,
)
from .outputs import add_row, id_type, make_fields
from .roads import load_router

UNREACHABLE_BEYOND = "no facility within the cut-off"


class NearestFacility(PalveluAlgorithm):
    NAME = "nearestfacility"
    DISPLAY = "Nearest facility"
    HELP = (
        "<p>Allocates every population feature (points, or polygons such as grid cells) to "
        "the facility it reaches fastest over the road network, in one multi-source search "
        "from the facilities.</p>"
        "<p><b>Population</b>: points or polygons (a polygon is represented by a point on its "
        "surface); <b>population field</b>: optional weight (NULL counts 0). "
        "<b>Facilities</b> and their <b>id field</b>. <b>Time bands</b>: minutes, e.g. "
        "<code>10,20,30</code>, for the summary. <b>Cut-off</b>: beyond it a feature counts "
        "as unreachable (0 = no limit).</p>"
        "<p><b>Outputs</b>: the population layer with <code>fac_id</code>, <code>time_min</code> "
        "(including the walks between points and roads), <code>dist_m</code> (network metres), "
        "<code>band_min</code>, <code>reachable</code>, <code>reason</code> (why a feature "
        "could not be routed), <code>snap_m</code> (metres from the feature to the road it "
        "was snapped to) and <code>snap_note</code> (<i>nearest road not connected to the "
        "network</i> when a nearer road piece is not connected to the main network, so the "
        "feature was snapped farther away, onto the main network); a summary table with, "
        "per facility, the cells and population served, the population within each band "
        "and the mean travel time, plus one row for the unreachable population.</p>"
        "<p><i>Example</i>: population grid, health stations, roads (OSM, field "
        "<code>highway</code>), mode car, bands 10,20,30.</p>" + NETWORK_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, "INPUT", "Population",
                             "POP_FIELD", "Population field", numeric=True)
        add_points_parameter(self, "FACILITIES", "Facilities", "FAC_ID", "Facility id field")
        add_network_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "BANDS", tr("Time bands (minutes)"), defaultValue="10,20,30"))
        self.addParameter(QgsProcessingParameterNumber(
            "CUTOFF", tr("Cut-off (minutes, 0 = none)"), QgsProcessingParameterNumber.Double,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Nearest facility"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr("Facility summary"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        bands = parse_bands(self.parameterAsString(parameters, "BANDS", context))
        cutoff = self.parameterAsDouble(parameters, "CUTOFF", context)
        router, settings, crs = load_router(self, parameters, context, feedback)
        feedback.setProgress(30)
        pop_src = self.parameterAsSource(parameters, "INPUT", context)
        fac_src = self.parameterAsSource(parameters, "FACILITIES", context)
        pop_field = self.parameterAsString(parameters, "POP_FIELD", context)
        fac = read_points(fac_src, crs, context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context))
        pop = read_points(pop_src, crs, context, feedback, "population", value_field=pop_field)
        fac_snap = snap_reported(router, fac, settings, "facilities", feedback, required=True)
        pop_snap = snap_reported(router, pop, settings, "population features", feedback)
        feedback.setProgress(50)
        limit = cutoff * 60 if cutoff > 0 else np.inf
        near = router.nearest(fac_snap, pop_snap, cutoff=limit)
        feedback.setProgress(80)

        minutes = near.time / 60
        reason = np.where(near.facility >= 0, "", pop_snap.status.astype(str))
        reason[(near.facility < 0) & (pop_snap.status == OK)] = (
            UNREACHABLE_BEYOND if np.isfinite(limit) else "no facility reachable")
        fac_type = id_type(fac.ids)
        fields = make_fields([("fac_id", fac_type), ("time_min", float), ("dist_m", float),
                              ("band_min", float), ("reachable", bool), ("reason", str),
                              ("snap_m", float), ("snap_note", str)], pop_src.fields())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          pop_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        band = band_of(minutes, bands)
        for i, f in enumerate(pop.features):
            j = near.facility[i]
            add_row(sink, fields, list(f.attributes()) + [
                fac.ids[j] if j >= 0 else None, minutes[i], near.distance[i], band[i],
                bool(j >= 0), reason[i], pop_snap.distance[i], pop_snap.note[i]], f.geometry())
        apply_style(context, dest, "travel_time", pop_src.wkbType())

        table = facility_summary(near.facility, minutes, pop.values, len(fac.ids), bands)
        band_cols = [f"pop_le_{band_label(b)}" for b in bands]
        tfields = make_fields([("fac_id", fac_type), ("cells", int), ("population", float)]
                              + [(c, float) for c in band_cols] + [("mean_min", float),
                                                                   ("status", str)])
        tsink, tdest = self.parameterAsSink(parameters, "SUMMARY", context, tfields)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "SUMMARY"))
        for j, row in table.iterrows():
            add_row(tsink, tfields, [fac.ids[j], row["cells"], row["population"]]
                    + [row[c] for c in band_cols] + [row["mean_min"], fac_snap.status[j]])
        lost = near.facility < 0
        add_row(tsink, tfields, [None, int(lost.sum()), pop.values[lost].sum()]
                + [0.0] * len(bands) + [None, "unreachable population"])
        feedback.pushInfo(tr(
            f"Allocated {int((~lost).sum())} of {len(lost)} population features; population "
            f"{pop.values[~lost].sum():.0f} reached, {pop.values[lost].sum():.0f} not."))
        return {"OUTPUT": dest, "SUMMARY": tdest}
