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
from .common import (
    PalveluAlgorithm,
    add_points_parameter,
    apply_style,
    parse_bands,
    read_points,
    tr,
)
from .impact_outputs import (
    add_group_parameters,
    add_impact_outputs,
    group_fields,
    read_area,
    read_groups,
    write_tables,
)
from .report_output import report_language


class CompareScenarios(PalveluAlgorithm):
    NAME = "comparescenarios"
    DISPLAY = "Compare two scenarios"
    GROUP = "Service network scenarios"
    GROUP_ID = "scenarios"
    EXAMPLE = (
        "A = Nearest facility output (id, fac_id, time_min), B = a closure impact output (id,"
        " fac_after, min_after), population field population.")
    HELP = (
        "<p>Compares two saved allocations of the same population cells, e.g. the outputs "
        "of <i>Nearest facility</i> for today's network and of <i>Facility closure impact</i> "
        "for a plan, or two plans. Gives the same tables and HTML report as the closure "
        "impact: who loses access within each threshold, the change in travel time, flows "
        "of population between facilities, loads against capacity, figures by area and age "
        "group, equity.</p>"
        "<p><b>Scenario A</b> and <b>Scenario B</b>: cell layers with a cell id field, a "
        "facility field and a travel time field (minutes; NULL = unreachable); the cells are "
        "matched by id. Population, age group and area fields come from scenario A. "
        "<b>Facilities</b> (optional) with a <b>capacity field</b> for the load table.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        pts = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        for key, label in (("A", "Scenario A (before)"), ("B", "Scenario B (after)")):
            self.addParameter(QgsProcessingParameterFeatureSource(key, tr(label), pts))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_ID", tr(f"{label}: cell id field"), parentLayerParameterName=key))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_FAC", tr(f"{label}: facility field"), parentLayerParameterName=key))
            self.addParameter(QgsProcessingParameterField(
                f"{key}_TIME", tr(f"{label}: travel time field (minutes)"),
                parentLayerParameterName=key, type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            "POP_FIELD", tr("Total population field"), parentLayerParameterName="A",
            type=QgsProcessingParameterField.Numeric))
        add_group_parameters(self, "A")
        add_points_parameter(self, "FACILITIES", "Facilities (for capacities)",
                             "FAC_ID", "Facility id field", optional=True)
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", tr("Capacity field"), parentLayerParameterName="FACILITIES",
            type=QgsProcessingParameterField.Any, optional=True))
        add_impact_outputs(self, "Cells: access in A and B")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        thresholds = parse_bands(self.parameterAsString(parameters, "THRESHOLDS", context),
                                 "Access thresholds")
        src_a = self.parameterAsSource(parameters, "A", context)
        crs = src_a.sourceCrs()
        pop = read_points(src_a, crs, context, feedback, "scenario A",
                          value_field=self.parameterAsString(parameters, "POP_FIELD", context),
                          extra_fields=group_fields(self, parameters, context))
        a = self._scenario(parameters, context, "A", src_a)
        b = self._scenario(parameters, context, "B",
                           self.parameterAsSource(parameters, "B", context))
        cells_a = [self._key(f[self.parameterAsString(parameters, "A_ID", context)])
                   for f in pop.features]
        missing = [c for c in cells_a if c not in b]
        if missing:
            raise QgsProcessingException(tr(
                f"{len(missing)} cells of scenario A have no cell with the same id in "
                f"scenario B (e.g. {missing[:5]}); both layers must hold the same cells."))
        in_a = set(cells_a)
        extra = [c for c in b if c not in in_a]
        if extra:
            raise QgsProcessingException(tr(
                f"Layer '{self._name(parameters, context, 'B')}': {len(extra)} cells of "
                f"scenario B have no cell with the same id in scenario A (e.g. {extra[:5]}); "
                f"both layers must hold the same cells. Compare outputs made from the same "
                f"population layer."))
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
        groups = read_groups(self, parameters, context, feedback, pop)
        elderly = self.parameterAsString(parameters, "ELDERLY_FIELD", context) or None
        area = read_area(self, parameters, context, pop)
        result = compare(before, after, scenario, pop.values, thresholds, groups, area, cap,
                         elderly)
        for w in result.warnings:
            feedback.pushWarning(w)
        out = write_tables(self, parameters, context, src_a, pop, crs, result, names,
                           thresholds, list(groups))
        apply_style(context, out["OUTPUT"], "change_in_time", src_a.wkbType())
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        Path(report).write_text(render(result, pop.values, thresholds, names,
                                       lang=report_language(), info=ReportInfo(
                                           kind="compare")), encoding="utf-8")
        out["REPORT"] = report
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
                raise QgsProcessingException(tr(
                    f"Scenario {key}: the cell id '{cell}' (field '{id_f}') occurs twice; "
                    f"choose a field that identifies each cell."))
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
            raise QgsProcessingException(tr(
                f"Layer '{source.sourceName()}', feature {fid}: the travel time field "
                f"'{field}' holds '{value}', not a number of minutes. Choose the numeric "
                f"time field (e.g. time_min or min_after).")) from None
        return v if np.isfinite(v) else None

    def _capacities(self, parameters, context, crs, feedback):
        src = self.parameterAsSource(parameters, "FACILITIES", context)
        if src is None:
            return [], np.array([])
        cap_field = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        fac = read_points(src, crs, context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context), cap_field,
                          keep_features=False)
        values = fac.values if cap_field else np.full(len(fac.ids), np.nan)
        return [self._key(i) for i in fac.ids], values
