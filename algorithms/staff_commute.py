"""Processing algorithm: staff commutes before and after sites merge."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.plan.staff import StaffError, commute_effect, receiving_sites
from .common import PalveluAlgorithm
from .parameters import FLOWS, LIMIT, MOVES, OUTPUT, STAFF, STAFF_AREAS, TIMES
from .tables import od_minutes, od_table, source_frame, write_frame
from .translation import QT_TRANSLATE_NOOP, engine_text, translate


def parse_moves(text: str) -> dict[str, str]:
    """``'A>B; C>D'`` (closed site > receiving site) -> {'A': 'B', 'C': 'D'}."""
    moves = {}
    for part in filter(None, (p.strip() for p in (text or "").replace(";", ",").split(","))):
        closed, sep, to = part.partition(">")
        if not sep or not closed.strip() or not to.strip():
            raise QgsProcessingException(translate("staff_commute",
                "Merged sites: '{part}' is not closed>receiving (e.g. HC3>HC1).").format(
                part=part))
        moves[closed.strip()] = to.strip()
    return moves


class StaffCommute(PalveluAlgorithm):
    NAME = "staffcommute"
    DISPLAY = QT_TRANSLATE_NOOP("StaffCommute", "Staff commutes when sites merge")
    GROUP = "Plan: costs and population"
    GROUP_ID = "plan"

    def initAlgorithm(self, config=None):  # noqa: N802
        table = [QgsProcessing.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(STAFF, self.tr("Staff homes"), table))
        self.addParameter(QgsProcessingParameterFeatureSource(
            TIMES, self.tr("Travel times (origin_id, dest_id, time_min)"), table))
        self.addParameter(QgsProcessingParameterString(
            MOVES, self.tr("Merged sites (closed>receiving, ...)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            FLOWS, self.tr("Flow table of a closure (instead of merged sites)"), table,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            LIMIT, self.tr("Commute limit (minutes)"), QgsProcessingParameterNumber.Double,
            defaultValue=45.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Staff commutes by site"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            STAFF_AREAS, self.tr("Staff commutes by home area"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        staff = source_frame(self.parameterAsSource(parameters, STAFF, context),
                             self.tr("Staff homes"), ("area_id", "site_id", "staff"))
        staff["area_id"] = staff["area_id"].astype(str)
        staff["site_id"] = staff["site_id"].astype(str)
        od = od_table(self.parameterAsSource(parameters, TIMES, context), self.tr("Travel times"))
        areas = sorted(set(staff["area_id"]))
        sites = sorted(set(staff["site_id"]) | set(od["dest_id"]))
        minutes, _ = od_minutes(od, areas, sites)
        moves = parse_moves(self.parameterAsString(parameters, MOVES, context))
        try:
            if not moves:
                flows_src = self.parameterAsSource(parameters, FLOWS, context)
                if flows_src is None:
                    raise QgsProcessingException(self.tr(
                        "Give the merged sites (closed>receiving) or a closure's flow table."))
                moves = self.moves_from_flows(source_frame(flows_src, self.tr("Flow table")))
            effect = commute_effect(staff, minutes, areas, sites, moves,
                                    self.parameterAsDouble(parameters, LIMIT, context))
        except StaffError as err:
            raise QgsProcessingException(self.tr(
                "Staff commutes: {err}.").format(err=engine_text(err))) from None
        moved = effect.areas[effect.areas["site_id"] != effect.areas["site_after"]]
        feedback.pushInfo(self.tr(
            "{staff:g} staff move ({value}); over the limit: {over_before:g} before, "
            "{over_after:g} after.").format(staff=moved['staff'].sum(),
            value=', '.join((f'{a}>{b}' for a, b in moves.items())),
            over_before=effect.areas['over_before'].sum(),
            over_after=effect.areas['over_after'].sum()))
        return {OUTPUT: write_frame(self, parameters, context, OUTPUT, effect.sites),
                STAFF_AREAS: write_frame(self, parameters, context, STAFF_AREAS, effect.areas)}

    @staticmethod
    def moves_from_flows(flows: pd.DataFrame) -> dict:
        """Closed sites (those with population moving away and none staying) and where most
        of their clients go, from the closure impact's flow table."""
        cols = {c.lower(): c for c in flows.columns}
        cols.setdefault("population", cols.get("total", ""))
        need = [c for c in ("from_fac", "to_fac", "population") if not cols.get(c)]
        if need:
            raise StaffError(f"the flow table lacks {', '.join(need)} (use the flow table of "
                             "Facility closure impact: from_fac, to_fac, total)")
        f = pd.DataFrame({"from_site": flows[cols["from_fac"]].astype(str),
                          "to_site": flows[cols["to_fac"]].astype(str),
                          "population": pd.to_numeric(flows[cols["population"]],
                                                      errors="coerce").fillna(0)})
        f = f[~f["to_site"].isin(["unreachable", "none", "None"])]
        stays = f[f["from_site"] == f["to_site"]].groupby("from_site")["population"].sum()
        closed = sorted(set(f["from_site"]) - set(stays[stays > 0].index))
        return receiving_sites(f, closed)
