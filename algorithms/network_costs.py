"""Processing algorithm: a service network scenario's costs per year and its NPV."""

from __future__ import annotations

import datetime as dt

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

from ..core.plan.costs import (
    CostError,
    Parameters,
    client_travel,
    mobile_costs,
    npv,
    site_costs,
    yearly_table,
)
from .common import PLUGIN_DIR, PalveluAlgorithm, people_frame
from .parameters import (
    DISCOUNT_RATE,
    FIRST_YEAR,
    LAST_YEAR,
    MOBILE,
    NPV,
    PARAMETERS,
    SCENARIO,
    SCENARIO_NAME,
    SITE_YEARS,
    SITES,
    STAFF,
    TRAVEL,
    TRAVEL_KM,
    TRAVEL_POP,
    VISITS,
    YEARLY,
    discount_rate_parameter,
)
from .report_output import loc
from .tables import source_frame, write_frame
from .translation import QT_TRANSLATE_NOOP, engine_text

DEFAULT_PARAMETERS = PLUGIN_DIR / "resources" / "parameters" / "finland.csv"


class NetworkCosts(PalveluAlgorithm):
    NAME = "networkcosts"
    DISPLAY = QT_TRANSLATE_NOOP("NetworkCosts",
                                "Service network costs per year (2025-2030) and NPV")
    GROUP = "Plan: costs and population"
    GROUP_ID = "plan"

    def initAlgorithm(self, config=None):  # noqa: N802
        table = [QgsProcessing.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(SITES, self.tr("Site costs"), table))
        self.addParameter(QgsProcessingParameterFeatureSource(
            SCENARIO, self.tr("Scenario (site actions)"), table, optional=True))
        self.addParameter(QgsProcessingParameterString(
            SCENARIO_NAME, self.tr("Scenario name"), defaultValue="scenario"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            STAFF, self.tr("Staff costs"), table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            MOBILE, self.tr("Mobile unit costs"), table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            TRAVEL, self.tr("Client travel (cells)"), table, optional=True))
        self.addParameter(QgsProcessingParameterField(
            TRAVEL_POP, self.tr("Population field"), None, TRAVEL,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            TRAVEL_KM, self.tr("One-way distance field (km)"), None, TRAVEL,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            VISITS, self.tr("Visits per person and year"), QgsProcessingParameterNumber.Double,
            defaultValue=2.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            PARAMETERS, self.tr("Parameter table (tariffs with valid_from)"), table, optional=True))
        self.addParameter(discount_rate_parameter())
        self.addParameter(QgsProcessingParameterNumber(
            FIRST_YEAR, self.tr("First year"), defaultValue=2025, minValue=2000, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            LAST_YEAR, self.tr("Last year"), defaultValue=2030, minValue=2000, maxValue=2100))
        for key, label in ((YEARLY, self.tr("Costs per year")),
                           (SITE_YEARS, self.tr("Costs per site and year")),
                           (NPV, self.tr("Net present value"))):
            self.addParameter(QgsProcessingParameterFeatureSink(
                key, label, QgsProcessing.TypeVector))

    def table(self, parameters, context, key: str, label: str, need=()) -> pd.DataFrame | None:
        source = self.parameterAsSource(parameters, key, context)
        return None if source is None else source_frame(source, label, need)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        first = self.parameterAsInt(parameters, FIRST_YEAR, context)
        last = self.parameterAsInt(parameters, LAST_YEAR, context)
        if last < first:
            raise QgsProcessingException(self.tr(
                "Last year {last} is before the first {first}.").format(last=last, first=first))
        years = tuple(range(first, last + 1))
        name = self.parameterAsString(parameters, SCENARIO_NAME, context) or "scenario"
        sites = self.table(parameters, context, SITES, self.tr("Site costs"), ("site_id",))
        actions = self.table(parameters, context, SCENARIO, self.tr("Scenario"),
                             ("site_id", "action", "effective_date"))
        staff = self.table(parameters, context, STAFF, self.tr("Staff costs"),
                           ("site_id", "fte", "eur_per_fte_year"))
        mobile = self.table(parameters, context, MOBILE, self.tr("Mobile unit costs"), ("unit_id",))
        tariffs = self.table(parameters, context, PARAMETERS, self.tr("Parameter table"),
                             ("name", "value", "valid_from"))
        if tariffs is None:
            tariffs = pd.read_csv(DEFAULT_PARAMETERS, dtype={"valid_from": str})
        rate = self.parameterAsDouble(parameters, DISCOUNT_RATE, context) / 100
        try:
            per_site = site_costs(sites, actions if actions is not None else pd.DataFrame(
                columns=["site_id", "action", "effective_date"]), staff, years)
            mobile_y = mobile_costs(mobile, years) if mobile is not None else None
            travel = self.travel(parameters, context, Parameters(tariffs), years, feedback)
            table = yearly_table(name, per_site, mobile_y, travel)
            active_end = per_site[(per_site["year"] == last) & (per_site["active_months"] > 0)]
            residual = 0.0
            if "residual_value_eur" in sites:
                values = pd.to_numeric(sites["residual_value_eur"], errors="coerce").fillna(0)
                residual = float(values[sites["site_id"].astype(str).isin(
                    active_end["site_id"])].sum())
            npvs = pd.DataFrame([
                (name, view, rate * 100, npv(table[col].to_numpy(), table["year"].to_numpy(),
                                             rate, first, residual, last))
                for view, col in (("county", "county_total"), ("societal", "societal_total"))],
                columns=["scenario", "view", "discount_rate_pct", "npv_eur"])
        except CostError as err:
            raise QgsProcessingException(self.tr(
                "Network costs: {err}.").format(err=engine_text(err))) from None
        for view, value in zip(npvs["view"], npvs["npv_eur"]):
            feedback.pushInfo(self.tr(
                "NPV {first}-{last} ({view} view, {rate:.1%}): {npv} EUR").format(first=first,
                last=last, view=view, rate=loc(rate), npv=loc(round(value))))
        return {YEARLY: write_frame(self, parameters, context, YEARLY, table),
                SITE_YEARS: write_frame(self, parameters, context, SITE_YEARS, per_site),
                NPV: write_frame(self, parameters, context, NPV, npvs)}

    def travel(self, parameters, context, tariffs: Parameters, years,
               feedback=None) -> pd.DataFrame | None:
        source = self.parameterAsSource(parameters, TRAVEL, context)
        if source is None:
            return None
        pop_f = self.parameterAsString(parameters, TRAVEL_POP, context)
        km_f = self.parameterAsString(parameters, TRAVEL_KM, context)
        if not pop_f or not km_f:
            raise QgsProcessingException(self.tr(
                "Client travel: choose the population field and the one-way distance field."))
        cells = source_frame(source, self.tr("Client travel"), (pop_f, km_f))
        pop = people_frame(cells, [pop_f], source.sourceName() or "Client travel",
                           feedback)[pop_f].to_numpy()
        km = pd.to_numeric(cells[km_f], errors="coerce").fillna(np.inf).to_numpy()
        visits = self.parameterAsDouble(parameters, VISITS, context)
        rows = []
        for y in years:
            on = dt.date(y, 7, 1)
            client, kela = client_travel(
                pop, np.full(len(pop), visits), km, tariffs.value("car_eur_per_km", on),
                tariffs.value("kela_deductible", on), tariffs.value("kela_ceiling", on))
            rows.append((y, client, kela))
        return pd.DataFrame(rows, columns=["year", "client_travel", "kela_travel"])
