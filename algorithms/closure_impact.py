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

from ..core.scenario.impact import Scenario, ScenarioError, compare, evaluate
from ..core.scenario.report import year_sections
from ..core.scenario.report_text import text
from .channel_common import add_channel_outputs, channel_outputs, prepare_channels
from .impact_outputs import read_area, read_groups, read_sites, write_tables
from .map_styles import style_cells, style_output
from .names import names_by_id
from .nonroutable import add_nonroutable_output, write_nonroutable
from .parameters import (
    CAPACITY_FIELD,
    CLOSE_EXPRESSION,
    CLOSE_IDS,
    CLOSE_SELECTED,
    FAC_ID,
    FACILITIES,
    GTFS,
    NAME_FIELD,
    NEW_FACILITIES,
    NEW_ID,
    OUTPUT,
    POP_FIELD,
    POPULATION,
    REPORT,
    ROADS,
    SCENARIO_NAME,
    STATUS_FIELD,
    add_impact_outputs,
    add_points_parameter,
    add_population_parameters,
    add_year_parameters,
    read_group_settings,
    read_population,
    read_thresholds,
)
from .report_output import (
    add_pdf_output,
    layer_name,
    map_legend,
    map_png,
    masked_note,
    report_info,
    report_language,
    thresholds_text,
    write_report,
)
from .translation import QT_TRANSLATE_NOOP, engine_text, translate
from .travel_times import RoadTimes, ScenarioAlgorithm, TransitTimes
from .validation import add_entrances_parameter, facility_groups, group_min, split_ids

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
        add_points_parameter(self, FACILITIES, self.tr("Facilities"), FAC_ID,
                             self.tr("Facility id field"))
        self.addParameter(QgsProcessingParameterField(
            NAME_FIELD, self.tr("Facility name field (report and map)"),
            parentLayerParameterName=FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            SCENARIO_NAME, self.tr("Scenario name (report title)"), optional=True))
        add_entrances_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            CLOSE_IDS, self.tr("Facilities to close: ids (comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            CLOSE_EXPRESSION, self.tr("Facilities to close: expression"),
            parentLayerParameterName=FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            CLOSE_SELECTED, self.tr("Close the facilities selected on the map"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            STATUS_FIELD, self.tr("Status field (closed / new)"),
            parentLayerParameterName=FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            CAPACITY_FIELD, self.tr("Capacity field"), parentLayerParameterName=FACILITIES,
            type=QgsProcessingParameterField.Any, optional=True))
        add_points_parameter(self, NEW_FACILITIES, self.tr("New facilities to open"),
                             NEW_ID, self.tr("New facilities: id field"), optional=True)
        add_population_parameters(self)
        add_year_parameters(self)
        self.TIMES.add_parameters(self)
        add_impact_outputs(self, self.tr("Cells: access before and after"))
        add_pdf_output(self)
        add_channel_outputs(self)
        add_nonroutable_output(self, self.TIMES)

    def read_choices(self, parameters, context) -> ClosureChoices:
        """This algorithm's own choices, read once."""
        selected = None
        if self.parameterAsBool(parameters, CLOSE_SELECTED, context):
            layer = self.parameterAsVectorLayer(parameters, FACILITIES, context)
            selected = frozenset(layer.selectedFeatureIds() if layer is not None else ())
        raw = parameters.get(CLOSE_EXPRESSION)  # (QGIS gives '' for an unreadable one)
        return ClosureChoices(
            ids=tuple(split_ids(self.parameterAsString(parameters, CLOSE_IDS, context))),
            expression=self.parameterAsExpression(parameters, CLOSE_EXPRESSION, context) or (
                raw.strip() if isinstance(raw, str) else ""),
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
        fac, new = sites.facilities, sites.new
        fac_ids, group = facility_groups(self, parameters, context, fac, feedback=feedback)
        fac_src = self.parameterAsSource(parameters, FACILITIES, context)
        close, opening = _closed_and_new(choices, fac_src, fac, new)
        close, opening = (sorted(set(group[p].tolist())) for p in (close, opening))
        n_fac, n_new = len(fac_ids), len(new.ids) if new else 0
        ids = fac_ids + sites.ids[len(fac.ids):]
        column = np.r_[group, n_fac + np.arange(n_new)]  # facility of each site feature
        capacity = np.r_[[fac.weights[group == g].max() for g in range(n_fac)]
                         if capacity_field else np.full(n_fac, np.nan), np.full(n_new, np.nan)]
        scenario = Scenario.closing(n_fac, close, n_new)
        scenario.open_before[opening] = False
        scenario.open_after[opening] = True
        if not scenario.open_after.any():
            raise QgsProcessingException(self.tr(
                "The scenario closes every facility and opens none: keep at least one open "
                "or add new facilities."))

        pop_src = self.parameterAsSource(parameters, POPULATION, context)
        pop = read_population(self, parameters, context, crs, feedback,
                              extra_fields=grouping.fields())
        groups = read_groups(grouping, feedback, pop)
        area = read_area(grouping, pop, crs, context, feedback)

        elderly = grouping.elderly_field or None
        try:
            if isinstance(times, RoadTimes):  # one search; closures search their areas again
                before, after = times.allocations(pop, sites, column, scenario.open_before,
                                                  scenario.open_after, feedback)
                result = compare(before, after, scenario, pop.weights, thresholds, groups,
                                 area, capacity, elderly)
            else:
                minutes = group_min(times.minutes(pop, sites, feedback,
                                                  needed=scenario.open_after[column]), column)
                result = evaluate(minutes, scenario, pop.weights, thresholds, groups, area,
                                  capacity, elderly)
        except ScenarioError as e:
            raise QgsProcessingException(self.tr(
                "Scenario: {e}.").format(e=engine_text(e))) from None
        for w in result.warnings:
            feedback.pushWarning(engine_text(w))
        channels = channel_outputs(self, parameters, context, feedback, prepare_channels(
            self, parameters, context, feedback, times, pop, pop_src), result, pop, area,
            min(thresholds))
        feedback.setProgress(85)
        out = write_tables(self, parameters, context, pop_src, pop, crs, result, ids,
                           thresholds, list(groups), channels.cells,
                           names_by_id(self, parameters, context))
        style_output(context, out[OUTPUT], lambda layer: style_cells(layer, thresholds))
        lang = report_language()
        names = self.site_names(parameters, context, fac, ids)
        info = report_info(
            self.parameterAsString(parameters, SCENARIO_NAME, context), "closure",
            self.report_inputs(parameters, context, times, fac_src, pop_src, thresholds, lang),
            [text("a_nearest", lang), times.assume(lang)] + ([text(
                "a_capacity", lang, field=capacity_field)] if capacity_field else [])
            + masked_note(pop, lang))
        channels.to_report(info, out)
        info.maps.append((text("legend_change", lang), map_png(
            result, pop, sites.x, sites.y, names, crs, lang, self.parameterAsVectorLayer(
                parameters, ROADS, context), column=column), map_legend(lang, result)))
        if pop.year is not None:
            info.sections += year_sections(pop.year, result.before.facility,
                                           result.after.facility, names, lang)
        out.update(write_report(self.parameterAsFileOutput(parameters, REPORT, context),
                                result, pop.weights, thresholds, names, info, lang,
                                feedback=feedback))
        out.update(write_nonroutable(self, parameters, context, times, feedback))
        return out

    def site_names(self, parameters, context, fac, ids) -> list[str]:
        """Facility names for the report (the name field, else the ids)."""
        field = self.parameterAsString(parameters, NAME_FIELD, context)
        names = [str(v) for v in ids]
        if field:
            for i, f in enumerate(fac.features):
                v = f[field]
                if v is not None and not (hasattr(v, "isNull") and v.isNull()) and str(v):
                    names[i] = str(v)
        return names

    def report_inputs(self, parameters, context, times, fac_src, pop_src, thresholds,
                      lang) -> list[tuple[str, str]]:
        """The scenario's inputs in plain words (label, value) for the report."""
        def layer(src, layer_key, field_key):
            return text("i_layer_field", lang,
                        layer=layer_name(self, parameters, context, layer_key, src),
                        field=self.parameterAsString(parameters, field_key, context) or "-")

        rows = [(text("i_mode", lang), text(f"mode_{times.mode}", lang)),
                (text("i_facilities", lang), layer(fac_src, FACILITIES, FAC_ID)),
                (text("i_population", lang), layer(pop_src, POPULATION, POP_FIELD))]
        roads = self.parameterAsSource(parameters, ROADS, context)
        if roads is not None:
            rows.append((text("i_roads", lang), text("i_layer", lang, layer=layer_name(
                self, parameters, context, ROADS, roads))))
        if GTFS in parameters:
            rows.append((text("i_gtfs", lang), ", ".join(
                Path(p).name for p in self.parameterAsFileList(parameters, GTFS, context))))
        rows.append((text("i_thresholds", lang), thresholds_text(thresholds, lang)))
        return rows


def _closed_and_new(choices: ClosureChoices, source, fac, new) -> tuple[list[int], list[int]]:
    """Positions of the facilities to close, and of those that open in the scenario."""
    close: set[int] = set()
    as_text = [str(v) for v in fac.ids]
    for w in choices.ids:
        if w not in as_text:
            raise QgsProcessingException(translate("closure_impact",
                "Facilities to close: no facility has the id '{w}' (field '{id_field}').").format(
                w=w, id_field=choices.id_field or 'feature id'))
        close.update(i for i, v in enumerate(as_text) if v == w)
    by_expression = []
    if choices.expression:
        by_expression = _matching(choices.expression, source, fac)
        close.update(by_expression)
    if choices.selected is not None:
        if not choices.selected:
            raise QgsProcessingException(translate("closure_impact",
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
        if choices.expression and not by_expression:
            raise QgsProcessingException(translate("closure_impact",
                "Facilities to close: the expression {expression} selects none of the "
                "{n_features} facilities of layer '{layer}', so nothing changes. Check the "
                "expression against the layer's values.").format(expression=choices.expression,
                n_features=len(fac.features), layer=fac.layer))
        raise QgsProcessingException(translate("closure_impact",
            "Nothing changes: give the facilities to close (ids, expression, selection or "
            "status field) or new facilities to open."))
    return sorted(close), opening


def _matching(expr_text: str, source, fac) -> list[int]:
    """Positions of the facilities for which the expression ``expr_text`` is true."""
    features = fac.features
    expr = QgsExpression(expr_text)
    if expr.hasParserError():
        raise QgsProcessingException(translate("closure_impact",
            "Facilities to close: the expression {expr_text} cannot be read: {error}. Fix it "
            "in the expression builder.").format(expr_text=expr_text,
            error=' '.join(expr.parserErrorString().split())))
    unknown = [c for c in expr.referencedColumns() if c != "#!allattributes!#"
               and source.fields().lookupField(c) < 0]
    if unknown:
        raise QgsProcessingException(translate("closure_impact",
            "Facilities to close: the expression {expr_text} uses the field(s) {unknown}, "
            "which layer '{layer}' does not have. Fields: {names}.").format(expr_text=expr_text,
            unknown=', '.join(unknown), layer=fac.layer,
            names=', '.join(source.fields().names())))
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    ctx.setFields(source.fields())
    expr.prepare(ctx)
    out = []
    for i, f in enumerate(features):
        ctx.setFeature(f)
        if expr.evaluate(ctx):
            out.append(i)
        if expr.hasEvalError():
            raise QgsProcessingException(translate("closure_impact",
                "Facilities to close: the expression fails on feature {id}: "
                "{eval_error_string}").format(id=f.id(),
                eval_error_string=expr.evalErrorString()))
    return out


class ClosureImpact(ClosureImpactBase):
    NAME = "closureimpact"
    DISPLAY = QT_TRANSLATE_NOOP("ClosureImpact", "Facility closure impact")
    TIMES = RoadTimes


class TransitClosureImpact(ClosureImpactBase):
    """The closure impact with public transport travel times (a percentile over a window)."""

    NAME = "transitclosureimpact"
    DISPLAY = QT_TRANSLATE_NOOP("TransitClosureImpact",
                                "Facility closure impact (public transport)")
    TIMES = TransitTimes
