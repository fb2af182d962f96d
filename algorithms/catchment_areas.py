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
    NETWORK_HELP,
    PalveluAlgorithm,
    add_network_parameters,
    add_points_parameter,
    apply_style,
    parse_bands,
    progress_callback,
    read_optional_population,
    read_points,
    run_engine,
    snap_reported,
    tr,
)
from .outputs import add_row, catchment_fields, shapely_to_qgis
from .roads import load_router

KINDS = ("per_facility", "nearest", "dissolved")
MAX_GRID_CELLS = 30_000_000


class CatchmentAreas(PalveluAlgorithm):
    NAME = "catchmentareas"
    DISPLAY = "Catchment areas"
    HELP = (
        "<p>Travel-time catchment polygons (isochrones) around facilities that follow the "
        "road network: a place belongs to a band when a point of a road within the "
        "<b>reach</b> of it (straight-line metres) is reached within the band's minutes, "
        "counting the straight walk from that road point at the access walking speed (5 km/h "
        "when that is 0). Every road usable by the mode on the main network counts, the "
        "nearest or not.</p>"
        "<p>How it is drawn: roads are taken at points every half <b>grid resolution</b> "
        "along them. At each cell centre of the grid the engine computes by how much the "
        "place misses the band, in time or in reach: the best, over the road points p near "
        "it, of max(time at p + walk from p - band limit, (distance to p - reach) / walking "
        "speed). The band's edge is where this crosses zero, drawn by linear interpolation "
        "between cell centres; so it lies within a few metres of the exact edge, the "
        "reach's circles included (a straight line between cell centres cuts inside a "
        "circle, so the reach is traced resolution&sup2; / (8 &times; reach) wider: 3 m with "
        "50 m cells and a 100 m reach). A ring (0-10, 10-20...) is the area inside its upper "
        "limit and not inside its lower one.</p>"
        "<p><b>Time bands</b>: minutes, e.g. <code>10,20,30</code>. <b>Catchment type</b>: "
        "<i>per facility</i> gives every facility its own (overlapping) bands; <i>nearest "
        "facility</i> splits the area between facilities so that each place goes to the "
        "facility it reaches fastest, decided per grid cell (no overlaps); <i>dissolved</i> "
        "gives one polygon per "
        "band for all facilities together. <b>Rings</b>: bands as 0-10, 10-20, 20-30 instead "
        "of 0-10, 0-20, 0-30. <b>Grid resolution</b>: cell size of the travel-time surface "
        "(smaller = finer and slower).</p>"
        "<p><b>Population</b> (optional, points or polygons with a population field): each "
        "polygon gets the population of the features whose own network travel time falls in "
        "the band (the same times as the Nearest facility algorithm), not a geometric "
        "overlay.</p>"
        "<p><b>Output</b>: <code>fac_id</code>, <code>band_from</code>, <code>band_to</code> "
        "(minutes), <code>population</code>, <code>area_km2</code>.</p>"
        "<p><i>Example</i>: health stations, OSM roads (<code>highway</code>), mode walk, "
        "bands 5,10,15, type per facility.</p>" + NETWORK_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_points_parameter(self, "FACILITIES", "Facilities", "FAC_ID", "Facility id field")
        add_network_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "BANDS", tr("Time bands (minutes)"), defaultValue="10,20,30"))
        self.addParameter(QgsProcessingParameterEnum(
            "KIND", tr("Catchment type"),
            options=[tr("Per facility (overlapping)"), tr("Nearest facility (no overlaps)"),
                     tr("Dissolved (all facilities together)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "RINGS", tr("Bands as rings (0-10, 10-20...) instead of cumulative"),
            defaultValue=False))
        add_points_parameter(self, "POPULATION", "Population",
                             "POP_FIELD", "Population field", numeric=True, optional=True)
        res = QgsProcessingParameterNumber(
            "RESOLUTION", tr("Grid resolution (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=50.0, minValue=1.0)
        reach = QgsProcessingParameterNumber(
            "REACH", tr("Reach from the road (m, 0 = twice the resolution, at least 100 m)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0)
        for p in (res, reach):
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Catchment areas"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        bands = parse_bands(self.parameterAsString(parameters, "BANDS", context))
        kind = KINDS[self.parameterAsEnum(parameters, "KIND", context)]
        rings = self.parameterAsBool(parameters, "RINGS", context)
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context)
        reach = self.parameterAsDouble(parameters, "REACH", context) or None
        router, settings, crs = load_router(self, parameters, context, feedback)
        fac_src = self.parameterAsSource(parameters, "FACILITIES", context)
        fac = read_points(fac_src, crs, context, feedback, "facilities",
                          self.parameterAsString(parameters, "FAC_ID", context),
                          keep_features=False)
        fac_snap = snap_reported(router, fac, settings, "facilities", feedback, required=True)
        resolution = self._check_grid(router, resolution, feedback)
        feedback.setProgress(25)
        walk = settings.access_speed or 5.0
        builder = CatchmentBuilder(router, resolution, reach, walk_speed=walk)

        pop_minutes = None
        pop = read_optional_population(self, parameters, context, crs, feedback)
        if pop is not None:
            pop_snap = snap_reported(router, pop, settings, "population features", feedback)
            t, _ = run_engine(router.times, fac_snap, pop_snap, max(bands) * 60, False,
                              progress_callback(feedback, 25, 45))
            pop_minutes = t / 60
            pop_best = (pop_minutes.min(axis=1), np.argmin(pop_minutes, axis=1))
        feedback.setProgress(45)

        fields = catchment_fields(fac.ids)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        if kind == "per_facility":
            polys = builder.per_facility(fac_snap, bands, rings,
                                         progress=progress_callback(feedback, 45, 99))
        else:
            polys = builder.nearest_facility(fac_snap, bands, rings, dissolve=kind == "dissolved",
                                             progress=progress_callback(feedback, 45, 99))
        count = 0
        for c in run_engine(list, polys):
            population = None
            if pop_minutes is not None:
                population = _population(pop_minutes, pop_best, pop.values, c.facility,
                                         c.lower, c.upper, kind)
            add_row(sink, fields, [fac.ids[c.facility] if c.facility >= 0 else None, c.lower,
                                   c.upper, population, c.geometry.area / 1e6],
                    shapely_to_qgis(c.geometry))
            count += 1
        apply_style(context, dest, "catchment_bands")
        feedback.pushInfo(tr(f"{count} catchment polygons written."))
        return {"OUTPUT": dest}

    def _check_grid(self, router, resolution: float, feedback) -> float:
        net = router.net
        cells = (np.ptp(net.vx) / resolution + 1) * (np.ptp(net.vy) / resolution + 1)
        if cells > MAX_GRID_CELLS:
            coarser = resolution * float(np.sqrt(cells / MAX_GRID_CELLS))
            feedback.pushWarning(tr(
                f"A {resolution:g} m grid over this network would have {cells:.0f} cells; "
                f"using {coarser:.0f} m instead."))
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
