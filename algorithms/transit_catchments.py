"""Processing algorithm: areas from which a facility is reached by public transport in time."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.roads.isochrones import band_polygons
from ..core.transit.setup import minutes_at
from .common import (
    PalveluAlgorithm,
    cancellable,
    parse_bands,
    progress_callback,
    read_points,
)
from .map_styles import band_renderer, set_renderer, style_output
from .names import add_name_parameter, name_of, names_by_id
from .outputs import add_row, catchment_fields, shapely_to_qgis
from .parameters import (
    BANDS,
    FAC_ID,
    FACILITIES,
    OUTPUT,
    POP_FIELD,
    POPULATION,
    SPACING,
    add_points_parameter,
    read_optional_population,
)
from .translation import QT_TRANSLATE_NOOP
from .travel_times import TransitTimes
from .validation import check_ids, report_walk_reach


class TransitCatchments(PalveluAlgorithm):
    NAME = "transitcatchments"
    DISPLAY = QT_TRANSLATE_NOOP("TransitCatchments", "Transit catchment areas")
    GROUP = "Public transport"
    GROUP_ID = "transit"

    def initAlgorithm(self, config=None):  # noqa: N802
        TransitTimes.add_parameters(self)
        add_points_parameter(self, FACILITIES, self.tr("Facilities"), FAC_ID,
                             self.tr("Facility id field"))
        add_name_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            BANDS, self.tr("Time bands (minutes)"), defaultValue="15,30,45"))
        self.addParameter(QgsProcessingParameterNumber(
            SPACING, self.tr("Grid spacing (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=200.0, minValue=10.0))
        add_points_parameter(self, POPULATION, self.tr("Population"), POP_FIELD,
                             self.tr("Population field"), numeric=True, optional=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Transit catchments"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        bands = parse_bands(self.parameterAsString(parameters, BANDS, context))
        spacing = self.parameterAsDouble(parameters, SPACING, context)
        fac_src = self.parameterAsSource(parameters, FACILITIES, context)
        transit = TransitTimes.prepare(self, parameters, context, feedback, FACILITIES)
        crs, setup, q = transit.crs, transit.setup, transit.settings.percentile
        fac = read_points(fac_src, crs, context, feedback, self.tr("facilities"),
                          self.parameterAsString(parameters, FAC_ID, context),
                          keep_features=False)
        check_ids(fac, self.parameterAsString(parameters, FAC_ID, context))
        used = np.unique(np.r_[setup.conn["dep_stop"], setup.conn["arr_stop"]])
        pad = setup.max_walk
        gx = np.arange(setup.stops_x[used].min() - pad, setup.stops_x[used].max() + pad, spacing)
        gy = np.arange(setup.stops_y[used].min() - pad, setup.stops_y[used].max() + pad, spacing)
        if len(gx) * len(gy) > 2_000_000:
            raise QgsProcessingException(self.tr(
                "A {spacing:g} m grid over the feed's stops has {n_gx} points; use a larger "
                "grid spacing.").format(spacing=spacing, n_gx=len(gx) * len(gy)))
        mx, my = np.meshgrid(gx, gy)
        grid = setup.origins(mx.ravel(), my.ravel())
        pop = read_optional_population(self, parameters, context, crs, feedback)
        if pop is not None:
            pop_origins = setup.origins(pop.x, pop.y)
            report_walk_reach(pop_origins.access, len(pop.x), pop.layer, feedback,
                              setup.max_walk)
        names = names_by_id(self, parameters, context)
        named = names is not None
        fields = catchment_fields(fac.ids, named)
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        for j, profile, secs in cancellable(setup.each_facility(
                fac.x, fac.y, grid, progress_callback(feedback, 0, 100))):
            z = minutes_at(secs, [q])[:, 0].reshape(mx.shape)
            z[~np.isfinite(z)] = np.nan
            pop_min = None
            if pop is not None:
                pop_min = minutes_at(setup.seconds_to(fac.x[j], fac.y[j], pop_origins, profile),
                                     [q])[:, 0]
            for hi in bands:
                geom = band_polygons(gx, gy, z, -1.0, hi)
                if geom is None:
                    continue
                people = None if pop_min is None else float(pop.weights[pop_min <= hi].sum())
                add_row(sink, fields, [fac.ids[j]] + [name_of(names, fac.ids[j])] * named
                        + [0.0, hi, people, geom.area / 1e6],
                        shapely_to_qgis(geom))
        style_output(context, dest, set_renderer(lambda g: band_renderer(bands, g)))
        return {OUTPUT: dest}
