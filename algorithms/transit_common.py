"""Shared glue of the public transport algorithms: GTFS parameters, reading the feeds."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.transit.gtfs import GtfsError, read_feed
from ..core.transit.setup import DETOUR, TransitSettings, TransitSetup, build_setup
from .common import (
    DEFAULT_BIKE_SPEED,
    DEFAULT_CAR_SPEED,
    DEFAULT_TOLERANCE,
    NetworkSettings,
    tr,
)
from .roads import load_router

TRANSIT_HELP = (
    "<h3>Public transport parameters</h3><p><b>GTFS feeds</b>: one or more zip files. "
    "<b>Date</b>: a day the feeds cover. <b>First / last departure</b> (HH:MM) and "
    "<b>step</b> (minutes) make the departure window; waiting at the origin counts as "
    f"travel time. Walks to, between and from stops are straight lines times {DETOUR:g} at "
    "the <b>walking speed</b>, up to the <b>maximum walks</b>; a facility within walking "
    "distance can be reached on foot. <b>Maximum transfers</b> bounds the vehicles used; "
    "trips longer than the <b>maximum trip time</b> count as not reaching.</p>")


def parse_clock(text: str, what: str) -> int:
    """'07:30' -> seconds after midnight."""
    try:
        h, m = (int(v) for v in text.strip().split(":")[:2])
    except ValueError:
        raise QgsProcessingException(tr(f"{what}: '{text}' is not a time HH:MM.")) from None
    return h * 3600 + m * 60


def add_transit_parameters(alg, window_only: bool = False, percentile: bool = False) -> None:
    """GTFS feeds, date and departure window; then (unless ``window_only``) the step, walking,
    transfer and trip limits; with ``percentile``, the percentile of the travel time."""
    alg.addParameter(QgsProcessingParameterMultipleLayers(
        "GTFS", tr("GTFS feeds (zip)"), QgsProcessing.TypeFile))
    alg.addParameter(QgsProcessingParameterDateTime(
        "DATE", tr("Date"), QgsProcessingParameterDateTime.Date))
    alg.addParameter(QgsProcessingParameterString("START", tr("First departure"),
                                                  defaultValue="07:00"))
    alg.addParameter(QgsProcessingParameterString("END", tr("Last departure"),
                                                  defaultValue="09:00"))
    if window_only:
        return
    alg.addParameter(QgsProcessingParameterNumber("STEP", tr("Step (minutes)"),
                                                  defaultValue=1, minValue=1))
    for key, label, default in (("MAX_WALK", "Maximum walk to or from a stop (m)", 800.0),
                                ("TRANSFER_WALK", "Maximum walk between stops (m)", 400.0),
                                ("WALK_SPEED", "Walking speed (km/h)", 5.0),
                                ("MAX_TRIP", "Maximum trip time (minutes)", 120.0)):
        alg.addParameter(QgsProcessingParameterNumber(
            key, tr(label), QgsProcessingParameterNumber.Double, defaultValue=default,
            minValue=0.1))
    alg.addParameter(QgsProcessingParameterNumber(
        "MAX_TRANSFERS", tr("Maximum transfers"), defaultValue=3, minValue=0))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "ROADS", tr("Road network for the walks (optional)"), [QgsProcessing.TypeVectorLine],
        optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "CLASS_FIELD", tr("Road class field (OSM highway)"), parentLayerParameterName="ROADS",
        optional=True))
    if percentile:
        alg.addParameter(QgsProcessingParameterNumber(
            "PERCENTILE", tr("Percentile of travel time over the window"),
            QgsProcessingParameterNumber.Double, defaultValue=50.0, minValue=0.0,
            maxValue=100.0))


def read_transit(alg, parameters, context) -> TransitSettings:
    """The transit parameters of ``add_transit_parameters``."""
    start = parse_clock(alg.parameterAsString(parameters, "START", context), "First departure")
    end = parse_clock(alg.parameterAsString(parameters, "END", context), "Last departure")
    if end < start:
        raise QgsProcessingException(tr("The last departure is before the first one."))
    roads = alg.parameterAsSource(parameters, "ROADS", context)
    roads_layer = alg.parameterAsVectorLayer(parameters, "ROADS", context)
    return TransitSettings(
        feeds=tuple(alg.parameterAsFileList(parameters, "GTFS", context)),
        day=alg.parameterAsDateTime(parameters, "DATE", context).date().toPyDate(),
        start=start, end=end,
        step=alg.parameterAsInt(parameters, "STEP", context) * 60,
        max_trip=alg.parameterAsDouble(parameters, "MAX_TRIP", context) * 60,
        walk_mps=alg.parameterAsDouble(parameters, "WALK_SPEED", context) / 3.6,
        max_walk=alg.parameterAsDouble(parameters, "MAX_WALK", context),
        transfer_walk=alg.parameterAsDouble(parameters, "TRANSFER_WALK", context),
        max_transfers=alg.parameterAsInt(parameters, "MAX_TRANSFERS", context),
        roads="" if roads is None else (roads_layer.source() if roads_layer else "roads"),
        class_field=alg.parameterAsString(parameters, "CLASS_FIELD", context),
        percentile=alg.parameterAsDouble(parameters, "PERCENTILE", context)
        if alg.parameterDefinition("PERCENTILE") else 50.0)


def transit_setup(alg, parameters, context, feedback, crs,
                  settings: TransitSettings | None = None) -> TransitSetup:
    """Read the feeds for the date and window; stops in ``crs``; walking links."""
    s = settings or read_transit(alg, parameters, context)
    try:
        feed = read_feed(list(s.feeds))
        to_work = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                         context.transformContext())
        xy = np.array([(p.x(), p.y()) for p in (
            to_work.transform(lon, lat) for lon, lat in
            zip(feed.stops.stop_lon.fillna(0), feed.stops.stop_lat.fillna(0)))])
        setup = build_setup(feed, s, xy[:, 0], xy[:, 1])
    except GtfsError as e:
        raise QgsProcessingException(tr(f"GTFS: {e}.")) from None
    feedback.pushInfo(tr(f"{len(setup.conn)} connections on {s.day} from the first departure "
                         f"to the latest arrival."))
    if s.roads:
        walking = NetworkSettings(
            mode="walk", scheme="osm" if s.class_field else "", class_field=s.class_field,
            speed_field="", oneway_field="", class_speeds={}, default_speed=DEFAULT_CAR_SPEED,
            walk_speed=s.walk_mps * 3.6, bike_speed=DEFAULT_BIKE_SPEED,
            access_speed=s.walk_mps * 3.6, max_snap=s.max_walk, tolerance=DEFAULT_TOLERANCE)
        walker, _, _ = load_router(alg, parameters, context, feedback, walking, crs)
        setup.walk_on_roads(walker, s.transfer_walk)
        feedback.pushInfo(tr("Walks to, between and from stops follow the road network."))
    return setup
