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
from .common import PalveluAlgorithm, parse_bands, read_points
from .map_styles import set_renderer, style_output, time_renderer
from .names import add_name_parameter, name_of, names_by_id
from .nonroutable import add_nonroutable_output, write_nonroutable
from .outputs import add_row, id_type, make_fields
from .parameters import (
    BANDS,
    CUTOFF,
    FAC_ID,
    FACILITIES,
    INPUT,
    OUTPUT,
    POP_FIELD,
    SUMMARY,
    add_points_parameter,
    add_year_parameters,
    read_population,
)
from .report_output import loc
from .translation import QT_TRANSLATE_NOOP, engine_text, engine_texts
from .travel_times import RoadTimes
from .validation import add_entrances_parameter, facility_groups


class NearestFacility(PalveluAlgorithm):
    NAME = "nearestfacility"
    DISPLAY = QT_TRANSLATE_NOOP("NearestFacility", "Nearest facility")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, INPUT, self.tr("Population"),
                             POP_FIELD, self.tr("Population field"), numeric=True)
        add_points_parameter(self, FACILITIES, self.tr("Facilities"), FAC_ID,
                             self.tr("Facility id field"))
        add_name_parameter(self)
        add_entrances_parameter(self)
        RoadTimes.add_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            BANDS, self.tr("Time bands (minutes)"), defaultValue="10,20,30"))
        self.addParameter(QgsProcessingParameterNumber(
            CUTOFF, self.tr("Cut-off (minutes, 0 = none)"), QgsProcessingParameterNumber.Double,
            defaultValue=0.0, minValue=0.0))
        add_year_parameters(self, INPUT)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Nearest facility"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SUMMARY, self.tr("Facility summary"), QgsProcessing.TypeVector))
        add_nonroutable_output(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        bands = parse_bands(self.parameterAsString(parameters, BANDS, context))
        cutoff = self.parameterAsDouble(parameters, CUTOFF, context)
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, crs = road.router, road.crs
        feedback.setProgress(30)
        pop_src = self.parameterAsSource(parameters, INPUT, context)
        fac_src = self.parameterAsSource(parameters, FACILITIES, context)
        fac = read_points(fac_src, crs, context, feedback, self.tr("facilities"),
                          self.parameterAsString(parameters, FAC_ID, context))
        pop = read_population(self, parameters, context, crs, feedback, INPUT)
        fac_ids, group = facility_groups(self, parameters, context, fac, feedback=feedback)
        fac_snap = road.snap(fac, self.tr("facilities"), feedback, required=True)
        pop_snap = road.snap(pop, self.tr("population features"), feedback)
        feedback.setProgress(50)
        limit = cutoff * 60 if cutoff > 0 else np.inf
        near = router.nearest(fac_snap, pop_snap, cutoff=limit)
        near.facility = np.where(near.facility >= 0, group[near.facility], -1)  # entrances
        status: dict = {}  # of a facility: OK when any entrance is on the network
        for st, g in zip(fac_snap.status, group):
            if status.get(g) != OK:
                status[g] = st
        feedback.setProgress(80)

        minutes = near.time / 60
        reason = np.array(engine_texts(pop_snap.status), dtype=object)  # in the user's language
        reason[near.facility >= 0] = ""
        reason[(near.facility < 0) & (pop_snap.status == OK)] = (
            self.tr("no facility within the cut-off") if np.isfinite(limit)
            else self.tr("no facility reachable"))
        note = engine_texts(pop_snap.note)
        fac_type = id_type(fac_ids)
        fields = make_fields([("fac_id", fac_type), ("time_min", float), ("dist_m", float),
                              ("band_min", float), ("reachable", bool), ("reason", str),
                              ("snap_m", float), ("snap_note", str)], pop_src.fields())
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          pop_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        band = band_of(minutes, bands)
        for i, f in enumerate(pop.features):
            j = near.facility[i]
            add_row(sink, fields, list(f.attributes()) + [
                fac_ids[j] if j >= 0 else None, minutes[i], near.distance[i], band[i],
                bool(j >= 0), reason[i], pop_snap.distance[i], note[i]], f.geometry())
        style_output(context, dest, set_renderer(lambda g: time_renderer("time_min", bands, g)))

        table = facility_summary(near.facility, minutes, pop.weights, len(fac_ids), bands)
        band_cols = [f"pop_le_{band_label(b)}" for b in bands]
        names = names_by_id(self, parameters, context)
        named = [("name", str)] if names is not None else []
        tfields = make_fields([("fac_id", fac_type), *named, ("cells", int),
                               ("population", float)]
                              + [(c, float) for c in band_cols] + [("mean_min", float),
                                                                   ("status", str)])
        tsink, tdest = self.parameterAsSink(parameters, SUMMARY, context, tfields)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, SUMMARY))
        status_text = {st: self.tr("ok") if st == OK else engine_text(st)
                       for st in set(status.values())}
        for j, row in table.iterrows():
            add_row(tsink, tfields, [fac_ids[j]] + [name_of(names, fac_ids[j])] * len(named)
                    + [row["cells"], row["population"]]
                    + [row[c] for c in band_cols] + [row["mean_min"], status_text[status[j]]])
        lost = near.facility < 0
        add_row(tsink, tfields, [None] * (1 + len(named)) + [int(lost.sum()),
                                                             pop.weights[lost].sum()]
                + [0.0] * len(bands) + [None, self.tr("unreachable population")])
        feedback.pushInfo(self.tr(
            "Allocated {lost} of {n_lost} population features; population {reached:.0f} "
            "reached, {not_reached:.0f} not.").format(lost=int((~lost).sum()), n_lost=len(lost),
            reached=loc(pop.weights[~lost].sum()), not_reached=loc(pop.weights[lost].sum())))
        return {OUTPUT: dest, SUMMARY: tdest,
                **write_nonroutable(self, parameters, context, road, feedback)}
