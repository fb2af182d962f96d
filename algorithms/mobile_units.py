"""Processing algorithm: mobile service units (stops, timetable, route days, coverage)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.access.fca import CostTable, fca
from ..core.access.pairs import road_pairs
from ..core.channels.mobile import ChannelInputError, coverage, route_days, stop_table
from ..core.channels.stop_plan import plan_stops
from .channel_common import (
    add_mobile_parameters,
    channel_error,
    read_mobile,
    write_points_with,
)
from .common import (
    PalveluAlgorithm,
    apply_style,
    read_points,
    report_unsnapped,
    run_engine,
    snap_and_report,
)
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    ACCESS_MIN,
    CANDIDATES,
    COVER_MIN,
    DEPOTS,
    GRID,
    INPUT,
    OUTPUT,
    PLAN,
    PLAN_ROUTE,
    POP75_FIELD,
    POP_FIELD,
    ROUTES,
    SITE_HOURS,
    SITES,
    STAY_MIN,
    STOPS,
    YEAR,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import RoadTimes


class MobileUnits(PalveluAlgorithm):
    NAME = "mobileunits"
    DISPLAY = QT_TRANSLATE_NOOP("MobileUnits", "Mobile service units")
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_mobile_parameters(self)
        add_points_parameter(self, DEPOTS, self.tr("Depots (base_id)"))
        add_points_parameter(self, INPUT, self.tr("Population (grid cells)"), POP_FIELD,
                             self.tr("Population field"), numeric=True, field_optional=False)
        self._field(POP75_FIELD, self.tr("Population 75+ field"), INPUT)
        add_points_parameter(self, SITES, self.tr("Fixed sites"), optional=True)
        self._field(SITE_HOURS, self.tr("Fixed sites: annual service hours field"), SITES)
        RoadTimes.add_parameters(self)
        for key, label, default in ((YEAR, self.tr("Year"), 2025),
                                    (COVER_MIN, self.tr("Coverage time (minutes)"), 15),
                                    (ACCESS_MIN, self.tr("Accessibility time (minutes)"), 30)):
            self.addParameter(QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Double if key != YEAR else
                QgsProcessingParameterNumber.Integer, defaultValue=default, minValue=0))
        for key, label, kind in ((OUTPUT, self.tr("Mobile stops with figures"),
                                  QgsProcessing.TypeVectorPoint),
                                 (ROUTES, self.tr("Route days"), QgsProcessing.TypeVector),
                                 (GRID, self.tr("Mobile channel per cell"),
                                  QgsProcessing.TypeVectorAnyGeometry)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, label, kind))
        add_points_parameter(self, CANDIDATES, self.tr("Plan: candidate stops"), optional=True)
        self.addParameter(QgsProcessingParameterNumber(
            STAY_MIN, self.tr("Plan: time at each stop, setup included (minutes)"),
            QgsProcessingParameterNumber.Double, defaultValue=120.0, minValue=0.0))
        for key, label, kind in ((PLAN, self.tr("Plan: candidate stops chosen, in route order"),
                                  QgsProcessing.TypeVectorPoint),
                                 (PLAN_ROUTE, self.tr("Plan: route day"),
                                  QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(
                key, label, kind, optional=True, createByDefault=False))

    def _field(self, key, label, parent):
        self.addParameter(QgsProcessingParameterField(
            key, label, parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = {k: self.parameterAsSource(parameters, k, context)
               for k in (STOPS, DEPOTS, INPUT, SITES)}
        stops, units, sched, holidays = read_mobile(self, parameters, context)
        year = self.parameterAsInt(parameters, YEAR, context)
        try:
            table = stop_table(sched, stops, units, year, holidays)
        except ChannelInputError as e:
            raise channel_error(e) from None
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, settings, crs = road.router, road.settings, road.crs
        stop_pts = read_points(src[STOPS], crs, context, feedback, self.tr("mobile stops"),
                               "stop_id")
        depots = read_points(src[DEPOTS], crs, context, feedback, self.tr("depots"), "base_id")
        pop = read_points(src[INPUT], crs, context, feedback, self.tr("population"),
                          value_field=self.parameterAsString(parameters, POP_FIELD, context),
                          extra_fields=[f for f in [self.parameterAsString(
                              parameters, POP75_FIELD, context)] if f])
        stop_snap = snap_and_report(router, stop_pts, settings, self.tr("mobile stops"), feedback,
                                    True)
        routes = self._routes(router, settings, sched, stops, units, stop_pts, depots, feedback)
        cell_snap = snap_and_report(router, pop, settings, self.tr("population features"), feedback)
        minutes = run_engine(router.times, stop_snap, cell_snap)[0].astype(float) / 60
        cover = self.parameterAsDouble(parameters, COVER_MIN, context)
        old = next(iter(pop.extra.values()), None)
        nearest, pop_cov, pop75 = coverage(minutes, pop.weights, cover, old)
        table["pop_cov"], table["pop75_cov"] = pop_cov, pop75 if old is not None else np.nan
        with np.errstate(invalid="ignore", divide="ignore"):
            table["capacity_per_1000_cov"] = np.where(
                pop_cov > 0, table["capacity_y"] / pop_cov * 1000, np.nan)
        out = {OUTPUT: write_points_with(self, parameters, context, OUTPUT, src[STOPS],
                                           stop_pts, table, crs, ("stop_id", "unit_id"))}
        out[ROUTES] = _table(self, parameters, context, ROUTES, routes)
        access = self._access(parameters, context, feedback, router, settings, crs, pop,
                              cell_snap, minutes, table, src[SITES])
        out[GRID] = self._write_grid(parameters, context, src[INPUT], pop, crs, nearest,
                                       minutes, table, access)
        out.update(self._plan(parameters, context, feedback, road, units, depots, pop, cell_snap,
                              cover, old))
        bad = routes[routes["route_ok"] == 0]["route_day_id"].tolist() if len(routes) else []
        feedback.pushInfo(self.tr(
            "{n_table} stops, {n_visits_y} stop visits in {year}; population within "
            "{cover:g} min of a stop {pop_cov:.0f}; route days not fitting: {map}.").format(
            n_table=len(table), n_visits_y=int(table['n_visits_y'].sum()), year=year,
            cover=cover, pop_cov=pop_cov.sum(), map=', '.join(map(str, bad)) or 'none'))
        return out

    def _plan(self, parameters, context, feedback, road, units, depots, pop, cell_snap, cover,
              old) -> dict:
        """Phase 2: the first unit's stops chosen from the candidates for one route day."""
        src = self.parameterAsSource(parameters, CANDIDATES, context)
        if src is None:
            return {}
        cand = read_points(src, road.crs, context, feedback, self.tr("candidate stops"),
                           "stop_id" if "stop_id" in src.fields().names() else "")
        unit = units.iloc[0]
        if unit["base_id"] not in depots.ids:
            raise QgsProcessingException(self.tr(
                "Mobile units, unit {unit!r}: depot {depot!r} is not in the depot layer.").format(
                unit=unit["unit_id"], depot=unit["base_id"]))
        d = depots.ids.index(unit["base_id"])
        snap = road.router.snap(np.r_[depots.x[d], cand.x], np.r_[depots.y[d], cand.y],
                                road.settings.max_snap)
        report_unsnapped(snap, self.tr("depot and candidate stops"), feedback)
        travel = run_engine(road.router.times, snap, snap)[0].astype(float) / 60
        reach = run_engine(road.router.times, road.router.snap(
            cand.x, cand.y, road.settings.max_snap), cell_snap)[0].astype(float) / 60 <= cover
        need = np.nan_to_num(old) if old is not None else pop.weights
        shift = float(unit["shift_min"])
        plan = plan_stops(reach, need, travel, np.full(len(cand.x), self.parameterAsDouble(
            parameters, STAY_MIN, context)), shift)
        seq = np.zeros(len(cand.x))
        seq[plan.stops] = np.arange(1, len(plan.stops) + 1)
        names = ",".join(str(cand.ids[s]) for s in plan.stops)
        feedback.pushInfo(self.tr("Plan for unit {u}: stops {ids} reach a need of {cov:.0f} of "
                             "{total:.0f}; the day takes {t:.0f} of {shift:g} minutes "
                             "({d:.1f} driving).").format(
            u=unit["unit_id"], ids=names or "-", cov=plan.covered, total=float(need.sum()),
            t=plan.t_day_min, shift=shift, d=plan.drive_min))
        out = {}
        if parameters.get(PLAN):
            out[PLAN] = write_points_with(self, parameters, context, PLAN, src, cand,
                                          pd.DataFrame({"seq": seq, "need_within": need @ reach}),
                                          road.crs)
        if parameters.get(PLAN_ROUTE):
            out[PLAN_ROUTE] = _table(self, parameters, context, PLAN_ROUTE, pd.DataFrame([{
                "unit_id": str(unit["unit_id"]), "stops": names, "drive_min": plan.drive_min,
                "t_day_min": plan.t_day_min, "slack_min": shift - plan.t_day_min,
                "need_covered": plan.covered, "need_total": float(need.sum())}]))
        return out

    def _routes(self, router, settings, sched, stops, units, stop_pts, depots, feedback):
        snap = router.snap(np.r_[depots.x, stop_pts.x], np.r_[depots.y, stop_pts.y],
                           settings.max_snap)
        report_unsnapped(snap, self.tr("depots and stops"), feedback)
        t, d = run_engine(router.times, snap, snap, np.inf, True)
        pos = {("stop", s): len(depots.ids) + i for i, s in enumerate(stop_pts.ids)}
        pos.update({("depot", b): i for i, b in enumerate(depots.ids)})
        depot_of = {}
        for u, b in zip(units["unit_id"], units["base_id"]):
            if ("depot", b) not in pos:
                raise QgsProcessingException(self.tr(
                    "Mobile units, unit {unit!r}: depot {depot!r} is not in the depot "
                    "layer.").format(unit=u, depot=b))
            depot_of[u] = ("depot", b)

        def where(p):
            return p if isinstance(p, tuple) else ("stop", p)

        try:
            return route_days(sched, stops, units, depot_of,
                              lambda a, b: t[pos[where(a)], pos[where(b)]] / 60,
                              lambda a, b: d[pos[where(a)], pos[where(b)]] / 1000)
        except ChannelInputError as e:
            raise channel_error(e) from None

    def _access(self, parameters, context, feedback, router, settings, crs, pop, cell_snap,
                minutes, table, sites_src):
        if sites_src is None:
            return None
        hours_field = self.parameterAsString(parameters, SITE_HOURS, context)
        sites = read_points(sites_src, crs, context, feedback, self.tr("fixed sites"),
                            value_field=hours_field)
        snap = snap_and_report(router, sites, settings, self.tr("fixed sites"), feedback, True)
        limit = self.parameterAsDouble(parameters, ACCESS_MIN, context)
        fixed = road_pairs(router, snap, cell_snap, limit)
        i, j = np.nonzero(minutes <= limit)
        n = len(sites.weights)
        both = CostTable(np.r_[fixed.origin, i], np.r_[fixed.dest, j + n],
                         np.r_[fixed.cost, minutes[i, j]], len(pop.weights),
                         n + len(table))
        before = fca(pop.weights, sites.weights, fixed, "2sfca", limit)
        after = fca(pop.weights, np.r_[sites.weights, table["staff_hours_y"].to_numpy()], both,
                    "2sfca", limit)
        return before.access, after.access

    def _write_grid(self, parameters, context, src, pop, crs, nearest, minutes, table,
                    access) -> str:
        spec = [("mobile_stop", str), ("mobile_min", float), ("mobile_interval_days", float)]
        if access is not None:
            spec += [("acc_fixed", float), ("acc_with_mobile", float), ("dA_mobile", float)]
        fields = make_fields(spec, src.fields())
        sink, dest = _sink(self, parameters, context, GRID, fields, src.wkbType(), crs)
        ids = table["stop_id"].tolist()
        interval = table["interval_days"].to_numpy(float)
        for i, f in enumerate(pop.features):
            s = nearest[i]
            row = [str(ids[s]) if s >= 0 else None, minutes[i, s] if s >= 0 else None,
                   interval[s] if s >= 0 else None]
            if access is not None:
                row += [access[0][i], access[1][i], access[1][i] - access[0][i]]
            add_row(sink, fields, list(f.attributes()) + row, f.geometry())
        apply_style(context, dest, "mobile_interval", src.wkbType())
        return dest
