"""Processing algorithm: the population grid by age projected to target years."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ..core.plan.projection import (
    ProjectionError,
    age_groups_of,
    municipality_code,
    project,
    standard_table,
)
from .common import PalveluAlgorithm
from .outputs import add_row, make_fields
from .parameters import (
    BASE_YEAR,
    CHECK,
    INPUT,
    MUNI_CODE,
    MUNI_FIELD,
    MUNICIPALITIES,
    OUTPUT,
    POP_FIELD,
    PROJECTION,
    RAKE,
    TARGET_YEARS,
    USE_RATES,
)
from .tables import source_frame, write_frame
from .target_year import parse_need_rates
from .translation import QT_TRANSLATE_NOOP, engine_text, translate


def parse_years(text: str) -> list[int]:
    try:
        years = sorted({int(s) for s in text.replace(";", ",").split(",") if s.strip()})
    except ValueError:
        raise QgsProcessingException(translate("population_projection",
            "Target years: '{text}' is not a list of years (e.g. 2025,2030).").format(
                text=text)) from None
    if not years:
        raise QgsProcessingException(translate("population_projection",
                                               "Target years: give at least one year, e.g. 2030."))
    return years


class PopulationProjection(PalveluAlgorithm):
    NAME = "populationprojection"
    DISPLAY = QT_TRANSLATE_NOOP("PopulationProjection", "Population projection to target years")
    GROUP = "Plan: costs and population"
    GROUP_ID = "plan"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            INPUT, self.tr("Population grid"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            POP_FIELD, self.tr("Total population field"), "vaesto", INPUT,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            MUNI_FIELD, self.tr("Municipality field of the grid"), None, INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            MUNICIPALITIES, self.tr("Municipality polygons (when the grid has no municipality "
                               "field)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            MUNI_CODE, self.tr("Municipality code field"), None, MUNICIPALITIES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            PROJECTION, self.tr("Population projection table"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterNumber(
            BASE_YEAR, self.tr("Base year (the grid's year)"), defaultValue=2023,
            minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterString(
            TARGET_YEARS, self.tr("Target years"), defaultValue="2025,2026,2027,2028,2029,2030"))
        self.addParameter(QgsProcessingParameterString(
            USE_RATES, self.tr("Use rates (visits per person and year by age group)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            RAKE, self.tr("Rake the grid to the projection (grid covers whole municipalities)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Projected population"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            CHECK, self.tr("Projection check by municipality"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        grid = self.parameterAsSource(parameters, INPUT, context)
        pop_field = self.parameterAsString(parameters, POP_FIELD, context)
        name = grid.sourceName()
        ages = age_groups_of(grid.fields().names())
        if not ages:
            raise QgsProcessingException(self.tr(
                "Population grid {name} has no age fields (ika_0_14, ika_15_64, ika_65_ or "
                "ika_LO_HI): the projection works by age group.").format(name=name))
        feats = list(grid.getFeatures())
        if not feats:
            raise QgsProcessingException(self.tr(
                "Population grid {name} has no features.").format(name=name))
        frame = pd.DataFrame([[f[pop_field]] + [f[a] for a in ages] for f in feats],
                             columns=["total", *ages]).apply(pd.to_numeric, errors="coerce")
        if frame.isna().any().any():
            row, col = np.argwhere(frame.isna().to_numpy())[0]
            raise QgsProcessingException(self.tr(
                "Population grid {name}, feature {id}: {columns} is NULL or not a number "
                "(masked values must be -1).").format(name=name, id=feats[row].id(),
                columns=frame.columns[col]))
        muni = self.municipalities(parameters, context, feats, grid, feedback)
        table = source_frame(self.parameterAsSource(parameters, PROJECTION, context),
                             self.tr("Projection table"))
        years = parse_years(self.parameterAsString(parameters, TARGET_YEARS, context))
        base_year = self.parameterAsInt(parameters, BASE_YEAR, context)
        feedback.setProgress(30)
        try:
            result = project(frame["total"].to_numpy(), frame[list(ages)], muni,
                             standard_table(table), base_year, years,
                             parse_need_rates(
                                 self.parameterAsString(parameters, USE_RATES, context)),
                             self.parameterAsBool(parameters, RAKE, context))
        except ProjectionError as err:
            raise QgsProcessingException(self.tr(
                "Population projection: {err}.").format(err=engine_text(err))) from None
        feedback.setProgress(80)
        masked = int((frame[list(ages)] == -1).any(axis=1).sum())
        feedback.pushInfo(self.tr(
            "{n_feats} cells, {masked} with masked ages filled from their municipality's "
            "shares; groups {name}.").format(n_feats=len(feats), masked=masked,
            name=', '.join(g.name for g in result.groups)))
        fields = make_fields([(c, float) for c in result.cells.columns], grid.fields())
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields, grid.wkbType(),
                                          grid.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        values = result.cells.to_numpy()
        for f, row in zip(feats, values):
            add_row(sink, fields, list(f.attributes()) + list(row), f.geometry())
        worst = result.check["difference"].abs().max()
        feedback.pushInfo(self.tr(
            "Largest difference between the grid's sum and the projection (municipality x "
            "group x year): {worst:.2f} persons.").format(worst=worst))
        check = write_frame(self, parameters, context, CHECK, result.check)
        return {OUTPUT: dest, CHECK: check}

    def municipalities(self, parameters, context, feats, grid, feedback) -> np.ndarray:
        field = self.parameterAsString(parameters, MUNI_FIELD, context)
        if field:
            return np.array([municipality_code(f[field]) for f in feats])
        layer = self.parameterAsSource(parameters, MUNICIPALITIES, context)
        code = self.parameterAsString(parameters, MUNI_CODE, context)
        if layer is None or not code:
            raise QgsProcessingException(self.tr(
                "Give the grid's municipality field, or a municipality polygon layer and its "
                "code field: growth factors are per municipality."))
        request = QgsFeatureRequest().setDestinationCrs(grid.sourceCrs(),
                                                        context.transformContext())
        polys = {p.id(): p for p in layer.getFeatures(request)}
        index = QgsSpatialIndex(iter(polys.values()))
        out = []
        for f in feats:
            centre = f.geometry().pointOnSurface()
            hit = [i for i in index.intersects(centre.boundingBox())
                   if polys[i].geometry().contains(centre)]
            if not hit:
                raise QgsProcessingException(self.tr(
                    "Grid cell {id} lies in no municipality polygon of {source_name}: clip "
                    "the grid to the municipalities.").format(id=f.id(),
                    source_name=layer.sourceName()))
            out.append(municipality_code(polys[hit[0]][code]))
        feedback.pushInfo(self.tr(
            "Cells placed in municipalities by their centre ({n_set} municipalities).").format(
            n_set=len(set(out))))
        return np.array(out)

