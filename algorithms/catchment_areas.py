"""Processing algorithm: travel-time catchment polygons around facilities."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.roads.isochrones import CatchmentBuilder
from .common import (
    PalveluAlgorithm,
    parse_bands,
    progress_callback,
    read_points,
    run_engine,
)
from .map_styles import band_renderer, set_renderer, style_output, style_territories
from .names import add_name_parameter, name_of, names_by_id
from .nonroutable import add_nonroutable_output, write_nonroutable
from .outputs import add_row, catchment_fields, shapely_to_qgis
from .parameters import (
    BANDS,
    DEFAULT_ACCESS_SPEED,
    FAC_ID,
    FACILITIES,
    KIND,
    OUTPUT,
    POP_FIELD,
    POPULATION,
    REACH,
    RESOLUTION,
    RINGS,
    add_points_parameter,
    add_year_parameters,
    read_optional_population,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import RoadTimes
from .validation import check_ids

KINDS = ("per_facility", "nearest", "dissolved")
MAX_GRID_CELLS = 30_000_000


class CatchmentAreas(PalveluAlgorithm):
    NAME = "catchmentareas"
    DISPLAY = QT_TRANSLATE_NOOP("CatchmentAreas", "Catchment areas")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, FACILITIES, self.tr("Facilities"), FAC_ID,
                             self.tr("Facility id field"))
        add_name_parameter(self)
        RoadTimes.add_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            BANDS, self.tr("Time bands (minutes)"), defaultValue="10,20,30"))
        self.addParameter(QgsProcessingParameterEnum(
            KIND, self.tr("Catchment type"),
            options=[self.tr("Per facility (overlapping)"),
                     self.tr("Nearest facility (no overlaps)"),
                     self.tr("Dissolved (all facilities together)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            RINGS, self.tr("Bands as rings (0-10, 10-20...) instead of cumulative"),
            defaultValue=False))
        add_points_parameter(self, POPULATION, self.tr("Population"),
                             POP_FIELD, self.tr("Population field"), numeric=True, optional=True)
        add_year_parameters(self)
        res = QgsProcessingParameterNumber(
            RESOLUTION, self.tr("Grid resolution (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=50.0, minValue=1.0)
        reach = QgsProcessingParameterNumber(
            REACH, self.tr("Reach from the road (m, 0 = twice the resolution, at least 100 m)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0)
        for p in (res, reach):
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Catchment areas"), QgsProcessing.TypeVectorPolygon))
        add_nonroutable_output(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        bands = parse_bands(self.parameterAsString(parameters, BANDS, context))
        kind = KINDS[self.parameterAsEnum(parameters, KIND, context)]
        rings = self.parameterAsBool(parameters, RINGS, context)
        resolution = self.parameterAsDouble(parameters, RESOLUTION, context)
        reach = self.parameterAsDouble(parameters, REACH, context) or None
        road = RoadTimes.prepare(self, parameters, context, feedback)
        router, settings, crs = road.router, road.settings, road.crs
        fac_src = self.parameterAsSource(parameters, FACILITIES, context)
        fac = read_points(fac_src, crs, context, feedback, self.tr("facilities"),
                          self.parameterAsString(parameters, FAC_ID, context),
                          keep_features=False)
        check_ids(fac, self.parameterAsString(parameters, FAC_ID, context))
        fac_snap = road.snap(fac, self.tr("facilities"), feedback, required=True)
        resolution = self._check_grid(router, resolution, feedback)
        feedback.setProgress(25)
        walk = settings.access_speed or DEFAULT_ACCESS_SPEED
        builder = run_engine(CatchmentBuilder, router, resolution, reach, walk_speed=walk,
                             progress=progress_callback(feedback, 25, 35))

        pop_minutes = None
        pop = read_optional_population(self, parameters, context, crs, feedback)
        if pop is not None:
            pop_snap = road.snap(pop, self.tr("population features"), feedback)
            t, _ = run_engine(router.times, fac_snap, pop_snap, max(bands) * 60, False,
                              progress_callback(feedback, 35, 45))
            pop_minutes = t / 60
            pop_best = (pop_minutes.min(axis=1), np.argmin(pop_minutes, axis=1))
        feedback.setProgress(45)

        names = names_by_id(self, parameters, context)
        named = names is not None
        fields = catchment_fields(fac.ids, named)
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        if kind == "per_facility":
            polys = builder.per_facility(fac_snap, bands, rings,
                                         progress=progress_callback(feedback, 45, 99))
        else:
            polys = builder.nearest_facility(fac_snap, bands, rings, dissolve=kind == "dissolved",
                                             progress=progress_callback(feedback, 45, 99))
        count, drawn = 0, set()
        for c in run_engine(list, polys):
            drawn.add(c.upper)
            population = None
            if pop_minutes is not None:
                population = _population(pop_minutes, pop_best, pop.weights, c.facility,
                                         c.lower, c.upper, kind)
            fac_id = fac.ids[c.facility] if c.facility >= 0 else None
            add_row(sink, fields, [fac_id] + [name_of(names, fac_id)] * named + [
                c.lower, c.upper, population, c.geometry.area / 1e6],
                    shapely_to_qgis(c.geometry))
            count += 1
        if kind == "nearest":
            style_output(context, dest, lambda layer: style_territories(layer, bands))
        else:
            style_output(context, dest, set_renderer(lambda g: band_renderer(bands, g)))
        feedback.pushInfo(self.tr(
            "{count} catchment polygons written.").format(count=count))
        empty = [b for b in bands if b not in drawn]
        if empty:
            feedback.pushWarning(self.tr(
                "Time bands {value} min gave no polygon: the area reached is smaller than "
                "the {resolution:g} m grid resolution (or nothing is reached). Use a finer "
                "grid resolution or larger bands.").format(
                value=', '.join(f'{b:g}' for b in empty), resolution=resolution))
        return {OUTPUT: dest, **write_nonroutable(self, parameters, context, road, feedback)}

    def _check_grid(self, router, resolution: float, feedback) -> float:
        net = router.net
        cells = (np.ptp(net.vx) / resolution + 1) * (np.ptp(net.vy) / resolution + 1)
        if cells > MAX_GRID_CELLS:
            coarser = resolution * float(np.sqrt(cells / MAX_GRID_CELLS))
            feedback.pushWarning(self.tr(
                "A {resolution:g} m grid over this network would have {cells:.0f} cells; "
                "using {coarser:.0f} m instead.").format(resolution=resolution, cells=cells,
                coarser=coarser))
            return coarser
        return resolution


def _population(minutes: np.ndarray, best: tuple, weight: np.ndarray, facility: int,
                lower: float, upper: float, kind: str) -> float:
    """Population whose own travel time falls in the band of this polygon."""
    if kind == "per_facility":
        t, mask = minutes[:, facility], True
    else:
        t, mask = best[0], (best[1] == facility) if kind == "nearest" else True
    inside = mask & np.isfinite(t) & (t <= upper) & ((t > lower) if lower > 0 else True)
    return float(weight[inside].sum())
