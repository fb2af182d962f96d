"""Processing algorithm: mobile service units (stops, timetable, route days, coverage)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.access.fca import CostTable, fca
from ..core.access.pairs import road_pairs
from ..core.channels.mobile import ChannelInputError, coverage, route_days, stop_table
from .channel_common import channel_error, read_frame, write_points_with
from .common import (
    PalveluAlgorithm,
    apply_style,
    read_points,
    report_unsnapped,
    run_engine,
    snap_and_report,
    tr,
)
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .parameters import (
    ACCESS_MIN,
    COVER_MIN,
    DEPOTS,
    GRID,
    HOLIDAYS,
    INPUT,
    OUTPUT,
    POP75_FIELD,
    POP_FIELD,
    ROUTES,
    SCHEDULE,
    SITE_HOURS,
    SITES,
    STOPS,
    UNITS,
    YEAR,
    add_points_parameter,
)
from .travel_times import RoadTimes

UNIT_COLS = ["unit_id", "base_id", "visits_per_hour", "staff_per_shift", "shift_min",
             "setup_min"]
SCHEDULE_COLS = ["stop_id", "weekday", "time_start", "time_end", "period_weeks", "first_date",
                 "valid_from", "valid_to", "route_day_id", "seq"]


class MobileUnits(PalveluAlgorithm):
    NAME = "mobileunits"
    DISPLAY = "Mobile service units"
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, STOPS, "Mobile stops")
        for key, label, optional in ((UNITS, "Mobile units (table)", False),
                                     (SCHEDULE, "Stop schedule (table)", False),
                                     (HOLIDAYS, "Holidays (table with a date field)", True)):
            self.addParameter(QgsProcessingParameterFeatureSource(
                key, tr(label), [QgsProcessing.TypeVector], optional=optional))
        add_points_parameter(self, DEPOTS, "Depots (base_id)")
        add_points_parameter(self, INPUT, "Population (grid cells)", POP_FIELD,
                             "Population field", numeric=True, field_optional=False)
        self._field(POP75_FIELD, "Population 75+ field", INPUT)
        add_points_parameter(self, SITES, "Fixed sites", optional=True)
        self._field(SITE_HOURS, "Fixed sites: annual service hours field", SITES)
        RoadTimes.add_parameters(self)
        for key, label, default in ((YEAR, "Year", 2025), (COVER_MIN, "Coverage time "
                                    "(minutes)", 15), (ACCESS_MIN, "Accessibility time "
                                                       "(minutes)", 30)):
            self.addParameter(QgsProcessingParameterNumber(
                key, tr(label), QgsProcessingParameterNumber.Double if key != YEAR else
                QgsProcessingParameterNumber.Integer, defaultValue=default, minValue=0))
        for key, label, kind in ((OUTPUT, "Mobile stops with figures",
                                  QgsProcessing.TypeVectorPoint),
                                 (ROUTES, "Route days", QgsProcessing.TypeVector),
                                 (GRID, "Mobile channel per cell",
                                  QgsProcessing.TypeVectorAnyGeometry)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, tr(label), kind))

    def _field(self, key, label, parent):
        self.addParameter(QgsProcessingParameterField(
            key, tr(label), parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = {k: self.parameterAsSource(parameters, k, context)
               for k in (STOPS, UNITS, SCHEDULE, HOLIDAYS, DEPOTS, INPUT, SITES)}
        stops = read_frame(src[STOPS], ["stop_id", "unit_id"], "mobile stops")
        units = read_frame(src[UNITS], UNIT_COLS, "mobile units")
        sched = read_frame(src[SCHEDULE], SCHEDULE_COLS, "stop schedule", ("valid_from",))
        holidays = [] if src[HOLIDAYS] is None else list(
            read_frame(src[HOLIDAYS], ["date"], "holidays")["date"])
        year = self.parameterAsInt(parameters, YEAR, context)
        try:
            table = stop_table(sched, stops, units, year, holidays)
        except ChannelInputError as e:
            raise channel_error(e) from None
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, settings, crs = road.router, road.settings, road.crs
        stop_pts = read_points(src[STOPS], crs, context, feedback, "mobile stops",
                               "stop_id")
        depots = read_points(src[DEPOTS], crs, context, feedback, "depots", "base_id")
        pop = read_points(src[INPUT], crs, context, feedback, "population",
                          value_field=self.parameterAsString(parameters, POP_FIELD, context),
                          extra_fields=[f for f in [self.parameterAsString(
                              parameters, POP75_FIELD, context)] if f])
        stop_snap = snap_and_report(router, stop_pts, settings, "mobile stops", feedback, True)
        routes = self._routes(router, settings, sched, stops, units, stop_pts, depots, feedback)
        cell_snap = snap_and_report(router, pop, settings, "population features", feedback)
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
        bad = routes[routes["route_ok"] == 0]["route_day_id"].tolist() if len(routes) else []
        feedback.pushInfo(tr(
            f"{len(table)} stops, {int(table['n_visits_y'].sum())} stop visits in {year}; "
            f"population within {cover:g} min of a stop {pop_cov.sum():.0f}; route days not "
            f"fitting: {', '.join(map(str, bad)) or 'none'}."))
        return out

    def _routes(self, router, settings, sched, stops, units, stop_pts, depots, feedback):
        snap = router.snap(np.r_[depots.x, stop_pts.x], np.r_[depots.y, stop_pts.y],
                           settings.max_snap)
        report_unsnapped(snap, tr("depots and stops"), feedback)
        t, d = run_engine(router.times, snap, snap, np.inf, True)
        pos = {("stop", s): len(depots.ids) + i for i, s in enumerate(stop_pts.ids)}
        pos.update({("depot", b): i for i, b in enumerate(depots.ids)})
        depot_of = {}
        for u, b in zip(units["unit_id"], units["base_id"]):
            if ("depot", b) not in pos:
                raise channel_error(ChannelInputError(
                    f"Mobile units, unit {u!r}: depot {b!r} is not in the depot layer."))
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
        sites = read_points(sites_src, crs, context, feedback, "fixed sites",
                            value_field=hours_field)
        snap = snap_and_report(router, sites, settings, "fixed sites", feedback, True)
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
