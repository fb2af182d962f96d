"""Parameter keys, and the parameter blocks algorithms share, each declared and read in one
place into a typed settings object.

Blocks: the road network (``add_network_parameters`` / ``read_network`` ->
``NetworkSettings``), public transport (``add_transit_parameters`` / ``read_transit`` ->
``TransitSettings``), a point layer with a field (``add_points_parameter``), the optional
population (``read_optional_population``; every population read goes through
``read_population``, which applies the target-year block ``add_year_parameters`` /
``read_year_settings`` -> ``YearSettings`` when the algorithm has it), population groups
(``add_group_parameters`` /
``read_group_settings`` -> ``GroupSettings``) and the impact outputs (``add_impact_outputs``).
Each parameter's help text is set from ``algorithms/help.py`` when it is added.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
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
from .common import PointInput, parse_bands, parse_class_speeds, read_points
from .tables import source_frame
from .target_year import parse_need_rates, project_points
from .translation import translate
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
CHANNEL_AREAS, CANDIDATES, STAY_MIN = "CHANNEL_AREAS", "CANDIDATES", "STAY_MIN"
PLAN, PLAN_ROUTE = "PLAN", "PLAN_ROUTE"
# plan: projection, costs, least-cost plan, staff (and the target-year block)
MUNI_FIELD, MUNICIPALITIES = "MUNICIPALITY_FIELD", "MUNICIPALITIES"
MUNI_CODE = "MUNICIPALITY_CODE"
PROJECTION, BASE_YEAR, TARGET_YEARS, RAKE = "PROJECTION", "BASE_YEAR", "TARGET_YEARS", "RAKE"
TARGET_YEAR, NEED_RATES, CHECK = "TARGET_YEAR", "NEED_RATES", "CHECK"
SCENARIO, STAFF, MOBILE, PARAMETERS = "SCENARIO", "STAFF", "MOBILE", "PARAMETERS"
TRAVEL, TRAVEL_POP, TRAVEL_KM, VISITS = "TRAVEL", "TRAVEL_POP", "TRAVEL_KM", "VISITS"
DISCOUNT_RATE, FIRST_YEAR, LAST_YEAR = "DISCOUNT_RATE", "FIRST_YEAR", "LAST_YEAR"
YEARLY, SITE_YEARS, NPV, PLAN = "YEARLY", "SITE_YEARS", "NPV", "PLAN"
DEMAND, DEMAND_ID, DEMAND_FIELDS = "DEMAND", "DEMAND_ID", "DEMAND_FIELDS"
FLOOR_FIELDS, FLOOR_MIN, FLOOR_SHARE = "FLOOR_FIELDS", "FLOOR_MINUTES", "FLOOR_SHARE"
TIMES, EUR_PER_MINUTE, TIME_LIMIT = "TIMES", "EUR_PER_MINUTE", "TIME_LIMIT"
MOVES, LIMIT, STAFF_AREAS = "MOVES", "LIMIT", "AREAS"  # (staff commutes output)
STAFF_LIMITS = "STAFF_LIMITS"
ACCESS_TABLES = "ACCESS_TABLES"  # (cost report: closure impact summaries)
# outputs
OUTPUT, SUMMARY, OD, REPORT, SITES = "OUTPUT", "SUMMARY", "OD", "REPORT", "SITES"
FLOWS, LOADS, EQUITY = "FLOWS", "LOADS", "EQUITY"
EDGES, DANGLES, STOPS, CELLS_OUT = "EDGES", "DANGLES", "STOPS", "CELLS_OUT"
COMPONENTS, DANGLE_COUNT = "COMPONENTS", "DANGLE_COUNT"
FACILITY_SHARE, POPULATION_SHARE = "FACILITY_SHARE", "POPULATION_SHARE"
OBJECTIVE, SOLVER = "OBJECTIVE", "SOLVER"
NONROUTABLE = "NONROUTABLE"

POINT_TYPES = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]

# ---------------------------------------------------------------------- field defaults
# Field names the dialogs preselect, per field parameter key: the first name (in this order,
# case-insensitive) that the chosen layer has. Only names that say what the field holds: a
# population or capacity is never taken from an id field, and a field no name fits stays
# empty (a mandatory one is then refused by the dialog until the user chooses).
_CELL_IDS = ("grd_id", "grid_id", "cell_id", "id")
_FAC_IDS = ("fac_id", "facility_id", "site_id", "id")
_POPULATION = ("vaesto", "population", "pop", "pop_total", "asukkaat", "vakiluku", "he_vakiy")
_CAPACITY = ("capacity", "kapasiteetti", "kapasiteetti_asiakkaat")
FIELD_CANDIDATES: dict[str, tuple[str, ...]] = {
    "CLASS_FIELD": ("highway", "fclass", "toiminn_lk", "toiminnallinen_luokka"),
    "ONEWAY_FIELD": ("oneway", "ajosuunta"),
    "POP_FIELD": _POPULATION,
    "TRAVEL_POP": _POPULATION,
    "POP75_FIELD": ("ika_75_", "ika_75", "pop_75", "population_75"),
    "ELDERLY_FIELD": ("ika_75_", "ika_75", "pop_75", "population_75"),
    "FAC_ID": _FAC_IDS,
    "NEW_ID": _FAC_IDS,
    "SITE_ID": ("site_id", "fac_id", "facility_id", "id"),
    "NAME_FIELD": ("name", "nimi", "namn"),
    "STATUS_FIELD": ("status", "tila"),
    "CAPACITY_FIELD": _CAPACITY,
    "NEW_CAPACITY_FIELD": _CAPACITY,
    "CAPACITY": _CAPACITY,
    "AREA_FIELD": ("alue", "kunta", "municipality", "kommun", "area"),
    "SPEED_FIELD": ("maxspeed", "nopeusrajoitus", "nopeus", "speed", "speed_limit"),
    "MUNICIPALITY_FIELD": ("kunta", "municipality"),
    "MUNICIPALITY_CODE": ("kunta", "kuntanro", "code"),
    "ORIGIN_ID": _CELL_IDS,
    "ORIGINS_ID": _CELL_IDS,
    "DESTINATIONS_ID": _FAC_IDS,
    "GRID_ID": _CELL_IDS,
    "DEMAND_ID": _CELL_IDS,
    "A_ID": _CELL_IDS,
    "B_ID": _CELL_IDS,
    "A_FAC": ("fac_id",),
    "B_FAC": ("fac_id",),
    "A_TIME": ("time_min",),
    "B_TIME": ("time_min",),
}
# where one algorithm means something else by a key
FIELD_CANDIDATE_OVERRIDES: dict[tuple[str, str], tuple[str, ...]] = {
    ("homecare", "AREA_FIELD"): ("care_area", "hoitoalue"),
}


# Decimals the dialogs show for real-valued numbers (QGIS shows six): minutes 1, metres and
# percents 0, shares 0-1 and other factors 2, speeds 1.
_DECIMALS = {
    0: ("MAX_SNAP", "MAX_WALK", "TRANSFER_WALK", "REACH", "RESOLUTION", "SPACING",
        "PERCENTILE", "FLOOR_SHARE", "PRODUCTIVE_HOURS"),
    1: ("ACCESS_MIN", "COVER_MIN", "CUTOFF", "FIXED_LIMIT", "FLOOR_MINUTES", "LIMIT",
        "MAX_COST", "MAX_TRIP", "MIN_DIST", "MOBILE_LIMIT", "SCALE", "SIGMA", "THRESHOLD",
        "DISCOUNT_RATE", "VISITS", "ACCESS_SPEED", "WALK_SPEED"),
}
NUMBER_DECIMALS: dict[str, int] = {k: n for n, keys in _DECIMALS.items() for k in keys}


def number_decimals(key: str, label: str) -> int:
    """Decimals of a real-valued number parameter in the dialog."""
    if key in NUMBER_DECIMALS:
        return NUMBER_DECIMALS[key]
    if "km/h" in label:
        return 1
    return 2


# Layer names (parts, case-insensitive, in this order) the dialogs prefer for a mandatory
# layer parameter, by parameter key (an algorithm that means something else by a key has an
# override), over QGIS's first layer of the right geometry type.
_PEOPLE = ("population", "väestö", "vaesto", "asukk", "ruutu", "grid", "pop")
_FACILITY_LAYERS = ("facilit", "terveysasem", "palvelupist", "toimipist", "asema", "clinic",
                    "site")
LAYER_CANDIDATES: dict[str, tuple[str, ...]] = {
    "POPULATION": _PEOPLE, "CELLS": _PEOPLE, "ORIGINS": _PEOPLE, "INPUT": _PEOPLE,
    "FACILITIES": _FACILITY_LAYERS,
    "DESTINATIONS": _FACILITY_LAYERS,
    "SITES": ("site", "toimipaik", *_FACILITY_LAYERS),
    "ROADS": ("road", "tiet", "tieverkko", "katu", "street", "digiroad"),
    "DEMAND": ("projected", "ennust", "prognos", *_PEOPLE, "demand", "kysyn"),
    "TIMES": ("odmatrix", "od_matrix", "od matrix", "od-matri", "matka-aj", "matka_aj",
              "travel time", "times", "restid"),
    "PROJECTION": ("projection", "ennuste", "prognos"),
    "BROADBAND": ("broadband", "laajakaist", "bredband"),
    "UNITS": ("unit", "yksik", "enhet"),
    "SCHEDULE": ("schedule", "aikataul", "tidtabell"),
    "STOPS": ("stop", "pysäk", "pysak", "hållplats"),
    "DEPOTS": ("depot", "varikk", "tukikoh", "base"),
    "BASES": ("base", "tukikoh", "kotihoi", "home_care", "toimipist"),
    "STAFF": ("staff", "henkilö", "henkilo", "personal"),
}
LAYER_CANDIDATE_OVERRIDES: dict[tuple[str, str], tuple[str, ...]] = {
    ("homecare", "INPUT"): ("demand", "kysyn", "asiak", "client", *_PEOPLE),
    ("staffcommute", "STAFF"): ("staff_home", "home", "koti", "staff", "henkilö"),
}
# layer parameters that take an earlier output of the plugin (others never preselect one)
TAKES_OUTPUTS = {("multichannelcompensation", "INPUT"), ("leastcostplan", "DEMAND"),
                 ("leastcostplan", "TIMES"), ("staffcommute", "TIMES")}


def layer_candidates(alg_id: str, key: str) -> tuple[str, ...]:
    """The layer name parts the dialog of ``alg_id`` looks for in layer parameter ``key``."""
    return LAYER_CANDIDATE_OVERRIDES.get((alg_id, key), LAYER_CANDIDATES.get(key, ()))


def pick_layer(names, candidates) -> int:
    """Index of the first of ``names`` (layer names) holding the earliest candidate, or -1."""
    lowered = [n.lower() for n in names]
    for c in candidates:
        for i, n in enumerate(lowered):
            if c in n:
                return i
    return -1


def field_candidates(alg_id: str, key: str) -> tuple[str, ...]:
    """The names the dialog of ``alg_id`` tries for field parameter ``key``."""
    return FIELD_CANDIDATE_OVERRIDES.get((alg_id, key), FIELD_CANDIDATES.get(key, ()))


def pick_field(names, candidates) -> str:
    """The first of ``candidates`` among the field ``names`` (case-insensitive, the layer's
    own spelling), or '' when none is there."""
    by_lower = {n.lower(): n for n in reversed(list(names))}
    return next((by_lower[c] for c in candidates if c in by_lower), "")



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
        key, label, POINT_TYPES, optional=optional))
    if field_key:
        # a required population field preselects a Statistics Finland grid's total
        default = GRID_POPULATION if field_key == POP_FIELD and not field_optional else None
        alg.addParameter(QgsProcessingParameterField(
            field_key, field_label, parentLayerParameterName=key,
            type=QgsProcessingParameterField.Numeric if numeric
            else QgsProcessingParameterField.Any, optional=field_optional,
            defaultValue=default))


def read_optional_population(alg, parameters, context, crs, feedback) -> PointInput | None:
    """The optional POPULATION layer with its POP_FIELD weights, or None when not given."""
    if alg.parameterAsSource(parameters, POPULATION, context) is None:
        return None
    return read_population(alg, parameters, context, crs, feedback, keep_features=False)


def read_population(alg, parameters, context, crs, feedback, key: str = POPULATION,
                    field_key: str = POP_FIELD, **kwargs) -> PointInput:
    """The population layer ``key`` weighted by ``field_key``; with a target year (the block
    of ``add_year_parameters``) the weights become that year's projected demand and
    ``PointInput.year`` holds both years' figures."""
    source = alg.parameterAsSource(parameters, key, context)
    pop = read_points(source, crs, context, feedback, translate("parameters", "population"),
                      value_field=alg.parameterAsString(parameters, field_key, context),
                      **kwargs)
    settings = read_year_settings(alg, parameters, context)
    if settings is not None:
        pop.year = project_points(settings, source, pop, feedback)
        pop.weights = pop.year.then
    return pop


def discount_rate_parameter() -> QgsProcessingParameterNumber:
    """The discount rate (%) of the plan algorithms, -5 ... 20 (spec (d))."""
    return _number(DISCOUNT_RATE, translate("parameters", "Discount rate (%)"), 3.0, -5.0, 20.0)


# ---------------------------------------------------------------------- target year
@dataclass(frozen=True)
class YearSettings:
    """The target-year block, read once (None when no target year is chosen)."""

    year: int
    base_year: int
    table: object  # the projection table (pandas, as published)
    table_name: str
    municipality_field: str
    rates: dict[str, float] | None


def add_year_parameters(alg, parent: str = POPULATION) -> None:
    """Target year, projection table, base year, municipality field of ``parent`` and use
    rates: the population as projected (and need-weighted) to the target year."""
    for p in (
        QgsProcessingParameterNumber(
            TARGET_YEAR, translate("parameters", "Target year (0 = population as given)"),
            defaultValue=0, minValue=0, maxValue=2100),
        QgsProcessingParameterFeatureSource(
            PROJECTION, translate("parameters", "Target year: projection table"),
            [QgsProcessing.TypeVector], optional=True),
        QgsProcessingParameterNumber(
            BASE_YEAR, translate("parameters", "Target year: the population's year"),
            defaultValue=2023, minValue=1990, maxValue=2100),
        QgsProcessingParameterField(
            MUNI_FIELD, translate("parameters", "Target year: municipality field"),
            parentLayerParameterName=parent, optional=True),
        QgsProcessingParameterString(
            NEED_RATES, translate("parameters", "Target year: use rates by age group"),
            optional=True),
    ):
        alg.addParameter(_advanced(p))


def read_year_settings(alg, parameters, context) -> YearSettings | None:
    """The block of ``add_year_parameters``; None without it or without a target year."""
    if alg.parameterDefinition(TARGET_YEAR) is None:
        return None
    year = alg.parameterAsInt(parameters, TARGET_YEAR, context)
    if not year:
        return None
    source = alg.parameterAsSource(parameters, PROJECTION, context)
    field_name = alg.parameterAsString(parameters, MUNI_FIELD, context)
    if source is None or not field_name:
        raise QgsProcessingException(translate("parameters",
            "Target year {year}: give the projection table and the population's municipality "
            "field too.").format(year=year))
    return YearSettings(year, alg.parameterAsInt(parameters, BASE_YEAR, context),
                        source_frame(source, translate("parameters", "Projection table")),
                        source.sourceName(), field_name, parse_need_rates(
                            alg.parameterAsString(parameters, NEED_RATES, context)))


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
        ROADS, translate("parameters", "Road network"), [QgsProcessing.TypeVectorLine]))
    modes = [translate("RoadMode", m.label) for m in ROAD_MODES]
    alg.addParameter(QgsProcessingParameterEnum(
        MODE, translate("parameters", "Travel mode"), options=modes, defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        CLASS_FIELD, translate("parameters", "Road class field"),
        parentLayerParameterName=ROADS, optional=True))
    schemes = [translate("parameters", "OSM highway"),
               translate("parameters", "Digiroad functional class"),
               translate("parameters", "None (default speed)")]
    alg.addParameter(QgsProcessingParameterEnum(
        CLASS_SCHEME, translate("parameters", "Road class scheme"), options=schemes,
        defaultValue=0))
    alg.addParameter(QgsProcessingParameterField(
        SPEED_FIELD, translate("parameters", "Speed field (km/h)"),
        parentLayerParameterName=ROADS, type=QgsProcessingParameterField.Any, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ONEWAY_FIELD, translate("parameters", "One-way / direction field"),
        parentLayerParameterName=ROADS, optional=True))
    alg.addParameter(_advanced(QgsProcessingParameterField(
        LINK_TYPE_FIELD, translate("parameters", "Digiroad link type field (LINKKITYYP)"),
        parentLayerParameterName=ROADS, optional=True)))
    alg.addParameter(_advanced(QgsProcessingParameterFeatureSource(
        SPEED_LIMITS, translate(
            "parameters", "Digiroad speed limits (LINK_ID, ALKUM, LOPPUM, ARVO)"),
        [QgsProcessing.TypeVector], optional=True)))
    for p in (
        QgsProcessingParameterString(CLASS_SPEEDS, translate("parameters",
                                                             "Class speeds (class=km/h, ...)"),
                                     optional=True),
        # one speed per mode; with class speeds a road of unknown class may be closed (0)
        *(_number(m.speed_key, translate("RoadMode", m.speed_label), m.speed,
                  0.0 if m.class_speeds else 0.1)
          for m in ROAD_MODES),
        _number(ACCESS_SPEED, translate("parameters",
                                        "Access walking speed from point to road (km/h, 0 = free)"),
                DEFAULT_ACCESS_SPEED, 0.0),
        _number(MAX_SNAP, translate("parameters", "Maximum snapping distance (m)"),
                DEFAULT_MAX_SNAP, 0.0),
        _number(TOLERANCE, translate("parameters",
                                     "Topology tolerance (map units of the work CRS)"),
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


def guess_scheme(names, class_field: str = "") -> str | None:
    """The road class scheme the dialogs preselect for a road layer with field ``names``
    (and ``class_field`` chosen as its class field, if any): "digiroad" for a Digiroad
    road-link layer or a functional-class field, "osm" for ``highway`` / ``fclass``, None
    when the fields do not say."""
    chosen = class_field.lower()
    if digiroad.is_digiroad(names) or chosen.startswith("toiminn") or "luokka" in chosen:
        return "digiroad"
    osm = ("highway", "fclass")
    if chosen in osm or (not chosen and {n.lower() for n in names} & set(osm)):
        return "osm"
    return None


def detect_digiroad(s: NetworkSettings, names) -> NetworkSettings:
    """Settings for a Digiroad road-link product, recognised by its field names: empty
    class, link type and direction fields become TOIMINN_LK, LINKKITYYP and AJOSUUNTA, a
    TOIMINN_LK class field selects the Digiroad scheme; each choice and each missing field
    (with what is assumed) is noted. Other layers are left as they are."""
    found = digiroad.find_fields(names, digiroad.LINK_FIELDS)
    class_is_fc = s.class_field and s.class_field.upper() == "TOIMINN_LK"
    if not (digiroad.is_digiroad(names) or class_is_fc or s.link_type_field):
        return s
    notes = [translate("parameters", "Digiroad road links recognised by their fields.")]
    if not s.class_field and "class" in found and s.scheme != "":
        s.class_field = found["class"]
        notes.append(translate(
            "parameters", "Road class field: {f} (functional class).").format(f=s.class_field))
    if s.class_field and s.class_field.upper() == "TOIMINN_LK" and s.scheme != "digiroad":
        s.scheme = "digiroad"
        notes.append(translate("parameters", "Road class scheme: Digiroad functional class."))
    if not s.link_type_field and "link_type" in found:
        s.link_type_field = found["link_type"]
        notes.append(translate("parameters", "Link type field: {f}.").format(f=s.link_type_field))
    if not s.oneway_field and "direction" in found:
        s.oneway_field = found["direction"]
        notes.append(translate("parameters", "Direction field: {f}.").format(f=s.oneway_field))
    s.link_id_field = found.get("link_id", "")
    if s.scheme == "digiroad":
        notes += [translate(
            "parameters", "WARNING: {m}.").format(m=m) for m in digiroad.missing_fields(names)]
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
        GTFS, translate("parameters", "GTFS feeds (zip)"), QgsProcessing.TypeFile))
    alg.addParameter(QgsProcessingParameterDateTime(
        DATE, translate("parameters", "Date"), QgsProcessingParameterDateTime.Date))
    alg.addParameter(QgsProcessingParameterString(START, translate("parameters", "First departure"),
                                                  defaultValue="07:00"))
    alg.addParameter(QgsProcessingParameterString(END, translate("parameters", "Last departure"),
                                                  defaultValue="09:00"))
    if window_only:
        return
    alg.addParameter(QgsProcessingParameterNumber(STEP, translate("parameters", "Step (minutes)"),
                                                  defaultValue=1, minValue=1))
    for key, label, default in (
            (MAX_WALK, translate("parameters", "Maximum walk to or from a stop (m)"), 800.0),
            (TRANSFER_WALK, translate("parameters", "Maximum walk between stops (m)"), 400.0),
            (WALK_SPEED, translate("parameters", "Walking speed (km/h)"), DEFAULT_WALK_SPEED),
            (MAX_TRIP, translate("parameters", "Maximum trip time (minutes)"), 120.0)):
        alg.addParameter(_number(key, label, default, 0.1))
    alg.addParameter(QgsProcessingParameterNumber(
        MAX_TRANSFERS, translate("parameters", "Maximum transfers"), defaultValue=3, minValue=0))
    alg.addParameter(_advanced(_number(
        STOP_MERGE, translate("parameters", "Merge stops of different feeds closer than (m)"),
        DEFAULT_MERGE_M, 0.0)))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        ROADS, translate("parameters", "Road network for the walks"),
            [QgsProcessing.TypeVectorLine],
        optional=True))
    alg.addParameter(QgsProcessingParameterField(
        CLASS_FIELD, translate("parameters", "Road class field (OSM highway)"),
            parentLayerParameterName=ROADS,
        optional=True))
    if percentile:
        alg.addParameter(_number(PERCENTILE, translate("parameters",
                                                       "Percentile of travel time over the window"),
                                 50.0, 0.0, 100.0))


def read_transit(alg, parameters, context) -> TransitSettings:
    """The parameters of ``add_transit_parameters``."""
    start = parse_clock(alg.parameterAsString(parameters, START, context),
                        translate("parameters", "First departure"))
    end = parse_clock(alg.parameterAsString(parameters, END, context),
                      translate("parameters", "Last departure"))
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
        AGE_FIELDS, translate("parameters", "Age group fields"), parentLayerParameterName=parent,
        type=QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ELDERLY_FIELD, translate("parameters", "75+ field (equity figures)"),
            parentLayerParameterName=parent,
        type=QgsProcessingParameterField.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        AREA_FIELD, translate("parameters", "Area field (municipality)"),
            parentLayerParameterName=parent,
        optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        AREAS, translate(
            "parameters", "Area polygons (municipalities, counties; when no area field)"),
        [QgsProcessing.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField(
        AREA_NAME, translate(
            "parameters", "Area name field of the polygons"), parentLayerParameterName=AREAS,
        optional=True))


def add_population_parameters(alg) -> None:
    """The population layer with its total, age group, 75+ and area fields."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        POPULATION, translate("parameters", "Population"), POINT_TYPES))
    alg.addParameter(QgsProcessingParameterField(
        POP_FIELD, translate("parameters", "Total population field"),
            parentLayerParameterName=POPULATION,
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
        THRESHOLDS, translate("parameters", "Access thresholds (minutes)"),
            defaultValue="15,30,60"))
    alg.addParameter(QgsProcessingParameterFeatureSink(
        OUTPUT, cells_label, QgsProcessing.TypeVectorAnyGeometry))
    for key, label in ((FLOWS, translate("parameters", "Flows between facilities")),
                       (LOADS, translate("parameters", "Facility loads")),
                       (SUMMARY, translate("parameters", "Summary by area and age group")),
                       (EQUITY, translate("parameters", "Equity figures"))):
        alg.addParameter(QgsProcessingParameterFeatureSink(key, label, QgsProcessing.TypeVector))
    alg.addParameter(QgsProcessingParameterFileDestination(
        REPORT, translate("parameters", "Report"), translate("parameters", "HTML files (*.html)")))


def read_thresholds(alg, parameters, context) -> list[float]:
    return parse_bands(alg.parameterAsString(parameters, THRESHOLDS, context),
                       translate("parameters", "Access thresholds"))
