"""Processing algorithm: the least-cost network plan for a stated access level, by year."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.optimise.fixed_charge import AccessFloor, PlanError, StaffLimit, plan_network
from ..core.plan.costs import CostError, parse_date, site_costs, truthy
from .common import PalveluAlgorithm
from .parameters import (
    DEMAND,
    DEMAND_FIELDS,
    DEMAND_ID,
    DISCOUNT_RATE,
    EUR_PER_MINUTE,
    FIRST_YEAR,
    FLOOR_FIELDS,
    FLOOR_MIN,
    FLOOR_SHARE,
    LAST_YEAR,
    PLAN,
    SITES,
    STAFF,
    STAFF_LIMITS,
    TIME_LIMIT,
    TIMES,
    YEARLY,
    discount_rate_parameter,
)
from .tables import euros, od_minutes, od_table, source_frame, write_frame
from .translation import QT_TRANSLATE_NOOP, engine_text, translate


def year_fields(pattern: str, names: list[str], years: list[int], what: str) -> list[list[str]]:
    """Per year, the fields a pattern such as ``need_{year}`` or ``pop_75_84_{year},
    pop_85__{year}`` names; a pattern without ``{year}`` is the same field every year."""
    out = []
    for y in years:
        fields = [p.strip().replace("{year}", str(y)) for p in pattern.split(",") if p.strip()]
        missing = [f for f in fields if f not in names]
        if missing:
            raise QgsProcessingException(translate("least_cost_plan",
                "{what}: the demand layer has no field {missing} (for {y}); run Population "
                "projection to target years for these years, or name fields that exist, e.g. "
                "need_{{year}} or vaesto.").format(what=what, missing=', '.join(missing), y=y))
        out.append(fields)
    return out


class LeastCostPlan(PalveluAlgorithm):
    NAME = "leastcostplan"
    DISPLAY = QT_TRANSLATE_NOOP("LeastCostPlan",
                                "Least-cost network plan by year (fixed-charge, phased)")
    GROUP = "Plan: costs and population"
    GROUP_ID = "plan"

    def initAlgorithm(self, config=None):  # noqa: N802
        any_layer = [QgsProcessing.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(DEMAND, self.tr("Demand cells"),
                                                              any_layer))
        self.addParameter(QgsProcessingParameterField(
            DEMAND_ID, self.tr("Cell id field"), "grd_id", DEMAND))
        self.addParameter(QgsProcessingParameterString(
            DEMAND_FIELDS, self.tr("Demand field(s) per year"), defaultValue="need_{year}"))
        self.addParameter(QgsProcessingParameterFeatureSource(SITES, self.tr("Sites"), any_layer))
        self.addParameter(QgsProcessingParameterFeatureSource(
            TIMES, self.tr("Travel times (origin_id, dest_id, time_min)"), any_layer))
        self.addParameter(QgsProcessingParameterNumber(
            EUR_PER_MINUTE, self.tr("EUR per demand unit and travel minute"),
            QgsProcessingParameterNumber.Double, defaultValue=0.4, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            FLOOR_FIELDS, self.tr("Access floor: demand field(s) per year"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            FLOOR_MIN, self.tr("Access floor: minutes"), QgsProcessingParameterNumber.Double,
            defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            FLOOR_SHARE, self.tr("Access floor: share within the minutes (%)"),
            QgsProcessingParameterNumber.Double, defaultValue=95.0, minValue=0.0,
            maxValue=100.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            STAFF, self.tr("Staff per site (site_id, profession, fte)"), any_layer, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            STAFF_LIMITS, self.tr("Staff available (area, profession, fte)"), any_layer,
            optional=True))
        self.addParameter(discount_rate_parameter())
        self.addParameter(QgsProcessingParameterNumber(
            FIRST_YEAR, self.tr("First year"), defaultValue=2025, minValue=2000, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            LAST_YEAR, self.tr("Last year"), defaultValue=2030, minValue=2000, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            TIME_LIMIT, self.tr("Solver time limit (seconds)"), defaultValue=300, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(PLAN, self.tr("Plan by site and year"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(YEARLY, self.tr("Plan by year"),
                                                            QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        first = self.parameterAsInt(parameters, FIRST_YEAR, context)
        last = self.parameterAsInt(parameters, LAST_YEAR, context)
        if last < first:
            raise QgsProcessingException(self.tr(
                "Last year {last} is before the first {first}.").format(last=last, first=first))
        years = list(range(first, last + 1))
        cells_src = self.parameterAsSource(parameters, DEMAND, context)
        id_field = self.parameterAsString(parameters, DEMAND_ID, context)
        names = cells_src.fields().names()
        demand_fields = year_fields(self.parameterAsString(parameters, DEMAND_FIELDS, context),
                                    names, years, self.tr("Demand"))
        floor_text = self.parameterAsString(parameters, FLOOR_FIELDS, context)
        floor_fields = year_fields(floor_text, names, years, self.tr("Access floor")) \
            if floor_text.strip() else None
        cells = source_frame(cells_src, self.tr("Demand cells"), (id_field,))
        ids = cells[id_field].astype(str).to_numpy()
        if len(set(ids)) < len(ids):
            raise QgsProcessingException(self.tr(
                "Demand cells: id {duplicate!r} appears twice in {id_field}.").format(
                duplicate=pd.Series(ids)[pd.Series(ids).duplicated()].iloc[0], id_field=id_field))

        def per_year(fields):
            out = np.array([[pd.to_numeric(cells[f], errors="coerce").fillna(0).to_numpy()
                             for f in fs] for fs in fields]).sum(axis=1)
            if (out < 0).any():
                raise QgsProcessingException(self.tr(
                    "Demand cells: negative demand (masked -1 values must be filled first: "
                    "use the projection's output)."))
            return out

        demand = per_year(demand_fields)
        sites = source_frame(self.parameterAsSource(parameters, SITES, context), self.tr("Sites"),
                             ("site_id", "existing"))
        site_ids = sites["site_id"].astype(str).to_numpy()
        minutes = self.time_matrix(parameters, context, ids, site_ids)
        feedback.setProgress(20)
        try:
            keep_all = pd.DataFrame(columns=["site_id", "action", "effective_date"])
            costs = site_costs(sites, keep_all, years=tuple(years))
            costs["fixed"] = costs[["rent", "opex", "invest", "staff"]].sum(axis=1)
            fixed_m = costs.pivot(index="year", columns="site_id", values="fixed")[
                list(site_ids)].to_numpy()
            earliest = self.earliest(sites, first, years)
        except CostError as err:
            raise QgsProcessingException(self.tr(
                "Sites: {err}.").format(err=engine_text(err))) from None
        capacity = (pd.to_numeric(sites["capacity"], errors="coerce").fillna(np.inf).to_numpy()
                    if "capacity" in sites else None)
        floor = None
        if floor_fields:
            floor = AccessFloor(per_year(floor_fields),
                                self.parameterAsDouble(parameters, FLOOR_MIN, context),
                                self.parameterAsDouble(parameters, FLOOR_SHARE, context) / 100)
        feedback.pushInfo(self.tr(
            "{n_ids} cells, {n_site_ids} sites, {n_years} years: solving the plan exactly "
            "(HiGHS)...").format(n_ids=len(ids), n_site_ids=len(site_ids), n_years=len(years)))
        try:
            plan = plan_network(
                minutes, demand, fixed_m, truthy(sites["existing"]), earliest, capacity,
                self.parameterAsDouble(parameters, EUR_PER_MINUTE, context),
                self.parameterAsDouble(parameters, DISCOUNT_RATE, context) / 100,
                truthy(sites["required"]) if "required" in sites else None,
                truthy(sites["forbidden"]) if "forbidden" in sites else None, floor,
                float(self.parameterAsInt(parameters, TIME_LIMIT, context)),
                staff=self.staff_limit(parameters, context, sites, site_ids))
        except PlanError as err:
            raise QgsProcessingException(self.tr(
                "Least-cost plan: {err}.").format(err=engine_text(err))) from None
        feedback.setProgress(90)
        feedback.pushInfo(self.tr(
            "Objective {objective} EUR (discounted); proven lower bound {bound}; gap {gap:.3%}. "
            "Solver: {status}").format(objective=euros(plan.objective), bound=euros(plan.bound),
            gap=plan.gap, status=plan.status))
        return self.write(parameters, context, plan, years, site_ids, demand, floor, minutes,
                          truthy(sites["existing"]))

    def staff_limit(self, parameters, context, sites, site_ids) -> StaffLimit | None:
        """The staff each site needs by profession and the FTE available per area (the
        sites' ``area`` field; a limit without an area is the whole county)."""
        src = self.parameterAsSource(parameters, STAFF_LIMITS, context)
        if src is None:
            return None
        staff_src = self.parameterAsSource(parameters, STAFF, context)
        if staff_src is None:
            raise QgsProcessingException(self.tr(
                "Staff available is given: give the staff per site too (site_id, profession, "
                "fte)."))
        name = src.sourceName()
        limits = source_frame(src, self.tr("Staff available"), ("profession", "fte"))
        staff = source_frame(staff_src, self.tr("Staff per site"), ("site_id", "profession", "fte"))
        fte = pd.to_numeric(staff["fte"], errors="coerce")
        professions = sorted(set(staff["profession"].astype(str)))
        need = staff.assign(fte=fte.fillna(0), site_id=staff["site_id"].astype(str)).pivot_table(
            index="site_id", columns="profession", values="fte", aggfunc="sum").reindex(
            index=list(site_ids), columns=professions).fillna(0.0)
        available = {}
        for row, r in enumerate(limits.itertuples(index=False)):
            value = pd.to_numeric(pd.Series([r.fte]), errors="coerce").iloc[0]
            area = str(getattr(r, "area", None) or "*").strip() or "*"
            if pd.isna(value) or value < 0:
                raise QgsProcessingException(self.tr(
                    "Staff available ({name}) row {row}: fte {value!r} is not a number >= 0."
                ).format(name=name, row=row + 1, value=r.fte))
            if str(r.profession) not in professions:
                raise QgsProcessingException(self.tr(
                    "Staff available ({name}) row {row}: profession {p!r} is not in the staff "
                    "per site (it has {known}).").format(name=name, row=row + 1,
                                                          p=r.profession,
                                                          known=", ".join(professions)))
            if area != "*" and "area" not in sites:
                raise QgsProcessingException(self.tr(
                    "Staff available ({name}) row {row}: area {area!r} given but the sites "
                    "have no area field; add one, or leave the area empty (whole "
                    "county).").format(name=name, row=row + 1, area=area))
            available[(area, str(r.profession))] = float(value)
        area = sites["area"].astype(str).to_numpy() if "area" in sites else \
            np.full(len(sites), "*")
        return StaffLimit(need.to_numpy(), area, available, professions)

    def time_matrix(self, parameters, context, cell_ids, site_ids) -> np.ndarray:
        od = od_table(self.parameterAsSource(parameters, TIMES, context), self.tr("Travel times"))
        minutes, joined = od_minutes(od, cell_ids, site_ids)
        if not joined:
            raise QgsProcessingException(self.tr(
                "Travel times: no row joins the demand cells (origin_id) to the sites "
                "(dest_id); make the OD matrix from the cells to the sites with the same ids."))
        return minutes

    @staticmethod
    def earliest(sites: pd.DataFrame, first: int, years: list[int]) -> np.ndarray:
        """Year index from which each site may change: existing ones the year after the
        lease end, candidates their open_from year."""
        out = np.zeros(len(sites), int)
        existing = truthy(sites["existing"])
        for k in range(len(sites)):
            if existing[k] and "lease_end" in sites:
                end = parse_date(sites["lease_end"].iloc[k], "sites", k, "lease_end")
                if end is not None:
                    out[k] = end.year + 1 - first
            elif not existing[k] and "open_from" in sites:
                y = pd.to_numeric(pd.Series([sites["open_from"].iloc[k]]), errors="coerce")[0]
                if pd.notna(y):
                    out[k] = int(y) - first
        return np.clip(out, 0, len(years))

    def write(self, parameters, context, plan, years, site_ids, demand, floor, minutes,
              existing) -> dict:
        rows = []
        for t, y in enumerate(years):
            served = np.asarray(plan.assignment[t].multiply(demand[t][:, None]).sum(axis=0)
                                ).ravel()
            for j, s in enumerate(site_ids):
                was = existing[j] if t == 0 else plan.open[t - 1, j]
                now = plan.open[t, j]
                change = ("opened" if now and not was else "closed" if was and not now
                          else "open" if now else "")
                rows.append((s, y, int(now), change, served[j]))
        table = pd.DataFrame(rows, columns=["site_id", "year", "open", "change",
                                            "demand_served"])
        yearly = pd.DataFrame({"year": years, "sites_open": plan.open.sum(axis=1),
                               "fixed_cost": plan.fixed_cost, "travel_cost": plan.travel_cost})
        yearly["total"] = yearly["fixed_cost"] + yearly["travel_cost"]
        if floor is not None:
            near = np.where(np.isfinite(minutes), minutes, np.inf) <= floor.minutes
            yearly["floor_share"] = [
                float(np.asarray(plan.assignment[t].multiply(near).sum(axis=1)).ravel()
                      @ floor.demand[t]) / max(floor.demand[t].sum(), 1e-9)
                for t in range(len(years))]
        yearly["objective"] = plan.objective
        yearly["lower_bound"] = plan.bound
        yearly["gap"] = plan.gap
        return {PLAN: write_frame(self, parameters, context, PLAN, table),
                YEARLY: write_frame(self, parameters, context, YEARLY, yearly)}
