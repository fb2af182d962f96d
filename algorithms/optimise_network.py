"""Processing algorithm: choose which facilities to keep, close or site (location-allocation)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.optimise import locate
from ..core.scenario.impact import Scenario, evaluate
from ..core.scenario.report import ReportInfo, render, year_sections
from .channel_common import (
    add_channel_outputs,
    channel_outputs,
    demand_after_channels,
    prepare_channels,
)
from .impact_outputs import read_area, read_groups, read_sites, write_tables
from .map_styles import chosen_sites_renderer, set_renderer, style_cells, style_output
from .nonroutable import add_nonroutable_output, write_nonroutable
from .outputs import add_row, id_type, make_fields
from .parameters import (
    CAPACITY_FIELD,
    FAC_ID,
    FACILITIES,
    MUST_CLOSE,
    MUST_OPEN,
    NEW_CAPACITY_FIELD,
    NEW_FACILITIES,
    NEW_ID,
    OBJECTIVE,
    OUTPUT,
    POPULATION,
    PROBLEM,
    REPORT,
    SHARE,
    SITE_COUNT,
    SITES,
    SOLVER,
    THRESHOLD,
    USE_RATES,
    add_impact_outputs,
    add_points_parameter,
    add_population_parameters,
    add_year_parameters,
    read_group_settings,
    read_population,
    read_thresholds,
)
from .report_output import report_language
from .translation import QT_TRANSLATE_NOOP, engine_text, translate
from .travel_times import RoadTimes, ScenarioAlgorithm, TransitTimes
from .validation import check_ids, split_ids

PROBLEMS = ("pmedian", "coverage", "setcover", "pcenter")
EXACT_LIMIT = 400_000  # demand x sites above which the exact p-median/coverage MILP is skipped


def parse_rates(text: str) -> dict[str, float]:
    """'age_0_14=2.1, age_75=9' -> {'age_0_14': 2.1, 'age_75': 9.0} (visits per person)."""
    out = {}
    for item in filter(None, (s.strip() for s in (text or "").split(","))):
        key, sep, value = item.partition("=")
        try:
            out[key.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep or out.get(key.strip(), -1) < 0:
            raise QgsProcessingException(translate("optimise_network",
                "Use rates: cannot read '{item}'; write field=visits per person, e.g. "
                "age_75=9.5.").format(item=item))
    return out


@dataclass(frozen=True)
class OptimiseSettings:
    """The optimisation choices of one run."""

    problem: str  # one of PROBLEMS
    p: int
    threshold: float  # minutes
    share: float
    must_open: str  # ids, comma separated
    must_close: str
    rates: dict  # visits per person by age group field
    capacity_field: str
    new_capacity_field: str


class OptimiseNetworkBase(ScenarioAlgorithm):
    """Location-allocation with the travel mode ``TIMES`` (not an algorithm itself)."""

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, FACILITIES, self.tr("Current facilities"), FAC_ID,
                             self.tr("Facility id field"))
        self.addParameter(QgsProcessingParameterField(
            CAPACITY_FIELD, self.tr("Capacity field (p-median with capacities)"),
            parentLayerParameterName=FACILITIES, type=QgsProcessingParameterField.Any,
            optional=True))
        add_points_parameter(self, NEW_FACILITIES, self.tr("Candidate new sites"), NEW_ID,
                             self.tr("Candidates: id field"), optional=True)
        self.addParameter(QgsProcessingParameterField(
            NEW_CAPACITY_FIELD, self.tr("Candidates: capacity field"),
            parentLayerParameterName=NEW_FACILITIES, type=QgsProcessingParameterField.Any,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            PROBLEM, self.tr("Problem"), options=[self.tr("p-median (least travel time)"),
                                               self.tr("Maximal coverage"), self.tr("Set cover"),
                                               self.tr("p-center (least worst time)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            SITE_COUNT, self.tr("Number of sites p"), defaultValue=5, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            THRESHOLD, self.tr("Coverage threshold (minutes)"), QgsProcessingParameterNumber.Double,
            defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            SHARE, self.tr("Set cover: share of demand to cover (0-1)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.95, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterString(
            MUST_OPEN, self.tr("Sites that must stay open (ids)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            MUST_CLOSE, self.tr("Sites that must close (ids)"), optional=True))
        add_population_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            USE_RATES, self.tr("Use rates (field=visits per person, ...)"), optional=True))
        add_year_parameters(self)
        self.TIMES.add_parameters(self)
        add_impact_outputs(self, self.tr("Cells: allocation now and optimised"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            SITES, self.tr("Sites"), QgsProcessing.TypeVectorAnyGeometry))
        add_channel_outputs(self, table=False)
        self.addOutput(QgsProcessingOutputNumber(OBJECTIVE, self.tr("Objective value")))
        self.addOutput(QgsProcessingOutputString(SOLVER, self.tr("Solver used")))
        add_nonroutable_output(self, self.TIMES)

    def read_settings(self, parameters, context) -> OptimiseSettings:
        """This algorithm's own choices, read once."""
        return OptimiseSettings(
            problem=PROBLEMS[self.parameterAsEnum(parameters, PROBLEM, context)],
            p=self.parameterAsInt(parameters, SITE_COUNT, context),
            threshold=self.parameterAsDouble(parameters, THRESHOLD, context),
            share=self.parameterAsDouble(parameters, SHARE, context),
            must_open=self.parameterAsString(parameters, MUST_OPEN, context),
            must_close=self.parameterAsString(parameters, MUST_CLOSE, context),
            rates=parse_rates(self.parameterAsString(parameters, USE_RATES, context)),
            capacity_field=self.parameterAsString(parameters, CAPACITY_FIELD, context),
            new_capacity_field=self.parameterAsString(parameters, NEW_CAPACITY_FIELD, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        opt = self.read_settings(parameters, context)
        cap_field, new_cap_field = opt.capacity_field, opt.new_capacity_field
        if cap_field and not new_cap_field and self.parameterAsSource(
                parameters, NEW_FACILITIES, context) is not None:
            raise QgsProcessingException(self.tr(
                "With a capacity field, give the candidates' capacity field too."))
        thresholds = read_thresholds(self, parameters, context)
        grouping = read_group_settings(self, parameters, context)
        times = self.TIMES.prepare(self, parameters, context, feedback, POPULATION)
        crs = times.crs
        sites = read_sites(self, parameters, context, feedback, crs, cap_field,
                           new_cap_field if cap_field else "")
        fac, new, ids = sites.facilities, sites.new, sites.ids
        fac_src = self.parameterAsSource(parameters, FACILITIES, context)
        check_ids(fac, self.parameterAsString(parameters, FAC_ID, context), what=self.tr("sites"))
        n_sites = len(ids)
        pop_src = self.parameterAsSource(parameters, POPULATION, context)
        rates = opt.rates
        missing = [k for k in rates if k not in pop_src.fields().names()]
        if missing:
            raise QgsProcessingException(self.tr(
                "Use rates: the population layer has no field(s) {missing}.").format(
                missing=', '.join(missing)))
        groups_wanted = grouping.fields()
        pop = read_population(self, parameters, context, crs, feedback,
                              extra_fields=groups_wanted + [k for k in rates
                                                            if k not in groups_wanted])
        if pop.year is not None and rates:
            raise QgsProcessingException(self.tr(
                "Use rates: with a target year, give the use rates by age group in the "
                "target year's use rates ({rates} given here)").format(
                    rates=", ".join(rates)))
        groups = read_groups(grouping, feedback, pop)
        area = read_area(grouping, pop, crs, context, feedback)
        demand = sum(pop.extra[k] * r for k, r in rates.items()) if rates else pop.weights
        minutes = times.minutes(pop, sites, feedback)
        channels = prepare_channels(self, parameters, context, feedback, times, pop, pop_src)
        demand, opt = demand_after_channels(channels, demand, opt, feedback)
        must_open = _positions(opt.must_open, self.tr("Sites that must stay open"), ids)
        must_close = _positions(opt.must_close, self.tr("Sites that must close"), ids)
        capacity = (np.r_[fac.weights, new.weights] if new is not None else fac.weights) \
            if cap_field else None
        sol = _solve(opt, feedback, minutes, demand, must_open, must_close, capacity)
        gap = engine_text(locate.gap_text(sol))
        feedback.pushInfo(self.tr(
            "Solver: {solver}; objective {objective:.4g}; {gap}; {n_sites} sites chosen.").format(
            solver=sol.solver, objective=sol.objective, gap=gap, n_sites=len(sol.sites)))
        chosen = np.zeros(n_sites, bool)
        chosen[sol.sites] = True
        scenario = Scenario(np.r_[np.ones(len(fac.ids), bool),
                                  np.zeros(n_sites - len(fac.ids), bool)], chosen)
        elderly = grouping.elderly_field or None
        result = evaluate(minutes, scenario, pop.weights, thresholds, groups, area, capacity,
                          elderly)
        judged = channel_outputs(self, parameters, context, feedback, channels, result, pop,
                                 area, opt.threshold)  # fixed sites: the coverage threshold
        out = write_tables(self, parameters, context, pop_src, pop, crs, result, ids,
                           thresholds, list(groups), judged.cells)
        style_output(context, out[OUTPUT], lambda layer: style_cells(layer, thresholds))
        info = ReportInfo(kind="optimise")
        judged.to_report(info, out)
        out[SITES] = self._write_sites(parameters, context, fac_src, fac, new, ids, chosen,
                                         result, demand, crs)
        report = self.parameterAsFileOutput(parameters, REPORT, context)
        if pop.year is not None:
            info.sections = year_sections(pop.year, result.before.facility,
                                          result.after.facility, [str(i) for i in ids])
        note = self.tr(
            "{mode_note} Problem: {problem}; solver: {solver}; objective {objective:.4g}; "
            "{gap}. 'Before' is the current network, 'after' the chosen sites.").format(
            mode_note=times.note, problem=opt.problem, solver=sol.solver,
            objective=sol.objective, gap=gap)
        Path(report).write_text(render(result, pop.weights, thresholds, ids, notes=[note],
                                       lang=report_language(), info=info), encoding="utf-8")
        out.update({REPORT: report, OBJECTIVE: sol.objective, SOLVER: sol.solver})
        out.update(write_nonroutable(self, parameters, context, times, feedback))
        return out

    def _write_sites(self, parameters, context, fac_src, fac, new, ids, chosen, result,
                     demand, crs) -> str:
        fac_type = id_type(ids)
        fields = make_fields([("site_id", fac_type), ("current", bool), ("chosen", bool),
                              ("demand", float), ("population", float)])
        sink, dest = self.parameterAsSink(parameters, SITES, context, fields,
                                          fac_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, SITES))
        alloc = result.after.facility
        dem = np.bincount(alloc[alloc >= 0], weights=demand[alloc >= 0], minlength=len(ids))
        load = result.loads["load_after"].to_numpy()
        feats = list(fac.features) + (list(new.features) if new else [])
        for j, f in enumerate(feats):
            add_row(sink, fields, [ids[j], j < len(fac.ids), bool(chosen[j]), dem[j], load[j]],
                    f.geometry())
        style_output(context, dest, set_renderer(lambda _: chosen_sites_renderer()))
        return dest


class OptimiseNetwork(OptimiseNetworkBase):
    NAME = "optimisenetwork"
    DISPLAY = QT_TRANSLATE_NOOP("OptimiseNetwork", "Optimise service network")
    TIMES = RoadTimes


class TransitOptimiseNetwork(OptimiseNetworkBase):
    NAME = "transitoptimisenetwork"
    DISPLAY = QT_TRANSLATE_NOOP("TransitOptimiseNetwork",
                                "Optimise service network (public transport)")
    TIMES = TransitTimes


def _solve(opt: OptimiseSettings, feedback, minutes, demand, must_open, must_close,
           capacity=None):
    problem, p, thr = opt.problem, opt.p, opt.threshold
    small = minutes.size <= EXACT_LIMIT  # coverage: rows merged by pattern in core
    if problem in ("coverage", "setcover") and not (minutes <= thr).any():
        fastest = np.min(minutes) if np.isfinite(minutes).any() else np.inf
        raise QgsProcessingException(translate("optimise_network",
            "Optimisation: no demand is within the coverage threshold ({thr:g} min) of any "
            "site (the fastest trip takes {fastest:.1f} min), so every choice of sites would "
            "cover nothing. Raise the threshold.").format(thr=thr, fastest=fastest))
    try:
        if problem == "pmedian" and capacity is not None:
            sol = locate.pmedian_capacitated_heuristic(minutes, demand, p, capacity,
                                                       must_open, must_close)
            if small and not sol.proven_optimal:
                ex = _exact(locate.pmedian_capacitated_exact, minutes, demand, p,
                            capacity, must_open, must_close)
                sol = _better(sol, ex, minimise=True)
        elif problem == "pmedian":
            sol = locate.pmedian_heuristic(minutes, demand, p, must_open, must_close)
            if small and not sol.proven_optimal:
                ex = _exact(locate.pmedian_exact, minutes, demand, p, must_open, must_close)
                sol = _better(sol, ex, minimise=True)
        elif capacity is not None and problem == "coverage":
            sol = locate.capacitated_cover(minutes, demand, thr, capacity, p=p,
                                           must_open=must_open, must_close=must_close)
        elif capacity is not None and problem == "setcover":
            sol = locate.capacitated_cover(minutes, demand, thr, capacity,
                                           share=opt.share,
                                           must_open=must_open, must_close=must_close)
        elif capacity is not None:
            sol = locate.capacitated_pcenter(minutes, np.where(
                np.isfinite(minutes).any(axis=1), demand, 0.0), p, capacity, must_open,
                must_close)
        elif problem == "coverage":
            sol = locate.coverage_heuristic(minutes, demand, p, thr, must_open, must_close)
            if locate.merged_size(minutes <= thr) <= EXACT_LIMIT \
                    and not sol.proven_optimal:
                ex = _exact(locate.coverage_exact, minutes, demand, p, thr, must_open,
                            must_close)
                sol = _better(sol, ex, minimise=False)
        elif problem == "setcover":
            sol = locate.set_cover_exact(minutes, demand, thr, opt.share, must_open,
                                         must_close)
        else:
            sol = locate.pcenter(minutes, np.where(np.isfinite(minutes).any(axis=1),
                                                   demand, 0.0), p, must_open, must_close)
    except (ValueError, RuntimeError) as e:
        raise QgsProcessingException(translate("optimise_network",
            "Optimisation: {e}.").format(e=engine_text(e))) from None
    if sol.solver.startswith("heuristic") and not sol.proven_optimal:
        feedback.pushInfo(translate("optimise_network",
            "{n_demand} demand points x {n_sites} sites: the heuristic result is reported with "
            "its proven gap.").format(n_demand=minutes.shape[0], n_sites=minutes.shape[1]))
    return sol


def _positions(text: str, what: str, ids) -> list[int]:
    """Positions of the comma separated ``text`` ids among ``ids``."""
    as_text = [str(v) for v in ids]
    out = []
    for w in split_ids(text):
        if w not in as_text:
            raise QgsProcessingException(translate("optimise_network",
                "{what}: no site has the id '{w}'.").format(what=what, w=w))
        out.append(as_text.index(w))
    return out


def _exact(solve, *args) -> locate.Solution | None:
    """The exact solver's result, or None when it found no solution within its time."""
    try:
        return solve(*args)
    except (ValueError, RuntimeError):
        return None


def _better(heuristic: locate.Solution, exact: locate.Solution | None, minimise: bool
            ) -> locate.Solution:
    """The better of the two, with the tighter of their proven bounds."""
    if exact is None:
        return heuristic
    sign = 1 if minimise else -1
    bounds = [b for b in (heuristic.bound, exact.bound) if b is not None]
    bound = (max if minimise else min)(bounds) if bounds else None
    best = exact if sign * exact.objective <= sign * heuristic.objective else heuristic
    if best is heuristic:
        heuristic.solver = "heuristic (checked against the exact solver's bound)"
    best.bound, best.gap = bound, locate.relative_gap(best.objective, bound)
    return best
