"""Travel modes as objects an algorithm holds: ``RoadTimes`` and ``TransitTimes``.

A travel mode (and, the same way, a service channel: a mobile unit's stops, a home-care
round, a digital channel) is a ``TravelTimes`` class with one small interface:

- ``add_parameters(alg)`` declares its parameters on an algorithm;
- ``read(alg, parameters, context)`` reads them, once, into a typed settings object;
- ``prepare(alg, parameters, context, feedback, crs_layer)`` returns a ready instance with
  ``settings``, ``crs`` (the work CRS) and ``note`` (one sentence for reports);
- ``cache_key(origins, facilities)`` identifies its travel-time matrix (None: not cached);
- ``minutes(origins, facilities, feedback, needed)`` gives the (origins, facilities) matrix
  of minutes, inf where a facility is not reached; reused from ``MATRICES`` when cached.

Algorithms hold the class (``TIMES = RoadTimes``), so the scenario algorithms share a mode
without inheriting one another. A service channel plugs in the same way: a subclass whose
``search`` returns its own (origins, facilities) minutes, e.g. the road minutes to a mobile
unit's stops plus the wait for its visit, a home-care round's minutes from the base, or a
digital channel's constant contact time; an algorithm then holds it as its ``TIMES``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
)

from ..core.cache import LruCache, file_signature
from ..core.roads.snapping import OK, Snap
from ..core.scenario.impact import Allocation
from ..core.scenario.report_text import date as date_text
from ..core.scenario.report_text import text
from ..core.transit.gtfs import GtfsError, read_feed
from ..core.transit.setup import TransitSettings, TransitSetup, build_setup
from .common import (
    PalveluAlgorithm,
    PointInput,
    progress_callback,
    report_unsnapped,
    run_engine,
    snap_and_report,
    work_crs,
)
from .parameters import (
    NetworkSettings,
    add_network_parameters,
    add_transit_parameters,
    read_network,
    read_transit,
    walking_network,
)
from .roads import load_router, network_cache_key
from .translation import Translatable, engine_text, translate
from .validation import report_walk_reach

MATRICES = LruCache(size=4)  # per-facility travel-time matrices, reused scenario after scenario


def _points_key(*places) -> tuple:
    return tuple(a.tobytes() for p in places for a in (p.x, p.y))


class TravelTimes(Translatable):
    """A travel mode (not an algorithm). Subclasses fill in the methods below."""

    settings: object
    crs: object
    note: str = ""
    mode: str = ""  # the mode's name in reports (report_text's mode_<name>)
    SNAPS = False  # points are snapped to roads (a Non-routable features output applies)

    @staticmethod
    def add_parameters(alg) -> None:
        raise NotImplementedError

    @staticmethod
    def read(alg, parameters, context):
        raise NotImplementedError

    @classmethod
    def prepare(cls, alg, parameters, context, feedback, crs_layer: str = "") -> TravelTimes:
        raise NotImplementedError

    def cache_key(self, origins, facilities) -> Hashable | None:
        return None

    def assume(self, lang: str) -> str:
        """The mode's assumptions in words, for reports."""
        raise NotImplementedError

    def search(self, origins, facilities, feedback, needed) -> Callable[[], np.ndarray]:
        """Checks the inputs; returns the function that computes the minutes matrix."""
        raise NotImplementedError

    def minutes(self, origins, facilities, feedback, needed: np.ndarray | None = None
                ) -> np.ndarray:
        """(origins, facilities) minutes. ``origins`` and ``facilities`` have ``x`` and ``y``
        in the work CRS; at least one of the ``needed`` facilities (a mask; None: any
        facility) must be reachable."""
        compute = self.search(origins, facilities, feedback, needed)
        key = self.cache_key(origins, facilities)
        cached = key in MATRICES
        feedback.pushInfo(self.tr("Reusing the cached per-facility travel times.") if cached
                          else self.searching(len(facilities.x)))
        return MATRICES.get_or_build(key, compute)

    def searching(self, n: int) -> str:
        return self.tr("Searching from {n} facilities...").format(n=n)


class RoadTimes(TravelTimes):
    """Travel over the road network (car, walk, bike), walks between points and roads
    included."""

    settings: NetworkSettings
    SNAPS = True

    def __init__(self, router, settings: NetworkSettings, crs, network_key):
        self.router, self.settings, self.crs = router, settings, crs
        self.network_key = network_key
        self.mode = settings.mode
        self.snapped: list = []  # (label, points, Snap) for the Non-routable features output
        self.note = translate("travel_times", "Mode: {mode}. Travel times include the walk "
                              "between each point and the road.").format(mode=settings.mode)

    def assume(self, lang: str) -> str:
        s = self.settings
        return text("a_road", lang, mode=text(f"mode_{s.mode}", lang),
                    access=f"{s.access_speed:g}", snap=f"{s.max_snap:g}")

    @staticmethod
    def add_parameters(alg) -> None:
        add_network_parameters(alg)

    @staticmethod
    def read(alg, parameters, context) -> NetworkSettings:
        return read_network(alg, parameters, context)

    @classmethod
    def prepare(cls, alg, parameters, context, feedback, crs_layer: str = "") -> RoadTimes:
        """The router of the road parameters (the work CRS is the road layer's)."""
        router, settings, crs = load_router(alg, parameters, context, feedback,
                                            cls.read(alg, parameters, context))
        return cls(router, settings, crs,
                   network_cache_key(alg, parameters, context, settings, crs))

    def snap(self, points: PointInput, label: str, feedback, required: bool = False) -> Snap:
        """Points snapped to the network, unroutable ones reported (and kept for the
        Non-routable features output)."""
        snap = snap_and_report(self.router, points, self.settings, label, feedback, required)
        self.snapped.append((label, points, snap))
        return snap

    def cache_key(self, origins, facilities) -> Hashable | None:
        if self.network_key is None:
            return None
        s = self.settings
        return (self.network_key, self.router.profile.key(), s.access_speed, s.max_snap,
                *_points_key(facilities, origins))

    def search(self, origins, facilities, feedback, needed, matrix: bool = True
               ) -> Callable[[], Any]:
        """Snaps and checks; returns the function computing the minutes matrix (or, not
        ``matrix``, the nearest-facility search of every node with both snaps)."""
        fac_snap = self.router.snap(facilities.x, facilities.y, self.settings.max_snap)
        report_unsnapped(fac_snap, self.tr("facilities"), feedback)
        pop_snap = snap_and_report(self.router, origins, self.settings,
                                   self.tr("population features"),
                                 feedback)
        self.snapped += [("facilities", facilities, fac_snap),
                         ("population features", origins, pop_snap)]
        usable = fac_snap.status == OK if needed is None else fac_snap.status[needed] == OK
        if not usable.any():
            raise QgsProcessingException(self.tr(
                "None of the facilities open in the scenario can be snapped to the road "
                "network; check the CRS and the maximum snapping distance."))
        if not matrix:
            return lambda: (run_engine(self.router.nearest_nodes, fac_snap), fac_snap,
                            pop_snap)
        return lambda: run_engine(self.router.times, fac_snap, pop_snap, np.inf, False,
                                  progress_callback(feedback, 30, 80))[0] / 60.0


    def allocations(self, origins, facilities, column: np.ndarray, open_before: np.ndarray,
                    open_after: np.ndarray, feedback) -> tuple[Allocation, Allocation]:
        """The nearest open facility of every origin (``column``: the facility of each
        site feature; ``open_before`` / ``open_after``: per facility) before and after.

        No per-facility matrix: one multi-source search from every site (kept in
        ``MATRICES`` like a matrix, for the scenarios that follow), then each scenario
        searches again only where its closed sites were nearest
        (``Router.nearest_closing``, the same times and facilities as a new search with
        only the open sites)."""
        open_sites = open_after[column]
        compute = self.search(origins, facilities, feedback, open_sites, matrix=False)
        key = self.cache_key(origins, facilities)
        key = None if key is None else (key, "nearest nodes")
        cached = key in MATRICES
        feedback.pushInfo(self.tr("Reusing the nearest-facility search of these facilities.")
                          if cached else self.tr(
            "Nearest facilities: one search from {n} facilities; a closure searches again "
            "only where the closed facilities were nearest.").format(n=len(facilities.x)))
        base, fac_snap, pop_snap = MATRICES.get_or_build(key, compute)
        out = []
        for is_open in (open_before, open_after):
            closed = np.flatnonzero(~is_open[column])
            near = run_engine(self.router.nearest_closing, fac_snap, pop_snap, closed, base)
            out.append(Allocation(np.where(near.facility >= 0, column[np.maximum(
                near.facility, 0)], -1), near.time / 60.0))
        return out[0], out[1]


class TransitTimes(TravelTimes):
    """Public transport from GTFS: a percentile of the travel time over the departure
    window, walking and waiting included."""

    settings: TransitSettings
    mode = "transit"

    def __init__(self, alg, parameters, context, feedback, settings: TransitSettings, crs):
        self.settings, self.crs = settings, crs
        self._build = lambda: transit_setup(alg, parameters, context, feedback, crs, settings)
        self._setup = None
        # the walking roads' own key (None: a layer that may change under us, no caching)
        self._roads_key = network_cache_key(alg, parameters, context, walking_network(
            settings), crs) if settings.roads else ()
        q = settings.percentile
        self.note = translate("travel_times", "Mode: public transport, {q:g}th percentile of "
                              "the travel time over the departure window, waiting and walking "
                              "included.").format(q=q)

    @staticmethod
    def add_parameters(alg, percentile: bool = True) -> None:
        add_transit_parameters(alg, percentile=percentile)

    @staticmethod
    def read(alg, parameters, context) -> TransitSettings:
        return read_transit(alg, parameters, context)

    @classmethod
    def prepare(cls, alg, parameters, context, feedback, crs_layer: str = "") -> TransitTimes:
        """The work CRS is that of the ``crs_layer`` parameter's layer."""
        crs = work_crs(alg.parameterAsSource(parameters, crs_layer, context), context, feedback)
        return cls(alg, parameters, context, feedback, cls.read(alg, parameters, context), crs)

    @property
    def setup(self):
        """The timetable with its walking model, read on first use."""
        if self._setup is None:
            self._setup = self._build()
        return self._setup

    def assume(self, lang: str) -> str:
        s = self.settings
        return text("a_transit", lang, date=date_text(s.day, lang), q=f"{s.percentile:g}",
                    step=f"{s.step / 60:g}", start=_hhmm(s.start), end=_hhmm(s.end),
                    walk=f"{s.max_walk:g}", speed=f"{s.walk_mps * 3.6:g}")

    def cache_key(self, origins, facilities) -> Hashable | None:
        """The settings, the feeds' files (their content through size and modification
        time), the walking roads and the points."""
        if self._roads_key is None:
            return None
        return (self.settings, file_signature(*self.settings.feeds), self._roads_key,
                self.crs.authid(), *_points_key(facilities, origins))

    def searching(self, n: int) -> str:
        return self.tr("Timetable profiles for {n} facilities...").format(n=n)

    def search(self, origins, facilities, feedback, needed) -> Callable[[], np.ndarray]:
        q = self.settings.percentile

        def build() -> np.ndarray:
            setup = self.setup
            walks = setup.origins(origins.x, origins.y)
            for note in setup.unreached_feeds(walks.access):
                feedback.pushWarning(self.tr("GTFS: {note}.").format(note=engine_text(note)))
            report_walk_reach(walks.access, len(origins.x), getattr(origins, "layer", ""),
                              feedback, setup.max_walk)
            return run_engine(setup.minutes, facilities.x, facilities.y, walks, q,
                              progress_callback(feedback, 30, 80))

        return build


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
        raise QgsProcessingException(translate("travel_times",
            "GTFS: {e}.").format(e=engine_text(e))) from None
    feedback.pushInfo(translate("travel_times",
        "{n_conn} connections on {day} from the first departure to the latest arrival.").format(
        n_conn=len(setup.conn), day=s.day))
    for note in setup.notes:  # a feed of several with no service on the day
        feedback.pushWarning(translate("travel_times", "GTFS: {note}.").format(
            note=engine_text(note)))
    if setup.merged is not None and len(setup.merged[0]):
        feedback.pushInfo(translate(
            "travel_times", "{n} stops of different feeds within {m:g} m of each other are "
            "taken as one stop (0-second transfers).").format(
                n=len(np.unique(setup.merged[0])), m=s.merge_m))
    if s.roads:
        walker, _, _ = load_router(alg, parameters, context, feedback,
                                   walking_network(s), crs)
        setup.walk_on_roads(walker, s.transfer_walk)
        feedback.pushInfo(translate("travel_times",
                                    "Walks to, between and from stops follow the road network."))
    return setup


def _hhmm(seconds: int) -> str:
    return f"{seconds // 3600 % 24:02d}:{seconds % 3600 // 60:02d}"


class ScenarioAlgorithm(PalveluAlgorithm):
    """Base of the scenario algorithms (not an algorithm itself): they hold a travel mode."""

    TIMES: type[TravelTimes] = TravelTimes
    GROUP = "Service network scenarios"
    GROUP_ID = "scenarios"
