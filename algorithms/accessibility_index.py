"""Processing algorithm: floating catchment accessibility index (2SFCA family) on road times."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.access.fca import (
    METHODS,
    AccessInputError,
    CostTable,
    FcaResult,
    Weight,
    default_weight,
    fca,
    gaussian,
    gravity,
    parse_steps,
    step,
)
from ..core.access.pairs import road_pairs
from ..core.transit.setup import minutes_at
from .common import (
    PalveluAlgorithm,
    apply_style,
    cancellable,
    progress_callback,
    read_points,
    run_engine,
)
from .impact_outputs import _sink
from .nonroutable import add_nonroutable_output, write_nonroutable
from .outputs import add_row, id_type, make_fields
from .parameters import (
    ALPHA,
    CAPACITY,
    CLOSE_IDS,
    INPUT,
    MAX_COST,
    METHOD,
    MIN_DIST,
    OUTPUT,
    POP_FIELD,
    RUN,
    SCALE,
    SIGMA,
    SITE_ID,
    SITES,
    SITES_OUTPUT,
    STEPS,
    WEIGHT,
    add_points_parameter,
)
from .translation import QT_TRANSLATE_NOOP, engine_text
from .travel_times import RoadTimes, TransitTimes, TravelTimes

WEIGHTS = ("default", "step", "gaussian", "gravity")


class AccessibilityIndexBase(PalveluAlgorithm):
    """The accessibility indices on the travel mode ``TIMES`` (not an algorithm itself)."""

    TIMES: type[TravelTimes] = TravelTimes
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, INPUT, self.tr("Population (grid cells)"), POP_FIELD,
                             self.tr("Population field"), numeric=True, field_optional=False)
        add_points_parameter(self, SITES, self.tr("Service sites"), SITE_ID,
                             self.tr("Site id field"))
        self.addParameter(QgsProcessingParameterField(
            CAPACITY, self.tr("Capacity field (empty: 1 per site)"), parentLayerParameterName=SITES,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.TIMES.add_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            METHOD, self.tr("Method"), options=[self.tr("2SFCA"),
                                                self.tr("Enhanced 2SFCA (step weights)"),
                                             self.tr("3SFCA"), self.tr("Gravity potential")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            MAX_COST, self.tr("Maximum travel time (minutes, 0 = none)"),
            QgsProcessingParameterNumber.Double, defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            WEIGHT, self.tr("Distance weight"), options=[
                self.tr("Method default"), self.tr("Step weights"), self.tr("Gaussian"),
                    self.tr("Gravity")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            STEPS, self.tr("Step weights (minutes:weight, ...)"),
            defaultValue="10:1,20:0.68,30:0.22"))
        for key, label, default, minimum in (
                (SIGMA, self.tr("Gaussian sigma (minutes)"), 20.0, 0.001),
                (SCALE, self.tr("Gravity scale (minutes)"), 1.0, 0.001),
                (ALPHA, self.tr("Gravity exponent alpha"), -1.0, None),
                (MIN_DIST, self.tr("Gravity minimum time (minutes)"), 1.0, 0.0)):
            p = QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Double,
                                             defaultValue=default)
            if minimum is not None:
                p.setMinimum(minimum)
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            CLOSE_IDS, self.tr("Sites to close for an after scenario (ids, comma separated)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Accessibility per cell"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SITES_OUTPUT, self.tr("Supply ratio per site"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            RUN, self.tr("Run metadata"), QgsProcessing.TypeVector))
        add_nonroutable_output(self, self.TIMES)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        method = METHODS[self.parameterAsEnum(parameters, METHOD, context)]
        max_cost = self.parameterAsDouble(parameters, MAX_COST, context) or None
        weight = self._weight(parameters, context, method)
        times = self.TIMES.prepare(self, parameters, context, feedback, INPUT)
        crs = times.crs
        pop_src = self.parameterAsSource(parameters, INPUT, context)
        site_src = self.parameterAsSource(parameters, SITES, context)
        cap_field = self.parameterAsString(parameters, CAPACITY, context)
        pop = read_points(pop_src, crs, context, feedback, self.tr("population"),
                          value_field=self.parameterAsString(parameters, POP_FIELD, context))
        sites = read_points(site_src, crs, context, feedback, self.tr("sites"),
                            self.parameterAsString(parameters, SITE_ID, context),
                            value_field=cap_field)
        feedback.setProgress(20)
        search = max_cost
        if method == "3sfca" and weight.kind == "step" and max_cost is not None:
            search = max(max_cost, weight.steps[-1][0])  # G sees every weighted site
        costs = self.cost_table(times, feedback, sites, pop, search)
        feedback.pushInfo(self.tr(
            "{n_cost} cell-site pairs within the maximum time.").format(n_cost=len(costs.cost)))
        try:
            res = fca(pop.weights, sites.weights, costs, method, max_cost, weight)
        except AccessInputError as e:
            raise QgsProcessingException(engine_text(e)) from None
        closed = self._closed(parameters, context, sites.ids)
        after = None if closed is None else fca(pop.weights, sites.weights,
                                                costs.without_dests(closed), method, max_cost,
                                                weight)
        cells_per_site = np.bincount(costs.within(max_cost).dest, minlength=len(sites.weights))
        out = self._write_cells(parameters, context, pop_src, pop, res, crs, after)
        out.update(self._write_sites(parameters, context, site_src, sites, res,
                                     cells_per_site, crs, cap_field, closed, after))
        low = float(pop.weights[res.access_norm < 0.5].sum())
        out.update(self._write_run(parameters, context, res, self.mode_name(times), cap_field, pop,
                                   low, after))
        feedback.pushInfo(self.tr(
            "{method}: mean access {mean_access:.6g} per resident ({per_1000:.4g} per 1 "
            "000); population not reaching any site {weights:.0f}; below half the average "
            "{low:.0f}.").format(method=method, mean_access=res.mean_access,
            per_1000=res.mean_access * 1000, weights=pop.weights[~res.reached].sum(),
            low=low))
        out.update(write_nonroutable(self, parameters, context, times, feedback))
        return out

    # ------------------------------------------------------------------ travel mode
    def mode_name(self, times) -> str:
        raise NotImplementedError

    def cost_table(self, times, feedback, sites, pop, max_cost: float | None) -> CostTable:
        """Minutes of the cell-site pairs within ``max_cost``."""
        raise NotImplementedError

    def _weight(self, parameters, context, method: str) -> Weight:
        kind = WEIGHTS[self.parameterAsEnum(parameters, WEIGHT, context)]
        num = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        try:
            if kind == "step":
                return step(parse_steps(self.parameterAsString(parameters, STEPS, context)))
            if kind == "gaussian":
                return gaussian(num(SIGMA))
            if kind == "gravity":
                return gravity(num(SCALE), num(ALPHA), num(MIN_DIST))
        except AccessInputError as e:
            raise QgsProcessingException(engine_text(e)) from None
        return default_weight(method)

    def _closed(self, parameters, context, ids) -> np.ndarray | None:
        wanted = [w.strip() for w in self.parameterAsString(parameters, CLOSE_IDS,
                                                           context).split(",") if w.strip()]
        if not wanted:
            return None
        names = [str(i) for i in ids]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            raise QgsProcessingException(self.tr(
                "Sites to close: '{unknown}' is not an id of the sites layer (site id "
                "field).").format(
                unknown=unknown[0]))
        return np.isin(names, wanted)

    def _write_cells(self, parameters, context, src, pop, res: FcaResult, crs,
                     after: FcaResult | None) -> dict:
        spec = [("acc", float), ("acc_1000", float), ("acc_norm", float), ("reached", int)]
        if after is not None:
            spec += [("acc_after", float), ("acc_norm_after", float), ("d_acc", float),
                     ("reached_after", int)]
        fields = make_fields(spec, src.fields())
        sink, dest = _sink(self, parameters, context, OUTPUT, fields, src.wkbType(), crs)
        mean = res.mean_access if res.mean_access > 0 else np.nan
        for i, f in enumerate(pop.features):
            row = [res.access[i], res.access[i] * 1000, res.access_norm[i], int(res.reached[i])]
            if after is not None:
                row += [after.access[i], after.access[i] / mean, after.access[i] - res.access[i],
                        int(after.reached[i])]
            add_row(sink, fields, list(f.attributes()) + row, f.geometry())
        apply_style(context, dest, "access_index", src.wkbType())
        return {OUTPUT: dest}

    def _write_sites(self, parameters, context, src, sites, res: FcaResult, cells, crs,
                     cap_field: str, closed, after: FcaResult | None) -> dict:
        spec = [("site_id", id_type(sites.ids)), ("capacity", float),
                ("weighted_demand", float), ("ratio", float), ("ratio_norm", float),
                ("cells", int)]
        if after is not None:
            spec += [("open_after", int), ("ratio_after", float)]
        fields = make_fields(spec)
        sink, dest = _sink(self, parameters, context, SITES_OUTPUT, fields, src.wkbType(), crs)
        mean = res.mean_access if res.mean_access > 0 else np.nan
        for j, f in enumerate(sites.features):
            row = [sites.ids[j], sites.weights[j], res.weighted_demand[j], res.ratio[j],
                   res.ratio[j] / mean, int(cells[j])]
            if after is not None:
                row += [int(not closed[j]), None if closed[j] else after.ratio[j]]
            add_row(sink, fields, row, f.geometry())
        apply_style(context, dest, "access_ratio", src.wkbType())
        return {SITES_OUTPUT: dest}

    def _write_run(self, parameters, context, res: FcaResult, mode: str, cap_field: str,
                   pop, low: float, after: FcaResult | None) -> dict:
        spec = [("method", str), ("max_cost_min", float), ("weight", str), ("cost_mode", str),
                ("supply", str), ("mean_access", float), ("population", float),
                ("pop_unreached", float), ("pop_norm_below_0_5", float)]
        row = [res.method, res.max_cost, res.weight.describe(), mode, cap_field or "count",
               res.mean_access, pop.weights.sum(), pop.weights[~res.reached].sum(), low]
        if after is not None:
            spec += [("mean_access_after", float), ("pop_unreached_after", float),
                     ("pop_norm_below_0_5_after", float)]
            norm = after.access / res.mean_access if res.mean_access > 0 else after.access_norm
            row += [after.mean_access, pop.weights[~after.reached].sum(),
                    float(pop.weights[norm < 0.5].sum())]
        fields = make_fields(spec)
        sink, dest = _sink(self, parameters, context, RUN, fields)
        add_row(sink, fields, row)
        return {RUN: dest}


class AccessibilityIndex(AccessibilityIndexBase):
    NAME = "accessibilityindex"
    DISPLAY = QT_TRANSLATE_NOOP("AccessibilityIndex", "Accessibility index (2SFCA)")
    TIMES = RoadTimes

    def mode_name(self, times) -> str:
        return times.settings.mode

    def cost_table(self, times, feedback, sites, pop, max_cost: float | None) -> CostTable:
        """Road minutes, searched from the sites, of the pairs within ``max_cost``."""
        site_snap = times.snap(sites, self.tr("sites"), feedback, required=True)
        cell_snap = times.snap(pop, self.tr("population features"), feedback)
        return run_engine(road_pairs, times.router, site_snap, cell_snap, max_cost,
                          progress_callback(feedback, 20, 90))


class TransitAccessibilityIndex(AccessibilityIndexBase):
    """The same indices on public transport times (a percentile over a departure window)."""

    NAME = "transitaccessibilityindex"
    DISPLAY = QT_TRANSLATE_NOOP("TransitAccessibilityIndex",
                                "Accessibility index (2SFCA, public transport)")
    TIMES = TransitTimes

    def mode_name(self, times) -> str:
        return f"transit p{times.settings.percentile:g}"

    def cost_table(self, times, feedback, sites, pop, max_cost: float | None) -> CostTable:
        """A percentile of the door-to-door minutes over the window, one timetable profile
        per site (sites without a geometry reach no cell)."""
        setup, q = times.setup, times.settings.percentile
        origins = setup.origins(pop.x, pop.y)
        limit = np.inf if max_cost is None else max_cost
        located = np.flatnonzero(sites.has_geometry)
        origin, dest, cost = [], [], []
        for k, _, secs in cancellable(setup.each_facility(
                sites.x[located], sites.y[located], origins,
                progress_callback(feedback, 20, 90))):
            minutes = minutes_at(secs, [q])[:, 0]
            i = np.flatnonzero(minutes <= limit)
            origin.append(i)
            dest.append(np.full(len(i), located[k]))
            cost.append(minutes[i])
        return CostTable(np.concatenate(origin or [[]]), np.concatenate(dest or [[]]),
                         np.concatenate(cost or [[]]), len(pop.x), len(sites.x))
