"""Shared glue of the public transport algorithms: GTFS parameters and per-facility times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

from ..core.roads.search import Router
from ..core.roads.snapping import Snap
from ..core.transit.gtfs import GtfsError, connections, read_feed, transfer_table
from ..core.transit.profiles import (
    Access,
    Footpaths,
    Profile,
    apply_transfers,
    profile_to_target,
    stop_footpaths,
    straight_access,
    travel_seconds,
)
from .common import NetworkSettings, tr
from .roads import load_router

DETOUR = 1.3  # straight-line walks are this much longer on the ground

TRANSIT_HELP = (
    "<h3>Public transport parameters</h3><p><b>GTFS feeds</b>: one or more zip files. "
    "<b>Date</b>: a day the feeds cover. <b>First / last departure</b> (HH:MM) and "
    "<b>step</b> (minutes) make the departure window; waiting at the origin counts as "
    "travel time. Walks to, between and from stops are straight lines times 1.3 at the "
    "<b>walking speed</b>, up to the <b>maximum walks</b>; a facility within walking "
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


@dataclass(frozen=True)
class TransitSettings:
    """The public transport parameters, read once."""

    feeds: tuple[str, ...]
    day: date
    start: int  # first departure, seconds after midnight
    end: int  # last departure
    step: int  # seconds between departures
    max_trip: float  # seconds
    walk_mps: float
    max_walk: float  # metres, to or from a stop
    transfer_walk: float  # metres, between stops
    max_transfers: int
    roads: str = ""  # road layer for the walks (its source), "" for straight lines
    class_field: str = ""
    percentile: float = 50.0


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


@dataclass
class TransitSetup:
    conn: object
    stops_x: np.ndarray
    stops_y: np.ndarray
    foot: object
    departures: np.ndarray
    walk_mps: float
    max_walk: float
    max_trip: float
    max_transfers: int

    walker: Router | None = None  # walks on the road network when given
    stop_snap: Snap | None = None
    day_conn: object = None  # all of the day's connections (service counts)

    def access(self, x: np.ndarray, y: np.ndarray) -> Access:
        """Walks from the points to the stops within the maximum walk."""
        if self.walker is None:
            return straight_access(x, y, self.stops_x, self.stops_y, self.max_walk,
                                   self.walk_mps, DETOUR)
        pts = self.walker.snap(x, y, self.max_walk)
        t, _ = self.walker.times(self.stop_snap, pts, cutoff=self.max_walk / self.walk_mps)
        origin, stop = np.nonzero(np.isfinite(t))
        return Access(origin, stop, t[origin, stop].astype(float), len(x))

    def profile_to(self, fx: float, fy: float) -> Profile:
        eg = self.access(np.array([fx]), np.array([fy]))
        return profile_to_target(self.conn, self.foot,
                                 dict(zip(eg.stop.tolist(), eg.seconds.tolist())),
                                 len(self.stops_x), max_transfers=self.max_transfers)

    def walk_only(self, fx: float, fy: float, ox: np.ndarray, oy: np.ndarray) -> np.ndarray:
        """Seconds walking to the facility; inf beyond the maximum walk."""
        if self.walker is not None:
            fac = self.walker.snap(np.array([fx]), np.array([fy]), self.max_walk)
            pts = self.walker.snap(ox, oy, self.max_walk)
            t, _ = self.walker.times(fac, pts, cutoff=self.max_walk / self.walk_mps)
            return t[:, 0].astype(float)
        direct = np.hypot(ox - fx, oy - fy) * DETOUR / self.walk_mps
        return np.where(direct * self.walk_mps <= self.max_walk, direct, np.inf)

    def seconds_to(self, fx: float, fy: float, origins: Access, ox: np.ndarray,
                   oy: np.ndarray, profile: Profile | None = None) -> np.ndarray:
        """(origins, departures) seconds to a facility at (fx, fy); inf past the max trip."""
        profile = profile if profile is not None else self.profile_to(fx, fy)
        secs = travel_seconds(profile, origins, self.departures,
                              self.walk_only(fx, fy, ox, oy))
        secs[secs > self.max_trip] = np.inf
        return secs


def transit_setup(alg, parameters, context, feedback, crs,
                  settings: TransitSettings | None = None) -> TransitSetup:
    """Read the feeds for the date and window; stops in ``crs``; walking links."""
    s = settings or read_transit(alg, parameters, context)
    try:
        feed = read_feed(list(s.feeds))
        conn = connections(feed, s.day, s.start, s.end + s.max_trip)
        day_conn = connections(feed, s.day)
        transfers = transfer_table(feed)
    except GtfsError as e:
        raise QgsProcessingException(tr(f"GTFS: {e}.")) from None
    feedback.pushInfo(tr(f"{len(conn)} connections on {s.day} from the first departure to the "
                         f"latest arrival."))
    to_work = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                     context.transformContext())
    xy = np.array([(p.x(), p.y()) for p in (
        to_work.transform(lon, lat) for lon, lat in
        zip(feed.stops.stop_lon.fillna(0), feed.stops.stop_lat.fillna(0)))])
    walk = s.walk_mps
    foot = stop_footpaths(xy[:, 0], xy[:, 1], s.transfer_walk, walk, DETOUR, transfers)
    setup = TransitSetup(conn, xy[:, 0], xy[:, 1], foot,
                         np.arange(s.start, s.end + 1, s.step, dtype=float), walk, s.max_walk,
                         s.max_trip, s.max_transfers, day_conn=day_conn)
    if s.roads:
        net = NetworkSettings(
            mode="walk", scheme="osm" if s.class_field else "", class_field=s.class_field,
            speed_field="", oneway_field="", class_speeds={}, default_speed=40.0,
            walk_speed=walk * 3.6, bike_speed=15.0, access_speed=walk * 3.6,
            max_snap=s.max_walk, tolerance=0.5)
        setup.walker, _, _ = load_router(alg, parameters, context, feedback, net, crs)
        setup.stop_snap = setup.walker.snap(xy[:, 0], xy[:, 1], s.max_walk)
        setup.foot = network_footpaths(setup.walker, setup.stop_snap, s.transfer_walk / walk,
                                       transfers, xy, walk)
        feedback.pushInfo(tr("Walks to, between and from stops follow the road network."))
    return setup


def network_footpaths(walker: Router, stops: Snap, cutoff_s: float, transfers,
                      xy: np.ndarray, walk_mps: float) -> Footpaths:
    """Walking links between stops along the roads, with transfers.txt's rules."""
    t, _ = walker.times(stops, stops, cutoff=cutoff_s)  # [from stop, to stop]
    frm, to = np.nonzero(np.isfinite(t))
    n = len(stops)
    a = np.r_[np.arange(n), frm]
    b = np.r_[np.arange(n), to]
    d = np.r_[np.zeros(n), t[frm, to].astype(float)]
    if transfers is not None and len(transfers):
        a, b, d = apply_transfers(a, b, d, xy[:, 0], xy[:, 1], walk_mps, DETOUR, transfers)
    order = np.lexsort((d, a))
    a, b, d = a[order], b[order], d[order]
    keep = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    a, b, d = a[keep], b[keep], d[keep]
    return Footpaths(np.searchsorted(a, np.arange(n + 1)), b, d)
