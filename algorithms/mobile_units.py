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
    NETWORK_HELP,
    PalveluAlgorithm,
    add_network_parameters,
    add_points_parameter,
    apply_style,
    read_points,
    run_engine,
    snap_report,
    snap_reported,
    tr,
)
from .impact_outputs import _sink, _table
from .outputs import add_row, make_fields
from .roads import load_router

UNIT_COLS = ["unit_id", "base_id", "visits_per_hour", "staff_per_shift", "shift_min",
             "setup_min"]
SCHEDULE_COLS = ["stop_id", "weekday", "time_start", "time_end", "period_weeks", "first_date",
                 "valid_from", "valid_to", "route_day_id", "seq"]


class MobileUnits(PalveluAlgorithm):
    NAME = "mobileunits"
    DISPLAY = "Mobile service units"
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"
    HELP = (
        "<p>A health bus, mobile dental or laboratory unit: what its timetable gives a year, "
        "whether each day's route fits the shift, and who lives near its stops.</p>"
        "<p><b>Mobile stops</b> (points): <code>stop_id</code>, <code>unit_id</code>. "
        "<b>Mobile units</b> (table): <code>unit_id</code>, <code>base_id</code> (depot), "
        "<code>visits_per_hour</code>, <code>staff_per_shift</code>, <code>shift_min</code>, "
        "<code>setup_min</code>. <b>Depots</b> (points, <code>base_id</code>). <b>Stop "
        "schedule</b> (table, like a GTFS calendar): <code>stop_id</code>, <code>weekday</code> "
        "(1 Monday ... 7 Sunday), <code>time_start</code>, <code>time_end</code> (HH:MM), "
        "<code>period_weeks</code> (1 weekly, 2 every other week...), <code>first_date</code> "
        "(must fall on the weekday), <code>valid_from</code> (empty = first date), "
        "<code>valid_to</code>, <code>route_day_id</code> and <code>seq</code> (order on that "
        "route day). Optional <b>holidays</b> table with a <code>date</code> field.</p>"
        "<p><b>Per stop</b>: service dates = first_date + k x 7 x period_weeks up to valid_to, "
        "from valid_from, minus holidays, in the <b>year</b>: <code>n_visits_y</code>; "
        "<code>hours_y</code> = visits x (open minutes - setup) / 60; <code>capacity_y</code> "
        "= hours x visits per hour; <code>staff_hours_y</code> = hours x staff; "
        "<code>interval_days</code> = 7 x period (with several timetable rows: 1 / their "
        "visits per day) and <code>expected_wait_days</code> = half of it (a need arising at "
        "a random time waits on average half an interval); <code>pop_cov</code> / "
        "<code>pop75_cov</code> = population of the cells within the <b>coverage time</b> "
        "of a stop, each cell counted once, for its nearest stop; "
        "<code>capacity_per_1000_cov</code>.</p>"
        "<p><b>Per route day</b>: depot -> stops in seq order -> depot by road: "
        "<code>drive_min</code>, <code>route_km</code>, T_day = drive + the stops' opening "
        "minutes (<code>t_day_min</code>), <code>slack_min</code> = shift - T_day; "
        "<code>route_ok</code> = 1 when T_day fits the shift and, leaving each stop at its "
        "closing time, the unit reaches the next stop by its opening time (<code>late</code> "
        "lists the stops it would reach late).</p>"
        "<p><b>Per cell</b>: <code>mobile_stop</code> and <code>mobile_min</code> (nearest "
        "stop within the coverage time, else empty), <code>mobile_interval_days</code>. With "
        "<b>fixed sites</b> and their <b>annual service hours</b> field, the 2SFCA index "
        "(maximum time = <b>accessibility time</b>) is run on annual staffed hours with and "
        "without the stops (a stop's supply = staff_hours_y): <code>acc_fixed</code>, "
        "<code>acc_with_mobile</code> and <code>dA_mobile</code> (hours per resident a year)."
        "</p><p>The route days and the coverage both use the chosen <b>travel mode</b> (car: "
        "residents' time to a stop is also by car; run again with walking for a walking "
        "catchment).</p><p>Bad input (impossible times, a first date on the wrong weekday, "
        "one unit at two stops at once, a stop without a unit, negative capacities) stops "
        "the run with "
        "the table, row and value.</p>" + NETWORK_HELP)
    EXAMPLE = ("two health-bus stops every other Tuesday and Thursday, coverage 15 min by "
               "car, population grid with a 75+ field, year 2025.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, "STOPS", "Mobile stops")
        for key, label, optional in (("UNITS", "Mobile units (table)", False),
                                     ("SCHEDULE", "Stop schedule (table)", False),
                                     ("HOLIDAYS", "Holidays (table with a date field)", True)):
            self.addParameter(QgsProcessingParameterFeatureSource(
                key, tr(label), [QgsProcessing.TypeVector], optional=optional))
        add_points_parameter(self, "DEPOTS", "Depots (base_id)")
        add_points_parameter(self, "INPUT", "Population (grid cells)", "POP_FIELD",
                             "Population field", numeric=True, field_optional=False)
        self._field("POP75_FIELD", "Population 75+ field", "INPUT")
        add_points_parameter(self, "SITES", "Fixed sites (optional)", optional=True)
        self._field("SITE_HOURS", "Fixed sites: annual service hours field", "SITES")
        add_network_parameters(self)
        for key, label, default in (("YEAR", "Year", 2025), ("COVER_MIN", "Coverage time "
                                    "(minutes)", 15), ("ACCESS_MIN", "Accessibility time "
                                                       "(minutes)", 30)):
            self.addParameter(QgsProcessingParameterNumber(
                key, tr(label), QgsProcessingParameterNumber.Double if key != "YEAR" else
                QgsProcessingParameterNumber.Integer, defaultValue=default, minValue=0))
        for key, label, kind in (("OUTPUT", "Mobile stops with figures",
                                  QgsProcessing.TypeVectorPoint),
                                 ("ROUTES", "Route days", QgsProcessing.TypeVector),
                                 ("GRID", "Mobile channel per cell",
                                  QgsProcessing.TypeVectorAnyGeometry)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, tr(label), kind))

    def _field(self, key, label, parent):
        self.addParameter(QgsProcessingParameterField(
            key, tr(label), parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        src = {k: self.parameterAsSource(parameters, k, context)
               for k in ("STOPS", "UNITS", "SCHEDULE", "HOLIDAYS", "DEPOTS", "INPUT", "SITES")}
        stops = read_frame(src["STOPS"], ["stop_id", "unit_id"], "mobile stops")
        units = read_frame(src["UNITS"], UNIT_COLS, "mobile units")
        sched = read_frame(src["SCHEDULE"], SCHEDULE_COLS, "stop schedule", ("valid_from",))
        holidays = [] if src["HOLIDAYS"] is None else list(
            read_frame(src["HOLIDAYS"], ["date"], "holidays")["date"])
        year = self.parameterAsInt(parameters, "YEAR", context)
        try:
            table = stop_table(sched, stops, units, year, holidays)
        except ChannelInputError as e:
            raise channel_error(e) from None
        router, settings, crs = load_router(self, parameters, context, feedback)
        stop_pts = read_points(src["STOPS"], crs, context, feedback, "mobile stops",
                               "stop_id")
        depots = read_points(src["DEPOTS"], crs, context, feedback, "depots", "base_id")
        pop = read_points(src["INPUT"], crs, context, feedback, "population",
                          value_field=self.parameterAsString(parameters, "POP_FIELD", context),
                          extra_fields=[f for f in [self.parameterAsString(
                              parameters, "POP75_FIELD", context)] if f])
        stop_snap = snap_reported(router, stop_pts, settings, "mobile stops", feedback, True)
        routes = self._routes(router, settings, sched, stops, units, stop_pts, depots, feedback)
        cell_snap = snap_reported(router, pop, settings, "population features", feedback)
        minutes = run_engine(router.times, stop_snap, cell_snap)[0].astype(float) / 60
        cover = self.parameterAsDouble(parameters, "COVER_MIN", context)
        old = next(iter(pop.extra.values()), None)
        nearest, pop_cov, pop75 = coverage(minutes, pop.values, cover, old)
        table["pop_cov"], table["pop75_cov"] = pop_cov, pop75 if old is not None else np.nan
        with np.errstate(invalid="ignore", divide="ignore"):
            table["capacity_per_1000_cov"] = np.where(
                pop_cov > 0, table["capacity_y"] / pop_cov * 1000, np.nan)
        out = {"OUTPUT": write_points_with(self, parameters, context, "OUTPUT", src["STOPS"],
                                           stop_pts, table, crs, ("stop_id", "unit_id"))}
        out["ROUTES"] = _table(self, parameters, context, "ROUTES", routes)
        access = self._access(parameters, context, feedback, router, settings, crs, pop,
                              cell_snap, minutes, table, src["SITES"])
        out["GRID"] = self._write_grid(parameters, context, src["INPUT"], pop, crs, nearest,
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
        snap_report(snap, tr("depots and stops"), feedback)
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
        hours_field = self.parameterAsString(parameters, "SITE_HOURS", context)
        sites = read_points(sites_src, crs, context, feedback, "fixed sites",
                            value_field=hours_field)
        snap = snap_reported(router, sites, settings, "fixed sites", feedback, True)
        limit = self.parameterAsDouble(parameters, "ACCESS_MIN", context)
        fixed = road_pairs(router, snap, cell_snap, limit)
        i, j = np.nonzero(minutes <= limit)
        n = len(sites.values)
        both = CostTable(np.r_[fixed.origin, i], np.r_[fixed.dest, j + n],
                         np.r_[fixed.cost, minutes[i, j]], len(pop.values),
                         n + len(table))
        before = fca(pop.values, sites.values, fixed, "2sfca", limit)
        after = fca(pop.values, np.r_[sites.values, table["staff_hours_y"].to_numpy()], both,
                    "2sfca", limit)
        return before.access, after.access

    def _write_grid(self, parameters, context, src, pop, crs, nearest, minutes, table,
                    access) -> str:
        spec = [("mobile_stop", str), ("mobile_min", float), ("mobile_interval_days", float)]
        if access is not None:
            spec += [("acc_fixed", float), ("acc_with_mobile", float), ("dA_mobile", float)]
        fields = make_fields(spec, src.fields())
        sink, dest = _sink(self, parameters, context, "GRID", fields, src.wkbType(), crs)
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
