"""Processing algorithm: the board's cost report of one or more scenarios side by side."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from ..core.plan.costs import CostError, npv, parse_date
from ..core.scenario.report import (
    COST_ITEMS,
    AccessTableError,
    access_rows,
    cost_sections,
    page,
)
from ..core.scenario.report_text import text
from .common import PalveluAlgorithm
from .parameters import (
    ACCESS_TABLES,
    DISCOUNT_RATE,
    NPV,
    REPORT,
    SITE_YEARS,
    SITES,
    STAFF,
    YEARLY,
    discount_rate_parameter,
)
from .report_output import add_pdf_output, loc, report_language, write_page
from .tables import source_frame
from .translation import QT_TRANSLATE_NOOP, engine_text, translate


def scenario_table(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """A yearly table of Service network costs (scenario, year, county_total, ...) or of the
    least-cost plan (year, fixed_cost, travel_cost, total) in the first one's columns."""
    if "county_total" not in frame and "fixed_cost" in frame:
        frame = frame.assign(county_total=frame["fixed_cost"],
                             societal_total=frame["total"])
        frame = frame.drop(columns=[c for c in ("scenario",) if c in frame])
    if "scenario" not in frame:
        frame = frame.assign(scenario=name)
    bad = pd.to_numeric(frame["county_total"], errors="coerce").isna()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise QgsProcessingException(translate("cost_report",
            "Yearly costs {name} row {row}: county_total {value!r} is not a number.").format(
                name=name, row=row + 1, value=frame["county_total"].iloc[row]))
    return frame.assign(year=frame["year"].astype(int))


class CostReport(PalveluAlgorithm):
    NAME = "costreport"
    DISPLAY = QT_TRANSLATE_NOOP("CostReport",
                                "Board report: scenario costs by year, NPV, leases and staff")
    GROUP = "Plan: costs and population"
    GROUP_ID = "plan"

    def initAlgorithm(self, config=None):  # noqa: N802
        table = QgsProcessing.TypeVector
        self.addParameter(QgsProcessingParameterMultipleLayers(
            YEARLY, self.tr("Costs per year of each scenario"), table))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            NPV, self.tr("Net present values"), table, optional=True))
        self.addParameter(discount_rate_parameter())
        self.addParameter(QgsProcessingParameterFeatureSource(
            SITE_YEARS, self.tr("Sites by year (costs per site and year, or a plan)"), [table],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            SITES, self.tr("Site costs (lease ends)"), [table], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            STAFF, self.tr("Staff commutes by site"), [table], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            ACCESS_TABLES, self.tr("Access by scenario (closure impact summaries)"), table,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            REPORT, self.tr("Report"), self.tr("HTML files (*.html)")))
        add_pdf_output(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, YEARLY, context)
        yearly = pd.concat([scenario_table(source_frame(
            lyr, self.tr("Costs per year"), ("year",), ("year", "total") + COST_ITEMS),
            lyr.name()) for lyr in layers], ignore_index=True)
        npv_layers = self.parameterAsLayerList(parameters, NPV, context)
        rate = self.parameterAsDouble(parameters, DISCOUNT_RATE, context) / 100
        if npv_layers:
            npvs = pd.concat([source_frame(lyr, self.tr("Net present values"),
                                           ("scenario", "view", "npv_eur"),
                                           ("npv_eur", "discount_rate_pct"))
                              for lyr in npv_layers], ignore_index=True)
            if "discount_rate_pct" in npvs:
                rate = float(npvs["discount_rate_pct"].iloc[0]) / 100
        else:
            try:
                npvs = pd.DataFrame([
                    (name, view, npv(rows[col].to_numpy(float), rows["year"].to_numpy(), rate,
                                     int(yearly["year"].min()), 0.0))
                    for name, rows in yearly.groupby("scenario", sort=False)
                    for view, col in (("county", "county_total"),
                                      ("societal", "societal_total"))],
                    columns=["scenario", "view", "npv_eur"])
            except CostError as err:
                raise QgsProcessingException(
                    self.tr("Cost report: {err}.").format(err=engine_text(err))) from None
        leases, lease_name, site_names = self.leases(parameters, context)
        staff_src = self.parameterAsSource(parameters, STAFF, context)
        staff = None if staff_src is None else source_frame(
            staff_src, self.tr("Staff commutes"), ("site_id", "staff", "site_after", "over_before",
                                              "over_after"), ("staff", "over_before", "over_after"))
        access = self.access(parameters, context, list(dict.fromkeys(
            yearly["scenario"].astype(str))))
        lang = report_language()
        first, last = int(yearly["year"].min()), int(yearly["year"].max())
        html = page(text("title_costs", lang, first=first, last=last),
                    cost_sections(yearly, npvs, rate, lang, leases, lease_name, staff,
                                  access=access, site_names=site_names), lang)
        out = write_page(self.parameterAsFileOutput(parameters, REPORT, context), html, feedback)
        feedback.pushInfo(self.tr(
            "{n} scenarios, {first}-{last}, discount rate {rate:.1%}.").format(
            n=yearly["scenario"].nunique(), first=first, last=last, rate=loc(rate)))
        return out

    def access(self, parameters, context, names: list[str]) -> dict[str, pd.DataFrame]:
        """Each access table's scenario: its scenario field or layer name when that names a
        scenario, else the scenarios left in order (from the second when tables are fewer)."""
        layers = self.parameterAsLayerList(parameters, ACCESS_TABLES, context)
        out: dict[str, pd.DataFrame] = {}
        loose = []
        for lyr in layers:
            frame = source_frame(lyr, self.tr("Access by scenario"), ())
            try:
                access_rows(frame)
            except AccessTableError as err:
                raise QgsProcessingException(self.tr(
                    "Access by scenario {name}: {err}; give the Summary or Equity output of "
                    "Closure impact.").format(name=lyr.name(), err=engine_text(err))) from None
            named = [str(v) for v in frame["scenario"].unique()] if "scenario" in frame \
                else [lyr.name()]
            if len(named) == 1 and named[0] in names and named[0] not in out:
                out[named[0]] = frame
            else:
                loose.append(frame)
        left = [n for n in names if n not in out]
        if len(loose) < len(left):
            left = left[1:] if names[0] in left else left
        if len(loose) > len(left):
            raise QgsProcessingException(self.tr(
                "Access by scenario: {n} tables for {m} scenarios without one; name each "
                "table's layer as its scenario or give one table per scenario.").format(
                    n=len(loose), m=len(left)))
        out.update(zip(left, loose))
        return out

    def site_names(self, parameters, context) -> dict[str, str] | None:
        """Site id -> name from the site costs' name column (name, nimi or namn), if any."""
        sites = self.parameterAsSource(parameters, SITES, context)
        if sites is None:
            return None
        costs = source_frame(sites, self.tr("Site costs"), ("site_id",))
        column = next((c for c in costs if str(c).lower() in ("name", "nimi", "namn")), None)
        if column is None:
            return None
        return {str(s): str(n) for s, n in zip(costs["site_id"], costs[column])
                if n is not None and str(n).strip()}

    def leases(self, parameters, context) -> tuple[pd.DataFrame | None, str, dict | None]:
        names = self.site_names(parameters, context)
        source = self.parameterAsSource(parameters, SITE_YEARS, context)
        if source is None:
            return None, "", names
        frame = source_frame(source, self.tr("Sites by year"), ("site_id", "year"),
                             ("year", "active_months", "open"))
        if "active_months" not in frame:
            if "open" not in frame:
                raise QgsProcessingException(self.tr(
                    "Sites by year ({name}) has neither active_months nor open: use the "
                    "costs per site and year, or the least-cost plan by site and year.").format(
                        name=source.sourceName()))
            frame["active_months"] = 12 * pd.to_numeric(frame["open"], errors="coerce")
        frame["active_months"] = pd.to_numeric(frame["active_months"],
                                               errors="coerce").fillna(0)
        frame["site_id"] = frame["site_id"].astype(str)
        sites = self.parameterAsSource(parameters, SITES, context)
        frame["lease_end"] = None
        if sites is not None:
            costs = source_frame(sites, self.tr("Site costs"), ("site_id",))
            if "lease_end" in costs:
                try:
                    ends = {str(s): parse_date(v, "site costs", k, "lease_end")
                            for k, (s, v) in enumerate(zip(costs["site_id"],
                                                           costs["lease_end"]))}
                except CostError as err:
                    raise QgsProcessingException(self.tr("Site costs: {err}.").format(
                        err=engine_text(err))) from None
                frame["lease_end"] = frame["site_id"].map(ends)
        return frame, source.sourceName(), names
