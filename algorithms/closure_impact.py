"""Processing algorithm: what closing (or opening) facilities does to residents' access."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.scenario.impact import Scenario, ScenarioError, evaluate
from ..core.scenario.report import render
from .common import apply_style, read_points, tr
from .impact_outputs import read_area, read_groups, read_sites, write_tables
from .parameters import (
    CAPACITY_FIELD,
    CLOSE_EXPRESSION,
    CLOSE_IDS,
    CLOSE_SELECTED,
    FAC_ID,
    FACILITIES,
    NEW_FACILITIES,
    NEW_ID,
    OUTPUT,
    POP_FIELD,
    POPULATION,
    REPORT,
    STATUS_FIELD,
    add_impact_outputs,
    add_points_parameter,
    add_population_parameters,
    read_group_settings,
    read_thresholds,
)
from .travel_times import RoadTimes, ScenarioAlgorithm, TransitTimes

CLOSED_STATUS = {"closed", "close", "closing", "suljettu", "suljetaan", "stängd"}
NEW_STATUS = {"new", "planned", "candidate", "uusi", "suunniteltu", "ny"}


@dataclass(frozen=True)
class ClosureChoices:
    """Which facilities close or open, as the user chose them."""

    ids: tuple[str, ...]  # ids of facilities to close
    expression: str  # closes the facilities it is true for
    selected: frozenset | None  # feature ids selected on the map, None when not asked
    status_field: str  # closed / new per facility
    id_field: str
    capacity_field: str


class ClosureImpactBase(ScenarioAlgorithm):
    """The closure impact with the travel mode ``TIMES`` (not an algorithm itself)."""

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, FACILITIES, "Facilities", FAC_ID, "Facility id field")
        self.addParameter(QgsProcessingParameterString(
            CLOSE_IDS, tr("Facilities to close: ids (comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            CLOSE_EXPRESSION, tr("Facilities to close: expression"),
            parentLayerParameterName=FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            CLOSE_SELECTED, tr("Close the facilities selected on the map"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            STATUS_FIELD, tr("Status field (closed / new)"),
            parentLayerParameterName=FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            CAPACITY_FIELD, tr("Capacity field"), parentLayerParameterName=FACILITIES,
            type=QgsProcessingParameterField.Any, optional=True))
        add_points_parameter(self, NEW_FACILITIES, "New facilities to open",
                             NEW_ID, "New facilities: id field", optional=True)
        add_population_parameters(self)
        self.TIMES.add_parameters(self)
        add_impact_outputs(self, "Cells: access before and after")

    def read_choices(self, parameters, context) -> ClosureChoices:
        """This algorithm's own choices, read once."""
        selected = None
        if self.parameterAsBool(parameters, CLOSE_SELECTED, context):
            layer = self.parameterAsVectorLayer(parameters, FACILITIES, context)
            selected = frozenset(layer.selectedFeatureIds() if layer is not None else ())
        text = self.parameterAsString(parameters, CLOSE_IDS, context)
        return ClosureChoices(
            ids=tuple(s.strip() for s in (text or "").split(",") if s.strip()),
            expression=self.parameterAsExpression(parameters, CLOSE_EXPRESSION, context),
            selected=selected,
            status_field=self.parameterAsString(parameters, STATUS_FIELD, context),
            id_field=self.parameterAsString(parameters, FAC_ID, context),
            capacity_field=self.parameterAsString(parameters, CAPACITY_FIELD, context))

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        thresholds = read_thresholds(self, parameters, context)
        grouping = read_group_settings(self, parameters, context)
        choices = self.read_choices(parameters, context)
        times = self.TIMES.prepare(self, parameters, context, feedback, POPULATION)
        crs = times.crs
        capacity_field = choices.capacity_field
        sites = read_sites(self, parameters, context, feedback, crs, capacity_field or "")
        fac, new, ids = sites.facilities, sites.new, sites.ids
        close, opening = _closed_and_new(
            choices, self.parameterAsSource(parameters, FACILITIES, context), fac, new)
        capacity = np.r_[fac.weights if capacity_field else np.full(len(fac.ids), np.nan),
                         np.full(len(new.ids) if new else 0, np.nan)]
        scenario = Scenario.closing(len(fac.ids), close, len(new.ids) if new else 0)
        scenario.open_before[opening] = False
        scenario.open_after[opening] = True
        if not scenario.open_after.any():
            raise QgsProcessingException(tr(
                "The scenario closes every facility and opens none: keep at least one open "
                "or add new facilities."))

        pop_src = self.parameterAsSource(parameters, POPULATION, context)
        pop_field = self.parameterAsString(parameters, POP_FIELD, context)
        pop = read_points(pop_src, crs, context, feedback, "population", value_field=pop_field,
                          extra_fields=grouping.fields())
        groups = read_groups(grouping, feedback, pop)
        area = read_area(grouping, pop)

        minutes = times.minutes(pop, sites, feedback, needed=scenario.open_after)
        elderly = grouping.elderly_field or None
        try:
            result = evaluate(minutes, scenario, pop.weights, thresholds, groups, area, capacity,
                              elderly)
        except ScenarioError as e:
            raise QgsProcessingException(tr(f"Scenario: {e}.")) from None
        for w in result.warnings:
            feedback.pushWarning(w)
        feedback.setProgress(85)
        out = write_tables(self, parameters, context, pop_src, pop, crs, result, ids,
                           thresholds, list(groups))
        apply_style(context, out[OUTPUT], "change_in_time", pop_src.wkbType())
        report = self.parameterAsFileOutput(parameters, REPORT, context)
        page = render(result, pop.weights, thresholds, ids, notes=[
            f"{times.note} Thresholds: {', '.join(f'{t:g}' for t in thresholds)} min."])
        Path(report).write_text(page, encoding="utf-8")
        out[REPORT] = report
        return out


def _closed_and_new(choices: ClosureChoices, source, fac, new) -> tuple[list[int], list[int]]:
    """Positions of the facilities to close, and of those that open in the scenario."""
    close: set[int] = set()
    as_text = [str(v) for v in fac.ids]
    for w in choices.ids:
        if w not in as_text:
            raise QgsProcessingException(tr(
                f"Facilities to close: no facility has the id '{w}' (field "
                f"'{choices.id_field or 'feature id'}')."))
        close.update(i for i, v in enumerate(as_text) if v == w)
    if choices.expression:
        close.update(_matching(choices.expression, source, fac.features))
    if choices.selected is not None:
        if not choices.selected:
            raise QgsProcessingException(tr(
                "'Close the selected facilities' is on, but no facility is selected on "
                "the map."))
        close.update(i for i, f in enumerate(fac.features) if f.id() in choices.selected)
    opening: list[int] = []
    if choices.status_field:
        for i, f in enumerate(fac.features):
            value = str(f[choices.status_field]).strip().lower()
            if value in CLOSED_STATUS:
                close.add(i)
            elif value in NEW_STATUS:
                opening.append(i)
    if not close and not opening and new is None:
        raise QgsProcessingException(tr(
            "Nothing changes: give the facilities to close (ids, expression, selection or "
            "status field) or new facilities to open."))
    return sorted(close), opening


def _matching(text: str, source, features) -> list[int]:
    """Positions of the features for which the expression ``text`` is true."""
    expr = QgsExpression(text)
    if expr.hasParserError():
        raise QgsProcessingException(tr(
            f"Facilities to close: the expression cannot be read: {expr.parserErrorString()}"))
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    ctx.setFields(source.fields())
    expr.prepare(ctx)
    out = []
    for i, f in enumerate(features):
        ctx.setFeature(f)
        if expr.evaluate(ctx):
            out.append(i)
        if expr.hasEvalError():
            raise QgsProcessingException(tr(
                f"Facilities to close: the expression fails on feature {f.id()}: "
                f"{expr.evalErrorString()}"))
    return out


class ClosureImpact(ClosureImpactBase):
    NAME = "closureimpact"
    DISPLAY = "Facility closure impact"
    TIMES = RoadTimes


class TransitClosureImpact(ClosureImpactBase):
    """The closure impact with public transport travel times (a percentile over a window)."""

    NAME = "transitclosureimpact"
    DISPLAY = "Facility closure impact (public transport)"
    TIMES = TransitTimes
