"""Processing algorithm: home care drive time, staff minutes and FTE per base."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.channels.home import (
    THL_MIN_PER_VISIT,
    THL_VISITS_PER_CLIENT_WEEK,
    assign_nearest,
    clients_from_ages,
    compare_bases,
    given_assignment,
    home_care,
)
from ..core.channels.mobile import ChannelInputError
from ..core.roads.search import Router
from .channel_common import channel_error, parse_pairs, read_frame, write_points_with
from .common import (
    PalveluAlgorithm,
    apply_style,
    people_frame,
    read_points,
    report_unsnapped,
    run_engine,
)
from .impact_outputs import _sink, _table
from .outputs import add_row, id_type, make_fields
from .parameters import (
    AGE_COVERAGE,
    AREA_FIELD,
    BASES,
    CLOSE,
    COMPARISON,
    GRID,
    INDIRECT,
    INPUT,
    METHOD,
    OUTPUT,
    PRODUCTIVE_HOURS,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import RoadTimes

DEMAND_COLS = ["clients", "visits_per_week", "mean_visit_min", "share_two_staff"]


class HomeCare(PalveluAlgorithm):
    NAME = "homecare"
    DISPLAY = QT_TRANSLATE_NOOP("HomeCare", "Home care: drive time and staff")
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, BASES, self.tr("Home-care bases"))
        add_points_parameter(self, INPUT, self.tr("Demand grid"))
        self.addParameter(QgsProcessingParameterString(
            AGE_COVERAGE, self.tr("Coverage by age group when there is no clients field "
                               "(field=share, ...)"), optional=True))
        RoadTimes.add_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            METHOD, self.tr("Drive per visit"),
                options=[self.tr("Routes (nearest neighbour + 2-opt)"),
                                                      self.tr("Star (round trip per visit)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            PRODUCTIVE_HOURS, self.tr("Productive hours per FTE-year"),
            QgsProcessingParameterNumber.Double, defaultValue=1600.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            INDIRECT, self.tr("Indirect work share (documentation, meetings; 0-1)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0, maxValue=0.99))
        self.addParameter(QgsProcessingParameterString(
            CLOSE, self.tr("Bases to close (ids, comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            AREA_FIELD, self.tr("Given base per cell (care area field; empty: nearest base)"),
            parentLayerParameterName=INPUT, optional=True))
        for key, label, kind in ((OUTPUT, self.tr("Home-care bases with figures"),
                                  QgsProcessing.TypeVectorPoint),
                                 (GRID, self.tr("Home-care demand per cell"),
                                  QgsProcessing.TypeVectorAnyGeometry),
                                 (COMPARISON, self.tr("Bases before and after closing"),
                                  QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, label, kind,
                                                                optional=key == COMPARISON))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, settings, crs = road.router, road.settings, road.crs
        base_src = self.parameterAsSource(parameters, BASES, context)
        cell_src = self.parameterAsSource(parameters, INPUT, context)
        bases = read_frame(base_src, ["base_id", "shift_min", "vehicle_cost_per_km"],
                           "home-care bases")
        demand = self._demand(parameters, context, cell_src, feedback)
        base_pts = read_points(base_src, crs, context, feedback, self.tr("home-care bases"),
                               "base_id")
        cell_pts = read_points(cell_src, crs, context, feedback, self.tr("demand grid"))
        mode = ("route", "star")[self.parameterAsEnum(parameters, METHOD, context)]
        snap = router.snap(np.r_[base_pts.x, cell_pts.x], np.r_[base_pts.y, cell_pts.y],
                           settings.max_snap)
        report_unsnapped(snap, self.tr("bases and cells"), feedback)
        nb = len(bases)
        if mode == "star":  # from the bases only; cell-to-cell times are not needed
            out = Router(router.net, router.profile, settings.access_speed or None,
                         to_facility=False)
            tb, db = run_engine(out.times, snap.subset(np.arange(nb)), snap, np.inf, True)
            t, d = np.full((len(snap), len(snap)), np.inf), np.full((len(snap),) * 2, np.inf)
            t[:nb], d[:nb] = tb.T, db.T
        else:  # [from, to] over bases and cells
            t, d = run_engine(router.times, snap, snap, np.inf, True)
        args = dict(mode=mode,
                    productive_hours=self.parameterAsDouble(parameters, PRODUCTIVE_HOURS,
                                                            context),
                    indirect_share=self.parameterAsDouble(parameters, INDIRECT, context))
        minutes, km = np.asarray(t, float) / 60, np.asarray(d, float) / 1000
        try:
            given = self._given(parameters, context, cell_src, bases, minutes)
            table, cells = home_care(demand, bases, minutes, km, assignment=given, **args)
            close = self._closed(parameters, context, bases)
            after = None
            if close is not None:
                keep = np.r_[np.flatnonzero(~close), nb + np.arange(len(demand))]
                sub_t = minutes[np.ix_(keep, keep)]
                moved = None
                if given is not None:  # a closed base's area goes to the nearest open base
                    moved = np.where(close[given], assign_nearest(sub_t, int((~close).sum())),
                                     (np.cumsum(~close) - 1)[given])
                after, _ = home_care(demand, bases[~close].reset_index(drop=True), sub_t,
                                     km[np.ix_(keep, keep)], assignment=moved, **args)
        except ChannelInputError as e:
            raise channel_error(e) from None
        lost = cells["base"] < 0
        if lost.any():
            feedback.pushWarning(self.tr(
                "{lost} demand cells ({visits_per_week:.0f} visits a week) reach no base by "
                "road; they are left out of the base figures and have an empty base_id.").format(
                lost=int(lost.sum()), visits_per_week=demand['visits_per_week'][lost].sum()))
        result = {OUTPUT: write_points_with(self, parameters, context, OUTPUT, base_src,
                                              base_pts, table, crs, ("base_id",)),
                  GRID: self._write_cells(parameters, context, cell_src, cell_pts, cells,
                                            bases, crs)}
        if after is not None and parameters.get(COMPARISON):
            result[COMPARISON] = _table(self, parameters, context, COMPARISON,
                                          compare_bases(table, after))
        feedback.pushInfo(self.tr(
            "{mode}: {drive_min_wk:.0f} drive and {care_min_wk:.0f} care minutes a week, "
            "{fte_needed:.2f} FTE.").format(mode=mode, drive_min_wk=table['drive_min_wk'].sum(),
            care_min_wk=table['care_min_wk'].sum(), fte_needed=table['fte_needed'].sum()))
        return result

    def _demand(self, parameters, context, src, feedback=None) -> pd.DataFrame:
        if "clients" in src.fields().names():
            return read_frame(src, DEMAND_COLS, self.tr("demand grid"))
        text = self.parameterAsString(parameters, AGE_COVERAGE, context)
        if not text:
            raise QgsProcessingException(self.tr(
                "Layer '{source_name}' has no clients field: give the coverage by age group "
                "(e.g. ika_75_84=0.1,ika_85_=0.3) or add the fields {demand_cols}.").format(
                source_name=src.sourceName(), demand_cols=', '.join(DEMAND_COLS)))
        coverage = parse_pairs(text, self.tr("Coverage by age group"))
        ages = read_frame(src, list(coverage), "demand grid")
        try:
            clients = clients_from_ages(people_frame(ages, list(coverage), src.sourceName()
                                                     or self.tr("demand grid"), feedback), coverage)
        except ChannelInputError as e:
            raise channel_error(e) from None
        return pd.DataFrame({"clients": clients,
                             "visits_per_week": clients * THL_VISITS_PER_CLIENT_WEEK,
                             "mean_visit_min": THL_MIN_PER_VISIT, "share_two_staff": 0.0})

    def _given(self, parameters, context, src, bases, minutes) -> np.ndarray | None:
        field = self.parameterAsString(parameters, AREA_FIELD, context)
        if not field:
            return None
        values = read_frame(src, [field], self.tr("demand grid"))[field].tolist()
        return given_assignment(values, list(bases["base_id"]), minutes)

    def _closed(self, parameters, context, bases) -> np.ndarray | None:
        text = self.parameterAsString(parameters, CLOSE, context)
        wanted = [s.strip() for s in (text or "").split(",") if s.strip()]
        if not wanted:
            return None
        ids = [str(b) for b in bases["base_id"]]
        unknown = [w for w in wanted if w not in ids]
        if unknown:
            raise QgsProcessingException(self.tr(
                "Bases to close: '{unknown}' is not a base_id of the base layer.").format(
                unknown=unknown[0]))
        close = np.isin(ids, wanted)
        if close.all():
            raise QgsProcessingException(self.tr("Bases to close: at least one base must stay."))
        return close

    def _write_cells(self, parameters, context, src, pts, cells, bases, crs) -> str:
        ids = list(bases["base_id"])
        fields = make_fields([("base_id", id_type(ids)), ("drive_min_oneway", float),
                              ("tau_min", float)], src.fields())
        sink, dest = _sink(self, parameters, context, GRID, fields, src.wkbType(), crs)
        for f, (b, one, tau) in zip(pts.features, cells.to_numpy(object)):
            add_row(sink, fields, list(f.attributes()) + [ids[int(b)] if b >= 0 else None,
                                                          one, tau], f.geometry())
        apply_style(context, dest, "home_drive", src.wkbType())
        return dest
