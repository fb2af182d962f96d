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
from ..core.transit.profiles import percentiles
from .closure_impact import TransitClosureImpact
from .common import (
    NETWORK_HELP,
    PalveluAlgorithm,
    add_network_parameters,
    add_points_parameter,
    apply_style,
    progress_callback,
    read_points,
    run_engine,
    snap_reported,
    tr,
    work_crs,
)
from .impact_outputs import _sink
from .outputs import add_row, id_type, make_fields
from .roads import load_router
from .transit_common import TRANSIT_HELP, transit_setup

WEIGHTS = ("default", "step", "gaussian", "gravity")


class AccessibilityIndex(PalveluAlgorithm):
    NAME = "accessibilityindex"
    DISPLAY = "Accessibility index (2SFCA)"
    GROUP = "Accessibility and channels"
    GROUP_ID = "channels"
    HELP = (
        "<p>How much service capacity per resident each population cell reaches, counting "
        "the competition of the other residents for the same sites: the floating catchment "
        "indices of PySAL <i>access</i> 1.1.10, on road travel times from every site to "
        "every cell (searches start at the sites; only pairs within the maximum time are "
        "kept).</p>"
        "<p><b>Methods</b> (P<sub>i</sub> population of cell i, S<sub>j</sub> capacity of "
        "site j, d<sub>ij</sub> minutes, W the weight, only pairs with d<sub>ij</sub> &le; the "
        "maximum time):<br><b>2SFCA</b> (Luo &amp; Wang 2003): R<sub>j</sub> = S<sub>j</sub> / "
        "&Sigma;<sub>i</sub> P<sub>i</sub>W(d<sub>ij</sub>), A<sub>i</sub> = &Sigma;<sub>j</sub> "
        "R<sub>j</sub>W(d<sub>ij</sub>), W = 1 unless a weight is chosen;<br><b>E2SFCA</b> "
        "(Luo &amp; Qi 2009): the same with step weights, by default 10:1, 20:0.68, 30:0.22 "
        "(minutes:weight, a threshold includes its own minute, 0 beyond the last);<br>"
        "<b>3SFCA</b> (Wan et al. 2012): W becomes G<sub>ij</sub>W<sub>ij</sub> with the "
        "selection weight G<sub>ij</sub> = W<sub>ij</sub> / &Sigma;<sub>k</sub>W<sub>ik</sub> "
        "over every site within the larger of the maximum time and the last step threshold "
        "(as PySAL on a cost table that long: G is taken before the maximum time); default "
        "steps 10:0.962, 20:0.704, 30:0.377, 60:0.042;<br><b>Gravity potential</b> (no "
        "competition, PySAL <i>weighted_catchment</i>): A<sub>i</sub> = &Sigma;<sub>j</sub> "
        "S<sub>j</sub>W(d<sub>ij</sub>). 2SFCA with a gaussian or gravity weight and no "
        "maximum time is the competition gravity model.</p>"
        "<p><b>Weights</b>: step (the <b>step weights</b> text), gaussian W = exp(-d&sup2;/"
        "2&sigma;&sup2;) (W(0) = 1), gravity W = (max(d, minimum)/scale)<sup>&alpha;</sup> "
        "(&alpha; as given, e.g. -1).</p>"
        "<p><b>Capacity field</b>: one unit per run (doctor FTE, appointment hours per week, "
        "visits per year); without it each site counts 1. <b>Maximum travel time</b>: 0 = "
        "every pair the roads connect.</p>"
        "<p><b>Outputs</b>: the population layer with <code>acc</code> (capacity per resident "
        "reached), <code>acc_1000</code> (per 1 000 residents), <code>acc_norm</code> "
        "(acc divided by the population-weighted mean: 1.0 = the area's average) and "
        "<code>reached</code> (1 when some site is within the maximum time at a positive "
        "weight; otherwise acc = 0, where PySAL gives NaN). The sites with "
        "<code>weighted_demand</code> (&Sigma; P<sub>i</sub>W), <code>ratio</code> "
        "(R<sub>j</sub>; empty when no resident reaches the site, which then adds nothing), "
        "<code>ratio_norm</code> (R<sub>j</sub> / mean access) and <code>cells</code> reaching "
        "it. A one-row run table: method, maximum time, weight, mode, mean access and the "
        "population with normalised access below 0.5.</p>"
        "<p><b>Sites to close</b> (ids): the same index without them (their pairs left "
        "out): <code>acc_after</code>, <code>acc_norm_after</code> (divided by the mean "
        "<i>before</i>, so before and after read on one scale), <code>d_acc</code>, "
        "<code>reached_after</code>; per site <code>open_after</code> and "
        "<code>ratio_after</code>; in the run table the mean after and the population below "
        "half the mean before, after the closure.</p>"
        "<p>With W = 1 and every site reached, &Sigma; P<sub>i</sub>A<sub>i</sub> = "
        "&Sigma; S<sub>j</sub>: capacity is shared out, not created.</p>" + NETWORK_HELP)
    EXAMPLE = ("population grid (field population), health stations with a capacity field, "
               "OSM roads (highway), car, E2SFCA, maximum 30 minutes.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, "INPUT", "Population (grid cells)", "POP_FIELD",
                             "Population field", numeric=True, field_optional=False)
        add_points_parameter(self, "SITES", "Service sites", "SITE_ID", "Site id field")
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY", tr("Capacity field (empty: 1 per site)"), parentLayerParameterName="SITES",
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.add_mode_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            "METHOD", tr("Method"), options=[tr("2SFCA"), tr("Enhanced 2SFCA (step weights)"),
                                             tr("3SFCA"), tr("Gravity potential")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_COST", tr("Maximum travel time (minutes, 0 = none)"),
            QgsProcessingParameterNumber.Double, defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            "WEIGHT", tr("Distance weight"), options=[
                tr("Method default"), tr("Step weights"), tr("Gaussian"), tr("Gravity")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "STEPS", tr("Step weights (minutes:weight, ...)"),
            defaultValue="10:1,20:0.68,30:0.22"))
        for key, label, default, minimum in (
                ("SIGMA", "Gaussian sigma (minutes)", 20.0, 0.001),
                ("SCALE", "Gravity scale (minutes)", 1.0, 0.001),
                ("ALPHA", "Gravity exponent alpha", -1.0, None),
                ("MIN_DIST", "Gravity minimum time (minutes)", 1.0, 0.0)):
            p = QgsProcessingParameterNumber(key, tr(label), QgsProcessingParameterNumber.Double,
                                             defaultValue=default)
            if minimum is not None:
                p.setMinimum(minimum)
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            "CLOSE_IDS", tr("Sites to close for an after scenario (ids, comma separated)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Accessibility per cell"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SITES_OUTPUT", tr("Supply ratio per site"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "RUN", tr("Run metadata"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        method = METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        max_cost = self.parameterAsDouble(parameters, "MAX_COST", context) or None
        weight = self._weight(parameters, context, method)
        mode = self.prepare_mode(parameters, context, feedback)
        crs = mode["crs"]
        pop_src = self.parameterAsSource(parameters, "INPUT", context)
        site_src = self.parameterAsSource(parameters, "SITES", context)
        cap_field = self.parameterAsString(parameters, "CAPACITY", context)
        pop = read_points(pop_src, crs, context, feedback, "population",
                          value_field=self.parameterAsString(parameters, "POP_FIELD", context))
        sites = read_points(site_src, crs, context, feedback, "sites",
                            self.parameterAsString(parameters, "SITE_ID", context),
                            value_field=cap_field)
        feedback.setProgress(20)
        search = max_cost
        if method == "3sfca" and weight.kind == "step" and max_cost is not None:
            search = max(max_cost, weight.steps[-1][0])  # G sees every weighted site
        costs = self.cost_table(mode, parameters, context, feedback, sites, pop, search)
        feedback.pushInfo(tr(f"{len(costs.cost)} cell-site pairs within the maximum time."))
        try:
            res = fca(pop.values, sites.values, costs, method, max_cost, weight)
        except AccessInputError as e:
            raise QgsProcessingException(tr(str(e))) from None
        closed = self._closed(parameters, context, sites.ids)
        after = None if closed is None else fca(pop.values, sites.values,
                                                costs.without_dests(closed), method, max_cost,
                                                weight)
        cells_per_site = np.bincount(costs.within(max_cost).dest, minlength=len(sites.values))
        out = self._write_cells(parameters, context, pop_src, pop, res, crs, after)
        out.update(self._write_sites(parameters, context, site_src, sites, res,
                                     cells_per_site, crs, cap_field, closed, after))
        low = float(pop.values[res.access_norm < 0.5].sum())
        out.update(self._write_run(parameters, context, res, mode["name"], cap_field, pop,
                                   low, after))
        feedback.pushInfo(tr(
            f"{method}: mean access {res.mean_access:.6g} per resident "
            f"({res.mean_access * 1000:.4g} per 1 000); population not reaching any site "
            f"{pop.values[~res.reached].sum():.0f}; below half the average {low:.0f}."))
        return out

    # ------------------------------------------------------------------ travel mode
    def add_mode_parameters(self) -> None:
        add_network_parameters(self)

    def prepare_mode(self, parameters, context, feedback) -> dict:
        router, settings, crs = load_router(self, parameters, context, feedback)
        return {"crs": crs, "router": router, "settings": settings, "name": settings.mode}

    def cost_table(self, mode, parameters, context, feedback, sites, pop,
                   max_cost: float | None) -> CostTable:
        """Road minutes, searched from the sites, of the pairs within ``max_cost``."""
        router, settings = mode["router"], mode["settings"]
        site_snap = snap_reported(router, sites, settings, "sites", feedback, required=True)
        cell_snap = snap_reported(router, pop, settings, "population features", feedback)
        return run_engine(road_pairs, router, site_snap, cell_snap, max_cost,
                          progress_callback(feedback, 20, 90))

    def _weight(self, parameters, context, method: str) -> Weight:
        kind = WEIGHTS[self.parameterAsEnum(parameters, "WEIGHT", context)]
        num = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        try:
            if kind == "step":
                return step(parse_steps(self.parameterAsString(parameters, "STEPS", context)))
            if kind == "gaussian":
                return gaussian(num("SIGMA"))
            if kind == "gravity":
                return gravity(num("SCALE"), num("ALPHA"), num("MIN_DIST"))
        except AccessInputError as e:
            raise QgsProcessingException(tr(str(e))) from None
        return default_weight(method)

    def _closed(self, parameters, context, ids) -> np.ndarray | None:
        wanted = [w.strip() for w in self.parameterAsString(parameters, "CLOSE_IDS",
                                                           context).split(",") if w.strip()]
        if not wanted:
            return None
        names = [str(i) for i in ids]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            raise QgsProcessingException(tr(f"Sites to close: '{unknown[0]}' is not an id of "
                                            f"the sites layer (site id field)."))
        return np.isin(names, wanted)

    def _write_cells(self, parameters, context, src, pop, res: FcaResult, crs,
                     after: FcaResult | None) -> dict:
        spec = [("acc", float), ("acc_1000", float), ("acc_norm", float), ("reached", int)]
        if after is not None:
            spec += [("acc_after", float), ("acc_norm_after", float), ("d_acc", float),
                     ("reached_after", int)]
        fields = make_fields(spec, src.fields())
        sink, dest = _sink(self, parameters, context, "OUTPUT", fields, src.wkbType(), crs)
        mean = res.mean_access if res.mean_access > 0 else np.nan
        for i, f in enumerate(pop.features):
            row = [res.access[i], res.access[i] * 1000, res.access_norm[i], int(res.reached[i])]
            if after is not None:
                row += [after.access[i], after.access[i] / mean, after.access[i] - res.access[i],
                        int(after.reached[i])]
            add_row(sink, fields, list(f.attributes()) + row, f.geometry())
        apply_style(context, dest, "access_index", src.wkbType())
        return {"OUTPUT": dest}

    def _write_sites(self, parameters, context, src, sites, res: FcaResult, cells, crs,
                     cap_field: str, closed, after: FcaResult | None) -> dict:
        spec = [("site_id", id_type(sites.ids)), ("capacity", float),
                ("weighted_demand", float), ("ratio", float), ("ratio_norm", float),
                ("cells", int)]
        if after is not None:
            spec += [("open_after", int), ("ratio_after", float)]
        fields = make_fields(spec)
        sink, dest = _sink(self, parameters, context, "SITES_OUTPUT", fields, src.wkbType(), crs)
        mean = res.mean_access if res.mean_access > 0 else np.nan
        for j, f in enumerate(sites.features):
            row = [sites.ids[j], sites.values[j], res.weighted_demand[j], res.ratio[j],
                   res.ratio[j] / mean, int(cells[j])]
            if after is not None:
                row += [int(not closed[j]), None if closed[j] else after.ratio[j]]
            add_row(sink, fields, row, f.geometry())
        apply_style(context, dest, "access_ratio", src.wkbType())
        return {"SITES_OUTPUT": dest}

    def _write_run(self, parameters, context, res: FcaResult, mode: str, cap_field: str,
                   pop, low: float, after: FcaResult | None) -> dict:
        spec = [("method", str), ("max_cost_min", float), ("weight", str), ("cost_mode", str),
                ("supply", str), ("mean_access", float), ("population", float),
                ("pop_unreached", float), ("pop_norm_below_0_5", float)]
        row = [res.method, res.max_cost, res.weight.describe(), mode, cap_field or "count",
               res.mean_access, pop.values.sum(), pop.values[~res.reached].sum(), low]
        if after is not None:
            spec += [("mean_access_after", float), ("pop_unreached_after", float),
                     ("pop_norm_below_0_5_after", float)]
            norm = after.access / res.mean_access if res.mean_access > 0 else after.access_norm
            row += [after.mean_access, pop.values[~after.reached].sum(),
                    float(pop.values[norm < 0.5].sum())]
        fields = make_fields(spec)
        sink, dest = _sink(self, parameters, context, "RUN", fields)
        add_row(sink, fields, row)
        return {"RUN": dest}



class TransitAccessibilityIndex(AccessibilityIndex):
    """The same indices on public transport times (a percentile over a departure window)."""

    NAME = "transitaccessibilityindex"
    DISPLAY = "Accessibility index (2SFCA, public transport)"
    HELP = AccessibilityIndex.HELP.split("<h3>")[0] + (
        "<p>Travel times are public transport times from GTFS: for every cell and site the "
        "chosen <b>percentile</b> of the door-to-door time over the departure window (50 = "
        "median; waiting at the origin and walks included), one timetable profile per "
        "site. Pairs slower than the maximum trip time count as not connected.</p>"
    ) + TRANSIT_HELP

    def add_mode_parameters(self) -> None:
        TransitClosureImpact.add_mode_parameters(self)  # the same feed, window and percentile

    def prepare_mode(self, parameters, context, feedback) -> dict:
        q = self.parameterAsDouble(parameters, "PERCENTILE", context)
        return {"crs": work_crs(self.parameterAsSource(parameters, "INPUT", context), context),
                "percentile": q, "name": f"transit p{q:g}"}

    def cost_table(self, mode, parameters, context, feedback, sites, pop,
                   max_cost: float | None) -> CostTable:
        setup = transit_setup(self, parameters, context, feedback, mode["crs"])
        access = setup.access(pop.x, pop.y)
        limit = np.inf if max_cost is None else max_cost
        origin, dest, cost = [], [], []
        for j in range(len(sites.x)):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            if sites.has_geometry[j]:
                secs = setup.seconds_to(sites.x[j], sites.y[j], access, pop.x, pop.y)
                minutes = percentiles(secs, [mode["percentile"]])[:, 0] / 60
                i = np.flatnonzero(minutes <= limit)
                origin.append(i)
                dest.append(np.full(len(i), j))
                cost.append(minutes[i])
            feedback.setProgress(20 + 70 * (j + 1) / len(sites.x))
        return CostTable(np.concatenate(origin or [[]]), np.concatenate(dest or [[]]),
                         np.concatenate(cost or [[]]), len(pop.x), len(sites.x))
