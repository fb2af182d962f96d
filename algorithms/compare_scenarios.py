"""Processing algorithm: compare two saved scenarios (cell layers with facility and time)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core.scenario.impact import Allocation, Scenario, compare
from ..core.scenario.report import ReportInfo, render
from .common import PalveluAlgorithm, read_points
from .impact_outputs import read_area, read_groups, write_tables
from .map_styles import style_cells, style_output
from .parameters import (
    CAPACITY_FIELD,
    FAC_ID,
    FACILITIES,
    OUTPUT,
    POP_FIELD,
    REPORT,
    SCENARIO_A,
    SCENARIO_B,
    add_group_parameters,
    add_impact_outputs,
    add_points_parameter,
    read_group_settings,
    read_thresholds,
)
from .report_output import report_language
from .translation import QT_TRANSLATE_NOOP, engine_text, translate


class CompareScenarios(PalveluAlgorithm):
    NAME = "comparescenarios"
    DISPLAY = QT_TRANSLATE_NOOP("CompareScenarios", "Compare two scenarios")
    GROUP = "Service network scenarios"
    GROUP_ID = "scenarios"

    def initAlgorithm(self, config=None):  # noqa: N802
        pts = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        for key, label in ((SCENARIO_A, self.tr("Scenario A (before)")),
                           (SCENARIO_B, self.tr("Scenario B (after)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(key, label, pts))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_ID", self.tr(
                    "{label}: cell id field").format(label=label), parentLayerParameterName=key))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_FAC", self.tr(
                    "{label}: facility field").format(label=label), parentLayerParameterName=key))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_TIME", self.tr(
                    "{label}: travel time field (minutes)").format(label=label),
                parentLayerParameterName=key, type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            POP_FIELD, self.tr("Total population field"), parentLayerParameterName=SCENARIO_A,
            type=QgsProcessingParameterField.Numeric))
        add_group_parameters(self, SCENARIO_A)
        add_points_parameter(self, FACILITIES, self.tr("Facilities (for capacities)"),
                             FAC_ID, self.tr("Facility id field"), optional=True)
        self.addParameter(QgsProcessingParameterField(
            CAPACITY_FIELD, self.tr("Capacity field"), parentLayerParameterName=FACILITIES,
            type=QgsProcessingParameterField.Any, optional=True))
        add_impact_outputs(self, self.tr("Cells: access in A and B"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        thresholds = read_thresholds(self, parameters, context)
        grouping = read_group_settings(self, parameters, context)
        src_a = self.parameterAsSource(parameters, SCENARIO_A, context)
        crs = src_a.sourceCrs()
        pop = read_points(src_a, crs, context, feedback, self.tr("scenario A"),
                          value_field=self.parameterAsString(parameters, POP_FIELD, context),
                          extra_fields=grouping.fields())
        a = self._scenario(parameters, context, SCENARIO_A, src_a)
        b = self._scenario(parameters, context, SCENARIO_B,
                           self.parameterAsSource(parameters, SCENARIO_B, context))
        cells_a = [self._key(f[self.parameterAsString(parameters, f"{SCENARIO_A}_ID", context)])
                   for f in pop.features]
        missing = [c for c in cells_a if c not in b]
        if missing:
            raise QgsProcessingException(self.tr(
                "{n_missing} cells of scenario A have no cell with the same id in scenario B "
                "(e.g. {missing}); both layers must hold the same cells.").format(
                n_missing=len(missing), missing=missing[:5]))
        in_a = set(cells_a)
        extra = [c for c in b if c not in in_a]
        if extra:
            raise QgsProcessingException(self.tr(
                "Layer '{name}': {n_extra} cells of scenario B have no cell with the same id "
                "in scenario A (e.g. {extra}); both layers must hold the same cells. Compare "
                "outputs made from the same population layer.").format(
                name=self._name(parameters, context, 'B'), n_extra=len(extra), extra=extra[:5]))
        cap_ids, capacity = self._capacities(parameters, context, crs, feedback)
        names = list(cap_ids)
        for fac, _ in list(a.values()) + list(b.values()):
            if fac is not None and fac not in names:
                names.append(fac)
        index = {n: i for i, n in enumerate(names)}

        def allocation(pairs):
            fac = np.array([index[f] if f is not None and t is not None else -1
                            for f, t in pairs])
            minutes = np.array([np.inf if t is None or f is None else float(t)
                                for f, t in pairs])
            return Allocation(fac, minutes)

        before = allocation([a[c] for c in cells_a])
        after = allocation([b[c] for c in cells_a])
        scenario = Scenario(np.isin(np.arange(len(names)), before.facility),
                            np.isin(np.arange(len(names)), after.facility))
        cap = np.r_[capacity, np.full(len(names) - len(capacity), np.nan)]
        groups = read_groups(grouping, feedback, pop)
        elderly = grouping.elderly_field or None
        area = read_area(grouping, pop, crs, context, feedback)
        result = compare(before, after, scenario, pop.weights, thresholds, groups, area, cap,
                         elderly)
        for w in result.warnings:
            feedback.pushWarning(engine_text(w))
        out = write_tables(self, parameters, context, src_a, pop, crs, result, names,
                           thresholds, list(groups))
        style_output(context, out[OUTPUT], lambda layer: style_cells(layer, thresholds))
        report = self.parameterAsFileOutput(parameters, REPORT, context)
        Path(report).write_text(render(result, pop.weights, thresholds, names,
                                       lang=report_language(), info=ReportInfo(
                                           kind="compare")), encoding="utf-8")
        out[REPORT] = report
        return out

    @staticmethod
    def _key(value):
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) \
            else str(value)

    def _scenario(self, parameters, context, key, source) -> dict:
        id_f, fac_f, time_f = (self.parameterAsString(parameters, f"{key}_{s}", context)
                               for s in ("ID", "FAC", "TIME"))
        out = {}
        for f in source.getFeatures():
            cell = self._key(f[id_f])
            if cell in out:
                raise QgsProcessingException(self.tr(
                    "Scenario {key}: the cell id '{cell}' (field '{id_f}') occurs twice; "
                    "choose a field that identifies each cell.").format(key=key, cell=cell,
                    id_f=id_f))
            out[cell] = (self._key(f[fac_f]), self._minutes(f[time_f], source, time_f, f.id()))
        return out

    def _name(self, parameters, context, key) -> str:
        layer = self.parameterAsVectorLayer(parameters, key, context)
        return layer.name() if layer is not None else f"scenario {key}"

    @staticmethod
    def _minutes(value, source, field: str, fid) -> float | None:
        """A travel time in minutes (None for NULL); text that is no number is an error."""
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise QgsProcessingException(translate("compare_scenarios",
                "Layer '{source_name}', feature {fid}: the travel time field '{field}' holds "
                "'{value}', not a number of minutes. Choose the numeric time field (e.g. "
                "time_min or min_after).").format(source_name=source.sourceName(), fid=fid,
                field=field, value=value)) from None
        return v if np.isfinite(v) else None

    def _capacities(self, parameters, context, crs, feedback):
        src = self.parameterAsSource(parameters, FACILITIES, context)
        if src is None:
            return [], np.array([])
        cap_field = self.parameterAsString(parameters, CAPACITY_FIELD, context)
        fac = read_points(src, crs, context, feedback, self.tr("facilities"),
                          self.parameterAsString(parameters, FAC_ID, context), cap_field,
                          keep_features=False)
        values = fac.weights if cap_field else np.full(len(fac.ids), np.nan)
        return [self._key(i) for i in fac.ids], values
