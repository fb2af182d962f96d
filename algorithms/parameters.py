"""Parameter keys, and the parameter blocks algorithms share, each declared and read in one
place into a typed settings object.

Blocks: the road network (``add_network_parameters`` / ``read_network`` ->
``NetworkSettings``), public transport (``add_transit_parameters`` / ``read_transit`` ->
``TransitSettings``), a point layer with a field (``add_points_parameter``), the optional
population (``read_optional_population``), population groups (``add_group_parameters`` /
``read_group_settings`` -> ``GroupSettings``) and the impact outputs (``add_impact_outputs``).
Each parameter's help text is set from ``algorithms/help.py`` when it is added.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.roads import digiroad
from ..core.roads.modes import MODES, ROAD_MODES, road_mode
from ..core.scenario.grid import GRID_POPULATION
from ..core.transit.gtfs import DAY
from ..core.transit.merge import DEFAULT_MERGE_M
from ..core.transit.setup import TransitSettings
from .common import PointInput, parse_bands, parse_class_speeds, read_points, tr
from .validation import parse_hhmm

# ---------------------------------------------------------------------- keys
# layers and their fields
FACILITIES, FAC_ID, CAPACITY_FIELD = "FACILITIES", "FAC_ID", "CAPACITY_FIELD"
NEW_FACILITIES, NEW_ID, NEW_CAPACITY_FIELD = "NEW_FACILITIES", "NEW_ID", "NEW_CAPACITY_FIELD"
POPULATION, POP_FIELD, INPUT = "POPULATION", "POP_FIELD", "INPUT"
AGE_FIELDS, ELDERLY_FIELD, AREA_FIELD = "AGE_FIELDS", "ELDERLY_FIELD", "AREA_FIELD"
AREAS, AREA_NAME = "AREAS", "AREA_NAME"  # area polygons (municipalities, counties)
ORIGINS, ORIGIN_ID, DESTINATIONS = "ORIGINS", "ORIGIN_ID", "DESTINATIONS"
CELLS, STATUS_FIELD = "CELLS", "STATUS_FIELD"
SCENARIO_A, SCENARIO_B = "A", "B"
NAME_FIELD, SCENARIO_NAME = "NAME_FIELD", "SCENARIO_NAME"  # names in the report and map
# road network
ROADS, MODE, CLASS_FIELD, CLASS_SCHEME = "ROADS", "MODE", "CLASS_FIELD", "CLASS_SCHEME"
SPEED_FIELD, ONEWAY_FIELD, CLASS_SPEEDS = "SPEED_FIELD", "ONEWAY_FIELD", "CLASS_SPEEDS"
LINK_TYPE_FIELD, SPEED_LIMITS = "LINK_TYPE_FIELD", "SPEED_LIMITS"  # Digiroad
WALK_SPEED = "WALK_SPEED"  # (the other modes' speed keys are in core/roads/modes.py)
ACCESS_SPEED, MAX_SNAP, TOLERANCE = "ACCESS_SPEED", "MAX_SNAP", "TOLERANCE"
# public transport
GTFS, DATE, START, END, STEP = "GTFS", "DATE", "START", "END", "STEP"
MAX_WALK, TRANSFER_WALK, MAX_TRIP = "MAX_WALK", "TRANSFER_WALK", "MAX_TRIP"
MAX_TRANSFERS, PERCENTILE, PERCENTILES = "MAX_TRANSFERS", "PERCENTILE", "PERCENTILES"
ARRIVE_BY, SPACING = "ARRIVE_BY", "SPACING"
STOP_MERGE = "STOP_MERGE"  # stops of different feeds this close are one stop
# scenario and optimisation choices
CLOSE_IDS, CLOSE_EXPRESSION, CLOSE_SELECTED = "CLOSE_IDS", "CLOSE_EXPRESSION", "CLOSE_SELECTED"
THRESHOLDS, THRESHOLD, SHARE, USE_RATES = "THRESHOLDS", "THRESHOLD", "SHARE", "USE_RATES"
PROBLEM, SITE_COUNT, MUST_OPEN, MUST_CLOSE = "PROBLEM", "P", "MUST_OPEN", "MUST_CLOSE"
# bands, cut-offs and grids
BANDS, CUTOFF, K_NEAREST, KIND, RINGS = "BANDS", "CUTOFF", "K", "KIND", "RINGS"
RESOLUTION, REACH = "RESOLUTION", "REACH"
# accessibility indices and service channels
SITE_ID, CAPACITY, METHOD, MAX_COST = "SITE_ID", "CAPACITY", "METHOD", "MAX_COST"
WEIGHT, STEPS, SIGMA, SCALE = "WEIGHT", "STEPS", "SIGMA", "SCALE"
ALPHA, MIN_DIST, SITES_OUTPUT, RUN = "ALPHA", "MIN_DIST", "SITES_OUTPUT", "RUN"
UNITS, SCHEDULE, HOLIDAYS, DEPOTS = "UNITS", "SCHEDULE", "HOLIDAYS", "DEPOTS"
POP75_FIELD, SITE_HOURS, YEAR, COVER_MIN = "POP75_FIELD", "SITE_HOURS", "YEAR", "COVER_MIN"
ACCESS_MIN, ROUTES, GRID = "ACCESS_MIN", "ROUTES", "GRID"
BASES, AGE_COVERAGE, CLOSE, COMPARISON = "BASES", "AGE_COVERAGE", "CLOSE", "COMPARISON"
INDIRECT, PRODUCTIVE_HOURS = "INDIRECT", "PRODUCTIVE_HOURS"
BROADBAND, GRID_ID, RULE, DEFAULT = "BROADBAND", "GRID_ID", "RULE", "DEFAULT"
READINESS, REMOTE = "READINESS", "REMOTE"
DEMAND_FIELD, VISITS_FIELD = "DEMAND_FIELD", "VISITS_FIELD"
BEFORE_FIELD, AFTER_FIELD = "BEFORE_FIELD", "AFTER_FIELD"
MOBILE_FIELD, SIGMA_FIELD = "MOBILE_FIELD", "SIGMA_FIELD"
FIXED_LIMIT, MOBILE_LIMIT = "FIXED_LIMIT", "MOBILE_LIMIT"
# outputs
OUTPUT, SUMMARY, OD, REPORT, SITES = "OUTPUT", "SUMMARY", "OD", "REPORT", "SITES"
FLOWS, LOADS, EQUITY = "FLOWS", "LOADS", "EQUITY"
EDGES, DANGLES, STOPS, CELLS_OUT = "EDGES", "DANGLES", "STOPS", "CELLS_OUT"
COMPONENTS, DANGLE_COUNT = "COMPONENTS", "DANGLE_COUNT"
FACILITY_SHARE, POPULATION_SHARE = "FACILITY_SHARE", "POPULATION_SHARE"
OBJECTIVE, SOLVER = "OBJECTIVE", "SOLVER"

POINT_TYPES = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]


def _advanced(param):
    param.setFlags(param.flags() | param.FlagAdvanced)
    return param


def _number(name: str, label: str, default: float, minimum: float,
            maximum: float | None = None) -> QgsProcessingParameterNumber:
    extra = {} if maximum is None else {"maxValue": maximum}
    return QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Double,
                                        defaultValue=default, minValue=minimum, **extra)


# ---------------------------------------------------------------------- points
def add_points_parameter(alg, key: str, label: str, field_key: str = "",
                         field_label: str = "", numeric: bool = False,
                         optional: bool = False, field_optional: bool = True) -> None:
    """A point or polygon layer parameter, with an optional field of it."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        key, tr(label), POINT_TYPES, optional=optional))
    if field_key:
        # a required population field preselects a Statistics Finland grid's total
        default = GRID_POPULATION if field_key == POP_FIELD and not field_optional else None
        alg.addParameter(QgsProcessingParameterField(
            field_key, tr(field_label), parentLayerParameterName=key,
            type=QgsProcessingParameterField.Numeric if numeric
            else QgsProcessingParameterField.Any, optional=field_optional,
            defaultValue=default))


def read_optional_population(alg, parameters, context, crs, feedback) -> PointInput | None:
    """The optional POPULATION layer with its POP_FIELD weights, or None when not given."""
    source = alg.parameterAsSource(parameters, POPULATION, context)
    if source is None:
        return None
    return read_points(source, crs, context, feedback, "population",
                       value_field=alg.parameterAsString(parameters, POP_FIELD, context),
                       keep_features=False)


# ---------------------------------------------------------------------- road network
CLASS_SCHEMES = ("osm", "digiroad", "")
DEFAULT_WALK_SPEED = road_mode("walk").speed  # km/h, also for public transport walks
DEFAULT_ACCESS_SPEED = 5.0  # walking from a point to the road
DEFAULT_MAX_SNAP = 1000.0  # metres
DEFAULT_TOLERANCE = 0.5  # work CRS units


def _default_speeds() -> dict[str, float]:
    return {m.name: m.speed for m in ROAD_MODES}


@dataclass
class NetworkSettings:
    """The road network parameters, read once."""

    mode: str
    scheme: str
    class_field: str
    speed_field: str
    oneway_field: str
    class_speeds: dict = field(default_factory=dict)
    speeds: dict[str, float] = field(default_factory=_default_speeds)  # mode -> km/h
    access_speed: float = DEFAULT_ACCESS_SPEED
    max_snap: float = DEFAULT_MAX_SNAP
    tolerance: float = DEFAULT_TOLERANCE
    link_type_field: str = ""  # Digiroad LINKKITYYP
    link_id_field: str = ""  # Digiroad LINK_ID, to join the speed limits
    speed_limits: object = None  # the Digiroad speed-limit layer (a feature source)
    notes: tuple[str, ...] = ()  # what was detected or assumed, for the log

    @property
    def speed(self) -> float:
        """The chosen mode's speed (km/h; for a car, on roads of unknown class)."""
        return self.speeds[self.mode]


def add_network_parameters(alg) -> None:
    """The road network parameters every road-based algorithm shares."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        ROADS, tr("Road network"), [QgsProcessing.TypeVectorLine]))
    alg.addParameter(QgsProcessingParameterEnum(
        MODE, tr("Travel mode"), options=[tr(m.label) for m in ROAD_MODES], defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        CLASS_FIELD, tr("Road class field"), parentLayerParameterName=ROADS, optional=True))
    alg.addParameter(QgsProcessingParameterEnum(
        CLASS_SCHEME, tr("Road class scheme"),
        options=[tr("OSM highway"), tr("Digiroad functional class"), tr("None (default speed)")],
        defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        SPEED_FIELD, tr("Speed field (km/h)"), parentLayerParameterName=ROADS,
        type=QgsProcessingParameterField.Any, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ONEWAY_FIELD, tr("One-way / direction field"), parentLayerParameterName=ROADS,
        optional=True))
    alg.addParameter(_advanced(QgsProcessingParameterField(
        LINK_TYPE_FIELD, tr("Digiroad link type field (LINKKITYYP)"),
        parentLayerParameterName=ROADS, optional=True)))
    alg.addParameter(_advanced(QgsProcessingParameterFeatureSource(
        SPEED_LIMITS, tr("Digiroad speed limits (LINK_ID, ALKUM, LOPPUM, ARVO)"),
        [QgsProcessing.TypeVector], optional=True)))
    for p in (
        QgsProcessingParameterString(CLASS_SPEEDS, tr("Class speeds (class=km/h, ...)"),
                                     optional=True),
        # one speed per mode; with class speeds a road of unknown class may be closed (0)
        *(_number(m.speed_key, tr(m.speed_label), m.speed, 0.0 if m.class_speeds else 0.1)
          for m in ROAD_MODES),
        _number(ACCESS_SPEED, tr("Access walking speed from point to road (km/h, 0 = free)"),
                DEFAULT_ACCESS_SPEED, 0.0),
        _number(MAX_SNAP, tr("Maximum snapping distance (m)"), DEFAULT_MAX_SNAP, 0.0),
        _number(TOLERANCE, tr("Topology tolerance (map units of the work CRS)"),
                DEFAULT_TOLERANCE, 0.0),
    ):
        alg.addParameter(_advanced(p))


def read_network(alg, parameters, context) -> NetworkSettings:
    """The parameters of ``add_network_parameters``; a Digiroad product's fields are found
    by name (``detect_digiroad``)."""
    settings = NetworkSettings(
        mode=MODES[alg.parameterAsEnum(parameters, MODE, context)],
        scheme=CLASS_SCHEMES[alg.parameterAsEnum(parameters, CLASS_SCHEME, context)],
        class_field=alg.parameterAsString(parameters, CLASS_FIELD, context),
        speed_field=alg.parameterAsString(parameters, SPEED_FIELD, context),
        oneway_field=alg.parameterAsString(parameters, ONEWAY_FIELD, context),
        class_speeds=parse_class_speeds(alg.parameterAsString(parameters, CLASS_SPEEDS, context)),
        speeds={m.name: alg.parameterAsDouble(parameters, m.speed_key, context)
                for m in ROAD_MODES},
        access_speed=alg.parameterAsDouble(parameters, ACCESS_SPEED, context),
        max_snap=alg.parameterAsDouble(parameters, MAX_SNAP, context),
        tolerance=alg.parameterAsDouble(parameters, TOLERANCE, context),
        link_type_field=alg.parameterAsString(parameters, LINK_TYPE_FIELD, context)
        if alg.parameterDefinition(LINK_TYPE_FIELD) else "",
        speed_limits=alg.parameterAsSource(parameters, SPEED_LIMITS, context)
        if alg.parameterDefinition(SPEED_LIMITS) else None,
    )
    roads = alg.parameterAsSource(parameters, ROADS, context)
    return detect_digiroad(settings, roads.fields().names()) if roads is not None else settings


def detect_digiroad(s: NetworkSettings, names) -> NetworkSettings:
    """Settings for a Digiroad road-link product, recognised by its field names: empty
    class, link type and direction fields become TOIMINN_LK, LINKKITYYP and AJOSUUNTA, a
    TOIMINN_LK class field selects the Digiroad scheme; each choice and each missing field
    (with what is assumed) is noted. Other layers are left as they are."""
    found = digiroad.find_fields(names, digiroad.LINK_FIELDS)
    class_is_fc = s.class_field and s.class_field.upper() == "TOIMINN_LK"
    if not (digiroad.is_digiroad(names) or class_is_fc or s.link_type_field):
        return s
    notes = [tr("Digiroad road links recognised by their fields.")]
    if not s.class_field and "class" in found and s.scheme != "":
        s.class_field = found["class"]
        notes.append(tr("Road class field: {f} (functional class).").format(f=s.class_field))
    if s.class_field and s.class_field.upper() == "TOIMINN_LK" and s.scheme != "digiroad":
        s.scheme = "digiroad"
        notes.append(tr("Road class scheme: Digiroad functional class."))
    if not s.link_type_field and "link_type" in found:
        s.link_type_field = found["link_type"]
        notes.append(tr("Link type field: {f}.").format(f=s.link_type_field))
    if not s.oneway_field and "direction" in found:
        s.oneway_field = found["direction"]
        notes.append(tr("Direction field: {f}.").format(f=s.oneway_field))
    s.link_id_field = found.get("link_id", "")
    if s.scheme == "digiroad":
        notes += [tr("WARNING: {m}.").format(m=m) for m in digiroad.missing_fields(names)]
    s.notes = tuple(notes)
    return s


def walking_network(s: TransitSettings) -> NetworkSettings:
    """Network settings for the walks of public transport trips (OSM classes if given)."""
    speed = s.walk_mps * 3.6
    return NetworkSettings(mode="walk", scheme="osm" if s.class_field else "",
                           class_field=s.class_field, speed_field="", oneway_field="",
                           speeds={**_default_speeds(), "walk": speed}, access_speed=speed,
                           max_snap=s.max_walk)


# ---------------------------------------------------------------------- public transport
def parse_clock(text: str, what: str) -> int:
    """'07:30' -> seconds after midnight (hours 0-47, minutes 0-59)."""
    return parse_hhmm(text, what)


def add_transit_parameters(alg, window_only: bool = False, percentile: bool = False) -> None:
    """GTFS feeds, date and departure window; then (unless ``window_only``) the step, walking,
    transfer and trip limits; with ``percentile``, the percentile of the travel time."""
    alg.addParameter(QgsProcessingParameterMultipleLayers(
        GTFS, tr("GTFS feeds (zip)"), QgsProcessing.TypeFile))
    alg.addParameter(QgsProcessingParameterDateTime(
        DATE, tr("Date"), QgsProcessingParameterDateTime.Date))
    alg.addParameter(QgsProcessingParameterString(START, tr("First departure"),
                                                  defaultValue="07:00"))
    alg.addParameter(QgsProcessingParameterString(END, tr("Last departure"),
                                                  defaultValue="09:00"))
    if window_only:
        return
    alg.addParameter(QgsProcessingParameterNumber(STEP, tr("Step (minutes)"),
                                                  defaultValue=1, minValue=1))
    for key, label, default in ((MAX_WALK, "Maximum walk to or from a stop (m)", 800.0),
                                (TRANSFER_WALK, "Maximum walk between stops (m)", 400.0),
                                (WALK_SPEED, "Walking speed (km/h)", DEFAULT_WALK_SPEED),
                                (MAX_TRIP, "Maximum trip time (minutes)", 120.0)):
        alg.addParameter(_number(key, tr(label), default, 0.1))
    alg.addParameter(QgsProcessingParameterNumber(
        MAX_TRANSFERS, tr("Maximum transfers"), defaultValue=3, minValue=0))
    alg.addParameter(_advanced(_number(
        STOP_MERGE, tr("Merge stops of different feeds closer than (m)"), DEFAULT_MERGE_M,
        0.0)))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        ROADS, tr("Road network for the walks (optional)"), [QgsProcessing.TypeVectorLine],
        optional=True))
    alg.addParameter(QgsProcessingParameterField(
        CLASS_FIELD, tr("Road class field (OSM highway)"), parentLayerParameterName=ROADS,
        optional=True))
    if percentile:
        alg.addParameter(_number(PERCENTILE, tr("Percentile of travel time over the window"),
                                 50.0, 0.0, 100.0))


def read_transit(alg, parameters, context) -> TransitSettings:
    """The parameters of ``add_transit_parameters``."""
    start = parse_clock(alg.parameterAsString(parameters, START, context), "First departure")
    end = parse_clock(alg.parameterAsString(parameters, END, context), "Last departure")
    if end < start:  # the window crosses midnight
        end += DAY
    roads = alg.parameterAsSource(parameters, ROADS, context)
    roads_layer = alg.parameterAsVectorLayer(parameters, ROADS, context)
    return TransitSettings(
        feeds=tuple(alg.parameterAsFileList(parameters, GTFS, context)),
        day=alg.parameterAsDateTime(parameters, DATE, context).date().toPyDate(),
        start=start, end=end,
        step=alg.parameterAsInt(parameters, STEP, context) * 60,
        max_trip=alg.parameterAsDouble(parameters, MAX_TRIP, context) * 60,
        walk_mps=alg.parameterAsDouble(parameters, WALK_SPEED, context) / 3.6,
        max_walk=alg.parameterAsDouble(parameters, MAX_WALK, context),
        transfer_walk=alg.parameterAsDouble(parameters, TRANSFER_WALK, context),
        max_transfers=alg.parameterAsInt(parameters, MAX_TRANSFERS, context),
        roads="" if roads is None else (roads_layer.source() if roads_layer else ROADS),
        class_field=alg.parameterAsString(parameters, CLASS_FIELD, context),
        percentile=alg.parameterAsDouble(parameters, PERCENTILE, context)
        if alg.parameterDefinition(PERCENTILE) else 50.0,
        merge_m=alg.parameterAsDouble(parameters, STOP_MERGE, context)
        if alg.parameterDefinition(STOP_MERGE) else DEFAULT_MERGE_M)


# ---------------------------------------------------------------------- groups and impact
@dataclass(frozen=True)
class GroupSettings:
    """Population groups and areas of the population layer, read once."""

    age_fields: tuple[str, ...]
    elderly_field: str
    area_field: str
    areas: object = field(default=None, compare=False)  # polygon source, when no area field
    area_name: str = ""  # the polygons' name field

    def fields(self) -> list[str]:
        """The age group fields and the 75+ field, to read with the population."""
        listed = list(self.age_fields)
        extra = self.elderly_field
        return listed + ([extra] if extra and extra not in listed else [])


def add_group_parameters(alg, parent: str) -> None:
    """Age group, 75+ and area fields of the population layer ``parent``."""
    alg.addParameter(QgsProcessingParameterField(
        AGE_FIELDS, tr("Age group fields"), parentLayerParameterName=parent,
        type=QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ELDERLY_FIELD, tr("75+ field (equity figures)"), parentLayerParameterName=parent,
        type=QgsProcessingParameterField.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        AREA_FIELD, tr("Area field (municipality)"), parentLayerParameterName=parent,
        optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        AREAS, tr("Area polygons (municipalities, counties; when no area field)"),
        [QgsProcessing.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField(
        AREA_NAME, tr("Area name field of the polygons"), parentLayerParameterName=AREAS,
        optional=True))


def add_population_parameters(alg) -> None:
    """The population layer with its total, age group, 75+ and area fields."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        POPULATION, tr("Population"), POINT_TYPES))
    alg.addParameter(QgsProcessingParameterField(
        POP_FIELD, tr("Total population field"), parentLayerParameterName=POPULATION,
        type=QgsProcessingParameterField.Numeric, defaultValue=GRID_POPULATION))
    add_group_parameters(alg, POPULATION)


def read_group_settings(alg, parameters, context) -> GroupSettings:
    return GroupSettings(
        age_fields=tuple(alg.parameterAsStrings(parameters, AGE_FIELDS, context)),
        elderly_field=alg.parameterAsString(parameters, ELDERLY_FIELD, context),
        area_field=alg.parameterAsString(parameters, AREA_FIELD, context),
        areas=alg.parameterAsSource(parameters, AREAS, context)
        if alg.parameterDefinition(AREAS) else None,
        area_name=alg.parameterAsString(parameters, AREA_NAME, context)
        if alg.parameterDefinition(AREA_NAME) else "")


def add_impact_outputs(alg, cells_label: str) -> None:
    """Thresholds, and the cell layer, four tables and HTML report of an impact."""
    alg.addParameter(QgsProcessingParameterString(
        THRESHOLDS, tr("Access thresholds (minutes)"), defaultValue="15,30,60"))
    alg.addParameter(QgsProcessingParameterFeatureSink(
        OUTPUT, tr(cells_label), QgsProcessing.TypeVectorAnyGeometry))
    for key, label in ((FLOWS, "Flows between facilities"), (LOADS, "Facility loads"),
                       (SUMMARY, "Summary by area and age group"),
                       (EQUITY, "Equity figures")):
        alg.addParameter(QgsProcessingParameterFeatureSink(
            key, tr(label), QgsProcessing.TypeVector))
    alg.addParameter(QgsProcessingParameterFileDestination(
        REPORT, tr("Report"), tr("HTML files (*.html)")))


def read_thresholds(alg, parameters, context) -> list[float]:
    return parse_bands(alg.parameterAsString(parameters, THRESHOLDS, context),
                       "Access thresholds")
